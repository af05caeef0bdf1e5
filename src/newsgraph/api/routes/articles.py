"""/api/stats, /api/articles, /api/articles/{id}, /api/search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from newsgraph.api import queries
from newsgraph.api.routes import DB
from newsgraph.api.schemas import (
    MAX_TEXT,
    ArticleSummary,
    DateParam,
    Limit,
    Offset,
    Page,
    SearchResult,
    Stats,
    Text,
)

router = APIRouter(tags=["articles"])

ArticleId = Annotated[str, Path(max_length=100, description="Article id, or a unique prefix of 6+ characters.")]


@router.get("/stats", response_model=Stats, summary="Counts, date span, latest articles, events per day")
def stats(db: DB, request: Request) -> dict[str, Any]:
    return queries.stats(db) | {"stale": request.app.state.db.stale}


@router.get("/articles", response_model=Page[ArticleSummary], summary="Articles, newest first")
def articles(db: DB, q: Annotated[str | None, Query(max_length=MAX_TEXT, description="Words in headline or body.")] = None,
             since: DateParam = None, until: DateParam = None, site: Text = None,
             limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.articles(db, q=q, since=since, until=until, site=site, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article with every extraction and its offsets")
def article(db: DB, article_id: ArticleId) -> dict[str, Any]:
    return queries.article(db, article_id)


@router.get("/search", response_model=SearchResult, summary="Words across articles, actors, events, quotes, claims")
def search(db: DB, q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    return queries.search(db, q, limit=limit)
