"""The JSON API's shape and filters, against a database filled by the real pipeline (+ one known article)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import FIXTURE_BODY, FIXTURE_ID

LISTS = ["/api/articles", "/api/actors", "/api/events", "/api/quotes", "/api/claims"]


@pytest.mark.parametrize("path", LISTS)
def test_lists_answer_the_page_envelope(client: TestClient, path: str) -> None:
    r = client.get(path, params={"limit": 3, "offset": 0})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert body["limit"] == 3 and body["offset"] == 0
    assert len(body["items"]) <= 3
    assert body["total"] >= len(body["items"]) >= 1


@pytest.mark.parametrize("path", LISTS)
def test_lists_refuse_oversized_limit(client: TestClient, path: str) -> None:
    r = client.get(path, params={"limit": 100000})
    assert r.status_code == 422
    assert r.json()["error"] == "invalid parameters"


def test_lists_page_through_without_overlap(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] >= 4
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])


def test_stats_counts_the_pipeline_output(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] >= 6
    assert stats["counts"]["events"] >= 2
    assert stats["stale"] is False
    assert any(day["day"] == "2024-03-06" and day["q4"] >= 1 for day in stats["events_per_day"])
    assert stats["latest_articles"]


def test_articles_search_filters_by_words_and_dates(client: TestClient) -> None:
    hits = client.get("/api/articles", params={"q": "Istanbul talks"}).json()
    assert [a["id"] for a in hits["items"]] == [FIXTURE_ID]
    dated = client.get("/api/articles", params={"since": "2024-03-06", "until": "2024-03-06"}).json()
    assert FIXTURE_ID in {a["id"] for a in dated["items"]}
    assert all((a["published"] or "")[:10] == "2024-03-06" for a in dated["items"])
    assert client.get("/api/articles", params={"site": "Fixture Times"}).json()["total"] == 1


def test_article_detail_has_every_extraction_with_offsets(client: TestClient) -> None:
    article = client.get(f"/api/articles/{FIXTURE_ID}").json()
    assert article["body"] == FIXTURE_BODY
    for key in ("actors", "events", "quotes", "claims"):
        assert article[key], key
    for event in article["events"]:
        assert FIXTURE_BODY[event["start"]:event["end"]] == event["text"]
    quote = article["quotes"][0]
    assert FIXTURE_BODY[quote["start"]:quote["end"]] == quote["text"]


def test_article_detail_of_a_real_article(client: TestClient) -> None:
    items = client.get("/api/articles", params={"q": "Minsk"}).json()["items"]
    assert items
    article = client.get(f"/api/articles/{items[0]['id']}").json()
    for actor in article["actors"]:
        for m in actor["mentions"]:
            assert article["body"][m["start"]:m["end"]] == m["text"]


def test_article_unknown_id_is_404(client: TestClient) -> None:
    r = client.get("/api/articles/does-not-exist")
    assert r.status_code == 404
    assert "no single article" in r.json()["error"]


def test_actors_filter_by_country_and_sector(client: TestClient) -> None:
    body = client.get("/api/actors", params={"country": "ukr", "sector": "MIL"}).json()
    assert "fx:UKRMIL" in {a["id"] for a in body["items"]}
    assert all(a["country"] == "UKR" and a["sector"] == "MIL" for a in body["items"])
    assert client.get("/api/actors", params={"q": "putin"}).json()["total"] >= 1


def test_actor_profile_links_events_quotes_and_neighbours(client: TestClient) -> None:
    putin = client.get("/api/actors/fx:PUTIN").json()
    assert putin["actor"]["name"] == "Vladimir Putin"
    assert [q["id"] for q in putin["quotes"]] == ["fxq1"]
    russia = client.get("/api/actors/fx:RUS").json()
    assert [e["id"] for e in russia["events_as_source"]] == ["fxev1"]
    assert {n["id"] for n in russia["neighbours"]} == {"fx:UKR"}
    assert "fx:PUTIN" in {c["id"] for c in russia["co_occurring"]}
    ukraine = client.get("/api/actors/fx:UKR").json()
    assert [e["id"] for e in ukraine["events_as_target"]] == ["fxev1"]
    assert client.get("/api/actors/nobody").status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "fx:RUS"}, {"fxev1"}),
        ({"actor": "ukrainian forces"}, {"fxev2"}),
        ({"plover": "assault", "article": FIXTURE_ID}, {"fxev2"}),
        ({"cameo": "04", "article": FIXTURE_ID}, {"fxev1"}),
        ({"quad_class": 4, "article": FIXTURE_ID}, {"fxev2"}),
        ({"place": "istanbul"}, {"fxev1"}),
        ({"since": "2024-03-06", "until": "2024-03-06", "article": FIXTURE_ID}, {"fxev2"}),
        ({"country": "tur"}, set()),
        ({"modality": "asserted", "article": FIXTURE_ID}, {"fxev1", "fxev2"}),
        ({"modality": "negated", "article": FIXTURE_ID}, set()),
        ({"min_confidence": 0.5, "article": FIXTURE_ID}, {"fxev1"}),
        ({"min_confidence": 0.31, "article": FIXTURE_ID}, {"fxev1", "fxev2"}),
    ],
)
def test_events_filters(client: TestClient, params: dict[str, object], expected: set[str]) -> None:
    body = client.get("/api/events", params=params).json()
    assert {e["id"] for e in body["items"]} & {"fxev1", "fxev2"} == expected


def test_events_list_gives_each_events_confidence_and_refuses_one_out_of_range(client: TestClient) -> None:
    items = {e["id"]: e for e in client.get("/api/events", params={"article": FIXTURE_ID}).json()["items"]}
    assert (items["fxev1"]["confidence"], items["fxev2"]["confidence"]) == (pytest.approx(0.72), pytest.approx(0.31))
    assert client.get("/api/events", params={"min_confidence": 1.5}).status_code == 422


def test_events_page_filters_by_modality_and_confidence(client: TestClient) -> None:
    # an HTML form sends every field: an empty one is no filter
    page = client.get("/events", params={"article": FIXTURE_ID, "modality": "", "min_confidence": "0.5"})
    assert page.status_code == 200
    assert "held talks" in page.text and "shelled" not in page.text.split('id="h-t"')[1]
    assert 'name="min_confidence" value="0.5"' in page.text


def test_events_timeline_and_network(client: TestClient) -> None:
    days = client.get("/api/events/timeline", params={"article": FIXTURE_ID}).json()
    assert days == [{"day": "2024-03-05", "q1": 1, "q2": 0, "q3": 0, "q4": 0}, {"day": "2024-03-06", "q1": 0, "q2": 0, "q3": 0, "q4": 1}]
    net = client.get("/api/network", params={"article": FIXTURE_ID}).json()
    assert {n["id"] for n in net["nodes"]} == {"fx:RUS", "fx:UKR"}
    assert net["edges"] == [{"source": "fx:RUS", "target": "fx:UKR", "quad_class": 1, "weight": 1}]


def test_quotes_and_claims_filters(client: TestClient) -> None:
    assert [q["id"] for q in client.get("/api/quotes", params={"speaker": "putin", "q": "peace"}).json()["items"]] == ["fxq1"]
    assert client.get("/api/quotes", params={"kind": "bogus"}).status_code == 422
    claims = client.get("/api/claims", params={"category": "casualties", "place": "donetsk", "object": "people"}).json()
    assert [c["id"] for c in claims["items"]] == ["fxc1"]
    series = client.get("/api/claims/series", params={"category": "casualties", "object": "people"}).json()
    assert series["series"][0]["source"] == "Fixture Times"
    assert series["series"][0]["points"][0]["value"] == 12.0


def test_search_spans_every_kind(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Putin"}).json()
    assert found["actors"] and found["quotes"] and found["articles"]
    assert client.get("/api/search").status_code == 422


def test_openapi_and_docs_need_no_cdn(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/actors/{actor_id}", "/api/events", "/api/quotes", "/api/claims", "/api/stats"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/events" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
