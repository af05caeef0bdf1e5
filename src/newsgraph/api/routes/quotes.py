"""/api/quotes, /api/claims and the claim series."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from newsgraph.api import queries
from newsgraph.api.routes import DB
from newsgraph.api.schemas import ClaimItem, ClaimSeries, Limit, Offset, Page, QuoteItem, Text

router = APIRouter()
Kind = Annotated[Literal["direct", "partial", "indirect"] | None, Query()]


@router.get("/quotes", response_model=Page[QuoteItem], tags=["quotes"], summary="Quotes with their speakers")
def quotes(db: DB, q: Text = None, speaker: Annotated[str | None, Query(max_length=200, description="Speaker actor id or name words.")] = None,
           kind: Kind = None, article: Annotated[str | None, Query(max_length=100)] = None,
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.quotes(db, q=q, speaker=speaker, kind=kind, article=article, limit=limit, offset=offset)


@router.get("/claims", response_model=Page[ClaimItem], tags=["claims"], summary="Numeric claims")
def claims(db: DB, q: Text = None, category: Text = None, place: Text = None,
           object: Annotated[str | None, Query(max_length=200, description="The counted thing, e.g. 'people'.")] = None,
           article: Annotated[str | None, Query(max_length=100)] = None,
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    f = queries.claim_filters(q=q, category=category, place=place, obj=object, article=article)
    return queries.claims(db, f, limit=limit, offset=offset)


@router.get("/claims/quantities", tags=["claims"], summary="The most reported (category, object) pairs")
def quantities(db: DB, limit: Annotated[int, Query(ge=1, le=200)] = 40) -> list[dict[str, Any]]:
    return queries.claim_quantities(db, limit=limit)


@router.get("/claims/series", response_model=ClaimSeries, tags=["claims"], summary="A quantity's values over time, by source")
def series(db: DB, category: Text = None, place: Text = None,
           object: Annotated[str | None, Query(max_length=200)] = None,
           by: Literal["site", "claimant"] = "site") -> dict[str, Any]:
    f = queries.claim_filters(category=category, place=place, obj=object)
    return {"object": object, "category": category, "series": queries.claim_series(db, f, by=by)}
