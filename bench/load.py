"""Load test of ``newsgraph serve``: latency per endpoint under concurrent clients, on loopback only.

Builds (or reuses with --db) a database of at least --events events by replicating the rows of a
small real ingest under new ids (dates shifted so that the timeline spreads), starts uvicorn on
127.0.0.1 in a child process, drives the API with --clients concurrent httpx clients for at most
--requests requests or --duration seconds, and prints p50/p95/p99 latency and errors per endpoint.

    .venv/bin/python bench/load.py                     # build /tmp/newsgraph-load.duckdb, then run
    .venv/bin/python bench/load.py --db big.duckdb --clients 50 --think 0.2

Goal: p95 < 100 ms on list endpoints and no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVER = (
    "import sys, uvicorn; from newsgraph.api.app import create_app; "
    "uvicorn.run(create_app(sys.argv[1], cache_size=int(sys.argv[3])), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', "
    "limit_concurrency=500, backlog=1024)"
)


def start_server(db: Path, port: int, cache_size: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port), str(cache_size)])
    deadline = time.monotonic() + 120
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
        return {
            "article": [r[0] for r in conn.execute("SELECT id FROM articles USING SAMPLE 200 ROWS").fetchall()],
            "actor": [r[0] for r in conn.execute("SELECT DISTINCT source_actor_id FROM events WHERE source_actor_id IS NOT NULL LIMIT 200").fetchall()],
            "plover": [r[0] for r in conn.execute("SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL").fetchall()],
            "country": [r[0] for r in conn.execute("SELECT DISTINCT source_country FROM events WHERE source_country IS NOT NULL LIMIT 50").fetchall()],
        }
    finally:
        conn.close()


def request_mix(ids: dict[str, list[str]], rng: random.Random) -> tuple[str, str, dict[str, Any]]:
    """(endpoint label, path, params) drawn from a mix weighted towards list endpoints."""
    offset = rng.choice([0, 0, 0, 50, 100, 500])
    choices: list[tuple[str, str, dict[str, Any]]] = [
        ("articles", "/api/articles", {"limit": 50, "offset": offset}),
        ("articles?q", "/api/articles", {"q": rng.choice(["Putin", "talks", "ceasefire", "minister"]), "limit": 20}),
        ("actors", "/api/actors", {"limit": 50, "offset": offset % 100}),
        ("events", "/api/events", {"limit": 50, "offset": offset}),
        ("events?filters", "/api/events", {"quad_class": rng.randint(1, 4), "country": rng.choice(ids["country"] or ["USA"]), "limit": 50}),
        ("events?actor", "/api/events", {"actor": rng.choice(ids["actor"] or ["x"]), "limit": 50}),
        ("events?plover", "/api/events", {"plover": rng.choice(ids["plover"] or ["CONSULT"]), "since": "2015-01-01", "limit": 50}),
        ("quotes", "/api/quotes", {"limit": 50, "offset": offset}),
        ("claims", "/api/claims", {"limit": 50}),
        ("article", f"/api/articles/{rng.choice(ids['article'])}", {}),
        ("actor", f"/api/actors/{rng.choice(ids['actor'] or ['x'])}", {}),
        ("stats", "/api/stats", {}),
    ]
    weights = [3, 1, 2, 3, 2, 2, 1, 2, 1, 2, 1, 0.5]
    return rng.choices(choices, weights)[0]


async def drive(base: str, ids: dict[str, list[str]], clients: int, requests: int, duration: float, think: float) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {}
    errors: dict[str, list[str]] = {}
    examples: list[str] = []
    issued = 0
    deadline = time.monotonic() + duration

    async def client(n: int) -> None:
        nonlocal issued
        rng = random.Random(n)
        if think:
            # Users arrive over time: without this, all clients fire at once and the first wave queues.
            await asyncio.sleep(rng.uniform(0, 2 * think))
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while issued < requests and time.monotonic() < deadline:
                issued += 1
                label, path, params = request_mix(ids, rng)
                t0 = time.perf_counter()
                try:
                    r = await http.get(path, params=params)
                    ok, why = r.status_code == 200, f"HTTP {r.status_code}"
                except httpx.HTTPError as err:
                    ok, why = False, type(err).__name__
                latencies.setdefault(label, []).append((time.perf_counter() - t0) * 1000)
                if not ok:
                    errors.setdefault(label, []).append(why)
                    if len(examples) < 5:
                        examples.append(f"{why} {path} {params}")
                if think:
                    await asyncio.sleep(rng.expovariate(1 / think))

    started = time.monotonic()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return {"latencies": latencies, "errors": errors, "examples": examples, "elapsed": time.monotonic() - started}


def pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(result: dict[str, Any]) -> dict[str, Any]:
    rows = {}
    print(f"{'endpoint':<16}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for label in sorted(result["latencies"]):
        values = result["latencies"][label]
        row = {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95), "p99": pct(values, 99), "errors": len(result["errors"].get(label, []))}
        rows[label] = row
        print(f"{label:<16}{row['n']:>7}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['p99']:>9.1f}{row['errors']:>8}")
    total = sum(r["n"] for r in rows.values())
    print(f"{total} requests in {result['elapsed']:.1f} s = {total / result['elapsed']:.0f} req/s; errors: "
          f"{sum(r['errors'] for r in rows.values())} {sorted({e for v in result['errors'].values() for e in v})}")
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
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds a client waits between requests")
    parser.add_argument("--cache", type=int, default=1024, help="server result cache size (0 = off)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    requests, duration = min(args.requests, MAX_REQUESTS), min(args.duration, MAX_DURATION)

    if args.db.exists():
        conn = duckdb.connect(str(args.db), read_only=True)
        have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        conn.close()
        print(f"reusing {args.db}: {have:,} events")
    else:
        build(args.db, args.events, args.corpus)
    port = free_port()
    server = start_server(args.db, port, args.cache)
    try:
        ids = sample_ids(args.db)
        base = f"http://127.0.0.1:{port}"
        asyncio.run(drive(base, ids, min(args.clients, 10), 100, 30, 0))  # warm-up
        result = asyncio.run(drive(base, ids, args.clients, requests, duration, args.think))
        rows = report(result)
        if args.json:
            args.json.write_text(json.dumps({"clients": args.clients, "think": args.think, "cache": args.cache, "endpoints": rows}, indent=2))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
