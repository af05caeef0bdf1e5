"""A response cache for the JSON API: whole answers of ``GET /api/...``, kept per database snapshot.

The server answers from a private snapshot that never changes (see ``deps.Database``), so the answer
to a request is a function of (snapshot, path, query string) until the next snapshot replaces it.
Keeping the serialised bytes skips the query, the validation and the JSON encoding of a repeated
request, which is most of what a list endpoint costs. Correctness rests on the key:

* it holds the snapshot's version (bumped when a new snapshot is swapped in) and its ``stale`` flag
  (``/api/stats`` reports it), read before the request runs; an answer is stored only when both are
  unchanged after it ran, so an answer is never filed under a version it was not computed from;
* the query string is the one the ``Guard`` normalised (blank parameters dropped), with parameters
  sorted by name, so ``?a=1&b=2`` and ``?b=2&a=1`` share an entry;
* only complete ``200`` answers are kept, up to ``max_item`` bytes each and
  ``deps.RESPONSE_CACHE_BYTES`` in all (least recently used first out);
* while the database file has changed and the new snapshot is not in yet, requests skip the cache.

It sits inside the ``Guard``: the token, Host and method checks run before any cached answer is sent.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from newsgraph.api.deps import Database

CACHE_HEADER = b"x-newsgraph-cache"  # "hit" or "miss": lets a benchmark report the hit rate honestly


@dataclass(frozen=True, slots=True)
class Cached:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes


class LRU:
    """A thread-safe least-recently-used map bounded by entries and by total weight (bytes)."""

    def __init__(self, max_entries: int, max_weight: int = 0) -> None:
        self.max_entries = max_entries
        self.max_weight = max_weight  # 0 = only the entry count bounds it
        self.weight = 0
        self._data: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: Hashable) -> object | None:
        if self.max_entries <= 0:
            return None
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                return None
            self._data.move_to_end(key)
            return entry[0]

    def put(self, key: Hashable, value: object, weight: int = 0) -> None:
        if self.max_entries <= 0:
            return
        with self._lock:
            old = self._data.pop(key, None)
            if old is not None:
                self.weight -= old[1]
            self._data[key] = (value, weight)
            self.weight += weight
            while len(self._data) > self.max_entries or (self.max_weight and self.weight > self.max_weight):
                _, (_, dropped) = self._data.popitem(last=False)
                self.weight -= dropped

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.weight = 0


def normalised_query(query_string: bytes) -> bytes:
    """The query string with parameters sorted by name (values of one name keep their order)."""
    if not query_string:
        return b""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return urlencode(sorted(pairs, key=lambda kv: kv[0])).encode("latin-1")


class ResponseCache:
    """Pure-ASGI middleware answering repeated ``GET /api/...`` requests from :class:`LRU` storage.

    Args:
        app: the wrapped application.
        db: the snapshot holder: its ``state()`` (version and stale flag) keys the entries, its
            ``responses`` holds them, and it empties them whenever it swaps in a new snapshot.
        max_item: larger answers are passed through and not kept.
    """

    def __init__(self, app: ASGIApp, *, db: Database, max_item: int = 1 << 20) -> None:
        self.app = app
        self.db = db
        self.max_item = max_item

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        store = self.db.responses
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/") or store.max_entries <= 0:
            await self.app(scope, receive, send)
            return
        # When the file changed, the application answers (its reader takes the new snapshot first,
        # in a worker thread) and nothing is kept: no hit may come from a snapshot about to go.
        fresh = not self.db.changed()
        state = self.db.state()
        key = (state, scope["path"], normalised_query(scope.get("query_string", b"")))
        hit = store.get(key) if fresh else None
        if isinstance(hit, Cached):
            await send({"type": "http.response.start", "status": hit.status, "headers": [*hit.headers, (CACHE_HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": hit.body})
            return

        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
                message = dict(message, headers=[*message.get("headers", []), (CACHE_HEADER, b"miss")])
            elif message["type"] == "http.response.body" and start is not None and size <= self.max_item:
                body = message.get("body", b"")
                chunks.append(body)
                size += len(body)
                if fresh and not message.get("more_body", False) and start["status"] == 200 and size <= self.max_item \
                        and self.db.state() == state:
                    headers = tuple((k, v) for k, v in start.get("headers", []))
                    store.put(key, Cached(200, headers, b"".join(chunks)), size)
            await send(message)

        await self.app(scope, receive, capture)
