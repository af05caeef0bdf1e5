"""The response cache: exact per snapshot, emptied by a new one, never in front of the Guard's checks."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.api.cache import LRU, normalised_query
from tests.api.conftest import fixture_article

CACHE = "x-newsgraph-cache"


def test_cache_answers_a_repeat_with_the_same_bytes(client: TestClient) -> None:
    params = {"quad_class": 4, "limit": 7}
    first = client.get("/api/events", params=params)
    second = client.get("/api/events", params=params)
    assert first.status_code == second.status_code == 200
    assert second.headers[CACHE] == "hit"
    assert second.content == first.content
    assert second.headers["content-security-policy"] == first.headers["content-security-policy"]


def test_cache_key_ignores_parameter_order(client: TestClient) -> None:
    client.get("/api/quotes?limit=3&offset=1")
    assert client.get("/api/quotes?offset=1&limit=3").headers[CACHE] == "hit"
    assert client.get("/api/quotes?offset=2&limit=3").headers[CACHE] == "miss"


def test_cache_keeps_no_error(client: TestClient) -> None:
    for _ in range(2):
        r = client.get("/api/articles/no-such-article-anywhere")
        assert r.status_code == 404 and r.headers[CACHE] == "miss"
    for _ in range(2):
        r = client.get("/api/events", params={"limit": 100_000})
        assert r.status_code == 422


def test_cache_is_emptied_by_a_new_snapshot(real_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "growing.duckdb"
    shutil.copy(real_db, db)
    with TestClient(create_app(db, refresh_interval=0), base_url="http://127.0.0.1") as c:
        before = c.get("/api/articles", params={"limit": 1}).json()["total"]
        assert c.get("/api/articles", params={"limit": 1}).headers[CACHE] == "hit"
        from newsgraph.storage.duckdb import DuckDBStore

        with DuckDBStore(db) as store:
            store.write([replace(fixture_article(), id="cached-then-new", headline="After the cache")])
        after = c.get("/api/articles", params={"limit": 1})
        assert after.headers[CACHE] == "miss"
        assert after.json()["total"] == before + 1
        # The entry of the old snapshot is never answered again; the new one is cached anew.
        again = [c.get("/api/articles", params={"limit": 1}) for _ in range(2)]
        assert [r.headers[CACHE] for r in again] == ["miss", "hit"]
        assert {r.json()["total"] for r in again} == {before + 1}
        assert c.get("/api/events", params={"article": "cached-then-new"}).json()["total"] == 2


def test_cache_sits_behind_the_token_and_host_checks(fixture_db: Path) -> None:
    token = "cache-token-0123456789abcdef"  # noqa: S105 - a test token
    app = create_app(fixture_db, token=token)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        auth = {"Authorization": f"Bearer {token}"}
        c.get("/api/stats", headers=auth)
        assert c.get("/api/stats", headers=auth).headers[CACHE] == "hit"
        assert c.get("/api/stats").status_code == 401
    with TestClient(create_app(fixture_db), base_url="http://127.0.0.1") as c:
        c.get("/api/stats")
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 421


def test_cache_size_zero_turns_it_off(fixture_db: Path) -> None:
    with TestClient(create_app(fixture_db, cache_size=0), base_url="http://127.0.0.1") as c:
        for _ in range(2):
            r = c.get("/api/actors", params={"limit": 2})
            assert r.status_code == 200 and CACHE not in r.headers


def test_lru_bounds_entries_and_bytes() -> None:
    lru = LRU(3, max_weight=10)
    for key in "abc":
        lru.put(key, key, 3)
    assert lru.get("a") == "a"  # now most recent
    lru.put("d", "d", 3)  # 4 entries, 12 bytes: "b" goes first
    assert lru.get("b") is None and len(lru) == 3 and lru.weight == 9
    lru.put("e", "e", 10)
    assert len(lru) == 1 and lru.get("e") == "e"
    assert LRU(0).get("x") is None


def test_normalised_query_sorts_by_name_only() -> None:
    assert normalised_query(b"b=2&a=1") == normalised_query(b"a=1&b=2") == b"a=1&b=2"
    assert normalised_query(b"a=2&a=1") == b"a=2&a=1"  # repeated names keep their order
    assert normalised_query(b"") == b""
