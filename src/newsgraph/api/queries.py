"""The API's SQL, shared by the JSON endpoints and the HTML pages. Values only ever travel as parameters."""

from __future__ import annotations

import json
from typing import Any

from newsgraph.api.deps import Reader
from newsgraph.api.derived import ACTOR_COLUMNS, CLAIM_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS
from newsgraph.errors import NotFound
from newsgraph.storage.duckdb import DuckDBStore
from newsgraph.storage.filters import Filters
from newsgraph.storage.filters import event_filters as shared_event_filters

EVENT_DAY = "e.day"
ARTICLE_COLUMNS = "a.id, a.headline, a.published, a.site, a.url, a.source, a.tone, a.events, a.quotes, a.claims"
ARTICLE_SOURCE = "api_articles a"


def page(db: Reader, select: str, source: str, f: Filters, limit: int, offset: int) -> dict[str, Any]:
    """One page of ``SELECT select FROM source WHERE ...`` in the table's stored order, and the total count."""
    where = f.where()
    total = db.scalar(f"SELECT count(*) FROM {source}{where}", f.params)  # noqa: S608 - fragments are ours
    items = db.all(f"SELECT {select} FROM {source}{where} LIMIT ? OFFSET ?", [*f.params, limit, offset])  # noqa: S608
    return {"items": items, "total": int(total or 0), "limit": limit, "offset": offset}


# -- articles --------------------------------------------------------------------------------------


def articles(db: Reader, *, q: str | None = None, since: str | None = None, until: str | None = None,
             site: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    f = Filters()
    f.contains(("a.search",), q, lowered=True)
    if since:
        f.add("a.published >= ?", since)
    f.until("a.published", until)
    if site:
        f.add("a.site = ?", site)
    return page(db, ARTICLE_COLUMNS, ARTICLE_SOURCE, f, limit, offset)


def article(db: Reader, article_id: str) -> dict[str, Any]:
    """The article with all its extractions (the ``newsgraph show`` shape).

    Raises:
        NotFound: no such article.
    """
    # DuckDBStore.get_article only needs ``query``: reuse it so the API and the CLI answer alike.
    return DuckDBStore.get_article(db, article_id)  # type: ignore[arg-type]


# -- actors ----------------------------------------------------------------------------------------


def actors(db: Reader, *, q: str | None = None, country: str | None = None, sector: str | None = None,
           limit: int = 50, offset: int = 0) -> dict[str, Any]:
    f = Filters()
    f.contains(("name",), q, lowered=True)
    if country:
        f.add("country = ?", country.upper())
    if sector:
        f.add("sector = ?", sector.upper())
    return page(db, ACTOR_COLUMNS, "api_actors", f, limit, offset)


EVENT_SOURCE = "api_events e"
EVENT_SELECT = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)


