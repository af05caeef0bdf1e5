"""The CLI end to end with the real pipeline, spaCy model and a real DuckDB file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from tests.conftest import DATA

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def bad_inputs(tmp_path: Path) -> Path:
    """A folder of inputs newsgraph must refuse, each for a clear reason, next to good ones."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("   \n\n  \t\n")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "archive.txt.gz").write_bytes(gzip.compress(b"x" * 100)[:20])
    (folder / "nav.html").write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>")
    (folder / "good.txt").write_text((DATA / "scraped" / "no_tagline_iso.txt").read_text())
    # cp1252 bytes that are not valid UTF-8: kept, with a warning.
    (folder / "latin.txt").write_bytes(
        "Ministers meet in Brussels\n\nThe café owners said on Monday that the ministers of France and Germany would meet in Brussels next week to discuss energy prices.".encode("cp1252")
    )
    return folder


def test_cli_no_arguments_prints_help() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    assert "ingest" in out and "extract" in out


def test_cli_extract_seed_json(seed_path: Path) -> None:
    code, out, _ = _run("extract", str(seed_path))
    assert code == 0
    (article,) = json.loads(out)
    assert article["headline"] == "Iran: president condemns Gaza ‘genocide’ in Moscow talks with Putin"
    assert article["published"] == "2023-12-07T16:46:00"
    assert article["site"] == "Creating new perspectives since 2009"
    assert len(article["paragraphs"]) == 8
    assert article["body"] == "\n\n".join(article["paragraphs"])


def test_cli_extract_keeps_input_order_and_jsonl(tmp_path: Path) -> None:
    files = sorted((DATA / "scraped").glob("*.txt"))
    code, out, _ = _run("extract", *map(str, reversed(files)), "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"] for line in lines] == [str(f) for f in reversed(files)]


def test_cli_extract_published_resolves_relative_dates(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Talks in Geneva\n\nThe foreign ministers of Iran and France met in Geneva on Monday and agreed to meet again next month.")
    code, out, _ = _run("extract", str(path), "--published", "2024-03-06")
    assert code == 0
    (article,) = json.loads(out)
    values = {d["text"]: d["value"] for d in article["dates"]}
    assert "2024-03-04" in values.values()
    assert article["published"] == "2024-03-06"


def test_cli_ingest_twice_same_counts(db_path: Path) -> None:
    scraped = str(DATA / "scraped")
    code, out, _ = _run("ingest", scraped, "--db", str(db_path), "--workers", "1")
    assert code == 0, out
    assert "3 ingested" in out
    first = json.loads(_run("articles", "--db", str(db_path), "--format", "json")[1])
    code, out, _ = _run("ingest", scraped, "--db", str(db_path), "--workers", "1")
    assert code == 0
    assert "0 ingested, 3 duplicates" in out
    second = json.loads(_run("articles", "--db", str(db_path), "--format", "json")[1])
    assert first == second
    assert len(first) == 3


def test_cli_bad_inputs_are_recorded_and_the_rest_goes_on(bad_inputs: Path, db_path: Path) -> None:
    code, out, _ = _run("ingest", str(bad_inputs), "--db", str(db_path), "--workers", "1")
    assert code == 0, out
    assert "2 ingested" in out
    rows = json.loads(_run("rejections", "--db", str(db_path), "--format", "json")[1])
    reasons = {Path(r["source"]).name: r["reason"] for r in rows}
    assert reasons == {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "noise.bin": "binary",
        "archive.txt.gz": "binary",
        "nav.html": "no_article",
    }
    assert all(r["detail"] for r in rows)
    articles = json.loads(_run("articles", "--db", str(db_path), "--format", "json")[1])
    latin = next(a for a in articles if a["source"].endswith("latin.txt"))
    shown = json.loads(_run("show", latin["id"], "--db", str(db_path))[1])
    assert "café" in shown["body"]
    assert any("cp1252" in w for w in shown["warnings"])


def test_cli_nothing_ingested_exits_non_zero(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    code, out, _ = _run("ingest", str(tmp_path / "empty.txt"), "--db", str(db_path))
    assert code != 0
    assert "1 rejected" in out


def test_cli_missing_path_says_what_to_do(db_path: Path) -> None:
    code, _, err = _run("ingest", "/no/such/dir", "--db", str(db_path))
    assert code == 1
    assert "does not exist" in err


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_list_formats(fmt: str, db_path: Path) -> None:
    _run("ingest", str(DATA / "scraped"), "--db", str(db_path), "--workers", "1")
    for command in ("articles", "rejections", "actors", "events", "quotes"):
        code, out, _ = _run(command, "--db", str(db_path), "--format", fmt)
        assert code == 0, (command, out)
        if fmt == "json":
            assert isinstance(json.loads(out), list)
        if fmt == "csv":
            assert out.splitlines()[0].count(",") >= 1


def test_cli_show_unknown_id(db_path: Path) -> None:
    _run("ingest", str(DATA / "scraped"), "--db", str(db_path), "--workers", "1")
    code, _, err = _run("show", "nope", "--db", str(db_path))
    assert code == 1
    assert "newsgraph articles" in err


def test_cli_events_merged_by_default_and_mentions_on_request(db_path: Path, seed_path: Path) -> None:
    _run("ingest", str(seed_path), "--db", str(db_path), "--workers", "1")
    merged = json.loads(_run("events", "--db", str(db_path), "--format", "json")[1])
    mentions = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--mentions")[1])
    assert merged and mentions
    assert all(row["num_mentions"] >= 1 and row["num_articles"] == 1 for row in merged)
    assert sum(row["num_mentions"] for row in merged) == len(mentions)
    consult = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--plover", "consult", "--country", "irn")[1])
    assert consult and all(row["plover"] == "CONSULT" for row in consult)
    # the White House's suggestion that Iran may provide ballistic missiles is no asserted event
    hypothetical = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--mentions", "--modality", "hypothetical")[1])
    asserted = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--mentions", "--modality", "asserted")[1])
    assert hypothetical and all(row["modality"] == "hypothetical" for row in hypothetical)
    assert len(asserted) + len(hypothetical) <= len(mentions) and all(row["modality"] == "asserted" for row in asserted)
    # every event has a confidence; a floor keeps the likelier ones, for mentions and merged events alike
    assert all(0.0 <= row["confidence"] <= 1.0 for row in mentions)
    floor = sorted(row["confidence"] for row in mentions)[len(mentions) // 2]
    likely = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--mentions", "--min-confidence", str(floor))[1])
    assert likely and len(likely) < len(mentions) and all(row["confidence"] >= floor for row in likely)
    likely_merged = json.loads(_run("events", "--db", str(db_path), "--format", "json", "--min-confidence", str(floor))[1])
    assert likely_merged and len(likely_merged) < len(merged) and all(row["confidence"] >= floor for row in likely_merged)
    code, _, err = _run("events", "--db", str(db_path), "--min-confidence", "2")
    assert code != 0 and "min-confidence" in err
