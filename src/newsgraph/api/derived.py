"""Derived tables of each snapshot the API serves: the joins and aggregates its lists would otherwise
recompute on every request. They are built in the server's private copy only (see ``deps.Database``).
"""

from __future__ import annotations

from typing import Any

from newsgraph.api.schemas import EventItem

# Lists carry the columns people filter and read; the full record (argument spans, sentence, ...)
# is in /api/articles/{id}. Fewer columns make a page several times cheaper to read.
EVENT_COLUMNS = (
    "id", "article_id", "source_actor_id", "source_name", "source_country", "source_sector", "target_actor_id",
    "target_name", "target_country", "target_sector", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
    "plover_mode", "date", "place_name", "place_country", "modality", "confidence", "text", "char_start", "char_end", "headline",
    "published", "day",
)


def _event_item() -> str:
    """SQL for an event's list entry as JSON: the keys and order ``EventItem`` gives, so the text is
    what the response model would have produced (its fields, ``null`` where a list carries no value
    such as ``sentence``, then the extra columns)."""
    keys = [*EventItem.model_fields, *(c for c in EVENT_COLUMNS if c not in EventItem.model_fields)]
    return "CAST(json_object(" + ", ".join(f"'{k}', {k if k in EVENT_COLUMNS else 'NULL'}" for k in keys) + ") AS VARCHAR)"


