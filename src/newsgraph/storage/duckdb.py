"""The DuckDB store: one file, versioned schema, one transaction per batch."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from newsgraph.errors import NotFound, StoreError
from newsgraph.model import Article, Rejected
from newsgraph.storage.base import WriteResult
from newsgraph.storage.migrations import apply_migrations
from newsgraph.storage.rows import article_rows, rejection_row
from newsgraph.storage.schema import TABLES, columns

# Shortest id prefix `show` accepts: shorter ones match too many articles to be useful.
MIN_ID_PREFIX = 6

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.string(),
    "TIMESTAMP": pa.timestamp("us"),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table (DATE travels as ISO text and is cast on insert)."""
    return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in TABLES[table]])


class DuckDBStore:
    """A :class:`~newsgraph.storage.base.Store` in a DuckDB file.

    Args:
        path: database file (created when missing), or ":memory:".
        read_only: open without write access, so readers can share the file with care.

    Raises:
        StoreError: the file cannot be opened (locked by a writer, not a DuckDB file, ...).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(
                f"cannot open database {self.path!r}: {err}. If another newsgraph process is writing to it, "
                "wait for it to finish, or pass a different --db."
            ) from err
        if not read_only:
            apply_migrations(self.conn)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        if not ids:
            return set()
        rows = self.conn.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
        return {row[0] for row in rows}

    def write(self, batch: Sequence[Article | Rejected]) -> WriteResult:
        """Store ``batch`` in one transaction; articles already stored are counted as duplicates."""
        result = WriteResult()
        articles = [item for item in batch if isinstance(item, Article)]
        stored = self.existing_ids([a.id for a in articles])
        now = datetime.now(UTC).replace(tzinfo=None)
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        for article in articles:
            if article.id in stored:
                result.duplicates += 1
                continue
            stored.add(article.id)
            for table, rows in article_rows(article, now).items():
                tables[table].extend(rows)
            result.ingested += 1
            result.warned += bool(article.warnings)
        for item in batch:
            if isinstance(item, Rejected):
                tables["rejections"].append(rejection_row(item, now))
                result.rejected += 1
                result.reasons[item.reason] = result.reasons.get(item.reason, 0) + 1
        try:
            self.conn.execute("BEGIN TRANSACTION")
            for table, rows in tables.items():
                if rows:
                    self._insert(table, rows)
            self.conn.execute("COMMIT")
        except duckdb.Error as err:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"writing a batch to {self.path!r} failed and was rolled back: {err}") from err
        return result

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        frame = pa.Table.from_pylist(rows, schema=arrow_schema(table))  # noqa: F841 - read by DuckDB by name
        names = ", ".join(f'"{c}"' for c in columns(table))
        if table == "rejections":
            # A re-run records the same rejection once, not again.
            self.conn.execute(
                f"INSERT INTO rejections SELECT {names} FROM frame f WHERE NOT EXISTS "  # noqa: S608 - names from our schema
                "(SELECT 1 FROM rejections r WHERE r.source = f.source AND r.reason = f.reason AND r.detail IS NOT DISTINCT FROM f.detail)"
            )
            return
        self.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM frame")  # noqa: S608

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a parameterised query; yield one dict per row."""
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        while rows := cursor.fetchmany(1000):
            for row in rows:
                yield dict(zip(names, row, strict=True))

    def count(self, table: str) -> int:
        """Rows in ``table`` (a name from the schema)."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; tables are {', '.join(TABLES)}")
        row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - checked above
        return int(row[0]) if row else 0

    def get_article(self, article_id: str) -> dict[str, Any]:
        """The article and all its extractions in the ``extract`` JSON shape.

        Raises:
            NotFound: no article with that id (a unique prefix of at least 6 characters also works).
        """
        rows = list(self.query("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows and len(article_id) >= MIN_ID_PREFIX:
            # An exact id always wins; a prefix must match exactly one article.
            rows = list(self.query("SELECT * FROM articles WHERE starts_with(id, ?) LIMIT 2", [article_id]))
        if len(rows) != 1:
            hint = "the prefix matches several articles; give more characters" if rows else "list ids with `newsgraph articles`"
            raise NotFound(f"no single article with id {article_id!r}: {hint}")
        return _article_dict(self, rows[0])


def _offsets(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in {"article_id", "idx", "char_start", "char_end"}}
    out["start"], out["end"] = row["char_start"], row["char_end"]
    return out


def _arg(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_name"] is None:
        return None
    keys = ("actor_id", "name", "country", "sector", "text", "start", "end")
    return {k: row[f"{prefix}_{k}"] for k in keys}


def _article_dict(store: DuckDBStore, row: dict[str, Any]) -> dict[str, Any]:
    aid = row["id"]

    def children(table: str, order: str = "char_start") -> list[dict[str, Any]]:
        # Sorted here, not in SQL: with ORDER BY, DuckDB scans the table instead of using the
        # article_id index, which made `show` and /api/articles/{id} twice as slow on 100,000 events.
        rows = list(store.query(f"SELECT * FROM {table} WHERE article_id = ?", [aid]))  # noqa: S608
        return sorted(rows, key=lambda r: (r[order] is None, r[order]))  # ascending, NULLs last like SQL

    article = {k: row[k] for k in ("id", "source", "url", "site", "headline", "published", "byline", "language", "body", "tone", "fingerprint", "duplicate_of")}
    for key in ("paragraphs", "captions", "related", "warnings", "themes"):
        article[key] = json.loads(row[key]) if row[key] else []
    article["entities"] = [_offsets(r) for r in children("entities")]
    article["places"] = [_offsets(r) for r in children("places")]
    article["dates"] = [_offsets(r) for r in children("dates")]
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in children("actor_mentions"):
        mentions.setdefault(m["actor_id"], []).append({"text": m["text"], "start": m["char_start"], "end": m["char_end"]})
    article["actors"] = [
        {k: a[k] for k in ("name", "country", "sector", "role", "kind")} | {"id": a["actor_id"], "mentions": mentions.get(a["actor_id"], [])}
        for a in children("actors", "actor_id")
    ]
    article["events"] = [_event_dict(r) for r in children("events")]
    article["quotes"] = [
        {
            "id": q["id"], "text": q["text"], "kind": q["kind"], "cue": q["cue"], "sentence": q["sentence"],
            "start": q["char_start"], "end": q["char_end"],
            "speaker": None if q["speaker_name"] is None else {
                "actor_id": q["speaker_actor_id"], "name": q["speaker_name"], "text": q["speaker_text"],
                "start": q["speaker_start"], "end": q["speaker_end"],
            },
        }
        for q in children("quotes")
    ]
    article["claims"] = [
        {k: c[k] for k in ("id", "text", "value", "qualifier", "category", "object", "part_of", "period_start", "period_end", "place", "sentence")}
        | {"start": c["char_start"], "end": c["char_end"], "claimant": None if c["claimant_name"] is None else {"actor_id": c["claimant_actor_id"], "name": c["claimant_name"]},
           "agent": None if c["agent_name"] is None else {"actor_id": c["agent_actor_id"], "name": c["agent_name"]}}
        for c in children("claims")
    ]
    return article


def _event_dict(r: dict[str, Any]) -> dict[str, Any]:
    place = None
    if r["place_name"] is not None:
        place = {"name": r["place_name"], "country": r["place_country"], "lat": r["place_lat"], "lon": r["place_lon"]}
    plain = ("id", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "date", "date_text", "modality", "reported_by", "sentence", "sentence_start", "sentence_end", "text", "confidence")
    return {k: r[k] for k in plain} | {
        "source": _arg(r, "source"), "target": _arg(r, "target"), "place": place,
        "start": r["char_start"], "end": r["char_end"],
    }
