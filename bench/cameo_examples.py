"""Our own CAMEO-example set: one sentence per CAMEO code, the way the CAMEO manual illustrates codes.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/cameo_examples.py [--misses]``.

``bench/data/event_cameo_examples.jsonl`` holds 296 short wire-style sentences written for this
project in session 8, one for every CAMEO code (the fine protest sub-codes 14x2-14x4 excepted), each
reporting a real, well-documented event of the 1980s-2020s in its writer's own words. Each row has
the CAMEO code, its PLOVER 2021 type from our CAMEO-to-PLOVER table (null for the statement and
appeal codes 01 and 02, which PLOVER drops), and the ISO3 country (or IGO/NGO) of actor and
recipient. The writers saw only the CAMEO code names: not the verb tables, the rules or any
benchmark item. Its purpose is the PLOVER GSR's kind of sentence (the GSR was drawn from the CAMEO
manual's examples) with wording our tables were not written from.

Halves as in the other own sets: ids ending in an odd digit are for tuning (``--misses`` lists
only those), even ids are held out. Figures per half: PLOVER type recall, precision and source
accuracy of the main event over the rows with a PLOVER type (as ``plover_style.py`` scores them),
and root recall over every row (any non-negated event of the gold CAMEO root).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import _ratio
from newsgraph.model import Article
from paraphrases import HALVES, print_halves, wants_misses
from plover_style import annotate_rows, print_misses, score

DATA = Path(__file__).resolve().parent / "data" / "event_cameo_examples.jsonl"


def load(split_parity: int) -> list[dict]:
    """The rows whose id ends in a digit of this parity (1 tuning, 0 held out)."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if int(r["id"][-1]) % 2 == split_parity]


def root_recall(rows: list[dict], articles: list[Article]) -> float:
    """Share of rows with a non-negated event of the gold code's root, anywhere in the sentence."""
    hit = sum(
        rec["cameo"][:2] in {e.cameo_root for e in art.events if e.modality != "negated"}
        for rec, art in zip(rows, articles, strict=True)
    )
    return _ratio(hit, len(rows))


def main(argv: list[str] | None = None) -> int:
    misses = wants_misses(__doc__.splitlines()[0], argv)
    if misses:
        rows = [r for r in load(1) if r["plover"]]
        print_misses(rows, annotate_rows(rows))
        return 0
    results: dict[str, dict[str, float]] = {}
    for name, parity in HALVES:
        rows = load(parity)
        articles = annotate_rows(rows)
        typed = [(r, a) for r, a in zip(rows, articles, strict=True) if r["plover"]]
        results[name] = score([r for r, _ in typed], [a for _, a in typed])
        results[name]["root_recall"] = root_recall(rows, articles)
        results[name]["rows"] = len(rows)
    print("Own CAMEO-example set (main event per sentence)   tuning   held-out")
    print_halves(results, ("type_recall", "type_precision", "source_acc", "root_recall"), width=46)
    print(f"  {'sentences (with a PLOVER type)':<46} {results['tuning']['rows']} ({results['tuning']['n']})"
          f"   {results['held-out']['rows']} ({results['held-out']['n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
