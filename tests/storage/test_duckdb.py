"""The DuckDB store: migrations, one transaction per batch, idempotent re-ingest, round trips."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import NotFound
from newsgraph.model import (
    Actor,
    Article,
    Claim,
    DateMention,
    Entity,
    Event,
    EventArg,
    EventPlace,
    Mention,
    Quote,
    Rejected,
    Speaker,
)
from newsgraph.storage import open_store
from newsgraph.storage.merge import rebuild_merged_events
from newsgraph.storage.migrations import MIGRATIONS, schema_version
from newsgraph.storage.schema import TABLES

BODY = "Russia and Iran held talks in Moscow on Thursday. \"It was useful,\" Putin said. Ten people were killed."


def _span(text: str) -> tuple[str, int, int]:
    start = BODY.index(text)
    return text, start, start + len(text)


def _article(article_id: str = "a1") -> Article:
    putin = Actor("vladimir-putin", "Vladimir Putin", "RUS", "GOV", "President", "person", (Mention(*_span("Putin")),))
    arg = EventArg("rus", "Russia", "RUS", None, *_span("Russia"))
    target = EventArg("irn", "Iran", "IRN", None, *_span("Iran"))
    return Article(
        id=article_id, source="test", body=BODY, paragraphs=(BODY,), published="2023-12-07",
        entities=(Entity("Russia", "GPE", 0, 6),),
        dates=(DateMention("on Thursday", "2023-12-07", *_span("on Thursday")[1:]),),
        actors=(putin,),
        events=(Event("e1", arg, target, "040", "04", 1, 1.0, "CONSULT", None, None, "2023-12-07", "on Thursday",
                      EventPlace("Moscow", "RUS", 55.75, 37.62), "asserted", None, BODY[:50], *_span("held talks")[1:], "held talks", 0, 50),),
        quotes=(Quote("q1", "It was useful,", "direct", Speaker("vladimir-putin", "Vladimir Putin", *_span("Putin")), "said", BODY[51:82], *_span("It was useful,")[1:]),),
        claims=(Claim("c1", "Ten", 10.0, "exact", "KILL", "people", None, None, None, None, None, "Ten people were killed.", *_span("Ten")[1:]),),
    )


def test_duckdb_migrations_recorded(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        assert schema_version(store.conn) == MIGRATIONS[-1][0]
    with open_store(str(db_path)) as store:  # reopening applies nothing twice
        rows = list(store.query("SELECT version, count(*) AS n FROM schema_migrations GROUP BY version"))
        assert all(row["n"] == 1 for row in rows)
        assert len(rows) == len(MIGRATIONS)


def test_duckdb_write_is_idempotent(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        first = store.write([_article(), Rejected("bad.txt", "empty", "the file is empty")])
        second = store.write([_article(), Rejected("bad.txt", "empty", "the file is empty")])
        assert (first.ingested, first.duplicates, first.rejected) == (1, 0, 1)
        assert (second.ingested, second.duplicates) == (0, 1)
        counts = {t: store.count(t) for t in ("articles", "events", "quotes", "claims", "actors", "actor_mentions", "rejections")}
    assert counts == {"articles": 1, "events": 1, "quotes": 1, "claims": 1, "actors": 1, "actor_mentions": 1, "rejections": 1}


def test_duckdb_round_trip_keeps_offsets(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        store.write([_article()])
        article = store.get_article("a1")
    body = article["body"]
    for kind in ("entities", "dates", "events", "quotes", "claims"):
        for fact in article[kind]:
            assert body[fact["start"]:fact["end"]] == fact["text"], (kind, fact)
    assert article["events"][0]["source"]["country"] == "RUS"
    assert article["events"][0]["place"]["name"] == "Moscow"
    assert article["quotes"][0]["speaker"]["name"] == "Vladimir Putin"
    text, start, end = _span("Putin")
    assert article["actors"][0]["mentions"] == [{"text": text, "start": start, "end": end}]
    assert article["claims"][0]["claimant"] is None


def test_duckdb_get_article_not_found_says_what_to_do(db_path: Path) -> None:
    with open_store(str(db_path)) as store, pytest.raises(NotFound, match="newsgraph articles"):
        store.get_article("nope")


def test_duckdb_file_is_a_real_duckdb_database(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        store.write([_article("a2")])
    conn = duckdb.connect(str(db_path), read_only=True)
    assert conn.execute("SELECT headline IS NULL, body FROM articles").fetchone() == (True, BODY)
    conn.close()


def test_duckdb_keeps_each_events_confidence(db_path: Path) -> None:
    article = _article()
    read = dataclasses.replace(article.events[0], id="e2", confidence=0.83)
    with open_store(str(db_path)) as store:
        store.write([dataclasses.replace(article, events=(article.events[0], read))])
        events = {e["id"]: e for e in store.get_article("a1")["events"]}
    assert events["e1"]["confidence"] is None
    assert events["e2"]["confidence"] == pytest.approx(0.83)


def test_duckdb_store_from_before_the_typer_gains_the_column(db_path: Path) -> None:
    old_columns = [(name, kind) for name, kind in TABLES["events"] if name != "confidence"]
    conn = duckdb.connect(str(db_path))  # an events table as stores before migration 5 had it
    conn.execute(f"CREATE TABLE events ({', '.join(f'{n} {k}' for n, k in old_columns)})")
    conn.execute("INSERT INTO events (id, article_id, cameo) VALUES ('old', 'a0', '040')")
    conn.close()
    with open_store(str(db_path)) as store:
        rows = list(store.query("SELECT id, confidence FROM events"))
        store.write([dataclasses.replace(_article(), events=(dataclasses.replace(_article().events[0], confidence=0.5),))])
        assert store.get_article("a1")["events"][0]["confidence"] == 0.5
    assert rows == [{"id": "old", "confidence": None}]


def test_a_merged_event_is_as_likely_as_its_likeliest_mention(db_path: Path) -> None:
    article = _article()
    doubt = dataclasses.replace(article.events[0], confidence=0.4)
    sure = dataclasses.replace(article.events[0], id="e2", confidence=0.9)
    with open_store(str(db_path)) as store:
        store.write([dataclasses.replace(article, events=(doubt, sure))])
        assert rebuild_merged_events(store.conn) == 1
        (merged,) = store.query("SELECT num_mentions, confidence FROM event_clusters")
    assert merged == {"num_mentions": 2, "confidence": pytest.approx(0.9)}


def test_a_store_from_before_audited_confidence_clears_the_old_meaning(db_path: Path) -> None:
    # Stores before migration 6 held the sentence classifier's type probability in ``confidence``.
    with open_store(str(db_path)) as store:
        store.write([dataclasses.replace(_article(), events=(dataclasses.replace(_article().events[0], confidence=0.97),))])
        store.conn.execute("ALTER TABLE event_clusters DROP COLUMN confidence")
        store.conn.execute("DELETE FROM schema_migrations WHERE version = 6")
    with open_store(str(db_path)) as store:
        assert store.get_article("a1")["events"][0]["confidence"] is None
        assert schema_version(store.conn) >= 6
        # the column the migration appended is the one the merge fills last
        store.write([dataclasses.replace(_article("a2"), body=BODY + " More.", events=(dataclasses.replace(_article().events[0], id="e9", confidence=0.6),))])
        rebuild_merged_events(store.conn)
        assert [row["confidence"] for row in store.query("SELECT confidence FROM event_clusters")] == [pytest.approx(0.6)]
