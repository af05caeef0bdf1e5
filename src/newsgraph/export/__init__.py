"""Exports of the store: one file per table (csv, jsonl, parquet) and GDELT 2.0 Events and Mentions."""

from newsgraph.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS, export_gdelt
from newsgraph.export.tables import FORMATS, export_tables

__all__ = ["EVENT_COLUMNS", "FORMATS", "MENTION_COLUMNS", "export_gdelt", "export_tables"]