def actor(db: Reader, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """An actor's profile, events, quotes and neighbours.

    Raises:
        NotFound: no actor with that id.
    """
    summary = db.one(f"SELECT {ACTOR_COLUMNS} FROM api_actors WHERE id = ?", [actor_id])  # noqa: S608
    if summary is None:
        raise NotFound(f"no actor with id {actor_id!r}; list actors at /api/actors")
    names = [r["name"] for r in db.all("SELECT name FROM api_actor_names WHERE actor_id = ? ORDER BY n DESC, name", [actor_id])]
    arts = db.all(
        f"SELECT {ARTICLE_COLUMNS} FROM {ARTICLE_SOURCE} WHERE a.id IN (SELECT article_id FROM actors WHERE actor_id = ?) "  # noqa: S608
        "LIMIT ?",
        [actor_id, limit],
    )
    as_source = db.all(f"SELECT {EVENT_SELECT} FROM {EVENT_SOURCE} WHERE e.source_actor_id = ? LIMIT ?", [actor_id, limit])  # noqa: S608
    as_target = db.all(f"SELECT {EVENT_SELECT} FROM {EVENT_SOURCE} WHERE e.target_actor_id = ? LIMIT ?", [actor_id, limit])  # noqa: S608
    said = db.all(f"SELECT {QUOTE_COLUMNS} FROM api_quotes q WHERE q.speaker_actor_id = ? LIMIT ?", [actor_id, limit])  # noqa: S608
    co = db.all(
        "SELECT id, name, country, sector, articles FROM api_co_occurring WHERE actor = ? ORDER BY articles DESC, id",
        [actor_id],
    )
    neighbours = db.all(
        "SELECT id, name, events, q1, q2, q3, q4 FROM api_neighbours WHERE actor = ? ORDER BY events DESC, id",
        [actor_id],
    )
    return {
        "actor": summary, "names": names, "articles": arts, "events_as_source": as_source,
        "events_as_target": as_target, "quotes": said, "co_occurring": co, "neighbours": neighbours,
    }


# -- events ----------------------------------------------------------------------------------------


def event_filters(**filters: Any) -> Filters:
    """Event filters over the API's derived table, whose ``day`` column holds each event's day."""
    return shared_event_filters(**filters, day=EVENT_DAY, lowered=True)


def event_items(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> tuple[int, list[str]]:
    """The total under the filters and one page of events, each as its JSON text (``api_events.item``).

    A page reads the one ``item`` column rather than 26. With filters, the rows of the page are found
    first from the filter columns alone, then their items are read by row id: a filter DuckDB cannot
    push into its scan (an OR across columns, like the actor filter) would otherwise make it read
    every column of every row it looks at (measured on 100,000 events: 16-19 ms -> 4-6 ms a page).
    """
    where = f.where()
    total = db.scalar(f"SELECT count(*) FROM {EVENT_SOURCE}{where}", f.params)  # noqa: S608 - fragments are ours
    if f.clauses:
        sql = (f"SELECT e.item FROM {EVENT_SOURCE} WHERE e.rowid IN "  # noqa: S608
               f"(SELECT e.rowid FROM {EVENT_SOURCE}{where} LIMIT ? OFFSET ?) ORDER BY e.rowid")
    else:
        sql = f"SELECT e.item FROM {EVENT_SOURCE} LIMIT ? OFFSET ?"  # noqa: S608
    rows = db.all(sql, [*f.params, limit, offset])
    return int(total or 0), [row["item"] for row in rows]


def events(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of events as dicts (for the HTML pages and the search)."""
    total, items = event_items(db, f, limit, offset)
    return {"items": [json.loads(item) for item in items], "total": total, "limit": limit, "offset": offset}


def events_json(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> bytes:
    """A page of events as the JSON of ``Page[EventItem]``, assembled from the stored items unparsed."""
    total, items = event_items(db, f, limit, offset)
    return f'{{"items":[{",".join(items)}],"total":{total},"limit":{int(limit)},"offset":{int(offset)}}}'.encode()


def events_per_day(db: Reader, f: Filters, days: int = 120) -> list[dict[str, Any]]:
    """Counts per day and quad class (the last ``days`` days that have events)."""
    rows = db.all(
        f"SELECT {EVENT_DAY} AS day, count(*) FILTER (WHERE e.quad_class = 1) AS q1, "  # noqa: S608
        "count(*) FILTER (WHERE e.quad_class = 2) AS q2, count(*) FILTER (WHERE e.quad_class = 3) AS q3, "
        f"count(*) FILTER (WHERE e.quad_class = 4) AS q4 FROM {EVENT_SOURCE}{f.where()} "
        "GROUP BY day HAVING day IS NOT NULL ORDER BY day DESC LIMIT ?",
        [*f.params, days],
    )
    return list(reversed(rows))


def network(db: Reader, f: Filters, max_nodes: int = 60) -> dict[str, Any]:
    """Actors (nodes) linked by events (edges, one per pair and quad class) under the event filters."""
    links = f"{EVENT_SOURCE}{f.where()}{' AND' if f.clauses else ' WHERE'} e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL AND e.source_actor_id <> e.target_actor_id"
    nodes = db.all(
        "SELECT id, any_value(name) AS name, any_value(country) AS country, count(*) AS degree FROM ("  # noqa: S608
        f" SELECT e.source_actor_id AS id, e.source_name AS name, e.source_country AS country FROM {links}"
        " UNION ALL"
        f" SELECT e.target_actor_id, e.target_name, e.target_country FROM {links}"
        ") GROUP BY id ORDER BY degree DESC, id LIMIT ?",
        [*f.params, *f.params, max_nodes],
    )
    ids = [n["id"] for n in nodes]
    edges = db.all(
        "SELECT e.source_actor_id AS source, e.target_actor_id AS target, e.quad_class, count(*) AS weight "  # noqa: S608
        f"FROM {links} AND e.source_actor_id IN (SELECT unnest(?)) AND e.target_actor_id IN (SELECT unnest(?)) "
        "GROUP BY ALL ORDER BY weight DESC LIMIT 1000",
        [*f.params, ids, ids],
    )
    return {"nodes": nodes, "edges": edges}


# -- quotes and claims -----------------------------------------------------------------------------


def quotes(db: Reader, *, q: str | None = None, speaker: str | None = None, kind: str | None = None,
           article: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    f = Filters()
    f.contains(("q.text",), q, lowered=True)
    if speaker:
        f.add("(q.speaker_actor_id = ? OR contains(q.speaker_name_lc, lower(?)))", speaker, speaker)
    if kind:
        f.add("q.kind = ?", kind)
    if article:
        f.add("q.article_id = ?", article)
    return page(db, QUOTE_COLUMNS, "api_quotes q", f, limit, offset)


def claim_filters(*, q: str | None = None, category: str | None = None, place: str | None = None,
                  obj: str | None = None, article: str | None = None) -> Filters:
    f = Filters()
    f.contains(("c.text", "c.object"), q, lowered=True)
    if category:
        f.add("c.category = ?", category)
    if place:
        f.add("contains(c.place_lc, lower(?))", place)
    if obj:
        f.add("contains(c.object_lc, lower(?))", obj)
    if article:
        f.add("c.article_id = ?", article)
    return f


CLAIM_SOURCE = "api_claims c"


def claims(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    return page(db, CLAIM_COLUMNS, CLAIM_SOURCE, f, limit, offset)


def claim_quantities(db: Reader, limit: int = 40) -> list[dict[str, Any]]:
    """The most reported (category, object) pairs, to pick a series from."""
    return db.all(
        "SELECT category, object, count(*) AS claims FROM claims WHERE object IS NOT NULL "
        "GROUP BY category, object ORDER BY claims DESC, category, object LIMIT ?",
        [limit],
    )


def claim_series(db: Reader, f: Filters, by: str = "site", max_points: int = 2000) -> list[dict[str, Any]]:
    """Values over time, one series per source (the outlet, or the claimant with ``by='claimant'``)."""
    source = "coalesce(c.claimant_name, c.site, 'unknown')" if by == "claimant" else "coalesce(c.site, c.claimant_name, 'unknown')"
    rows = db.all(
        f"SELECT {source} AS source, coalesce(c.period_end, c.period_start, CAST(c.published_date AS VARCHAR)) AS date, "  # noqa: S608
        f"c.value, c.id AS claim_id, c.article_id, c.text FROM {CLAIM_SOURCE}{f.where()} "
        "ORDER BY source, date NULLS LAST LIMIT ?",
        [*f.params, max_points],
    )
    series: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        series.setdefault(row.pop("source"), []).append(row)
    return [{"source": name, "points": points} for name, points in series.items()]


# -- dashboard and search --------------------------------------------------------------------------

COUNTED = ("articles", "actors", "events", "quotes", "claims", "places", "entities", "rejections")


def stats(db: Reader) -> dict[str, Any]:
    counts = db.one("SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in COUNTED))  # noqa: S608 - our table names
    counts = dict(counts or {})
    counts["distinct_actors"] = int(db.scalar("SELECT count(*) FROM api_actors") or 0)
    span = db.one("SELECT min(published) AS first, max(published) AS last FROM articles") or {}
    quads = {str(r["quad_class"]): r["n"] for r in db.all("SELECT quad_class, count(*) AS n FROM events GROUP BY quad_class ORDER BY quad_class")}
    latest = articles(db, limit=10)["items"]
    return {
        "counts": counts, "first_published": span.get("first"), "last_published": span.get("last"),
        "quad_classes": quads, "events_per_day": events_per_day(db, Filters()), "latest_articles": latest,
    }


def search(db: Reader, q: str, limit: int = 20) -> dict[str, Any]:
    ev = Filters()
    ev.contains(("e.sentence", "e.source_name", "e.target_name"), q)
    return {
        "q": q,
        "articles": articles(db, q=q, limit=limit)["items"],
        "actors": actors(db, q=q, limit=limit)["items"],
        "events": events(db, ev, limit=limit)["items"],
        "quotes": quotes(db, q=q, limit=limit)["items"],
        "claims": claims(db, claim_filters(q=q), limit=limit)["items"],
    }
