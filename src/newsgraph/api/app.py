"""The FastAPI application: JSON API under /api, HTML pages elsewhere, one guard in front of both.

Build it with :func:`create_app`; ``newsgraph serve`` runs it with uvicorn.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import time
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import duckdb
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.cache import ResponseCache
from newsgraph.api.deps import DEFAULT_QUERY_TIMEOUT, DEFAULT_REFRESH_INTERVAL, Database, QueryTimeout
from newsgraph.api.render import templates
from newsgraph.errors import NotFound, StoreError

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).with_name("static")
TOKEN_COOKIE = "newsgraph_token"  # noqa: S105 - a cookie name, not a secret
MAX_BODY = 64 * 1024  # bytes; the API reads no bodies, so anything larger is refused outright
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SLOW_REQUEST = 1.0  # seconds; slower requests are logged
SERVE_ENV = "NEWSGRAPH_SERVE"  # settings `newsgraph serve --workers N` hands to its worker processes

SECURITY_HEADERS = [
    (b"content-security-policy", (
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class Guard:
    """Pure-ASGI middleware: security headers, the token, read-only methods and a bounded body.

    Args:
        app: the wrapped application.
        token: when set, every request must carry it as ``Authorization: Bearer ...`` or the
            ``newsgraph_token`` cookie; ``?token=...`` once sets the cookie (for browsers).
        allow_writes: let methods other than GET/HEAD/OPTIONS through (only with a token).
    """

    def __init__(self, app: ASGIApp, *, token: str | None, allow_writes: bool) -> None:
        self.app = app
        self.token = token.encode() if token else None
        self.allow_writes = allow_writes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in {k for k, _ in SECURITY_HEADERS}]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        query = scope.get("query_string", b"")
        if query:
            # HTML forms send every field, empty ones as "name=": an empty filter is no filter.
            kept = [(k, v) for k, v in parse_qsl(query.decode("latin-1"), keep_blank_values=True) if v.strip()]
            scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        started = time.perf_counter()
        try:
            await self.app(scope, self._bounded(receive), send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            if elapsed > SLOW_REQUEST:
                log.warning("slow request: %s %s took %.2f s", scope["method"], scope["path"], elapsed)

    def _refusal(self, scope: Scope) -> Response | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.token is None and _host_name(headers.get("host", "")) not in LOOPBACK_NAMES:
            # Without a token the server trusts whoever reaches loopback; a page from another site that
            # rebinds its DNS name to 127.0.0.1 arrives with its own name in Host, and is refused.
            return _error_response(scope["path"], 421, "without a token this server answers only to 127.0.0.1, localhost and [::1]")
        if self.token is not None:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            offered = query.get("token")
            if offered is not None and hmac.compare_digest(offered.encode(), self.token):
                # Trade the token in the URL for an HttpOnly cookie, and drop it from the address bar.
                rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
                resp = Response(status_code=303, headers={"location": scope["path"] + (f"?{rest}" if rest else "")})
                resp.set_cookie(TOKEN_COOKIE, offered, httponly=True, samesite="strict", secure=scope.get("scheme") == "https")
                return resp
            if not self._authorised(headers):
                return _error_response(scope["path"], 401, "a token is required: send 'Authorization: Bearer TOKEN' (or open any page once with ?token=TOKEN)",
                                       extra={"www-authenticate": "Bearer"})
        if scope["method"] not in READ_METHODS and not (self.allow_writes and self.token is not None):
            return _error_response(scope["path"], 405, "this server is read-only", extra={"allow": "GET, HEAD"})
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return _error_response(scope["path"], 413, f"request bodies are limited to {MAX_BODY} bytes")
        return None

    def _authorised(self, headers: dict[str, str]) -> bool:
        if self.token is None:
            return True
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer " and hmac.compare_digest(auth[7:].strip().encode(), self.token):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:
            return False
        morsel = cookie.get(TOKEN_COOKIE)
        return morsel is not None and hmac.compare_digest(morsel.value.encode(), self.token)

    @staticmethod
    def _bounded(receive: Receive) -> Receive:
        # Chunked bodies carry no content-length: count what arrives and stop at the limit.
        seen = 0

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise StarletteHTTPException(413, f"request bodies are limited to {MAX_BODY} bytes")
            return message

        return wrapped


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def _host_name(host: str) -> str:
    """The name part of a Host header: ``[::1]:8000`` → ``::1``, ``localhost:8000`` → ``localhost``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _wants_json(path: str) -> bool:
    return path.startswith("/api") or path == "/openapi.json"


