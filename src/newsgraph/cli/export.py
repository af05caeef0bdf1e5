"""``newsgraph export``: the store as csv/jsonl/parquet files (one per table) or GDELT 2.0 Events and Mentions."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console

from newsgraph.cli.main import DbOpt, app, fail, settings_from
from newsgraph.errors import NewsgraphError, StoreError


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Option("--out", help="Directory to write into (created if missing).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv, jsonl, parquet (one file per table) or gdelt (Events + Mentions).")] = ExportFormat.csv,
    db: DbOpt = None,
) -> None:
    """Export the database: one file per table, or GDELT 2.0 Events and Mentions (see docs/export.md)."""
    from newsgraph.export import export_gdelt, export_tables

    try:
        settings = settings_from(None, None, db)
        if not Path(settings.db_path).is_file():
            raise StoreError(f"no database at {settings.db_path!r}; create one with `newsgraph ingest PATH --db FILE`")
        try:
            conn = duckdb.connect(settings.db_path, read_only=True)
        except duckdb.Error as err:
            raise StoreError(f"cannot open {settings.db_path!r} read-only: {err}. Wait for a running ingest to finish.") from err
        try:
            written = export_gdelt(conn, out) if fmt is ExportFormat.gdelt else export_tables(conn, out, fmt.value)
        finally:
            conn.close()
    except NewsgraphError as err:
        raise fail(err) from err
    console = Console()
    for name, path in written.items():
        console.print(f"{name}: {path}")
