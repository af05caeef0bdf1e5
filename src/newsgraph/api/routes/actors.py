"""/api/actors and /api/actors/{id}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from newsgraph.api import queries
from newsgraph.api.routes import DB
from newsgraph.api.schemas import ActorProfile, ActorSummary, Code, Limit, Offset, Page, Text

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=Page[ActorSummary], summary="Actors across articles, most mentioned first")
def actors(db: DB, q: Text = None, country: Code = None, sector: Code = None,
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return queries.actors(db, q=q, country=country, sector=sector, limit=limit, offset=offset)


@router.get("/actors/{actor_id}", response_model=ActorProfile, summary="Profile, events as source and target, quotes, neighbours")
def actor(db: DB, actor_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    return queries.actor(db, actor_id)
