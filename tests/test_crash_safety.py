"""Crash safety (issue 7 item 2): SIGKILL `newsgraph ingest` at random points, re-run, lose and duplicate nothing."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))
SETTINGS = [
    "--set", 'pipeline.stages=["extract.entities", "extract.dates", "extract.tone"]',
    "--set", "store.batch_size=8",  # many small transactions: more places to be killed in
    "--set", "pipeline.batch_size=4",
]
# Child rows are unique by these keys; a duplicated write would repeat one.
KEYS = {
    "articles": "id", "entities": "article_id, idx", "dates": "article_id, idx",
    "rejections": "source, reason, detail",
}


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    rng = random.Random(3)
    cities = ["London", "Paris", "Berlin", "Madrid", "Rome", "Warsaw", "Vienna", "Lisbon"]
    for i in range(n):
        city = rng.choice(cities)
        (folder / f"{i:03d}.txt").write_text(
            f"Talks in {city} round {i}\n\nOfficials from France and Germany met in {city} on Monday for round {i} of "
            f"talks on trade, the foreign ministry said. Prime Minister Olaf Scholz said {i + 2} issues remained.\n\n"
            f"The next meeting is planned for March {1 + i % 28}, 2024, in {rng.choice(cities)}.",
            encoding="utf-8",
        )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "dup.txt").write_text((folder / "000.txt").read_text(encoding="utf-8"), encoding="utf-8")


def _ingest(folder: Path, db: Path, kill_after: float | None) -> int | None:
    proc = subprocess.Popen(
        [NEWSGRAPH, "ingest", str(folder), "--db", str(db), "--workers", "2", *SETTINGS],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    if kill_after is None:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err.decode()[-2000:]
        return proc.returncode
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)  # the ingest process itself, mid-write or mid-batch
        proc.wait()
        time.sleep(1)
        with contextlib.suppress(ProcessLookupError):  # workers exit on the broken pipe; make sure none lingers
            os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode


def _snapshot(db: Path) -> dict[str, object]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        snap: dict[str, object] = {"ids": {r[0] for r in conn.execute("SELECT id FROM articles").fetchall()}}
        for table, key in KEYS.items():
            total = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - table names are ours
            distinct = conn.execute(f"SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table})").fetchone()[0]  # noqa: S608
            snap[table] = (total, distinct)
        snap["clusters"] = conn.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
    finally:
        conn.close()
    return snap


@pytest.mark.slow
def test_crash_safety_sigkill_then_rerun_loses_and_duplicates_nothing(tmp_path):
    folder = tmp_path / "in"
    _corpus(folder, 120)
    reference = tmp_path / "ref.duckdb"
    started = time.monotonic()
    _ingest(folder, reference, None)
    duration = time.monotonic() - started  # kill points fall inside a run, however fast the machine
    expected = _snapshot(reference)
    assert len(expected["ids"]) == 120

    db = tmp_path / "crash.duckdb"
    rng = random.Random(int(os.environ.get("NEWSGRAPH_CRASH_SEED", "11")))
    killed = 0
    for _ in range(4):
        code = _ingest(folder, db, kill_after=rng.uniform(0.2, 0.9) * duration)
        killed += code == -signal.SIGKILL
        if db.exists():
            _snapshot(db)  # the half-written database opens cleanly after every kill
    assert killed >= 1, "no run was interrupted: the kill points came too late"
    _ingest(folder, db, None)
    got = _snapshot(db)
    assert got["ids"] == expected["ids"]
    for table in KEYS:
        total, distinct = got[table]
        assert total == distinct, f"{table}: {total - distinct} duplicated rows"
        assert got[table] == expected[table], f"{table}: {got[table]} != {expected[table]}"
    assert got["clusters"] == expected["clusters"]
