"""Our own old-wire event set: PLOVER types on sentences worded like 1980s-2000s agency copy.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/old_wire.py [--misses]``.

``bench/data/event_old_wire.jsonl`` holds 320 sentences written for this project, each about a
real, well-documented event of 1986-2005 (the Balkans, the Caucasus, the Middle East, West Africa,
the Great Lakes, South and East Asia, Latin America), worded the way the CAMEO manual's examples
quote Reuters and AFP: attribution tails, appositions, nominalisations, generic actors ("tribal
elders", "opposition supporters"), British spellings. Each row gives the PLOVER 2021 type of the
main event, its CAMEO code, and the ISO 3166 alpha-3 countries of actor and recipient ("IGO" for an
international body). The rows were written and labelled from the PLOVER manual and the
CAMEO-to-PLOVER table alone, by writers who read neither the rules nor any benchmark item.
Scored as ``plover_style.py`` scores its set: ids ending in an odd digit are for tuning
(``--misses`` lists only those), even ids are held out.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import main_event
from paraphrases import HALVES, load_half, print_halves, wants_misses
from plover_style import _predicted_type, annotate_rows, print_misses, score

DATA = Path(__file__).resolve().parent / "data" / "event_old_wire.jsonl"


def run_typed_set(path: Path, title: str, description: str, argv: list[str] | None = None) -> int:
    """Score a set of single-event sentences labelled with a PLOVER type and actor countries: the
    tuning half (odd ids) and the held-out half side by side, plus tuning recall per type.
    With ``--misses`` only the tuning half's misses are listed."""
    if wants_misses(description, argv):
        rows = load_half(path, 1)
        print_misses(rows, annotate_rows(rows))
        return 0
    results, hits, totals = {}, Counter(), Counter()
    for name, parity in HALVES:
        rows = load_half(path, parity)
        articles = annotate_rows(rows)
        results[name] = score(rows, articles)
        if name == "tuning":
            for rec, art in zip(rows, articles, strict=True):
                totals[rec["plover"]] += 1
                hits[rec["plover"]] += _predicted_type(main_event(art)) == rec["plover"]
    print(f"{title:<49}tuning   held-out")
    print_halves(results, ("type_recall", "type_precision", "source_acc"), width=46)
    print(f"  {'sentences':<46} {results['tuning']['n']:<8} {results['held-out']['n']}")
    print("  tuning recall by type: " + ", ".join(f"{t} {hits[t]}/{n}" for t, n in sorted(totals.items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_typed_set(DATA, "Own old-wire set (main event per sentence)", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
