"""``newsgraph serve``: the JSON API and web UI over a database, on loopback unless a token is set."""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.main import DbOpt, app, err_console, fail, settings_from
from newsgraph.errors import NewsgraphError, StoreError

TOKEN_ENV = "NEWSGRAPH_TOKEN"  # noqa: S105 - the variable's name, not a secret
MAX_WORKERS = 16


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name could resolve anywhere: treat it as exposed


def check_exposure(host: str, token: str | None) -> None:
    """Refuse to listen beyond loopback without a token.

    Raises:
        typer.BadParameter: ``host`` is not loopback and no token is configured.
    """
    if not is_loopback(host) and not token:
        raise typer.BadParameter(
            f"--host {host} is reachable from other machines: set a token with --token or the {TOKEN_ENV} "
            "environment variable (see docs/security.md), or keep the default 127.0.0.1",
            param_hint="--host",
        )


@app.command("serve")
def serve_cmd(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; beyond loopback a token is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option("--token", envvar=TOKEN_ENV, help="Bearer token required on every request (or set NEWSGRAPH_TOKEN).", show_default=False)] = None,
    query_timeout: Annotated[float, typer.Option("--query-timeout", min=0.1, max=300, help="Seconds before a query is interrupted.")] = 5.0,
    workers: Annotated[int, typer.Option("--workers", min=1, max=MAX_WORKERS, help="Server processes; each serves its own snapshot of the database (docs/security.md).")] = 1,
    cache_size: Annotated[int, typer.Option("--cache-size", min=0, max=100_000, help="Query results and API answers cached per snapshot (0 = no cache).")] = 1024,
) -> None:
    """Serve the JSON API (/api, /docs) and the web UI over the database, read-only."""
    import uvicorn

    from newsgraph.api.app import SERVE_ENV, create_app

    check_exposure(host, token)
    if token is not None and len(token) < 16:
        raise typer.BadParameter("use a token of at least 16 characters (e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)", param_hint="--token")
    try:
        settings = settings_from(None, None, db)
    except NewsgraphError as err:
        raise fail(err) from err
    limits = {"log_level": "warning", "server_header": False, "limit_concurrency": 200, "timeout_keep_alive": 5,
              "h11_max_incomplete_event_size": 16 * 1024}
    if workers > 1:
        # Each worker process builds the app itself (uvicorn imports it by name), from settings the
        # parent passes in its environment; the parent only binds the socket and supervises.
        if not Path(settings.db_path).is_file():
            raise fail(StoreError(f"no database at {settings.db_path!r}: create one with `newsgraph ingest PATH --db {settings.db_path}`"))
        os.environ[SERVE_ENV] = json.dumps({"db": str(settings.db_path), "token": token, "query_timeout": query_timeout,
                                            "cache_size": cache_size})
        err_console.print(f"serving {settings.db_path} on http://{host}:{port}/ with {workers} workers (API at /api, reference at /docs); Ctrl-C stops")
        uvicorn.run("newsgraph.api.app:app_from_env", factory=True, workers=workers, host=host, port=port, **limits)
        return
    try:
        web = create_app(settings.db_path, token=token, query_timeout=query_timeout, cache_size=cache_size)
    except NewsgraphError as err:
        raise fail(err) from err
    err_console.print(f"serving {settings.db_path} on http://{host}:{port}/ (API at /api, reference at /docs); Ctrl-C stops")
    uvicorn.run(web, host=host, port=port, **limits)
