"""The store's tables, defined once: DuckDB DDL, Spark/Parquet output and exports all use them.

Offsets are ``char_start``/``char_end`` (``end`` is an SQL keyword) and index ``articles.body``.
"""

from __future__ import annotations

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("site", "VARCHAR"),
        ("headline", "VARCHAR"), ("published", "VARCHAR"), ("published_date", "DATE"), ("byline", "VARCHAR"),
        ("language", "VARCHAR"), ("body", "VARCHAR"), ("paragraphs", "JSON"), ("captions", "JSON"),
        ("related", "JSON"), ("warnings", "JSON"), ("tone", "DOUBLE"), ("themes", "JSON"),
        ("fingerprint", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
    ),
    "entities": (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("text", "VARCHAR"), ("label", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ),
    "places": (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("text", "VARCHAR"), ("name", "VARCHAR"),
        ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("kind", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ),
    "dates": (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("text", "VARCHAR"), ("value", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ),
    "actors": (
        ("article_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("sector", "VARCHAR"), ("role", "VARCHAR"), ("kind", "VARCHAR"), ("num_mentions", "INTEGER"),
    ),
    "actor_mentions": (
        ("article_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("text", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ),
    "events": (
        ("id", "VARCHAR"), ("article_id", "VARCHAR"),
        ("source_actor_id", "VARCHAR"), ("source_name", "VARCHAR"), ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"), ("source_text", "VARCHAR"), ("source_start", "INTEGER"), ("source_end", "INTEGER"),
        ("target_actor_id", "VARCHAR"), ("target_name", "VARCHAR"), ("target_country", "VARCHAR"),
        ("target_sector", "VARCHAR"), ("target_text", "VARCHAR"), ("target_start", "INTEGER"), ("target_end", "INTEGER"),
        ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("plover", "VARCHAR"), ("plover_mode", "VARCHAR"), ("plover_context", "VARCHAR"),
        ("date", "VARCHAR"), ("date_text", "VARCHAR"),
        ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
        ("modality", "VARCHAR"), ("reported_by", "VARCHAR"), ("sentence", "VARCHAR"),
        ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("text", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"), ("confidence", "DOUBLE"),
    ),
    "quotes": (
        ("id", "VARCHAR"), ("article_id", "VARCHAR"), ("text", "VARCHAR"), ("kind", "VARCHAR"),
        ("speaker_actor_id", "VARCHAR"), ("speaker_name", "VARCHAR"), ("speaker_text", "VARCHAR"),
        ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("cue", "VARCHAR"), ("sentence", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"),
    ),
    "claims": (
        ("id", "VARCHAR"), ("article_id", "VARCHAR"), ("text", "VARCHAR"), ("value", "DOUBLE"),
        ("qualifier", "VARCHAR"), ("category", "VARCHAR"), ("object", "VARCHAR"), ("part_of", "VARCHAR"),
        ("period_start", "VARCHAR"), ("period_end", "VARCHAR"), ("place", "VARCHAR"),
        ("claimant_actor_id", "VARCHAR"), ("claimant_name", "VARCHAR"), ("sentence", "VARCHAR"),
        ("char_start", "INTEGER"), ("char_end", "INTEGER"), ("agent_actor_id", "VARCHAR"), ("agent_name", "VARCHAR"),
    ),
    "rejections": (
        ("source", "VARCHAR"), ("article_id", "VARCHAR"), ("reason", "VARCHAR"), ("detail", "VARCHAR"),
        ("recorded_at", "TIMESTAMP"),
    ),
}

# Tables whose rows belong to one article (deleted and rewritten together).
ARTICLE_CHILD_TABLES = ("entities", "places", "dates", "actors", "actor_mentions", "events", "quotes", "claims")


def columns(table: str) -> list[str]:
    """Column names of ``table``, in order."""
    return [name for name, _ in TABLES[table]]
