"""Load test of ``newsgraph serve``: latency per endpoint under concurrent clients, on loopback only.

Builds (or reuses with --db) a database of at least --events events by replicating the rows of a
small real ingest under new ids (dates shifted so that the timeline spreads), starts
``newsgraph serve`` on 127.0.0.1 in a child process, drives the API with --clients concurrent
clients (keep-alive HTTP/1.1; a lean asyncio client, or httpx with --client httpx) for --warmup
seconds and then for at most --requests requests or --duration seconds, and prints p50/p95/p99
latency, errors and the server's cache hit rate per endpoint, and the CPU time of server and client.

    .venv/bin/python bench/load.py                        # build /tmp/newsgraph-load.duckdb; 0.5 s think time
    .venv/bin/python bench/load.py --think 0              # saturation: every client sends as fast as it can
    .venv/bin/python bench/load.py --cache 0 --workers 2  # no server cache; two server processes

Each client waits a random time between requests (exponential, mean --think): 50 clients with
0.5 s think time are 50 people clicking through the UI at once, about 90 requests/s in all.
The requests vary as people's would: actors, countries, types, dates and pages drawn at random.

Goal: p95 < 100 ms on list endpoints and no errors with 0.5 s think time; --think 0 measures the
throughput at saturation, where latency is queueing (50 requests always in flight). docs/api.md has figures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import duckdb
import httpx

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo"
MAX_REQUESTS = 200_000  # hard bounds, whatever the flags say
MAX_DURATION = 600.0

# Columns that identify rows (made unique per copy) and dates shifted per copy.
ID_COLUMNS = {"id", "article_id"}


def _copy_expr(table: str, column: str, kind: str) -> str:
    if column in ID_COLUMNS and table != "rejections":
        return f"k || '~' || {column}"  # a prefix: no id is then the prefix of another (ids resolve by prefix)
    if table == "articles" and column == "published":
        return "CASE WHEN published IS NULL THEN NULL ELSE strftime(CAST(published AS TIMESTAMP) - INTERVAL (k % 3650) DAY, '%Y-%m-%dT%H:%M:%S') END"
    if table == "articles" and column == "published_date":
        return "published_date - INTERVAL (k % 3650) DAY"
    if table == "articles" and column == "url":
        return "CASE WHEN url IS NULL THEN NULL ELSE url || '#' || k END"
    if table == "events" and column == "date":
        return "CASE WHEN length(date) = 10 THEN strftime(CAST(date AS DATE) - INTERVAL (k % 3650) DAY, '%Y-%m-%d') ELSE date END"
    return column


def build(db: Path, target_events: int, corpus: list[Path]) -> None:
    """Ingest ``corpus`` with the real pipeline, then replicate its rows until ``target_events``."""
    from newsgraph.config import load_settings
    from newsgraph.ingest import ingest
    from newsgraph.storage.duckdb import DuckDBStore
    from newsgraph.storage.schema import TABLES

    started = time.monotonic()
    with DuckDBStore(db) as store:
        result = ingest(corpus, store, load_settings(), workers=1)
        print(f"ingested {result.ingested} real articles in {time.monotonic() - started:.1f} s")
        conn = store.conn
        base_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        if base_events == 0:
            raise SystemExit("the real ingest produced no events; cannot replicate")
        copies = -(-target_events // base_events) - 1
        conn.execute("BEGIN TRANSACTION")
        for table, cols in TABLES.items():
            if table == "rejections":
                continue
            names = ", ".join(f'"{c}"' for c, _ in cols)
            exprs = ", ".join(_copy_expr(table, c, kind) for c, kind in cols)
            conn.execute(f"CREATE TEMP TABLE base_{table} AS SELECT * FROM {table}")  # noqa: S608 - our names
            conn.execute(f"INSERT INTO {table} ({names}) SELECT {exprs} FROM base_{table}, range(1, ?) r(k)", [copies + 1])  # noqa: S608
        conn.execute("COMMIT")
        conn.execute("CHECKPOINT")
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"replicated ×{copies + 1}: {total:,} events in {time.monotonic() - started:.1f} s → {db}")


def server_cpu(pid: int) -> float:
    """CPU seconds used by the server process and its workers (Linux /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # fields[1] is the parent pid; fields[11:13] are utime and stime (after the command name).
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))


