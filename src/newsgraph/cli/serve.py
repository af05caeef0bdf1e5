"""``newsgraph serve``: the JSON API and web UI over a database, on loopback unless a token is set."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from newsgraph.cli.main import DbOpt, app, err_console, fail, settings_from
from newsgraph.errors import NewsgraphError

TOKEN_ENV = "NEWSGRAPH_TOKEN"  # noqa: S105 - the variable's name, not a secret


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
) -> None:
    """Serve the JSON API (/api, /docs) and the web UI over the database, read-only."""
    import uvicorn

    from newsgraph.api.app import create_app

    check_exposure(host, token)
    if token is not None and len(token) < 16:
        raise typer.BadParameter("use a token of at least 16 characters (e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)", param_hint="--token")
    try:
        settings = settings_from(None, None, db)
        web = create_app(settings.db_path, token=token, query_timeout=query_timeout)
    except NewsgraphError as err:
        raise fail(err) from err
    err_console.print(f"serving {settings.db_path} on http://{host}:{port}/ (API at /api, reference at /docs); Ctrl-C stops")
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False, limit_concurrency=200,
                timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024)
