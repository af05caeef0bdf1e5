"""Throughput and memory: bare spaCy (the floor) against `newsgraph ingest` end to end, and Spark.

For each corpus scale (×1 is the BBC corpus, 2,225 articles; ×4 replicates it with one sentence
changed per copy so every article id differs) it runs, each in a fresh subprocess:

(a) bare spaCy: ``nlp.pipe(texts, n_process=W)`` with the same model over the same texts;
(b) ``newsgraph ingest DIR --db fresh.duckdb --workers W``, end to end (reading, structure,
    spaCy, every configured stage, DuckDB writes, merged-event rebuild);
(c) optionally ``newsgraph spark DIR --master local[W]`` (×1 only).

It prints articles/s, words/s, the ratio b/a of wall times, and the peak RSS of the whole
process tree (sampled from /proc every 0.2 s; the parent and all its workers together).

    .venv/bin/python bench/throughput.py                 # ×1 and ×4, no Spark
    .venv/bin/python bench/throughput.py --spark --scales 1
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "bbc-news"
PYTHON = sys.executable
NEWSGRAPH = str(Path(PYTHON).with_name("newsgraph"))

FLOOR = """
import sys, time
from pathlib import Path
from newsgraph.nlp import load_nlp
paths = [p for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
nlp = load_nlp()
started = time.monotonic()
n = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=32))
print(n, time.monotonic() - started)
"""


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of ``pid`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        child, parent = int(entry.name), int(fields[1])
        children.setdefault(parent, []).append(child)
        rss[child] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, ()))
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Run ``cmd``; return wall seconds, peak tree RSS in bytes, and stdout."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.2)
        wall = time.monotonic() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode not in (0,):
        raise RuntimeError(f"{cmd[:3]} failed with {proc.returncode}: {text[-2000:]}")
    return wall, peak, text


def build_corpus(source: Path, scale: int, dest: Path, limit: int | None = None) -> tuple[int, int]:
    """Write ``scale`` copies of the corpus (or an even sample of ``limit`` files) under ``dest``."""
    files = sorted(source.rglob("*.txt"))
    if limit and limit < len(files):
        files = files[:: len(files) // limit][:limit]
    articles = words = 0
    for copy in range(scale):
        folder = dest / f"copy{copy}"
        folder.mkdir(parents=True)
        for index, path in enumerate(files):
            text = path.read_text(encoding="utf-8", errors="replace")
            if copy:  # one added sentence: a different body, so a different article id
                text = f"{text.rstrip()}\n\nThis report was updated in edition {copy}.\n"
            (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")
            articles += 1
            words += len(text.split())
    return articles, words


def measure(scale: int, workers: int, spark: bool, stages: str | None, limit: int | None, floor: bool = True) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="ng-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        articles, words = build_corpus(CORPUS, scale, corpus, limit)
        row: dict[str, object] = {"scale": scale, "articles": articles, "words": words, "workers": workers}
        if floor:
            wall, peak, out = run_measured([PYTHON, "-c", FLOOR, str(corpus), str(workers)])
            floor_seconds = float(out.split()[1])
            row |= {"floor_s": round(floor_seconds, 1), "floor_wall_s": round(wall, 1), "floor_rss_mb": peak // 2**20}
        cmd = [NEWSGRAPH, "ingest", str(corpus), "--db", str(Path(tmp) / "bench.duckdb"), "--workers", str(workers)]
        if stages:
            cmd += ["--set", f"pipeline.stages={stages}"]
        wall, peak, _ = run_measured(cmd)
        row |= {"ingest_s": round(wall, 1), "ingest_rss_mb": peak // 2**20}
        if spark:
            cmd = [NEWSGRAPH, "spark", str(corpus), "--out", str(Path(tmp) / "spark"), "--master", f"local[{workers}]"]
            if stages:
                cmd += ["--set", f"pipeline.stages={stages}"]
            wall, peak, _ = run_measured(cmd)
            row |= {"spark_s": round(wall, 1), "spark_rss_mb": peak // 2**20}
        db = Path(tmp) / "bench.duckdb"
        row["db_bytes_per_article"] = db.stat().st_size // articles if db.exists() else None
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--spark", action="store_true", help="also time `newsgraph spark` at the first scale")
    parser.add_argument("--stages", help="override pipeline.stages (TOML list) for a partial pipeline")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--no-floor", action="store_true", help="skip the bare-spaCy floor (memory checks)")
    parser.add_argument("--limit", type=int, help="use an even sample of this many articles as ×1 (busy machines)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"skipped: the BBC corpus is not at {CORPUS} (it ships in ../shared/)")
    print(f"load before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    rows = []
    for i, scale in enumerate(args.scales):
        row = measure(scale, args.workers, args.spark and i == 0, args.stages, args.limit, not args.no_floor)
        rows.append(row)
        w, n = int(row["words"]), int(row["articles"])
        print(f"\n×{scale}: {n} articles, {w} words, {args.workers} workers")
        if "floor_s" in row:
            print(f"  (a) spaCy nlp.pipe floor : {n / row['floor_s']:7.1f} art/s {w / row['floor_s']:8.0f} words/s  ({row['floor_s']} s, peak RSS {row['floor_rss_mb']} MB)")
        print(f"  (b) newsgraph ingest     : {n / row['ingest_s']:7.1f} art/s {w / row['ingest_s']:8.0f} words/s  ({row['ingest_s']} s, peak RSS {row['ingest_rss_mb']} MB)")
        if "floor_s" in row:
            print(f"  ratio b/a                : {row['ingest_s'] / row['floor_s']:.2f}")
        print(f"  DuckDB                   : {row['db_bytes_per_article']} bytes/article")
        if "spark_s" in row:
            print(f"  (c) newsgraph spark      : {n / row['spark_s']:7.1f} art/s {w / row['spark_s']:8.0f} words/s  ({row['spark_s']} s, peak RSS {row['spark_rss_mb']} MB)")
    if len(rows) > 1:
        first, last = rows[0]["ingest_rss_mb"], rows[-1]["ingest_rss_mb"]
        print(f"\npeak RSS ×{rows[-1]['scale']} vs ×{rows[0]['scale']}: {last} vs {first} MB ({(last - first) / first * 100:+.1f}%)")
    print(f"load after: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
