"""Routers: one module per resource for the JSON API, ``pages`` for the HTML twins."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from newsgraph.api.deps import Database, Reader


async def get_reader(request: Request) -> AsyncIterator[Reader]:
    """A per-request reader on the app's snapshot (closed when the response is sent).

    Async, so that opening and closing the cursor (microseconds) do not each cost a trip through
    the thread pool; only a refresh of the snapshot (copying the file) goes to a worker thread.
    """
    db: Database = request.app.state.db
    if db.changed():
        await run_in_threadpool(db.maybe_refresh)
    reader = db.reader()
    try:
        yield reader
    finally:
        reader.close()


DB = Annotated[Reader, Depends(get_reader)]
