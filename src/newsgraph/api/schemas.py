"""Pydantic models at the API's edge: what every endpoint accepts and answers (they make /openapi.json)."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_OFFSET = 1_000_000
MAX_TEXT = 200  # longest free-text filter accepted

# ISO date of year, month or day precision, the same shapes the store holds.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

T = TypeVar("T")


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT} (more is refused with 422).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
Code = Annotated[str | None, Query(max_length=16, pattern=r"^[A-Za-z0-9_]+$")]
Id = Annotated[str | None, Query(max_length=200)]


class Page(BaseModel, Generic[T]):
    """Every list endpoint's answer."""

    items: list[T]
    total: int = Field(description="Rows matching the filters, over all pages.")
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    headline: str | None
    published: str | None
    site: str | None
    url: str | None
    source: str | None
    tone: float | None = None
    events: int = 0
    quotes: int = 0
    claims: int = 0


class ActorSummary(BaseModel):
    id: str
    name: str | None
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str | None = None
    articles: int = 0
    mentions: int = 0


class EventItem(BaseModel):
    """An event in a list; ``/api/articles/{id}`` has the full record with argument offsets."""

    model_config = ConfigDict(extra="allow")

    id: str
    article_id: str
    source_actor_id: str | None
    source_name: str | None
    source_country: str | None
    source_sector: str | None
    target_actor_id: str | None
    target_name: str | None
    target_country: str | None
    target_sector: str | None
    cameo: str | None
    cameo_root: str | None
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    date: str | None
    place_name: str | None
    place_country: str | None
    modality: str | None
    confidence: float | None = None  # the chance the event is right in every part (docs/schema.md)
    text: str | None
    sentence: str | None = None
    char_start: int | None
    char_end: int | None
    headline: str | None = None
    published: str | None = None


class QuoteItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    article_id: str
    text: str
    kind: str | None
    speaker_actor_id: str | None
    speaker_name: str | None
    cue: str | None
    char_start: int | None
    char_end: int | None
    headline: str | None = None
    published: str | None = None


class ClaimItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    article_id: str
    text: str
    value: float | None
    qualifier: str | None
    category: str | None
    object: str | None
    place: str | None
    period_start: str | None
    period_end: str | None
    claimant_name: str | None
    char_start: int | None
    char_end: int | None
    headline: str | None = None
    published: str | None = None
    site: str | None = None


class Stats(BaseModel):
    counts: dict[str, int]
    first_published: str | None
    last_published: str | None
    quad_classes: dict[str, int]
    events_per_day: list[dict[str, Any]] = Field(description="[{day, q1, q2, q3, q4}] for the dashboard chart.")
    latest_articles: list[ArticleSummary]
    stale: bool = Field(description="True while a writer holds the database and an older snapshot is served.")


class ActorProfile(BaseModel):
    actor: ActorSummary
    names: list[str]
    articles: list[ArticleSummary]
    events_as_source: list[EventItem]
    events_as_target: list[EventItem]
    quotes: list[QuoteItem]
    co_occurring: list[dict[str, Any]] = Field(description="Actors named in the same articles, with counts.")
    neighbours: list[dict[str, Any]] = Field(description="Actors linked by events, with counts by quad class.")


class Network(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class ClaimSeries(BaseModel):
    object: str | None
    category: str | None
    series: list[dict[str, Any]] = Field(description="[{source, points: [{date, value, claim_id, article_id}]}]")


class SearchResult(BaseModel):
    q: str
    articles: list[ArticleSummary]
    actors: list[ActorSummary]
    events: list[EventItem]
    quotes: list[QuoteItem]
    claims: list[ClaimItem]


class ErrorBody(BaseModel):
    error: str
    detail: Any = None
