"""Load the Parquet tables written by ``newsgraph spark`` into a DuckDB store, idempotently.

Only articles whose id is not stored yet are inserted, with their child rows, in one
transaction; loading the same directory twice changes nothing. Near-duplicates among the new
articles are linked (``duplicate_of``) afterwards, as a local ingest would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.storage.base import Store, WriteResult
from newsgraph.storage.schema import ARTICLE_CHILD_TABLES, columns

MARKER = "_newsgraph.json"


def is_spark_output(path: str | Path) -> bool:
    """True for a directory written by ``newsgraph spark`` (it holds the marker file)."""
    p = Path(path)
    return p.is_dir() and (p / MARKER).is_file() and (p / "articles").is_dir()


def _glob(directory: Path, table: str) -> str | None:
    folder = directory / table
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return None
    return str(folder / "*.parquet").replace("'", "''")


def load_spark_output(directory: str | Path, store: Store) -> WriteResult:
    """Insert the articles of ``directory`` not yet in ``store``, and their rows.

    Raises:
        StoreError: the store is not a DuckDB store, or the files do not match the schema.
    """
    conn: Any = getattr(store, "conn", None)
    if conn is None:
        raise StoreError("loading Spark output needs the DuckDB store")
    directory = Path(directory)
    marker = json.loads((directory / MARKER).read_text(encoding="utf-8"))
    result = WriteResult()
    articles = _glob(directory, "articles")
    conn.execute("BEGIN TRANSACTION")
    try:
        if articles:
            names = ", ".join(f'"{c}"' for c in columns("articles"))
            conn.execute(
                f"CREATE OR REPLACE TEMP TABLE _new_ids AS SELECT DISTINCT id FROM read_parquet('{articles}') "  # noqa: S608 - our path
                "WHERE id NOT IN (SELECT id FROM articles)"
            )
            conn.execute(
                f"INSERT INTO articles ({names}) SELECT {names} FROM read_parquet('{articles}') "  # noqa: S608
                "WHERE id IN (SELECT id FROM _new_ids) QUALIFY row_number() OVER (PARTITION BY id ORDER BY ingested_at) = 1"
            )
            result.ingested = _scalar(conn, "SELECT count(*) FROM _new_ids")
            result.duplicates = _scalar(conn, f"SELECT count(*) FROM read_parquet('{articles}')") - result.ingested  # noqa: S608
            for table in ARTICLE_CHILD_TABLES:
                files = _glob(directory, table)
                if files:
                    cols = ", ".join(f'"{c}"' for c in columns(table))
                    conn.execute(
                        f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet('{files}') "  # noqa: S608
                        "WHERE article_id IN (SELECT id FROM _new_ids)"
                    )
        rejections = _glob(directory, "rejections")
        if rejections:
            cols = ", ".join(f'"{c}"' for c in columns("rejections"))
            for reason, count in conn.execute(f"SELECT reason, count(*) FROM read_parquet('{rejections}') GROUP BY reason").fetchall():  # noqa: S608
                result.reasons[reason] = int(count)
                result.rejected += int(count)
            conn.execute(
                f"INSERT INTO rejections ({cols}) SELECT {cols} FROM read_parquet('{rejections}') f WHERE NOT EXISTS "  # noqa: S608
                "(SELECT 1 FROM rejections r WHERE r.source = f.source AND r.reason = f.reason AND r.detail IS NOT DISTINCT FROM f.detail)"
            )
        _link_duplicates(conn)
        conn.execute("COMMIT")
    except Exception as err:
        conn.execute("ROLLBACK")
        raise StoreError(f"loading Spark output {str(directory)!r} failed and was rolled back: {err}") from err
    del marker
    return result


def _scalar(conn: Any, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _link_duplicates(conn: Any) -> None:
    # New articles are checked against the originals stored before them, in publication order.
    from newsgraph.dedupe import DuplicateIndex

    index = DuplicateIndex()
    old = conn.execute(
        "SELECT id, fingerprint FROM articles WHERE duplicate_of IS NULL AND fingerprint IS NOT NULL "
        "AND id NOT IN (SELECT id FROM _new_ids) ORDER BY ingested_at, id"
    ).fetchall()
    index.update(old)
    new = conn.execute(
        "SELECT a.id, a.fingerprint FROM articles a JOIN _new_ids n ON a.id = n.id "
        "WHERE a.fingerprint IS NOT NULL ORDER BY a.published NULLS LAST, a.id"
    ).fetchall()
    links = []
    for article_id, fp in new:
        original = index.find(fp)
        if original is not None and original != article_id:
            links.append((original, article_id))
        else:
            index.add(article_id, fp)
    if links:
        conn.executemany("UPDATE articles SET duplicate_of = ? WHERE id = ?", links)
