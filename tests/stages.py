"""The real extraction stages run on one text, for tests that check events through the whole chain."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.dates import extract_dates
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.places import extract_places
from newsgraph.model import Actor, Article, Event
from newsgraph.nlp import load_nlp


def annotate(body: str, published: str = "2023-12-07T10:00:00", extra: dict[str, Any] | None = None) -> Article:
    """``body`` as one article through entities, dates, places, actors and events."""
    doc = load_nlp()(body)
    article = Article(id="t", source="t", body=body, paragraphs=(body,), published=published, extra=extra or {})
    for stage in (extract_entities, extract_dates, extract_places, extract_actors, extract_events):
        article = stage(article, doc)
    return article


def events_of(body: str, published: str = "2023-12-07T10:00:00", extra: dict[str, Any] | None = None) -> list[Event]:
    return list(annotate(body, published, extra).events)


def actor_mentioned(article: Article, text: str) -> Actor:
    """The article's actor with a mention worded exactly ``text``."""
    return next(a for a in article.actors if any(m.text == text for m in a.mentions))
