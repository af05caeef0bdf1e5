"""Print rows as a table, JSON (one array) or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def print_rows(rows: Iterable[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None, title: str | None = None) -> int:
    """Write ``rows`` to stdout in ``fmt``; return how many were printed."""
    rows = list(rows)
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt is Format.json:
        json.dump([{c: r.get(c) for c in columns} for r in rows], sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console(width=200).print(table)
    return len(rows)
