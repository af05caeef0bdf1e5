"""Routers: one module per resource for the JSON API, ``pages`` for the HTML twins."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from newsgraph.api.deps import Reader


def get_reader(request: Request) -> Iterator[Reader]:
    """A per-request reader on the app's snapshot (closed when the response is sent)."""
    with request.app.state.db.cursor() as reader:
        yield reader


DB = Annotated[Reader, Depends(get_reader)]
