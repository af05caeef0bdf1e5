"""One file per store table, written by DuckDB's COPY (csv with a header, newline-delimited JSON, Parquet)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from newsgraph.errors import StoreError
from newsgraph.storage.schema import TABLES

FORMATS = {"csv": ("csv", "FORMAT csv, HEADER true"), "jsonl": ("jsonl", "FORMAT json"), "parquet": ("parquet", "FORMAT parquet")}


def _literal(path: Path) -> str:
    # COPY takes no parameter for its file name: quote it as an SQL string literal.
    return "'" + str(path).replace("'", "''") + "'"


def export_tables(conn: duckdb.DuckDBPyConnection, out: Path, fmt: str) -> dict[str, Path]:
    """Write every table of the schema to ``out/<table>.<ext>``.

    Args:
        conn: a connection to the store (read-only is enough).
        out: directory, created if missing.
        fmt: ``csv``, ``jsonl`` or ``parquet``.

    Returns:
        The file written for each table.

    Raises:
        StoreError: unknown format, or DuckDB could not write a file.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)} or gdelt")
    ext, options = FORMATS[fmt]
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for table in TABLES:
        target = out / f"{table}.{ext}"
        order = "id" if any(name == "id" for name, _ in TABLES[table]) else "1"
        try:
            conn.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {_literal(target)} ({options})")  # noqa: S608 - names from our schema
        except duckdb.Error as err:
            raise StoreError(f"exporting table {table} to {target} failed: {err}") from err
        written[table] = target
    return written
