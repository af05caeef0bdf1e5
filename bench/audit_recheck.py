"""Re-run the events that independent audits judged on real news and count which still fire.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/audit_recheck.py [--audit N ...]``.

``bench/data/event_audits.tsv`` holds 2,155 events judged by audits 6-28 (sessions 6-9 and 15-22) on
BBC, PolNeAR, IndiaPoliceEvents and FA-KES articles in ``../shared/data``: R (right), A (type right, an
argument or the modality wrong) or W (no such act). Audits 13 and 14 are fresh random samples of
100 each: 13 of the code before session 15's work, 14 of the code after it; 15 and 16, 100 each
again, of session 16's code; 17, 100 of session 17's; 18, 100 of session 18's; 19, 20 and 21, 100 each
of 2016 US election news (PolNeAR train) of the code of sessions 19 and 20 (21: 08e8e5a, after the refit);
22 and 23 of BBC entertainment, sport and technology news, before and after session 21's fixes; 24 of
PolNeAR dev; 25 of police and war news (IndiaPoliceEvents dev, FA-KES); 26 of BBC politics/business; 27 and 28 of BBC
politics/business and PolNeAR train, 50 each, before and after audit 27's fixes (session 22). This script runs those articles
through the current pipeline and reports, per verdict, how many judged events still fire with the same CAMEO
root at the same trigger, fire with another root, or are gone. It is a regression check of fixes:
W events should go and R events should stay. It is no precision figure: an audit of a fresh
sample is (the same articles were used to find the causes).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import DATA, annotate

if TYPE_CHECKING:
    from newsgraph.model import Event

AUDITS = Path(__file__).resolve().parent / "data" / "event_audits.tsv"
ROOT = DATA.parent  # ../shared/data


def load(audits: set[int] | None) -> list[dict[str, str]]:
    lines = [line for line in AUDITS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return [r for r in rows if audits is None or int(r["audit"]) in audits]


def audited_text(root: Path, ref: str) -> str | None:
    """The text of an audited article: a file under ``root``, or one record of a collection,
    ``path#id`` (IndiaPoliceEvents' ``docs.jsonl#<doc_id>``: its ``doc_text``; FA-KES's
    ``FA-KES-Dataset.csv#<unit_id>``: its ``article_content``). None if it is not there."""
    path, _, key = ref.partition("#")
    file = root / path
    if not file.is_file():
        return None
    if not key:
        return file.read_text(encoding="utf-8", errors="replace")
    return _records(file).get(key)


@functools.cache
def _records(file: Path) -> dict[str, str]:
    if file.suffix == ".jsonl":
        with file.open(encoding="utf-8") as handle:
            return {str(doc["doc_id"]): doc["doc_text"] for doc in map(json.loads, handle)}
    # FA-KES is cp1252 as distributed; Python's cp1252 leaves five bytes undefined.
    with file.open(encoding="cp1252", errors="replace", newline="") as handle:
        return {row["unit_id"]: row["article_content"] for row in csv.DictReader(handle)}


def at_trigger(events: Iterable[Event], start: int) -> list[Event]:
    """The events whose trigger covers the judged trigger's first character."""
    return [e for e in events if e.start <= start < max(e.end, e.start + 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=int, action="append", help="only these audits (6-25)")
    parser.add_argument("--regressions", action="store_true", help="list the right (R) events that no longer fire with their root")
    args = parser.parse_args(argv)
    rows = load(set(args.audit) if args.audit else None)
    articles = sorted({(r["article"], r["published"]) for r in rows})
    found = {path: audited_text(ROOT, path) for path, _ in articles}
    missing = [path for path, text in found.items() if text is None]
    if missing:
        print(f"skipped: {len(missing)} audited articles are not under {ROOT} (is ../shared there?)")
        return 0
    texts = [found[path] or "" for path, _ in articles]
    done = dict(zip(articles, annotate(texts, published=[p or None for _, p in articles]), strict=True))
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        start = int(row["start"])
        events = done[(row["article"], row["published"])].events
        here = at_trigger(events, start)
        if not here:
            outcome = "gone"
        elif any(e.cameo_root == row["cameo"][:2] for e in here):
            outcome = "same root"
        else:
            outcome = "other root"
        counts[(row["verdict"], outcome)] += 1
        if args.regressions and row["verdict"] == "R" and outcome != "same root":
            print(f"R {outcome}: audit {row['audit']} {row['article']} @{start} {row['trigger']!r} {row['cameo']}")
    print(f"{len(rows)} judged events from {len(articles)} articles (audits {sorted({int(r['audit']) for r in rows})})")
    print(f"{'verdict':<8}{'same root':>11}{'other root':>12}{'gone':>7}")
    for verdict in ("R", "A", "W"):
        total = sum(counts[(verdict, o)] for o in ("same root", "other root", "gone"))
        print(f"{verdict:<8}" + "".join(f"{counts[(verdict, o)]:>{w}}" for o, w in (("same root", 11), ("other root", 12), ("gone", 7))) + f"   of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
