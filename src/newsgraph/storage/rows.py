"""Flatten an :class:`Article` into rows of the store's tables (see ``schema.TABLES``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newsgraph.model import Article, EventArg, Rejected, to_dict


def _json(value: Any) -> str:
    return json.dumps(to_dict(value), ensure_ascii=False)


def _date_part(published: str | None) -> str | None:
    return published[:10] if published and len(published) >= 10 else None


def _arg(prefix: str, arg: EventArg | None) -> dict[str, Any]:
    keys = ("actor_id", "name", "country", "sector", "text", "start", "end")
    if arg is None:
        return {f"{prefix}_{k}": None for k in keys}
    return {f"{prefix}_{k}": getattr(arg, k) for k in keys}


def article_rows(article: Article, now: datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """All rows one article contributes, keyed by table name."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    a = article
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [
            {
                "id": a.id, "source": a.source, "url": a.url, "site": a.site, "headline": a.headline,
                "published": a.published, "published_date": _date_part(a.published), "byline": a.byline,
                "language": a.language, "body": a.body, "paragraphs": _json(a.paragraphs),
                "captions": _json(a.captions), "related": _json(a.related), "warnings": _json(a.warnings),
                "tone": a.tone, "themes": _json(a.themes), "fingerprint": a.fingerprint,
                "duplicate_of": a.duplicate_of, "ingested_at": now,
            }
        ],
        "entities": [
            {"article_id": a.id, "idx": i, "text": e.text, "label": e.label, "char_start": e.start, "char_end": e.end}
            for i, e in enumerate(a.entities)
        ],
        "places": [
            {
                "article_id": a.id, "idx": i, "text": p.text, "name": p.name, "country": p.country, "lat": p.lat,
                "lon": p.lon, "kind": p.kind, "char_start": p.start, "char_end": p.end,
            }
            for i, p in enumerate(a.places)
        ],
        "dates": [
            {"article_id": a.id, "idx": i, "text": d.text, "value": d.value, "char_start": d.start, "char_end": d.end}
            for i, d in enumerate(a.dates)
        ],
        "actors": [
            {
                "article_id": a.id, "actor_id": x.id, "name": x.name, "country": x.country, "sector": x.sector,
                "role": x.role, "kind": x.kind, "num_mentions": len(x.mentions),
            }
            for x in a.actors
        ],
        "actor_mentions": [
            {"article_id": a.id, "actor_id": x.id, "text": m.text, "char_start": m.start, "char_end": m.end}
            for x in a.actors
            for m in x.mentions
        ],
        "events": [_event_row(a.id, e) for e in a.events],
        "quotes": [
            {
                "id": q.id, "article_id": a.id, "text": q.text, "kind": q.kind,
                "speaker_actor_id": q.speaker.actor_id if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_text": q.speaker.text if q.speaker else None,
                "speaker_start": q.speaker.start if q.speaker else None,
                "speaker_end": q.speaker.end if q.speaker else None,
                "cue": q.cue, "sentence": q.sentence, "char_start": q.start, "char_end": q.end,
            }
            for q in a.quotes
        ],
        "claims": [
            {
                "id": c.id, "article_id": a.id, "text": c.text, "value": c.value, "qualifier": c.qualifier,
                "category": c.category, "object": c.object, "part_of": c.part_of, "period_start": c.period_start,
                "period_end": c.period_end, "place": c.place,
                "claimant_actor_id": c.claimant.actor_id if c.claimant else None,
                "claimant_name": c.claimant.name if c.claimant else None,
                "sentence": c.sentence, "char_start": c.start, "char_end": c.end,
                "agent_actor_id": c.agent.actor_id if c.agent else None, "agent_name": c.agent.name if c.agent else None,
            }
            for c in a.claims
        ],
    }
    return rows


def _event_row(article_id: str, e: Any) -> dict[str, Any]:
    place = e.place
    return {
        "id": e.id, "article_id": article_id, **_arg("source", e.source), **_arg("target", e.target),
        "cameo": e.cameo, "cameo_root": e.cameo_root, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "plover": e.plover, "plover_mode": e.plover_mode, "plover_context": e.plover_context,
        "date": e.date, "date_text": e.date_text,
        "place_name": place.name if place else None, "place_country": place.country if place else None,
        "place_lat": place.lat if place else None, "place_lon": place.lon if place else None,
        "modality": e.modality, "reported_by": e.reported_by, "sentence": e.sentence,
        "sentence_start": e.sentence_start, "sentence_end": e.sentence_end, "text": e.text,
        "char_start": e.start, "char_end": e.end, "confidence": e.confidence,
    }


def rejection_row(rejected: Rejected, now: datetime | None = None) -> dict[str, Any]:
    """The row recording why an input was rejected."""
    return {
        "source": rejected.source, "article_id": rejected.id, "reason": rejected.reason,
        "detail": rejected.detail, "recorded_at": now or datetime.now(UTC).replace(tzinfo=None),
    }
