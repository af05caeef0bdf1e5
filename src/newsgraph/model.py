"""The typed model at the centre of newsgraph.

Every fact extracted from an article is a frozen record that carries character
offsets (``start``, ``end``) into ``Article.body``, so that
``article.body[fact.start:fact.end] == fact.text`` always holds. Stages never
mutate records: they return new ones with :func:`dataclasses.replace`.

This module imports only the standard library, so that storage, the API, the
CLI and Spark workers can all share it without pulling in spaCy.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "hypothetical", "negated", "future"]
QuoteKind = Literal["direct", "partial", "indirect"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "less_than"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as it arrives, before structure is found.

    Exactly one of ``text`` (scraped plain text) or ``html`` is set.
    """

    source: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    site: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that produced no article, with the reason why."""

    source: str
    reason: str
    detail: str = ""
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class RelatedLink:
    text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int
    kind: str = "city"  # country | capital | city | region


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    value: str  # ISO: YYYY, YYYY-MM, YYYY-MM-DD (granularity shows precision)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of one article, with every mention of it."""

    id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str = "person"  # person | organisation | country | group
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class EventArg:
    """The source or target of an event: an actor and the words naming it."""

    actor_id: str | None
    name: str
    country: str | None
    sector: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventPlace:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    source: EventArg
    target: EventArg | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: str | None  # None where PLOVER has no type (CAMEO roots 01 and 02)
    plover_mode: str | None
    plover_context: str | None
    date: str | None
    date_text: str | None
    place: EventPlace | None
    modality: Modality
    reported_by: str | None
    sentence: str
    start: int  # offsets of the trigger span (verb phrase) in body
    end: int
    text: str = ""  # body[start:end]
    sentence_start: int = 0
    sentence_end: int = 0
    # The chance (0-1) that the event is right in every part (extract.event_confidence); None
    # only where the model's weights file is absent.
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    actor_id: str | None
    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    kind: QuoteKind
    speaker: Speaker | None
    cue: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claimant:
    actor_id: str | None
    name: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    value: float
    qualifier: Qualifier
    category: str
    object: str | None
    part_of: str | None
    period_start: str | None
    period_end: str | None
    place: str | None
    claimant: Claimant | None
    sentence: str
    start: int
    end: int
    agent: Claimant | None = None  # who did what is counted ("it has killed ..."), from the events


@dataclass(frozen=True, slots=True)
class Article:
    """A structured article and everything extracted from it."""

    id: str
    source: str
    body: str
    paragraphs: tuple[str, ...]
    site: str | None = None
    headline: str | None = None
    published: str | None = None
    byline: str | None = None
    url: str | None = None
    language: str | None = None
    captions: tuple[Caption, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    tone: float | None = None
    themes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None
    fingerprint: str | None = None  # SimHash of the body, hex
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists)."""
        return to_dict(self)


def fact_id(article_id: str, kind: str, number: int) -> str:
    """Id of the ``number``-th fact of one kind in an article, unique across articles ("a1b2-q3")."""
    return f"{article_id}-{kind}{number}"


def to_dict(record: Any) -> Any:
    """Convert a model record (or nested tuples of them) to JSON-ready values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def _build(cls: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :func:`to_dict` output (storage, Spark)."""

    def arg(d: dict[str, Any] | None) -> EventArg | None:
        return _build(EventArg, d)

    actors = tuple(
        Actor(**{**a, "mentions": tuple(Mention(**m) for m in a.get("mentions", ()))})
        for a in data.get("actors", ())
    )
    events = tuple(
        Event(
            **{
                **e,
                "source": arg(e["source"]),
                "target": arg(e.get("target")),
                "place": _build(EventPlace, e.get("place")),
            }
        )
        for e in data.get("events", ())
    )
    quotes = tuple(
        Quote(**{**q, "speaker": _build(Speaker, q.get("speaker"))}) for q in data.get("quotes", ())
    )
    claims = tuple(
        Claim(**{**c, "claimant": _build(Claimant, c.get("claimant")), "agent": _build(Claimant, c.get("agent"))})
        for c in data.get("claims", ())
    )
    simple = {
        "captions": Caption,
        "related": RelatedLink,
        "entities": Entity,
        "places": Place,
        "dates": DateMention,
    }
    fields = {k: tuple(_build(cls, d) for d in data.get(k, ())) for k, cls in simple.items()}
    scalars = {
        f.name: data[f.name]
        for f in dataclasses.fields(Article)
        if f.name in data
        and f.name not in simple
        and f.name not in {"actors", "events", "quotes", "claims", "paragraphs", "themes", "warnings"}
    }
    return Article(
        **scalars,
        **fields,
        paragraphs=tuple(data.get("paragraphs", ())),
        themes=tuple(data.get("themes", ())),
        warnings=tuple(data.get("warnings", ())),
        actors=actors,
        events=events,
        quotes=quotes,
        claims=claims,
    )
