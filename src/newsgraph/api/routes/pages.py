"""HTML pages: each renders the same data as its JSON twin under /api, through autoescaping templates."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.api import queries
from newsgraph.api.render import highlight, line_series, stacked_bars, templates
from newsgraph.api.routes import DB
from newsgraph.api.routes.events import Events
from newsgraph.api.schemas import MAX_TEXT, DateParam, Limit, Offset, Text

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(request_path=request.url.path, **context)
    return HTMLResponse(html, headers={"cache-control": "no-store"})


def _pager(request: Request, result: dict[str, Any]) -> dict[str, Any]:
    """Links to the previous and next pages, keeping the other parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}
    limit, offset, total = result["limit"], result["offset"], result["total"]

    def link(at: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": at})

    return {
        "total": total, "first": offset + 1 if total else 0, "last": min(offset + limit, total),
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


def _query_string(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, db: DB) -> HTMLResponse:
    data = queries.stats(db)
    return _render(request, "dashboard.html", stats=data, chart=stacked_bars(data["events_per_day"]),
                   stale=request.app.state.db.stale)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, db: DB, q: Text = None, since: DateParam = None, until: DateParam = None,
                  site: Text = None, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = queries.articles(db, q=q, since=since, until=until, site=site, limit=limit, offset=offset)
    return _render(request, "articles.html", result=result, paging=_pager(request, result),
                   form={"q": q or "", "since": since or "", "until": until or "", "site": site or ""})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, db: DB, article_id: Annotated[str, Path(max_length=100)]) -> HTMLResponse:
    article = queries.article(db, article_id)
    segments, facts = highlight(article)
    return _render(request, "article.html", article=article, segments=segments, facts=facts)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, db: DB, q: Text = None,
                country: Annotated[str | None, Query(max_length=16)] = None,
                sector: Annotated[str | None, Query(max_length=16)] = None,
                limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = queries.actors(db, q=q, country=country, sector=sector, limit=limit, offset=offset)
    return _render(request, "actors.html", result=result, paging=_pager(request, result),
                   form={"q": q or "", "country": country or "", "sector": sector or ""})


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, db: DB, actor_id: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
    profile = queries.actor(db, actor_id)
    timeline = sorted(profile["events_as_source"] + profile["events_as_target"],
                      key=lambda e: (e.get("date") or e.get("published") or "", e["id"]))
    per_day: dict[str, dict[str, Any]] = {}
    for e in timeline:
        day = (e.get("date") or e.get("published") or "")[:10]
        if len(day) == 10 and e.get("quad_class") in (1, 2, 3, 4):
            row = per_day.setdefault(day, {"day": day, "q1": 0, "q2": 0, "q3": 0, "q4": 0})
            row[f"q{e['quad_class']}"] += 1
    chart = stacked_bars([per_day[d] for d in sorted(per_day)], height=160)
    return _render(request, "actor.html", p=profile, timeline=timeline, chart=chart)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, db: DB, f: Events, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    filters = queries.event_filters(**f)
    result = queries.events(db, filters, limit=limit, offset=offset)
    chart = stacked_bars(queries.events_per_day(db, filters))
    return _render(request, "events.html", result=result, paging=_pager(request, result), chart=chart,
                   form={k: ("" if v is None else v) for k, v in f.items()}, network_query=_query_string(f))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, db: DB, f: Events, nodes: Annotated[int, Query(ge=2, le=300)] = 60) -> HTMLResponse:
    graph = queries.network(db, queries.event_filters(**f), max_nodes=nodes)
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    return _render(request, "network.html", graph=graph, names=names,
                   form={k: ("" if v is None else v) for k, v in f.items()},
                   api_query=_query_string({**f, "nodes": nodes}))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, db: DB, q: Text = None, speaker: Text = None,
                limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = queries.quotes(db, q=q, speaker=speaker, limit=limit, offset=offset)
    return _render(request, "quotes.html", result=result, paging=_pager(request, result),
                   form={"q": q or "", "speaker": speaker or ""})


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, db: DB, category: Text = None, place: Text = None,
                object: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
                by: Literal["site", "claimant"] = "site", limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    quantities = queries.claim_quantities(db)
    if not request.query_params and quantities:
        # Open on the most reported quantity rather than on an empty chart.
        object, category = quantities[0]["object"], quantities[0]["category"]
    f = queries.claim_filters(category=category, place=place, obj=object)
    series = queries.claim_series(db, f, by=by)
    result = queries.claims(db, f, limit=limit, offset=offset)
    return _render(request, "claims.html", quantities=quantities, chart=line_series(series), series=series,
                   result=result, paging=_pager(request, result),
                   form={"category": category or "", "place": place or "", "object": object or "", "by": by})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db: DB, q: Annotated[str, Query(max_length=MAX_TEXT)] = "") -> HTMLResponse:
    results = queries.search(db, q) if q.strip() else None
    return _render(request, "search.html", q=q, results=results)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """The API reference, built from the OpenAPI document without any external asset."""
    spec = request.app.openapi()
    endpoints = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                 "type": _schema_type(p.get("schema", {})), "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return _render(request, "docs.html", endpoints=endpoints, title=spec["info"]["title"], version=spec["info"]["version"])


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    kind = schema.get("type", "")
    limits = [f"{k}={schema[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema]
    return kind + (f" ({', '.join(limits)})" if limits else "")
