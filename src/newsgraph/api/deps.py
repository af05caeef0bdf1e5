"""Read-only database access for the API: a private snapshot, one cursor per request, a query time limit.

DuckDB lets one process write a file, and a process that holds the file open (even read-only) keeps a
writer out. So the server never holds the user's database: it copies it (the ``.duckdb`` file and its
``.wal``) into a private snapshot while holding a shared lock for the few moments of the copy, and
answers from the snapshot. ``newsgraph ingest`` can then run at any time; the server notices the file
changed and takes a fresh snapshot once the writer has let go, and until then keeps answering from the
previous one. See ``docs/security.md``.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from newsgraph.api.cache import LRU
from newsgraph.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_QUERY_TIMEOUT = 5.0  # seconds a single SQL statement may run before it is interrupted
DEFAULT_REFRESH_INTERVAL = 5.0  # seconds between checks for a changed database file
MAX_CACHED_ROWS = 2000  # larger query results are not kept
RESPONSE_CACHE_BYTES = 64 << 20  # whole API answers kept per snapshot, in bytes at most


class QueryTimeout(StoreError):  # noqa: N818 - reads as what happened
    """A query ran longer than the configured limit and was interrupted."""


@dataclass(frozen=True, slots=True)
class _Stamp:
    size: int
    mtime_ns: int
    wal_size: int
    wal_mtime_ns: int


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    wal = path.with_name(path.name + ".wal")
    try:
        wst = wal.stat()
        wal_size, wal_mtime = wst.st_size, wst.st_mtime_ns
    except OSError:
        wal_size, wal_mtime = 0, 0
    return _Stamp(st.st_size, st.st_mtime_ns, wal_size, wal_mtime)


def _is_lock_error(err: Exception) -> bool:
    text = str(err).lower()
    return "lock" in text or "conflicting" in text


class Database:
    """The API's view of a DuckDB file: a refreshed read-only snapshot.

    Args:
        path: the database file written by ``newsgraph ingest``.
        query_timeout: seconds after which a running query is interrupted.
        refresh_interval: seconds between checks whether the file changed (0 = check every request).
        prepare: called with the connection of each new snapshot, to add derived tables and indexes
            (the snapshot is the server's own copy, so this never touches the user's file).
        cache_size: query results, and separately whole API answers (``api/cache.py``), kept per
            snapshot (0 = none); a snapshot never changes, so a cached answer is exact until the next
            snapshot, whose new version no older entry matches (the caches are emptied then too).

    Raises:
        StoreError: the file does not exist or is not a DuckDB database.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        query_timeout: float = DEFAULT_QUERY_TIMEOUT,
        refresh_interval: float = DEFAULT_REFRESH_INTERVAL,
        prepare: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
        cache_size: int = 1024,
    ) -> None:
        self.path = Path(path)
        self.query_timeout = query_timeout
        self.refresh_interval = refresh_interval
        self.prepare = prepare
        self.cache = LRU(cache_size)
        self.responses = LRU(cache_size, max_weight=RESPONSE_CACHE_BYTES)
        if not self.path.is_file():
            raise StoreError(f"no database at {str(self.path)!r}: create one with `newsgraph ingest PATH --db {self.path}`")
        self._dir = Path(tempfile.mkdtemp(prefix="newsgraph-serve-"))
        self._lock = threading.Lock()  # guards swapping the connection
        self._refreshing = threading.Lock()  # one thread refreshes; the others keep serving
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._stamp: _Stamp | None = None
        self._checked = 0.0
        self._generation = 0  # numbers snapshot files
        self._version = 0  # bumped when a new snapshot is swapped in: what cache keys hold
        self.stale = False  # True while a writer holds the file and we serve an older snapshot
        self._open(first=True)

    # -- snapshot management -------------------------------------------------------------------------

    def _open(self, *, first: bool = False) -> None:
        stamp = _stamp(self.path)
        try:
            target = self._copy_locked(retries=10 if first else 0)
        except duckdb.Error as err:
            if not _is_lock_error(err):
                raise StoreError(f"cannot open database {str(self.path)!r}: {err}") from err
            if not first:
                self.stale = True
                return
            # A writer holds the file since before we started: copy what is on disk without the lock.
            # The main file holds the last checkpoint, which DuckDB keeps consistent; the WAL is left out.
            log.warning("database %s is locked by a writer; serving its last checkpoint", self.path)
            target = self._copy(with_wal=False)
            self.stale = True
        else:
            self.stale = False
        conn = self._connect(target)
        self._swap(conn, stamp)

    def _copy_locked(self, retries: int) -> Path:
        # Holding a read-only connection takes DuckDB's shared lock, so no writer starts mid-copy.
        for attempt in range(retries + 1):
            try:
                holder = duckdb.connect(str(self.path), read_only=True)
            except duckdb.Error as err:
                if not _is_lock_error(err) or attempt == retries:
                    raise
                time.sleep(0.25)
                continue
            try:
                return self._copy(with_wal=True)
            finally:
                holder.close()
        raise AssertionError("unreachable")

    def _copy(self, *, with_wal: bool) -> Path:
        self._generation += 1
        target = self._dir / f"snapshot-{self._generation}.duckdb"
        shutil.copyfile(self.path, target)
        wal = self.path.with_name(self.path.name + ".wal")
        if with_wal and wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + ".wal"))
        return target

    def _connect(self, target: Path) -> duckdb.DuckDBPyConnection:
        try:
            # Not read-only: a copied WAL must be replayed into the copy, which is ours alone.
            conn = duckdb.connect(str(target))
            conn.execute("CHECKPOINT")
            conn.execute("SET enable_progress_bar = false")  # a server's stderr is a log, not a terminal
            # Requests are many and small: one thread per query serves more of them at once than
            # every query fanning out over all cores.
            conn.execute("SET threads = 1")
            if self.prepare is not None:
                self.prepare(conn)
        except duckdb.Error as err:
            raise StoreError(f"cannot open a snapshot of {str(self.path)!r}: {err}") from err
        return conn

    def _swap(self, conn: duckdb.DuckDBPyConnection, stamp: _Stamp | None) -> None:
        with self._lock:
            old, self._conn = self._conn, conn
            self._stamp = stamp
            self._checked = time.monotonic()
            self._version += 1
            self.cache.clear()
            self.responses.clear()
        if old is not None:
            # Cursors of the old connection may still be running: they keep its database alive.
            # Old snapshot files are removed below once unreferenced; on POSIX an open file survives unlink.
            for stale in self._dir.glob("snapshot-*.duckdb*"):
                if not stale.name.startswith(f"snapshot-{self._generation}."):
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def state(self) -> tuple[int, bool]:
        """What an answer depends on besides the request: the snapshot's version and the stale flag."""
        return self._version, self.stale

    def changed(self) -> bool:
        """True when a check is due and the file differs from the snapshot (two ``stat`` calls, no lock).

        The response cache asks this on the event loop: a refresh (copying the file) must run in a
        worker thread, and waiting for a free worker just to learn that nothing changed would hold
        every cached answer behind the slowest queries.
        """
        now = time.monotonic()
        if now - self._checked < self.refresh_interval:
            return False
        if _stamp(self.path) == self._stamp:
            self._checked = now
            return False
        return True

    def maybe_refresh(self) -> None:
        """Take a new snapshot if the file changed since the last one (cheap when it did not)."""
        now = time.monotonic()
        if now - self._checked < self.refresh_interval:
            return
        if not self._refreshing.acquire(blocking=False):
            return
        try:
            self._checked = now
            stamp = _stamp(self.path)
            if stamp is None or stamp == self._stamp:
                return
            try:
                self._open()
            except (StoreError, OSError) as err:
                log.warning("refreshing the snapshot of %s failed, serving the previous one: %s", self.path, err)
                self.stale = True
        finally:
            self._refreshing.release()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        shutil.rmtree(self._dir, ignore_errors=True)

    # -- queries -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def cursor(self) -> Iterator[Reader]:
        """A per-request reader on its own DuckDB cursor (connections are not shared across threads)."""
        self.maybe_refresh()
        reader = self.reader()
        try:
            yield reader
        finally:
            reader.close()

    def reader(self) -> Reader:
        """A reader on a new cursor of the current snapshot, without checking the file (cheap)."""
        with self._lock:
            if self._conn is None:
                raise StoreError("the database is closed")
            cur = self._conn.cursor()
            version = self._version  # taken with the connection, so cached rows are filed under their own snapshot
        return Reader(cur, self.query_timeout, self.cache, version)


