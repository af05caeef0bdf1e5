"""Ingest: resuming skips stored articles, near-duplicates are linked, events merge across articles."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.config import load_settings
from newsgraph.ingest import ingest
from newsgraph.model import Article, Event, EventArg, EventPlace
from newsgraph.storage import open_store
from newsgraph.storage.merge import rebuild_merged_events

STAGES = 'pipeline.stages=["extract.entities", "extract.dates", "extract.tone"]'


def _corpus(tmp_path, n: int = 6):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(
            f"Budget talks round {i}\n\nFinance ministers from France and Germany met in Brussels on Tuesday for round {i} "
            f"of talks on the budget, officials said. The meeting lasted {i + 3} hours and ended without a deal.\n\n"
            f"Spain's minister said a deal on item {i * 7} could come next month if farmers are protected.",
            encoding="utf-8",
        )
    return folder


def test_ingest_rerun_skips_stored_and_adds_new(tmp_path):
    folder = _corpus(tmp_path, 4)
    settings = replace(load_settings(overrides=[STAGES]), db_path=str(tmp_path / "db.duckdb"))
    with open_store(settings.db_path) as store:
        first = ingest([folder], store, settings, workers=1)
    assert first.ingested == 4
    (folder / "99.txt").write_text((folder / "00.txt").read_text().replace("round 0", "round 99"), encoding="utf-8")
    seen = []
    with open_store(settings.db_path) as store:
        second = ingest([folder], store, settings, workers=1, on_result=seen.append)
        assert store.count("articles") == 5
    assert (second.ingested, second.duplicates) == (1, 4)
    assert sum(1 for r in seen if isinstance(r, Article) and r.extra.get("skipped")) == 4


def test_ingest_links_near_duplicates(tmp_path):
    folder = _corpus(tmp_path, 2)
    story = (folder / "00.txt").read_text()
    body = story.split("\n\n", 1)[1]
    long_body = " ".join([body] * 1) + " " + " ".join(f"Paragraph {k} describes the negotiating positions of the delegations in detail." for k in range(30))
    (folder / "00.txt").write_text("Budget talks\n\n" + long_body, encoding="utf-8")
    (folder / "01.txt").write_text("Budget talks (wire)\n\n" + long_body + " Reuters contributed to this report.", encoding="utf-8")
    settings = replace(load_settings(overrides=[STAGES]), db_path=str(tmp_path / "db.duckdb"))
    with open_store(settings.db_path) as store:
        result = ingest([folder], store, settings, workers=1)
        rows = list(store.query("SELECT id, duplicate_of, fingerprint FROM articles ORDER BY source"))
    assert rows[0]["duplicate_of"] is None and rows[1]["duplicate_of"] == rows[0]["id"]
    assert (result.ingested, result.near_duplicates, result.duplicates) == (2, 1, 0)
    assert all(r["fingerprint"] for r in rows)


def _event(eid: str, actor: str, plover: str, date: str, place: str | None = "Brussels") -> Event:
    arg = EventArg(actor, actor.title(), "FRA", "GOV", actor, 0, 5)
    target = EventArg("germany", "Germany", "DEU", None, "Germany", 10, 17)
    return Event(
        id=eid, source=arg, target=target, cameo="040", cameo_root="04", quad_class=1, goldstein=1.0, plover=plover,
        plover_mode=None, plover_context=None, date=date, date_text=None,
        place=EventPlace(place, "BEL", 50.8, 4.3) if place else None, modality="asserted", reported_by=None,
        sentence="France met Germany.", start=0, end=6, text="France",
    )


def _article(aid: str, site: str, events: tuple[Event, ...], duplicate_of: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", body="France met Germany.", paragraphs=("France met Germany.",), site=site,
                   published="2024-03-05", events=events, duplicate_of=duplicate_of)


def test_ingest_merges_event_mentions_across_articles(tmp_path):
    articles = [
        _article("a1", "site-a", (_event("e1", "france", "CONSULT", "2024-03-05"), _event("e1b", "france", "CONSULT", "2024-03-05"))),
        _article("a2", "site-b", (_event("e2", "france", "CONSULT", "2024-03-06"),)),
        _article("a3", "site-c", (_event("e3", "france", "CONSULT", "2024-03-05"),), duplicate_of="a1"),
        _article("a4", "site-d", (_event("e4", "france", "CONSULT", "2024-03-20"), _event("e5", "spain", "CONSULT", "2024-03-05"))),
    ]
    with open_store(str(tmp_path / "m.duckdb")) as store:
        store.write(articles)
        assert rebuild_merged_events(store.conn) == 3
        assert rebuild_merged_events(store.conn) == 3  # a rebuild replaces, never adds
        rows = list(store.query("SELECT * FROM event_clusters ORDER BY num_mentions DESC, date"))
        main = rows[0]
        assert (main["num_mentions"], main["num_articles"], main["num_sources"], main["num_duplicates"]) == (3, 2, 2, 1)
        assert main["date"] == "2024-03-05" and main["date_last"] == "2024-03-06" and main["place_name"] == "Brussels"
        mentions = list(store.query("SELECT event_id, counted FROM event_cluster_mentions WHERE cluster_id = ? ORDER BY event_id", [main["id"]]))
        assert [(m["event_id"], m["counted"]) for m in mentions] == [("e1", True), ("e1b", True), ("e2", True), ("e3", False)]
        assert {r["source_actor_id"] for r in rows} == {"france", "spain"}
