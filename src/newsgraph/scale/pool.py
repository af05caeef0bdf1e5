"""A supervised process pool: batches in, results out in input order, stuck or crashed workers replaced.

``multiprocessing.Pool`` cannot abandon one stuck task (its worker keeps running) and its
``imap`` reads the whole input ahead, so memory grows with the corpus. This pool instead:

* keeps at most ``window`` batches between the reader and the consumer (flat memory);
* gives each worker one batch at a time over its own pipe; the worker sends a heartbeat
  ("tick") after each article with the seconds its next step may take, so a worker silent for
  longer than that is stuck: it is killed and replaced;
* re-runs the articles of a batch whose worker was killed or died one by one, so only the
  article that hangs (or crashes the interpreter) is rejected, with ``time_budget`` or
  ``worker_crash``, and the rest of the batch is kept.

Workers are started with "spawn": the parent holds DuckDB and reader threads, and a forked
child could inherit a lock held by one of them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from newsgraph.errors import ConfigError
from newsgraph.model import RawDocument, Rejected

_CONTEXT = multiprocessing.get_context("spawn")
# Seconds a new worker may take to import spaCy and load the model before it is declared broken.
STARTUP_TIMEOUT = 300.0
# A worker is replaced after this many articles: spaCy's string store only grows, so recycling
# keeps memory flat on long runs (a restart costs a model load, ~3 s, per 2,000 articles: <1%).
RECYCLE_AFTER = 2_000
_DONE = object()
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(slots=True)
class _Task:
    batch: int
    offset: int
    items: list[Any]


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    deadline: float = 0.0
    started: float = field(default_factory=time.monotonic)
    articles: int = 0


def _worker_main(conn: Connection, settings: Any, on_error: str, skip: Any) -> None:
    # Imported here: the pipeline module imports this one.
    from newsgraph.nlp import load_nlp
    from newsgraph.pipeline import Pipeline

    try:
        pipeline = Pipeline(settings, on_error)  # type: ignore[arg-type]
        load_nlp()
    except Exception as err:
        conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready",))
    while (message := conn.recv()) is not None:
        task_key, items = message

        def tick(seconds: float) -> None:
            conn.send(("tick", seconds))

        results = pipeline.process_batch(items, skip=skip, tick=tick)
        conn.send(("done", task_key, results))


class SupervisedPool:
    """Runs ``Pipeline.process_batch`` in ``workers`` supervised processes.

    Args:
        workers: processes to run.
        settings: pipeline settings (``article_time_budget`` bounds each step).
        on_error: the pipeline's error mode.
        skip: ids whose articles are structured but not annotated (already stored).
        window: batches in flight or waiting to be consumed; bounds memory.
    """

    def __init__(self, workers: int, settings: Any, on_error: str = "record", skip: Any = None, window: int | None = None) -> None:
        self.size = max(1, workers)
        self.settings = settings
        self.on_error = on_error
        self.skip = skip
        self.window = window or self.size * 3
        self.budget = float(settings.article_time_budget)
        self.recycle_after = int(settings.raw.get("pipeline", {}).get("recycle_after", RECYCLE_AFTER))
        self.restarts = 0

    def imap(self, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        """Yield each batch's results in input order."""
        out: queue.Queue[Any] = queue.Queue(maxsize=self.window)
        stop = threading.Event()
        thread = threading.Thread(target=self._supervise, args=(iter(batches), out, stop), name="newsgraph-pool", daemon=True)
        thread.start()
        try:
            while (item := out.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            while thread.is_alive():  # unblock a supervisor waiting to hand over a result
                with contextlib.suppress(queue.Empty):
                    out.get(timeout=0.1)
            thread.join()

    # -- the supervisor thread -------------------------------------------------------------

    def _spawn(self) -> _Worker:
        parent, child = _CONTEXT.Pipe(duplex=True)
        process = _CONTEXT.Process(
            target=_worker_main, args=(child, self.settings, self.on_error, self.skip), name="newsgraph-worker", daemon=True
        )
        # One process per core already: BLAS/OpenMP thread pools in each worker would only
        # oversubscribe the cores. The child reads these when it imports numpy.
        saved = {name: os.environ.get(name) for name in _THREAD_VARS}
        os.environ.update({name: os.environ.get(name) or "1" for name in _THREAD_VARS})
        try:
            process.start()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
        child.close()
        return _Worker(process, parent)

    def _supervise(self, batches: Iterator[list[Any]], out: queue.Queue[Any], stop: threading.Event) -> None:
        workers: list[_Worker] = []
        try:
            workers = [self._spawn() for _ in range(self.size)]
            self._loop(batches, out, stop, workers)
            self._put(out, stop, _DONE)
        except BaseException as err:  # handed to the consumer, which re-raises it
            self._put(out, stop, err)
        finally:
            for worker in workers:
                _shutdown(worker)

    @staticmethod
    def _put(out: queue.Queue[Any], stop: threading.Event, item: Any) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _loop(self, batches: Iterator[list[Any]], out: queue.Queue[Any], stop: threading.Event, workers: list[_Worker]) -> None:
        pending: deque[_Task] = deque()
        slots: dict[int, list[Any]] = {}
        missing: dict[int, int] = {}
        read = emitted = 0
        exhausted = False
        while not stop.is_set():
            # Read ahead only as far as the window allows: this is what keeps memory flat.
            while not exhausted and read - emitted < self.window and len(pending) < self.size:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                slots[read], missing[read] = [None] * len(batch), len(batch)
                pending.append(_Task(read, 0, batch))
                read += 1
            for index, worker in enumerate(workers):
                if worker.ready and worker.task is None and worker.articles >= self.recycle_after:
                    workers[index] = self._replace(worker, kill=False)
                elif worker.ready and worker.task is None and pending:
                    self._send(worker, pending.popleft())
            while emitted in slots and missing[emitted] == 0:
                if not self._put(out, stop, slots.pop(emitted)):
                    return
                del missing[emitted]
                emitted += 1
            if exhausted and not slots:
                return
            self._poll(workers, pending, slots, missing)

    def _send(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        worker.deadline = time.monotonic() + self.budget
        worker.conn.send(((task.batch, task.offset), task.items))

    def _poll(self, workers: list[_Worker], pending: deque[_Task], slots: dict[int, list[Any]], missing: dict[int, int]) -> None:
        now = time.monotonic()
        deadlines = [w.deadline if w.ready else w.started + STARTUP_TIMEOUT for w in workers if w.task or not w.ready]
        timeout = max(0.0, min(deadlines) - now) if deadlines else 0.5
        waitables: list[Any] = [w.conn for w in workers] + [w.process.sentinel for w in workers]
        wait(waitables, timeout=min(timeout, 0.5))
        for index, worker in enumerate(workers):
            try:
                while worker.conn.poll():
                    self._receive(worker, worker.conn.recv(), slots, missing)
            except (EOFError, OSError):
                pass  # the worker died; handled below
            if not worker.process.is_alive() or worker.conn.closed:
                if not worker.ready:
                    raise ConfigError(f"a pipeline worker died while starting (exit code {worker.process.exitcode})")
                self._fail(worker, pending, slots, missing, "worker_crash", f"the worker process died (exit code {worker.process.exitcode})")
                workers[index] = self._replace(worker)
            elif worker.task is not None and time.monotonic() > worker.deadline:
                self._fail(worker, pending, slots, missing, "time_budget", f"processing took over the time budget of {self.budget:.0f}s per article (pipeline.article_time_budget); abandoned")
                workers[index] = self._replace(worker)
            elif not worker.ready and time.monotonic() > worker.started + STARTUP_TIMEOUT:
                raise ConfigError(f"a pipeline worker did not start within {STARTUP_TIMEOUT:.0f}s")

    def _receive(self, worker: _Worker, message: tuple[Any, ...], slots: dict[int, list[Any]], missing: dict[int, int]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "error":
            raise ConfigError(f"a pipeline worker could not start: {message[1]}")
        elif kind == "tick":
            worker.deadline = time.monotonic() + float(message[1])
        elif kind == "done":
            (batch, offset), results = message[1], message[2]
            slots[batch][offset : offset + len(results)] = results
            missing[batch] -= len(results)
            worker.articles += len(results)
            worker.task = None

    def _fail(self, worker: _Worker, pending: deque[_Task], slots: dict[int, list[Any]], missing: dict[int, int], reason: str, detail: str) -> None:
        task = worker.task
        worker.task = None
        if task is None:
            return
        if len(task.items) > 1:
            # Retry alone, first in line, so only the culprit is lost and output order still advances.
            for i in reversed(range(len(task.items))):
                pending.appendleft(_Task(task.batch, task.offset + i, [task.items[i]]))
            return
        item = task.items[0]
        if isinstance(item, Rejected):
            result: Any = item
        else:
            source = item.source if isinstance(item, RawDocument) else str(item)
            result = Rejected(source, reason, detail, id=getattr(item, "id", None))
        slots[task.batch][task.offset] = result
        missing[task.batch] -= 1

    def _replace(self, worker: _Worker, kill: bool = True) -> _Worker:
        _shutdown(worker, kill=kill)
        self.restarts += 1
        return self._spawn()


def _shutdown(worker: _Worker, kill: bool = False) -> None:
    if not kill and worker.process.is_alive():
        try:
            worker.conn.send(None)
            worker.process.join(timeout=5)
        except (OSError, ValueError):
            pass
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()