class Reader:
    """Runs parameterised queries on one cursor, each interrupted after ``timeout`` seconds."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, timeout: float, cache: LRU | None = None,
                 version: int = 0) -> None:
        self.conn = cursor  # named like DuckDBStore.conn so store helpers accept a Reader
        self.timeout = timeout
        self.cache = cache
        self.version = version

    def close(self) -> None:
        self.conn.close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows of ``sql`` as dicts; values only ever travel as parameters."""
        return iter(self.all(sql, params))

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        key = (self.version, sql, _hashable(params))
        if self.cache is not None:
            hit = self.cache.get(key)
            if isinstance(hit, list):
                return [dict(row) for row in hit]  # copies: callers may reshape their rows
        rows = self._run(sql, params)
        if self.cache is not None and len(rows) <= MAX_CACHED_ROWS:
            self.cache.put(key, rows)
        return [dict(row) for row in rows]

    def _run(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        ticket = WATCHDOG.watch(self.conn, self.timeout)
        try:
            cur = self.conn.execute(sql, list(params))
            names = [d[0] for d in cur.description or ()]
            rows = cur.fetchall()
        except duckdb.InterruptException as err:
            raise QueryTimeout(f"the query took longer than {self.timeout:g} s and was stopped; narrow the filters") from err
        finally:
            WATCHDOG.release(ticket)
        return [dict(zip(names, row, strict=True)) for row in rows]

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None


def _hashable(params: Sequence[Any]) -> Hashable:
    return tuple(tuple(p) if isinstance(p, list) else p for p in params)


class Watchdog:
    """One thread that interrupts queries past their deadline (a timer thread per query costs more than many queries)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._running: dict[int, duckdb.DuckDBPyConnection] = {}
        self._next = 0
        self._thread: threading.Thread | None = None

    def watch(self, conn: duckdb.DuckDBPyConnection, timeout: float) -> int:
        """Interrupt ``conn`` after ``timeout`` seconds unless :meth:`release` is called first."""
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="newsgraph-query-watchdog", daemon=True)
                self._thread.start()
            self._next += 1
            ticket = self._next
            self._running[ticket] = conn
            deadline = time.monotonic() + timeout
            # Wake the watchdog only when it must wait less than it does: waking it for every query
            # (one thread switch each) cost more than many of the queries themselves.
            if not self._heap or deadline < self._heap[0][0]:
                self._cond.notify()
            heapq.heappush(self._heap, (deadline, ticket))
            return ticket

    def release(self, ticket: int) -> None:
        with self._cond:
            self._running.pop(ticket, None)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][1] not in self._running:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._cond.wait()
                    continue
                deadline, ticket = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                conn = self._running.pop(ticket, None)
            if conn is not None:
                with contextlib.suppress(duckdb.Error):
                    conn.interrupt()


WATCHDOG = Watchdog()
