"""The fast paths answer exactly what the straightforward ones did: stored JSON items, lower-cased
columns, precomputed actor profiles, Python-sorted article children; and `serve --workers`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from newsgraph.api import queries
from newsgraph.api.deps import Database
from newsgraph.api.derived import prepare
from newsgraph.api.schemas import EventItem, Page
from newsgraph.storage.filters import event_filters
from tests.api.conftest import FIXTURE_ID, free_port

EVENT_CASES = [
    {}, {"actor": "fx:PUTIN"}, {"actor": "uKrAiNiAn"}, {"actor": "russia"}, {"country": "ukr"}, {"plover": "consult"},
    {"cameo": "19", "since": "2024"}, {"quad_class": 4, "until": "2024-03"}, {"place": "donetsk"}, {"place": "TUR"},
    {"article": FIXTURE_ID}, {"actor": "no such actor"},
]


@pytest.fixture(scope="module")
def database(fixture_db: Path) -> Iterator[Database]:
    db = Database(fixture_db, prepare=prepare, cache_size=0)
    yield db
    db.close()


@pytest.mark.parametrize("filters", EVENT_CASES)
def test_event_items_are_what_the_response_model_gives(database: Database, filters: dict[str, object]) -> None:
    page = TypeAdapter(Page[EventItem])
    with database.cursor() as db:
        for offset in (0, 1):
            f = queries.event_filters(**filters)
            rows = queries.page(db, queries.EVENT_SELECT, queries.EVENT_SOURCE, f, 3, offset)
            assert queries.events_json(db, f, 3, offset) == page.dump_json(page.validate_python(rows))


@pytest.mark.parametrize("filters", EVENT_CASES)
def test_lowered_columns_filter_like_lower_on_every_row(database: Database, filters: dict[str, object]) -> None:
    with database.cursor() as db:
        fast = queries.event_filters(**filters)
        plain = event_filters(**filters, day="e.day")  # lower(coalesce(...)) on every row
        ids = [f"SELECT e.id FROM api_events e{f.where()} ORDER BY e.id" for f in (fast, plain)]  # noqa: S608
        assert db.all(ids[0], fast.params) == db.all(ids[1], plain.params)


def test_actor_profile_tables_match_the_direct_queries(database: Database) -> None:
    with database.cursor() as db:
        for actor_id in [r["id"] for r in db.all("SELECT id FROM api_actors")]:
            profile = queries.actor(db, actor_id)
            co = db.all(
                "SELECT o.actor_id AS id, count(DISTINCT o.article_id) AS articles FROM actors o "
                "WHERE o.article_id IN (SELECT article_id FROM actors WHERE actor_id = ?) AND o.actor_id <> ? "
                "GROUP BY o.actor_id ORDER BY articles DESC, id LIMIT 30", [actor_id, actor_id])
            assert [(c["id"], c["articles"]) for c in profile["co_occurring"]] == [(c["id"], c["articles"]) for c in co]
            linked = db.all(
                "SELECT other AS id, count(*) AS events FROM ("
                " SELECT target_actor_id AS other FROM events WHERE source_actor_id = ? AND target_actor_id IS NOT NULL"
                " UNION ALL SELECT source_actor_id FROM events WHERE target_actor_id = ? AND source_actor_id IS NOT NULL"
                ") WHERE other <> ? GROUP BY other ORDER BY events DESC, id LIMIT 30", [actor_id, actor_id, actor_id])
            assert [(n["id"], n["events"]) for n in profile["neighbours"]] == [(n["id"], n["events"]) for n in linked]
            names = db.all("SELECT name, count(*) AS n FROM actors WHERE actor_id = ? GROUP BY name "
                           "ORDER BY n DESC, name LIMIT 20", [actor_id])
            assert profile["names"] == [r["name"] for r in names]


def test_article_children_keep_their_order(client: TestClient) -> None:
    for item in client.get("/api/articles", params={"limit": 20}).json()["items"]:
        article = client.get(f"/api/articles/{item['id']}").json()
        for key in ("entities", "places", "dates", "events", "quotes", "claims"):
            starts = [x["start"] for x in article[key]]
            assert starts == sorted(starts), (item["id"], key)
        ids = [a["id"] for a in article["actors"]]
        assert ids == sorted(ids)


def test_events_page_and_search_still_read_events(client: TestClient) -> None:
    page = client.get("/events", params={"article": FIXTURE_ID})
    assert page.status_code == 200 and "held talks" in page.text
    found = client.get("/api/search", params={"q": "shelled"}).json()["events"]
    assert any(e["id"] == "fxev2" for e in found)


def test_serve_with_two_workers(fixture_db: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    cmd = [sys.executable, "-c", "import newsgraph.cli.serve; from newsgraph.cli.main import app; app()",
           "serve", "--db", str(fixture_db), "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/events", params={"article": FIXTURE_ID}, timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve --workers 2 did not start"
                time.sleep(0.3)
        assert r.status_code == 200
        assert {e["id"] for e in json.loads(r.content)["items"]} == {"fxev1", "fxev2"}
        for _ in range(6):  # both workers answer alike (the kernel spreads connections between them)
            assert httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5).json()["counts"]["articles"] >= 6
    finally:
        proc.terminate()
        proc.wait(timeout=30)
