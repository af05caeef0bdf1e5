"""A real uvicorn on 127.0.0.1 driven with httpx; serving while another process writes; query timeouts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.api.deps import Database, QueryTimeout
from tests.api.conftest import FIXTURE_ID, LiveServer

REPO = Path(__file__).resolve().parents[2]


def test_live_uvicorn_answers_api_and_pages(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=10) as http:
        stats = http.get("/api/stats")
        assert stats.status_code == 200 and stats.json()["counts"]["articles"] >= 6
        events = http.get("/api/events", params={"article": FIXTURE_ID})
        assert {e["id"] for e in events.json()["items"]} == {"fxev1", "fxev2"}
        page = http.get(f"/articles/{FIXTURE_ID}")
        assert page.status_code == 200 and "Fixture: talks in Istanbul" in page.text
        assert page.headers["content-security-policy"].startswith("default-src 'self'")
        assert http.get("/api/events", params={"limit": 10_000}).status_code == 422


def test_live_token_server_refuses_anonymous(fixture_db: Path) -> None:
    token = "live-token-0123456789abcdef"  # noqa: S105 - a test token
    with LiveServer(fixture_db, token=token) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        assert http.get("/api/stats").status_code == 401
        assert http.get("/api/stats", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_live_serve_command_refuses_public_host_without_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; import newsgraph.cli.serve; from newsgraph.cli.main import app; app(sys.argv[1:])", "serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.duckdb")],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )
    assert proc.returncode != 0
    assert "token" in (proc.stderr + proc.stdout).lower()


HOLD_WRITER = textwrap.dedent(
    """
    import sys, time
    from newsgraph.storage.duckdb import DuckDBStore
    sys.path.insert(0, sys.argv[3])
    from tests.api.conftest import fixture_article
    from dataclasses import replace
    with DuckDBStore(sys.argv[1]) as store:
        store.write([replace(fixture_article(), id="written-while-serving", headline="Written while serving",
                             events=(), quotes=(), claims=(), actors=())])
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def test_live_serves_while_another_process_writes(real_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    shutil.copy(real_db, db)
    app = create_app(db, refresh_interval=0)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        before = c.get("/api/stats").json()["counts"]["articles"]
        writer = subprocess.Popen(
            [sys.executable, "-c", HOLD_WRITER, str(db), "4", str(REPO)], stdout=subprocess.PIPE, text=True,
        )
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
            during = c.get("/api/stats")  # the writer holds the lock: answer from the snapshot
            assert during.status_code == 200
            assert during.json()["counts"]["articles"] == before
            assert during.json()["stale"] is True
        finally:
            writer.wait(timeout=60)
        assert writer.returncode == 0
        after = c.get("/api/stats").json()
        assert after["counts"]["articles"] == before + 1
        assert after["stale"] is False
        assert c.get("/api/articles/written-while-serving").status_code == 200


def test_live_database_starts_while_a_writer_holds_the_file(real_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    shutil.copy(real_db, db)
    writer = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db), "8", str(REPO)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
        database = Database(db, refresh_interval=0)
        try:
            assert database.stale is True
            with database.cursor() as reader:
                assert reader.scalar("SELECT count(*) FROM articles") >= 6
        finally:
            database.close()
    finally:
        writer.wait(timeout=60)


def test_live_query_timeout_interrupts(real_db: Path) -> None:
    database = Database(real_db, query_timeout=0.3)
    try:
        with database.cursor() as reader:
            started = time.monotonic()
            with pytest.raises(QueryTimeout):
                reader.all("SELECT count(*) FROM range(100000000000) a")
            assert time.monotonic() - started < 10
            assert reader.scalar("SELECT 1") == 1  # the cursor is usable again
    finally:
        database.close()