def _error_response(path: str, status: int, message: str, detail: Any = None, extra: dict[str, str] | None = None) -> Response:
    if _wants_json(path):
        body = {"error": message} | ({"detail": jsonable_encoder(detail)} if detail is not None else {})
        return JSONResponse(body, status_code=status, headers=extra)
    html = templates.get_template("error.html").render(status=status, message=message, request_path="")
    return HTMLResponse(html, status_code=status, headers=extra)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error_response(request.url.path, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return _error_response(request.url.path, 422, "invalid parameters", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(request.url.path, exc.status_code, str(exc.detail), extra=dict(exc.headers or {}))

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, exc: QueryTimeout) -> Response:
        return _error_response(request.url.path, 503, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.warning("store error on %s: %s", request.url.path, exc)
        return _error_response(request.url.path, 503, "the database is not available right now; try again shortly")

    @app.exception_handler(duckdb.Error)
    async def sql_error(request: Request, exc: duckdb.Error) -> Response:
        # Parameters never reach SQL text, so this is input DuckDB could not use (e.g. a value out of range).
        log.warning("query failed on %s: %s", request.url.path, exc)
        return _error_response(request.url.path, 400, "the request could not be answered with these parameters")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error_response(request.url.path, 500, "internal error; the server log has the details")


WORKER_THREADS = 8  # threads that run queries (anyio's default is 40); see _limit_worker_threads


async def _limit_worker_threads() -> None:
    # Queries run in worker threads (DuckDB releases the GIL while it executes). Past a few per
    # core more threads add little throughput and much contention for the GIL with the event loop,
    # which then answers even cached requests late (measured with bench/load.py on 2 cores: 40
    # threads gave cached answers 1.5-2 times the p95 of 8; 4 made uncached ones wait longer).
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    allow_writes: bool = False,
    query_timeout: float = DEFAULT_QUERY_TIMEOUT,
    refresh_interval: float = DEFAULT_REFRESH_INTERVAL,
    cache_size: int = 1024,
) -> FastAPI:
    """The newsgraph web application over the DuckDB file at ``db_path``.

    Args:
        db_path: database written by ``newsgraph ingest``.
        token: require this bearer token on every request (required beyond loopback).
        allow_writes: accept non-read methods; refused without a token. No write endpoint exists yet.
        query_timeout: seconds before a query is interrupted (503).
        refresh_interval: seconds between checks for a changed database file.
        cache_size: query results, and whole JSON answers, cached per snapshot (0 disables both caches;
            see ``api/cache.py``).

    Raises:
        ValueError: ``allow_writes`` without a token.
        StoreError: the database cannot be opened.
    """
    if allow_writes and not token:
        raise ValueError("allow_writes needs a token: writes are never open to anyone who can reach the port")
    from newsgraph.api.derived import prepare
    from newsgraph.api.routes import actors, articles, events, pages, quotes

    # The server answers from a private snapshot of the file, so that ingest can write meanwhile
    # (see docs/security.md); derived tables are added to each snapshot.
    db = Database(db_path, query_timeout=query_timeout, refresh_interval=refresh_interval,
                  prepare=prepare, cache_size=cache_size)
    app = FastAPI(
        title="newsgraph",
        version="0.1.0",
        description="Read-only JSON API over a newsgraph database: articles, actors, events, quotes, claims.",
        docs_url=None,  # FastAPI's /docs loads Swagger UI from a CDN; ours is served locally
        redoc_url=None,
        responses={422: {"description": "Invalid parameters"}, 404: {"description": "Not found"}},
    )
    app.state.db = db
    app.state.token_required = token is not None
    _install_error_handlers(app)
    for module in (articles, actors, events, quotes):
        app.include_router(module.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.router.on_startup.append(_limit_worker_threads)
    app.router.on_shutdown.append(db.close)
    # Added first, so it runs inside the Guard: no cached answer skips the token, Host or method checks.
    app.add_middleware(ResponseCache, db=db)
    app.add_middleware(Guard, token=token, allow_writes=allow_writes)
    return app


def app_from_env() -> FastAPI:
    """The application of one worker of ``newsgraph serve --workers N`` (uvicorn calls this in each process).

    The parent process checked the settings (loopback or a token) and put them in ``NEWSGRAPH_SERVE``.
    """
    conf = json.loads(os.environ[SERVE_ENV])
    return create_app(conf["db"], token=conf.get("token"), query_timeout=float(conf["query_timeout"]),
                      cache_size=int(conf["cache_size"]))
