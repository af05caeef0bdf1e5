"""Our own ACLED-style snippet set: the CASE 2021 task's kind of text, with wording our rules were not written from.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/acled_style.py [--misses]``.

``bench/data/event_acled_style.jsonl`` holds 150 short conflict-news snippets written for this
project in session 8, five for each of the 30 event sub-types that CASE 2021 task 2 labels (ACLED's
sub-event types plus a few of the task's own), each reporting a real, well-documented event of the
2000s-2020s in its writer's own words. The writer saw only the sub-type names and one-line
meanings: not the CASE items, the rules or the verb tables. Figures per half are those
``bench/events.py`` reports for CASE 2021: the main event's PLOVER type against the sub-type mapped
by ``ACLED_TO_PLOVER``, as weighted F1 and accuracy. Ids ending in an odd digit are for tuning
(``--misses`` lists only those), even ids are held out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import ACLED_TO_PLOVER, _ratio, annotate, main_event, weighted_f1
from paraphrases import HALVES, print_halves, wants_misses

DATA = Path(__file__).resolve().parent / "data" / "event_acled_style.jsonl"


def load(split_parity: int) -> list[dict]:
    """The rows whose id ends in a digit of this parity (1 tuning, 0 held out)."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if int(r["id"][-1]) % 2 == split_parity]


def predicted(rows: list[dict]) -> tuple[list[str], list[str], list]:
    """Gold and predicted PLOVER types per row, and the annotated articles."""
    articles = annotate([r["text"] for r in rows], published=None)
    gold = [ACLED_TO_PLOVER.get(r["subtype"], "NONE") for r in rows]
    pred = [(main_event(a).plover if main_event(a) else "NONE") for a in articles]
    return gold, pred, articles


def main(argv: list[str] | None = None) -> int:
    misses = wants_misses(__doc__.splitlines()[0], argv)
    if misses:
        rows = load(1)
        gold, pred, articles = predicted(rows)
        for rec, g, p, art in zip(rows, gold, pred, articles, strict=True):
            if g != p:
                found = "; ".join(f"{e.cameo}/{e.plover}/{e.modality} '{e.text}'" for e in art.events) or "-"
                print(f"MISS {rec['id']} {rec['subtype']} gold {g} pred {p}\n     {rec['text']}\n     events: {found}")
        return 0
    results: dict[str, dict[str, float]] = {}
    for name, parity in HALVES:
        gold, pred, _ = predicted(load(parity))
        results[name] = {
            "weighted_f1": weighted_f1(gold, pred),
            "accuracy": _ratio(sum(g == p for g, p in zip(gold, pred, strict=True)), len(gold)),
            "n": len(gold),
        }
    print("Own ACLED-style snippet set (main event per snippet)   tuning   held-out")
    print_halves(results, ("weighted_f1", "accuracy"), width=50)
    print(f"  {'snippets':<50} {results['tuning']['n']}       {results['held-out']['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
