"""The API's SQL, shared by the JSON endpoints and the HTML pages. Values only ever travel as parameters."""

from __future__ import annotations

from typing import Any

from newsgraph.api.deps import Reader
from newsgraph.errors import NotFound
from newsgraph.storage.duckdb import DuckDBStore
from newsgraph.storage.filters import Filters
from newsgraph.storage.filters import event_filters as shared_event_filters

# Derived tables, built once per snapshot (see deps.Database): they join and aggregate what every
# request would otherwise recompute, and are stored in list order. DuckDB preserves insertion order
# (its default ``preserve_insertion_order``), so a page is read with LIMIT/OFFSET and no ORDER BY,
# and the scan stops once the page is full: list endpoints stay fast on 100,000s of events.
DERIVED = (
    ("CREATE OR REPLACE TABLE api_article_stats AS SELECT a.id AS article_id, "
    "(SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events, "
    "(SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes, "
    "(SELECT count(*) FROM claims x WHERE x.article_id = a.id) AS claims FROM articles a"),
    ("CREATE OR REPLACE TABLE api_articles AS SELECT a.id, a.headline, a.published, a.published_date, a.site, a.url, "
     "a.source, a.tone, a.body, coalesce(s.events, 0) AS events, coalesce(s.quotes, 0) AS quotes, "
     "coalesce(s.claims, 0) AS claims FROM articles a LEFT JOIN api_article_stats s ON s.article_id = a.id "
     "ORDER BY a.published DESC NULLS LAST, a.id"),
    # The day of an event: its own date when it has day precision, else the article's publication day.
    ("CREATE OR REPLACE TABLE api_events AS SELECT e.*, a.headline, a.published, "
    "coalesce(CASE WHEN length(e.date) = 10 THEN e.date END, CAST(a.published_date AS VARCHAR)) AS day "
    "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY day DESC NULLS LAST, e.article_id, e.char_start"),
    ("CREATE OR REPLACE TABLE api_quotes AS SELECT q.*, a.headline, a.published FROM quotes q "
    "JOIN articles a ON a.id = q.article_id ORDER BY a.published DESC NULLS LAST, q.article_id, q.char_start"),
    ("CREATE OR REPLACE TABLE api_claims AS SELECT c.*, a.headline, a.published, a.site, a.published_date FROM claims c "
    "JOIN articles a ON a.id = c.article_id ORDER BY a.published DESC NULLS LAST, c.article_id, c.char_start"),
    ("CREATE OR REPLACE TABLE api_actors AS SELECT actor_id AS id, any_value(name) AS name, any_value(country) AS country, "
    "any_value(sector) AS sector, any_value(role) AS role, any_value(kind) AS kind, count(DISTINCT article_id) AS articles, "
    "CAST(sum(num_mentions) AS INTEGER) AS mentions FROM actors GROUP BY actor_id ORDER BY mentions DESC, id"),
)


def prepare(conn: Any) -> None:
    """Bring a fresh snapshot to the current schema, then build the derived tables.

    The snapshot is the server's own copy, so migrating it lets this version of the code serve a
    database written by an older one without touching the user's file.
    """
    from newsgraph.storage.migrations import apply_migrations

    apply_migrations(conn)
    for sql in DERIVED:
        conn.execute(sql)


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
    f.contains(("a.headline", "a.body"), q)
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
    f.contains(("name",), q)
    if country:
        f.add("country = ?", country.upper())
    if sector:
        f.add("sector = ?", sector.upper())
    return page(db, "*", "api_actors", f, limit, offset)


# Lists carry the columns people filter and read; the full record (argument spans, sentence, ...)
# is in /api/articles/{id}. Fewer columns make a page several times cheaper to read.
EVENT_SELECT = ", ".join(f"e.{c}" for c in (
    "id", "article_id", "source_actor_id", "source_name", "source_country", "source_sector", "target_actor_id",
    "target_name", "target_country", "target_sector", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
    "plover_mode", "date", "place_name", "place_country", "modality", "text", "char_start", "char_end", "headline",
    "published", "day",
))
EVENT_SOURCE = "api_events e"


