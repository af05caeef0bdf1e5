"""Spark adapter on local[2]: Parquet tables with the store's schema, loaded into DuckDB idempotently."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
import pyarrow.parquet as pq

from newsgraph.config import load_settings
from newsgraph.ingest import ingest
from newsgraph.scale.spark import MARKER, run_spark
from newsgraph.storage import open_store
from newsgraph.storage.schema import TABLES, columns

STAGES = 'pipeline.stages=["extract.entities", "extract.dates", "extract.tone"]'


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(8):
        (folder / f"{i}.txt").write_text(
            f"Talks round {i}\n\nOfficials from France and Germany met in Berlin on Monday for round {i} of trade talks, "
            f"the foreign ministry said. Chancellor Olaf Scholz said {i + 2} issues remained open.",
            encoding="utf-8",
        )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "copy.txt").write_text((folder / "0.txt").read_text(encoding="utf-8"), encoding="utf-8")


@pytest.mark.spark
def test_spark_writes_store_tables_and_ingest_loads_them_once(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    _corpus(folder)
    settings = load_settings(overrides=[STAGES])
    counts = run_spark([folder], out, settings, master="local[2]", partitions=3)
    assert counts["articles"] == 8 and counts["rejections"] == 1
    assert (out / MARKER).is_file()
    for table in TABLES:
        files = list((out / table).glob("*.parquet"))
        assert files, table
        assert pq.read_schema(files[0]).names == columns(table)

    settings = replace(settings, db_path=str(tmp_path / "s.duckdb"))
    with open_store(settings.db_path) as store:
        first = ingest([out], store, settings)
        second = ingest([out], store, settings)
        entities = store.count("entities")
        assert store.count("articles") == 8 and store.count("rejections") == 1
    assert (first.ingested, second.ingested, second.duplicates) == (8, 0, 8)

    local = replace(settings, db_path=str(tmp_path / "l.duckdb"))
    with open_store(local.db_path) as store:
        ingest([folder], store, local, workers=1)
        assert store.count("entities") == entities
