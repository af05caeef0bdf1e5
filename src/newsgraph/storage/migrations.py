"""Schema migrations: named functions, applied once each and recorded in ``schema_migrations``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsgraph.storage.schema import TABLES

Migration = Callable[[Any], None]


def _create_tables(conn: Any) -> None:
    for table, cols in TABLES.items():
        body = ", ".join(f'"{name}" {kind}' for name, kind in cols)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS articles_id ON articles (id)")


def _index_lookups(conn: Any) -> None:
    # The API and CLI filter child tables by article and events by actor, type and date.
    for table in ("entities", "places", "dates", "actors", "actor_mentions", "events", "quotes", "claims"):
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table} (article_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS events_date ON events (date)")


def _event_clusters(conn: Any) -> None:
    # Merged events across articles (storage/merge.py), rebuilt after each ingest.
    from newsgraph.storage.merge import create_tables

    create_tables(conn)


def _claim_agents(conn: Any) -> None:
    # Databases created before claims had an agent (who did what is counted) gain the columns.
    conn.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS agent_actor_id VARCHAR")
    conn.execute("ALTER TABLE claims ADD COLUMN IF NOT EXISTS agent_name VARCHAR")


def _event_confidence(conn: Any) -> None:
    # Databases created before the sentence classifier read events gain its probability (NULL
    # for their old events, as for events stored without the typer extra).
    conn.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE")


# From this migration on, ``events.confidence`` is the chance that an event is right.
AUDITED_CONFIDENCE_MIGRATION = 6


def _audited_confidence(conn: Any) -> None:
    # ``confidence`` became the chance that an event is right (extract.event_confidence) for every
    # event; it had been the opt-in sentence classifier's probability of the event's type. Old
    # values meant that other thing, so they are cleared (ingest into a new database to score old
    # events: ingest skips stored articles), and
    # merged events gain the column.
    conn.execute("UPDATE events SET confidence = NULL")
    conn.execute("ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS confidence DOUBLE")


MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "create_tables", _create_tables),
    (2, "index_lookups", _index_lookups),
    (3, "event_clusters", _event_clusters),
    (4, "claim_agents", _claim_agents),
    (5, "event_confidence", _event_confidence),
    (AUDITED_CONFIDENCE_MIGRATION, "audited_confidence", _audited_confidence),
)


def applied(conn: Any) -> list[int]:
    """Versions already applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def apply_migrations(conn: Any) -> list[str]:
    """Apply every pending migration in order, each in its own transaction; return their names."""
    done = set(applied(conn))
    names = []
    for version, name, migrate in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN TRANSACTION")
        migrate(conn)
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
        conn.execute("COMMIT")
        names.append(name)
    return names


def schema_version(conn: Any) -> int:
    """The highest applied migration."""
    versions = applied(conn)
    return max(versions) if versions else 0
