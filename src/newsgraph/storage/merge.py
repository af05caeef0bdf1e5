"""Cross-article event merging: mentions of one event in many articles become one merged event.

Like GDELT's events and mentions tables, every extracted event (a *mention*, with its sentence)
keeps its row in ``events``; ``event_clusters`` holds one row per real-world event with
``num_mentions``, ``num_articles`` and ``num_sources``, and ``event_cluster_mentions`` links each
mention to its merged event.

Two mentions are the same event when they share:

* the source actor (its ``actor_id``, a slug that is the same across articles; else its
  country and sector; else its lower-cased name), and the same target (or both have none);
* the PLOVER type and the modality (a denied attack is not the attack);
* the place name (or both have none);
* a date within one day: mentions of a key are sorted by date (the event's own date, else the
  article's publication date) and a gap of more than one day starts a new event.

A merged event's ``confidence`` is the highest of its counted mentions': one well-read report is
enough to show the event, and the same misreading repeated by many reports would make a
combined chance overconfident.

Near-duplicate articles (``articles.duplicate_of``) are one story: each story counts once, with
the mentions of one of its articles (the original when present), so a wire story republished by
twenty sites is not twenty reports. ``num_duplicates`` says how many copies were set aside.

The tables are rebuilt from scratch after each ingest (:func:`rebuild_merged_events`), in one
transaction: DuckDB does this for a million events in seconds, and a rebuild cannot drift.
"""

from __future__ import annotations

from typing import Any

CLUSTER_COLUMNS = (
    ("id", "VARCHAR"), ("plover", "VARCHAR"), ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"),
    ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"), ("modality", "VARCHAR"),
    ("source_key", "VARCHAR"), ("source_actor_id", "VARCHAR"), ("source_name", "VARCHAR"),
    ("source_country", "VARCHAR"), ("source_sector", "VARCHAR"),
    ("target_key", "VARCHAR"), ("target_actor_id", "VARCHAR"), ("target_name", "VARCHAR"),
    ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"),
    ("date", "VARCHAR"), ("date_last", "VARCHAR"),
    ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
    ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"), ("num_sources", "INTEGER"), ("num_duplicates", "INTEGER"),
    ("first_event_id", "VARCHAR"), ("first_article_id", "VARCHAR"),
    ("confidence", "DOUBLE"),  # the highest of its counted mentions' (last: migration 6 appends it)
)
MENTION_COLUMNS = (("cluster_id", "VARCHAR"), ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("counted", "BOOLEAN"))


def create_tables(conn: Any) -> None:
    """Create the merged-event tables (migration 3)."""
    for table, cols in (("event_clusters", CLUSTER_COLUMNS), ("event_cluster_mentions", MENTION_COLUMNS)):
        body = ", ".join(f'"{name}" {kind}' for name, kind in cols)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    conn.execute("CREATE INDEX IF NOT EXISTS event_cluster_mentions_cluster ON event_cluster_mentions (cluster_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS event_cluster_mentions_event ON event_cluster_mentions (event_id)")


# Every mention with its merge key, its day and its story (the original article of a duplicate).
_CLUSTERED = """
WITH ev AS (
    SELECT e.*,
        coalesce(a.site, regexp_extract(a.url, '://([^/]+)', 1), a.source) AS outlet,
        coalesce(a.duplicate_of, a.id) AS story,
        a.duplicate_of IS NOT NULL AS is_copy,
        coalesce(e.source_actor_id, e.source_country || '|' || coalesce(e.source_sector, ''), lower(e.source_name), '') AS skey,
        coalesce(e.target_actor_id, e.target_country || '|' || coalesce(e.target_sector, ''), lower(e.target_name), '') AS tkey,
        TRY_CAST(substr(coalesce(e.date, a.published), 1, 10) AS DATE) AS day
    FROM events e JOIN articles a ON a.id = e.article_id
),
keyed AS (
    SELECT *, concat_ws('~', skey, tkey, coalesce(plover, cameo), modality, coalesce(lower(place_name), '')) AS mkey FROM ev
),
gaps AS (
    SELECT *, CASE WHEN lag(day) OVER w IS NULL AND day IS NULL AND row_number() OVER w > 1 THEN 0
                   WHEN day - lag(day) OVER w <= 1 THEN 0 ELSE 1 END AS new_group
    FROM keyed WINDOW w AS (PARTITION BY mkey ORDER BY day NULLS LAST, id)
),
grouped AS (
    SELECT *, sum(new_group) OVER (PARTITION BY mkey ORDER BY day NULLS LAST, id ROWS UNBOUNDED PRECEDING) AS grp FROM gaps
),
clustered AS (
    SELECT *, substr(md5(first_value(id) OVER (PARTITION BY mkey, grp ORDER BY day NULLS LAST, id)), 1, 16) AS cluster_id
    FROM grouped
),
ranked AS (
    -- One article per story is counted: the original when it has the event, else the first copy.
    SELECT *, article_id = first_value(article_id) OVER (PARTITION BY cluster_id, story ORDER BY is_copy, article_id) AS counted
    FROM clustered
)
"""

_INSERT_CLUSTERS = _CLUSTERED + """
INSERT INTO event_clusters
SELECT cluster_id,
    arg_min(plover, (day, id)), arg_min(cameo, (day, id)), arg_min(cameo_root, (day, id)),
    arg_min(quad_class, (day, id)), arg_min(goldstein, (day, id)), arg_min(modality, (day, id)),
    arg_min(skey, (day, id)), arg_min(source_actor_id, (day, id)), arg_min(source_name, (day, id)),
    arg_min(source_country, (day, id)), arg_min(source_sector, (day, id)),
    arg_min(tkey, (day, id)), arg_min(target_actor_id, (day, id)), arg_min(target_name, (day, id)),
    arg_min(target_country, (day, id)), arg_min(target_sector, (day, id)),
    CAST(min(day) AS VARCHAR), CAST(max(day) AS VARCHAR),
    arg_min(place_name, (day, id)), arg_min(place_country, (day, id)), arg_min(place_lat, (day, id)), arg_min(place_lon, (day, id)),
    count(*) FILTER (WHERE counted),
    count(DISTINCT story),
    count(DISTINCT outlet) FILTER (WHERE counted),
    count(DISTINCT article_id) FILTER (WHERE NOT counted),
    arg_min(id, (day, id)), arg_min(article_id, (day, id)),
    max(confidence) FILTER (WHERE counted)
FROM ranked GROUP BY cluster_id
"""

_INSERT_MENTIONS = _CLUSTERED + "INSERT INTO event_cluster_mentions SELECT cluster_id, id, article_id, counted FROM ranked"  # noqa: S608


def rebuild_merged_events(conn: Any) -> int:
    """Recompute ``event_clusters`` and ``event_cluster_mentions`` from ``events``; return the cluster count."""
    create_tables(conn)  # a store opened before the migration existed still works
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute("DELETE FROM event_cluster_mentions")
        conn.execute("DELETE FROM event_clusters")
        conn.execute(_INSERT_CLUSTERS)
        conn.execute(_INSERT_MENTIONS)
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    row = conn.execute("SELECT count(*) FROM event_clusters").fetchone()
    return int(row[0]) if row else 0
