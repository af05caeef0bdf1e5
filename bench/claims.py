"""Numeric-claim stress run on FA-KES (804 Syrian-war articles, punctuation stripped upstream).

Prints how many articles yield a KILL claim, the category counts, and a seeded random
sample of claims with their sentences for checking by hand (there is no gold).

Usage: ``python bench/claims.py [--sample 50] [--seed 7] [--limit N]``
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FAKES = ROOT.parent / "shared" / "data" / "corpora" / "fa-kes-syria" / "FA-KES-Dataset.csv"
sys.path.insert(0, str(ROOT / "src"))

STAGES = ("extract.entities", "extract.dates", "extract.places", "extract.actors", "extract.quotes", "extract.claims")


def load(limit: int | None) -> list[dict[str, str]]:
    """The rows of FA-KES (cp1252, as distributed)."""
    # Python's cp1252 leaves five bytes (0x81, 0x8D, ...) undefined; the file has a few of them.
    with FAKES.open(encoding="cp1252", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:limit] if limit else rows


def _iso(date: str) -> str | None:
    """FA-KES dates are month/day/year."""
    try:
        return dt.datetime.strptime(date.strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not FAKES.is_file():
        sys.exit(f"FA-KES not found at {FAKES} (needs ../shared); nothing to benchmark.")

    from newsgraph.model import Article
    from newsgraph.nlp import load_nlp
    from newsgraph.registry import check_order

    stages = check_order(STAGES)
    nlp = load_nlp()
    rows = load(args.limit)
    started = time.perf_counter()
    claims = []
    with_kill = 0
    categories: collections.Counter[str] = collections.Counter()
    qualifiers: collections.Counter[str] = collections.Counter()
    bodies = [row["article_content"] for row in rows]
    for row, doc in zip(rows, nlp.pipe(bodies, batch_size=32), strict=True):
        body = row["article_content"]
        article = Article(
            id=row["unit_id"], source="fa-kes", body=body, paragraphs=(body,), published=_iso(row["date"])
        )
        for meta in stages:
            article = meta.func(article, doc)
        for claim in article.claims:
            assert body[claim.start : claim.end] == claim.text
            claims.append((row["unit_id"], claim))
            categories[claim.category] += 1
            qualifiers[claim.qualifier] += 1
        with_kill += any(c.category == "KILL" for c in article.claims)
    elapsed = time.perf_counter() - started
    print(f"FA-KES: {len(rows)} articles, {len(claims)} claims in {elapsed:.0f}s")
    print(f"articles with a KILL claim: {with_kill}/{len(rows)} ({with_kill / len(rows):.1%})")
    print("categories:", dict(categories.most_common()))
    print("qualifiers:", dict(qualifiers.most_common()))
    print(
        "with claimant:",
        sum(c.claimant is not None for _, c in claims),
        " part_of:",
        sum(c.part_of is not None for _, c in claims),
    )
    sample = random.Random(args.seed).sample(claims, min(args.sample, len(claims)))
    print(f"\nrandom sample of {len(sample)} claims (seed {args.seed}):")
    for n, (unit, c) in enumerate(sample, 1):
        who = c.claimant.name if c.claimant else "-"
        print(
            f"{n:2d}. [{unit}] {c.text!r} = {c.value:g} {c.qualifier} {c.category} obj={c.object} "
            f"part_of={c.part_of} period={c.period_start}..{c.period_end} place={c.place} by={who}"
        )
        print(f"    {c.sentence[:300]}")


if __name__ == "__main__":
    main()
