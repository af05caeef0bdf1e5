"""/api/events, /api/events/timeline and /api/network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from newsgraph.api import queries
from newsgraph.api.routes import DB
from newsgraph.api.schemas import Code, DateParam, EventItem, Limit, Network, Offset, Page, Text


def event_params(
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, or words of a source/target name.")] = None,
    country: Code = None,
    plover: Code = None,
    cameo: Annotated[str | None, Query(max_length=4, pattern=r"^\d{2,4}$", description="CAMEO code prefix, e.g. 04 or 042.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.")] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Text = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
    modality: Annotated[
        str | None, Query(pattern=r"^(asserted|negated|hypothetical|future)$", description="asserted keeps what the text says happened.")
    ] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0.0, le=1.0, description="Only events at least this likely to be right in every part.")
    ] = None,
) -> dict[str, Any]:
    """The event filters, shared by the list, the timeline, the network and the /events page."""
    return {"actor": actor, "country": country, "plover": plover, "cameo": cameo, "quad_class": quad_class,
            "since": since, "until": until, "place": place, "article": article, "modality": modality,
            "min_confidence": min_confidence}


Events = Annotated[dict[str, Any], Depends(event_params)]
router = APIRouter(tags=["events"])


@router.get("/events", response_model=Page[EventItem], summary="Coded events, newest first")
def events(db: DB, f: Events, limit: Limit = 50, offset: Offset = 0) -> Response:
    # The items are stored as the JSON EventItem gives (api/derived.py): sent as they are, without
    # parsing them into dicts, validating and encoding them again.
    return Response(queries.events_json(db, queries.event_filters(**f), limit=limit, offset=offset),
                    media_type="application/json")


@router.get("/events/timeline", summary="Events per day by quad class, under the same filters")
def timeline(db: DB, f: Events, days: Annotated[int, Query(ge=1, le=3660)] = 120) -> list[dict[str, Any]]:
    return queries.events_per_day(db, queries.event_filters(**f), days=days)


@router.get("/network", response_model=Network, summary="Actors linked by events (edges per quad class)")
def network(db: DB, f: Events, nodes: Annotated[int, Query(ge=2, le=300)] = 60) -> dict[str, Any]:
    return queries.network(db, queries.event_filters(**f), max_nodes=nodes)