# Derived tables, built once per snapshot (see deps.Database): they join and aggregate what every
# request would otherwise recompute, and are stored in list order. DuckDB preserves insertion order
# (its default ``preserve_insertion_order``), so a page is read with LIMIT/OFFSET and no ORDER BY,
# and the scan stops once the page is full: list endpoints stay fast on 100,000s of events.
# Text filters are case-insensitive: ``<column>_lc`` holds ``lower(coalesce(column, ''))`` once, rather
# than every request lower-casing every row (that was most of the cost of filtering events by actor).
DERIVED = (
    # Headline and body in one lower-cased text: a word (no whitespace) is in one of them exactly when
    # it is in their concatenation with a newline between.
    ("CREATE OR REPLACE TABLE api_articles AS SELECT a.id, a.headline, a.published, a.published_date, a.site, a.url, "
     "a.source, a.tone, coalesce(ev.n, 0) AS events, coalesce(qu.n, 0) AS quotes, coalesce(cl.n, 0) AS claims, "
     "lower(coalesce(a.headline, '') || chr(10) || coalesce(a.body, '')) AS search_lc FROM articles a "
     "LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) ev ON ev.article_id = a.id "
     "LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) qu ON qu.article_id = a.id "
     "LEFT JOIN (SELECT article_id, count(*) AS n FROM claims GROUP BY article_id) cl ON cl.article_id = a.id "
     "ORDER BY a.published DESC NULLS LAST, a.id"),
    # The day of an event: its own date when it has day precision, else the article's publication day.
    # ``item`` is its list entry as JSON, so that a page reads one column (see queries.event_items).
    ("CREATE OR REPLACE TABLE api_events AS SELECT *, " + _event_item() + " AS item FROM ("  # noqa: S608 - our names
     "SELECT e.*, a.headline, a.published, "
     "coalesce(CASE WHEN length(e.date) = 10 THEN e.date END, CAST(a.published_date AS VARCHAR)) AS day, "
     "lower(coalesce(e.source_name, '')) AS source_name_lc, lower(coalesce(e.target_name, '')) AS target_name_lc, "
     "lower(coalesce(e.place_name, '')) AS place_name_lc "
     "FROM events e JOIN articles a ON a.id = e.article_id) ORDER BY day DESC NULLS LAST, article_id, char_start"),
    ("CREATE OR REPLACE TABLE api_quotes AS SELECT q.*, a.headline, a.published, lower(coalesce(q.text, '')) AS text_lc, "
     "lower(coalesce(q.speaker_name, '')) AS speaker_name_lc "
     "FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.published DESC NULLS LAST, q.article_id, q.char_start"),
    ("CREATE OR REPLACE TABLE api_claims AS SELECT c.*, a.headline, a.published, a.site, a.published_date, "
     "lower(coalesce(c.text, '')) AS text_lc, lower(coalesce(c.object, '')) AS object_lc, "
     "lower(coalesce(c.place, '')) AS place_lc FROM claims c "
     "JOIN articles a ON a.id = c.article_id ORDER BY a.published DESC NULLS LAST, c.article_id, c.char_start"),
    ("CREATE OR REPLACE TABLE api_actors AS SELECT *, lower(coalesce(name, '')) AS name_lc FROM ("
     "SELECT actor_id AS id, any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector, "
     "any_value(role) AS role, any_value(kind) AS kind, count(DISTINCT article_id) AS articles, "
     "CAST(sum(num_mentions) AS INTEGER) AS mentions FROM actors GROUP BY actor_id) ORDER BY mentions DESC, id"),
    # An actor's profile: the names it goes by, the actors named in the same articles and the actors
    # it is linked to by events, each kept to what the profile shows (top 20/30 per actor).
    ("CREATE OR REPLACE TABLE api_actor_names AS SELECT actor_id, name, count(*) AS n FROM actors "
     "WHERE actor_id IS NOT NULL GROUP BY actor_id, name "
     "QUALIFY row_number() OVER (PARTITION BY actor_id ORDER BY count(*) DESC, name) <= 20 ORDER BY actor_id, n DESC, name"),
    ("CREATE OR REPLACE TABLE api_co_occurring AS SELECT a.actor_id AS actor, o.actor_id AS id, any_value(o.name) AS name, "
     "any_value(o.country) AS country, any_value(o.sector) AS sector, count(DISTINCT o.article_id) AS articles "
     "FROM (SELECT DISTINCT actor_id, article_id FROM actors WHERE actor_id IS NOT NULL) a "
     "JOIN actors o ON o.article_id = a.article_id AND o.actor_id <> a.actor_id GROUP BY a.actor_id, o.actor_id "
     "QUALIFY row_number() OVER (PARTITION BY a.actor_id ORDER BY count(DISTINCT o.article_id) DESC, o.actor_id) <= 30 "
     "ORDER BY actor, articles DESC, id"),
    ("CREATE OR REPLACE TABLE api_neighbours AS SELECT actor, other AS id, any_value(name) AS name, count(*) AS events, "
     "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
     "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4 FROM ("
     " SELECT source_actor_id AS actor, target_actor_id AS other, target_name AS name, quad_class FROM events"
     " WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL"
     " UNION ALL"
     " SELECT target_actor_id, source_actor_id, source_name, quad_class FROM events"
     " WHERE target_actor_id IS NOT NULL AND source_actor_id IS NOT NULL"
     ") WHERE other <> actor GROUP BY actor, other "
     "QUALIFY row_number() OVER (PARTITION BY actor ORDER BY count(*) DESC, other) <= 30 ORDER BY actor, events DESC, id"),
)
# Columns of the derived tables that only serve filters, left out of answers.
QUOTE_COLUMNS = "q.* EXCLUDE (text_lc, speaker_name_lc)"
CLAIM_COLUMNS = "c.* EXCLUDE (published_date, text_lc, object_lc, place_lc)"
ACTOR_COLUMNS = "* EXCLUDE (name_lc)"


def prepare(conn: Any) -> None:
    """Bring a fresh snapshot to the current schema, then build the derived tables.

    The snapshot is the server's own copy, so migrating it lets this version of the code serve a
    database written by an older one without touching the user's file.
    """
    from newsgraph.storage.migrations import apply_migrations

    apply_migrations(conn)
    for sql in DERIVED:
        conn.execute(sql)
    # DuckDB's late materialisation turns ``SELECT cols ... LIMIT n`` (n <= 50) into a row-id join that
    # reads every row of every selected column: a page of 50 events then costs a scan of all 100,000.
    # Pages here are read in stored order and stop early without it (measured: 9-13 ms -> 4-6 ms).
    conn.execute("SET disabled_optimizers = 'late_materialization'")