def start_server(db: Path, port: int, cache_size: int, workers: int) -> subprocess.Popen[bytes]:
    """``newsgraph serve`` itself, as a user runs it (loopback, no token)."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    cmd = [NEWSGRAPH, "serve", "--db", str(db), "--port", str(port), "--workers", str(workers), "--cache-size", str(cache_size)]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=30).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start")


def sample_ids(db: Path) -> dict[str, list[str]]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        names = conn.execute("SELECT DISTINCT source_name FROM events WHERE source_name IS NOT NULL").fetchall()
        return {
            "article": [r[0] for r in conn.execute("SELECT id FROM articles USING SAMPLE 2000 ROWS").fetchall()],
            "actor": [r[0] for r in conn.execute("SELECT DISTINCT source_actor_id FROM events WHERE source_actor_id IS NOT NULL LIMIT 500").fetchall()],
            # Last words of actor names ("Putin", "Ukraine"), as people type them in the actor filter.
            "name": sorted({n[0].split()[-1] for n in names if len(n[0].split()[-1]) > 3}),
            "plover": [r[0] for r in conn.execute("SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL").fetchall()],
            "country": [r[0] for r in conn.execute("SELECT DISTINCT source_country FROM events WHERE source_country IS NOT NULL LIMIT 50").fetchall()],
            "word": ["Putin", "talks", "ceasefire", "minister", "army", "election", "killed", "president", "police", "border"],
        }
    finally:
        conn.close()


def request_mix(ids: dict[str, list[str]], rng: random.Random) -> tuple[str, str, dict[str, Any]]:
    """(endpoint label, path, params) drawn from a mix weighted towards list endpoints.

    Pages are mostly the first (people rarely page far) but reach back 40 pages; dates are any
    month of the ten years the data spans; actors are ids or name words.
    """
    offset = 50 * min(rng.choice([0, 0, 0, 1, 2, rng.randint(3, 40)]), 40)
    since = f"{rng.randint(2014, 2023)}-{rng.randint(1, 12):02d}"
    actor = rng.choice(ids["actor"] or ["x"]) if rng.random() < 0.7 else rng.choice(ids["name"] or ["x"])
    choices: list[tuple[str, str, dict[str, Any]]] = [
        ("articles", "/api/articles", {"limit": 50, "offset": offset}),
        ("articles?q", "/api/articles", {"q": rng.choice(ids["word"]), "limit": 20, "offset": offset % 200}),
        ("actors", "/api/actors", {"limit": 50, "offset": offset % 150}),
        ("events", "/api/events", {"limit": 50, "offset": offset}),
        ("events?filters", "/api/events", {"quad_class": rng.randint(1, 4), "country": rng.choice(ids["country"] or ["USA"]), "limit": 50}),
        ("events?actor", "/api/events", {"actor": actor, "limit": 50, "offset": offset % 150}),
        ("events?plover", "/api/events", {"plover": rng.choice(ids["plover"] or ["CONSULT"]), "since": since, "limit": 50}),
        ("quotes", "/api/quotes", {"limit": 50, "offset": offset}),
        ("claims", "/api/claims", {"limit": 50, "offset": offset % 500}),
        ("article", f"/api/articles/{rng.choice(ids['article'])}", {}),
        ("actor", f"/api/actors/{rng.choice(ids['actor'] or ['x'])}", {}),
        ("stats", "/api/stats", {}),
    ]
    weights = [3, 1, 2, 3, 2, 2, 1, 2, 1, 2, 1, 0.5]
    return rng.choices(choices, weights)[0]


class RawClient:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams, for loopback benchmarking only.

    httpx spends about 4 ms of CPU per request; on a 2-core machine shared with the server that is
    CPU taken from the server being measured. This client does the same requests (GET, keep-alive,
    the whole body read) for a fraction of it. ``--client httpx`` measures with httpx instead.
    """

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        target = path + ("?" + urlencode(params) if params else "")
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n\r\n".encode()
        for attempt in (0, 1):
            reused = self.writer is not None
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                return await asyncio.wait_for(self._exchange(request), self.timeout)
            except TimeoutError:
                await self.aclose()  # a half-read answer would be taken for the next one's
                raise
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.aclose()
                if not reused or attempt:  # only a kept-alive connection the server closed is retried
                    raise
        raise AssertionError("unreachable")

    async def _exchange(self, request: bytes) -> tuple[int, dict[str, str], bytes]:
        assert self.reader is not None and self.writer is not None
        self.writer.write(request)
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = await self.reader.read()
        if headers.get("connection") == "close":
            await self.aclose()
        return status, headers, body

    async def aclose(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def drive(base: str, ids: dict[str, list[str]], clients: int, requests: int, duration: float, think: float,
                kind: str = "raw", seed: int = 0) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {}
    errors: dict[str, list[str]] = {}
    hits: dict[str, int] = {}
    examples: list[str] = []
    issued = 0
    deadline = time.monotonic() + duration

    # httpx clients are built before the clock starts: each one's TLS context blocks the loop ~30 ms.
    pool = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(clients)] if kind == "httpx" else []

    async def client(n: int) -> None:
        nonlocal issued
        rng = random.Random(seed + n)
        if think:
            # Users arrive over time: without this, all clients fire at once and the first wave queues.
            await asyncio.sleep(rng.uniform(0, 2 * think))
        url = urlsplit(base)
        raw = RawClient(url.hostname or "127.0.0.1", url.port or 80, 30)
        http = pool[n] if pool else None
        async with http or contextlib.nullcontext():
            while issued < requests and time.monotonic() < deadline:
                issued += 1
                label, path, params = request_mix(ids, rng)
                t0 = time.perf_counter()
                try:
                    if http is not None:
                        r = await http.get(path, params=params)
                        status, headers = r.status_code, r.headers
                    else:
                        status, headers, _ = await raw.get(path, params)
                    ok, why = status == 200, f"HTTP {status}"
                    hits[label] = hits.get(label, 0) + (headers.get("x-newsgraph-cache") == "hit")
                except (TimeoutError, httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as err:
                    ok, why = False, type(err).__name__
                latencies.setdefault(label, []).append((time.perf_counter() - t0) * 1000)
                if not ok:
                    errors.setdefault(label, []).append(why)
                    if len(examples) < 5:
                        examples.append(f"{why} {path} {params}")
                if think:
                    await asyncio.sleep(rng.expovariate(1 / think))
        await raw.aclose()

    lags: list[float] = []

    async def heartbeat() -> None:
        # How late this process's own event loop runs: a client that is not scheduled in time adds
        # its delay to every latency it measures, so the report says how large that was.
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append((time.perf_counter() - t0 - 0.01) * 1000)

    started, cpu = time.monotonic(), time.process_time()
    beat = asyncio.create_task(heartbeat())
    await asyncio.gather(*(client(i) for i in range(clients)))
    beat.cancel()
    return {"latencies": latencies, "errors": errors, "hits": hits, "examples": examples, "lags": lags or [0.0],
            "elapsed": time.monotonic() - started, "client_cpu": time.process_time() - cpu}


def pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(result: dict[str, Any]) -> dict[str, Any]:
    rows = {}
    print(f"{'endpoint':<16}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}{'cached':>8}")
    for label in sorted(result["latencies"]):
        values = result["latencies"][label]
        row = {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95), "p99": pct(values, 99),
               "errors": len(result["errors"].get(label, [])), "cached": result["hits"].get(label, 0) / len(values)}
        rows[label] = row
        print(f"{label:<16}{row['n']:>7}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['p99']:>9.1f}{row['errors']:>8}{row['cached']:>8.0%}")
    total = sum(r["n"] for r in rows.values())
    cached = sum(result["hits"].values())
    print(f"{total} requests in {result['elapsed']:.1f} s = {total / result['elapsed']:.0f} req/s; "
          f"{cached / max(total, 1):.0%} answered from the server's cache; errors: "
          f"{sum(r['errors'] for r in rows.values())} {sorted({e for v in result['errors'].values() for e in v})}")
    print(f"CPU: server {result['server_cpu']:.1f} s, client {result['client_cpu']:.1f} s over {result['elapsed']:.1f} s "
          f"on {os.cpu_count()} cores; load average before: {result['load_before']}")
    print(f"client event-loop lag: p50 {pct(result['lags'], 50):.1f} ms, p99 {pct(result['lags'], 99):.1f} ms, "
          f"max {max(result['lags']):.0f} ms (added to the latencies above when large)")
    for example in result["examples"]:
        print("  e.g.", example)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsgraph-load.duckdb"), help="database to reuse or build")
    parser.add_argument("--events", type=int, default=100_000, help="events to build at least")
    parser.add_argument("--corpus", type=Path, nargs="*", default=[DEMO / "text", DEMO / "html"], help="real articles to replicate")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--duration", type=float, default=120.0, help="seconds, at most")
    parser.add_argument("--warmup", type=float, default=15.0, help="seconds of the same load before measuring")
    parser.add_argument("--think", type=float, default=0.5, help="mean seconds a client waits between requests (0 = saturation)")
    parser.add_argument("--cache", type=int, default=1024, help="server cache size: query results and answers (0 = off)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (newsgraph serve --workers)")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw", help="HTTP client of the load generator")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    requests, duration = min(args.requests, MAX_REQUESTS), min(args.duration, MAX_DURATION)
    args.warmup = min(args.warmup, MAX_DURATION)

    if args.db.exists():
        conn = duckdb.connect(str(args.db), read_only=True)
        have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        conn.close()
        print(f"reusing {args.db}: {have:,} events")
    else:
        build(args.db, args.events, args.corpus)
    port = free_port()
    server = start_server(args.db, port, args.cache, args.workers)
    try:
        ids = sample_ids(args.db)
        base = f"http://127.0.0.1:{port}"
        # Warm-up: the same load with other random draws, so the measurement sees a server that has
        # been running (its caches hold what is often asked), not its first seconds.
        asyncio.run(drive(base, ids, args.clients, MAX_REQUESTS, args.warmup, args.think, args.client, seed=10_000))
        load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
        cpu_before = server_cpu(server.pid)
        result = asyncio.run(drive(base, ids, args.clients, requests, duration, args.think, args.client))
        result["server_cpu"], result["load_before"] = server_cpu(server.pid) - cpu_before, load_before
        rows = report(result)
        if args.json:
            args.json.write_text(json.dumps({"clients": args.clients, "think": args.think, "cache": args.cache, "workers": args.workers,
                                             "client": args.client, "warmup": args.warmup, "load_before": load_before,
                                             "elapsed": result["elapsed"], "endpoints": rows}, indent=2))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