def actor(db: Reader, actor_id: str, limit: int = 200) -> dict[str, Any]:
    """An actor's profile, events, quotes and neighbours.

    Raises:
        NotFound: no actor with that id.
    """
    summary = db.one("SELECT * FROM api_actors WHERE id = ?", [actor_id])
    if summary is None:
        raise NotFound(f"no actor with id {actor_id!r}; list actors at /api/actors")
    names = [r["name"] for r in db.all("SELECT name, count(*) AS n FROM actors WHERE actor_id = ? GROUP BY name ORDER BY n DESC, name LIMIT 20", [actor_id])]
    arts = db.all(
        f"SELECT {ARTICLE_COLUMNS} FROM {ARTICLE_SOURCE} WHERE a.id IN (SELECT article_id FROM actors WHERE actor_id = ?) "  # noqa: S608
        "LIMIT ?",
        [actor_id, limit],
    )
    as_source = db.all(f"SELECT {EVENT_SELECT} FROM {EVENT_SOURCE} WHERE e.source_actor_id = ? LIMIT ?", [actor_id, limit])  # noqa: S608
    as_target = db.all(f"SELECT {EVENT_SELECT} FROM {EVENT_SOURCE} WHERE e.target_actor_id = ? LIMIT ?", [actor_id, limit])  # noqa: S608
    said = db.all(
        "SELECT q.* FROM api_quotes q WHERE q.speaker_actor_id = ? LIMIT ?",
        [actor_id, limit],
    )
    co = db.all(
        "SELECT o.actor_id AS id, any_value(o.name) AS name, any_value(o.country) AS country, any_value(o.sector) AS sector, "
        "count(DISTINCT o.article_id) AS articles FROM actors o "
        "WHERE o.article_id IN (SELECT article_id FROM actors WHERE actor_id = ?) AND o.actor_id <> ? "
        "GROUP BY o.actor_id ORDER BY articles DESC, id LIMIT 30",
        [actor_id, actor_id],
    )
    neighbours = db.all(
        "SELECT other AS id, any_value(name) AS name, count(*) AS events, "
        "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
        "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4 FROM ("
        " SELECT target_actor_id AS other, target_name AS name, quad_class FROM events WHERE source_actor_id = ? AND target_actor_id IS NOT NULL"
        " UNION ALL"
        " SELECT source_actor_id, source_name, quad_class FROM events WHERE target_actor_id = ? AND source_actor_id IS NOT NULL"
        ") WHERE other <> ? GROUP BY other ORDER BY events DESC, id LIMIT 30",
        [actor_id, actor_id, actor_id],
    )
    return {
        "actor": summary, "names": names, "articles": arts, "events_as_source": as_source,
        "events_as_target": as_target, "quotes": said, "co_occurring": co, "neighbours": neighbours,
    }


# -- events ----------------------------------------------------------------------------------------


def event_filters(**filters: Any) -> Filters:
    """Event filters over the API's derived table, whose ``day`` column holds each event's day."""
    return shared_event_filters(**filters, day=EVENT_DAY)


def events(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    return page(db, EVENT_SELECT, EVENT_SOURCE, f, limit, offset)


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
    f.contains(("q.text",), q)
    if speaker:
        f.add("(q.speaker_actor_id = ? OR contains(lower(coalesce(q.speaker_name, '')), lower(?)))", speaker, speaker)
    if kind:
        f.add("q.kind = ?", kind)
    if article:
        f.add("q.article_id = ?", article)
    return page(db, "q.*", "api_quotes q", f, limit, offset)


def claim_filters(*, q: str | None = None, category: str | None = None, place: str | None = None,
                  obj: str | None = None, article: str | None = None) -> Filters:
    f = Filters()
    f.contains(("c.text", "c.object"), q)
    if category:
        f.add("c.category = ?", category)
    if place:
        f.add("contains(lower(coalesce(c.place, '')), lower(?))", place)
    if obj:
        f.add("contains(lower(coalesce(c.object, '')), lower(?))", obj)
    if article:
        f.add("c.article_id = ?", article)
    return f


CLAIM_SOURCE = "api_claims c"


def claims(db: Reader, f: Filters, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    return page(db, "c.* EXCLUDE (published_date)", CLAIM_SOURCE, f, limit, offset)


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
