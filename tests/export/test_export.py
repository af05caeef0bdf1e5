"""Exports: one file per table in csv/jsonl/parquet, and GDELT 2.0 Events (61 columns) and Mentions (16)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newsgraph.export import EVENT_COLUMNS, MENTION_COLUMNS, export_gdelt, export_tables
from newsgraph.export.gdelt import actor_code, fips, global_event_id
from newsgraph.storage.schema import TABLES, columns
from tests.api.conftest import FIXTURE_BODY

CODEBOOK = Path(__file__).resolve().parents[3] / "shared" / "data" / "events" / "gdelt-codebooks" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"


def _conn(db: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db), read_only=True)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_tables_one_file_per_table(fixture_db: Path, tmp_path: Path, fmt: str) -> None:
    conn = _conn(fixture_db)
    try:
        written = export_tables(conn, tmp_path, fmt)
        events_in_db = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    assert set(written) == set(TABLES)
    path = written["events"]
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == columns("events")
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert set(rows[0]) == set(columns("events"))
    else:
        rows = pq.read_table(path).to_pylist()
    assert len(rows) == events_in_db
    assert {r["id"] for r in rows} >= {"fxev1", "fxev2"}


def test_export_gdelt_rows_have_61_and_16_columns(fixture_db: Path, tmp_path: Path) -> None:
    conn = _conn(fixture_db)
    try:
        paths = export_gdelt(conn, tmp_path)
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    events = [line.split("\t") for line in paths["events"].read_text(encoding="utf-8").splitlines()]
    mentions = [line.split("\t") for line in paths["mentions"].read_text(encoding="utf-8").splitlines()]
    assert events and all(len(row) == 61 for row in events)
    assert all(len(row) == 16 for row in mentions)
    assert len(mentions) == n_events  # one mention per stored event record
    assert len({row[0] for row in events}) == len(events)  # GLOBALEVENTIDs are unique
    assert {row[0] for row in mentions} == {row[0] for row in events}


def test_export_gdelt_maps_the_fixture_event(fixture_db: Path, tmp_path: Path) -> None:
    conn = _conn(fixture_db)
    try:
        paths = export_gdelt(conn, tmp_path)
    finally:
        conn.close()
    gid = str(global_event_id("fxev1"))
    (row,) = [line.split("\t") for line in paths["events"].read_text(encoding="utf-8").splitlines() if line.startswith(gid + "\t")]
    event = dict(zip(EVENT_COLUMNS, row, strict=True))
    assert event["SQLDATE"] == "20240305" and event["MonthYear"] == "202403" and event["Year"] == "2024"
    assert event["Actor1Code"] == "RUSGOV" and event["Actor1Name"] == "RUSSIA" and event["Actor1CountryCode"] == "RUS"
    assert event["Actor1Type1Code"] == "GOV" and event["Actor2Code"] == "UKRGOV"
    assert (event["EventCode"], event["EventBaseCode"], event["EventRootCode"]) == ("040", "040", "04")
    assert event["QuadClass"] == "1" and float(event["GoldsteinScale"]) == 1.0
    assert event["IsRootEvent"] == "1"
    assert (event["NumMentions"], event["NumSources"], event["NumArticles"]) == ("1", "1", "1")
    assert float(event["AvgTone"]) == -2.5
    # Actors sit at their countries' centres (GDELT type 1, FIPS codes RS and UP).
    assert (event["Actor1Geo_Type"], event["Actor1Geo_CountryCode"], event["Actor1Geo_FullName"]) == ("1", "RS", "Russia")
    assert float(event["Actor1Geo_Lat"]) == pytest.approx(61.5, abs=1)
    assert (event["Actor2Geo_Type"], event["Actor2Geo_CountryCode"]) == ("1", "UP")
    assert event["ActionGeo_Type"] == "4" and event["ActionGeo_CountryCode"] == "TU"
    assert event["ActionGeo_FullName"] == "Istanbul, Turkey" or event["ActionGeo_FullName"].startswith("Istanbul")
    assert float(event["ActionGeo_Lat"]) == pytest.approx(41.01)
    assert event["SOURCEURL"] == "https://example.org/fixture"
    assert len(event["DATEADDED"]) == 14
    (mention,) = [dict(zip(MENTION_COLUMNS, line.split("\t"), strict=True)) for line in paths["mentions"].read_text(encoding="utf-8").splitlines() if line.startswith(gid + "\t")]
    assert int(mention["ActionCharOffset"]) == FIXTURE_BODY.index("held talks")
    assert int(mention["Actor1CharOffset"]) == FIXTURE_BODY.index("Russia")
    assert int(mention["Actor2CharOffset"]) == FIXTURE_BODY.index("Ukraine")
    assert mention["SentenceID"] == "1" and mention["MentionType"] == "1"
    assert mention["MentionSourceName"] == "example.org"
    assert int(mention["MentionDocLen"]) == len(FIXTURE_BODY)
    assert mention["Confidence"] == "72"  # the event's confidence, 0.72, in percent


def test_export_gdelt_columns_follow_the_codebook() -> None:
    if not CODEBOOK.is_file():
        pytest.skip(f"{CODEBOOK} is absent: the shared data folder is not next to this clone")
    with open(CODEBOOK, newline="", encoding="utf-8") as fh:
        names = [row["tableId"] for row in csv.DictReader(fh)]
    assert tuple(names) == tuple(EVENT_COLUMNS)


def test_export_gdelt_helpers() -> None:
    assert global_event_id("abc") == global_event_id("abc") > 0
    assert global_event_id("abc") != global_event_id("abd")
    assert fips("GBR") == "UK" and fips("DEU") == "GM" and fips(None) == ""
    assert actor_code("USA", "GOV") == "USAGOV" and actor_code(None, "MIL") == "MIL"


def test_export_cli_writes_gdelt(fixture_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "gdelt"
    code = "import sys; import newsgraph.cli.export; from newsgraph.cli.main import app; app(sys.argv[1:])"
    proc = subprocess.run([sys.executable, "-c", code, "export", "--format", "gdelt", "--out", str(out), "--db", str(fixture_db)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    first = (out / "events.export.CSV").read_text(encoding="utf-8").splitlines()[0]
    assert len(first.split("\t")) == 61


def test_gdelt_mention_confidence_falls_back_on_modality_for_events_stored_without_one() -> None:
    from newsgraph.export.gdelt import _mention_confidence

    assert _mention_confidence({"confidence": 0.314, "modality": "asserted"}) == "31"
    assert _mention_confidence({"confidence": None, "modality": "asserted"}) == "100"
    assert _mention_confidence({"modality": "hypothetical"}) == "50"


def test_gdelt_export_ignores_the_old_meaning_of_confidence_in_a_store_not_yet_migrated(fixture_db: Path, tmp_path: Path) -> None:
    # Before migration 6, ``events.confidence`` held the sentence classifier's type probability.
    old = tmp_path / "old.duckdb"
    old.write_bytes(fixture_db.read_bytes())
    conn = duckdb.connect(str(old))
    conn.execute("DELETE FROM schema_migrations WHERE version >= 6")
    conn.execute("UPDATE events SET confidence = 0.99")
    conn.close()
    conn = _conn(old)
    try:
        paths = export_gdelt(conn, tmp_path / "out")
    finally:
        conn.close()
    gid = str(global_event_id("fxev1"))
    (mention,) = [dict(zip(MENTION_COLUMNS, line.split("\t"), strict=True)) for line in paths["mentions"].read_text(encoding="utf-8").splitlines() if line.startswith(gid + "\t")]
    assert mention["Confidence"] == "100"  # asserted, by the old rule; not 99
