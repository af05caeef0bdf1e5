"""Our own wire-style dyad set: (source country, target country, CAMEO root) on long news sentences.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/wire_dyads.py [--misses]``.

``bench/data/event_wire_dyads.jsonl`` holds sentences written for this project in the style of
AFP and Reuters reports (long appositions, metonyms, reported speech, several acts per sentence),
each with every event it asserts, coded as the CAMEO manual codes (intents, threats, refusals;
no bare "said", nothing negated). It was written from the CAMEO code names alone, without reading
the rules or any benchmark item. The metric is the PETR2 GSR's: (source, target, root) triples,
recall over gold and precision over ours. Ids ending in an odd digit are for tuning (``--misses``
lists only those), even ids are held out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import _petr_code, _ratio, annotate
from newsgraph.model import Article
from paraphrases import print_halves, wants_misses

PATH = Path(__file__).resolve().parent / "data" / "event_wire_dyads.jsonl"


def load(split_parity: int) -> list[dict]:
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if int(r["id"][-1]) % 2 == split_parity]


def _code(country: str | None) -> str:
    return country or "---"


def gold_triples(rec: dict) -> set[tuple[str, str, str]]:
    return {(_code(e["source"]), _code(e["target"]), e["cameo"][:2]) for e in rec["events"]}


def predicted_triples(article: Article) -> set[tuple[str, str, str]]:
    """Our asserted, non-statement events as PETRARCH-style triples (as the PETR2 benchmark reads them)."""
    return {
        (_petr_code(e.source), _petr_code(e.target), e.cameo_root)
        for e in article.events
        if e.modality != "negated" and e.cameo != "010"
    }


def score(rows: list[dict], articles: list[Article]) -> dict[str, float]:
    gold_n = pred_n = hit = 0
    for rec, art in zip(rows, articles, strict=True):
        gold, pred = gold_triples(rec), predicted_triples(art)
        gold_n, pred_n, hit = gold_n + len(gold), pred_n + len(pred), hit + len(gold & pred)
    return {"sentences": len(rows), "gold": gold_n, "recall": _ratio(hit, gold_n), "precision": _ratio(hit, pred_n)}


def main(argv: list[str] | None = None) -> int:
    misses = wants_misses(__doc__.splitlines()[0], argv)
    if not PATH.exists():
        print(f"skipped: {PATH} is absent")
        return 0
    if misses:
        rows = load(1)
        for rec, art in zip(rows, annotate([r["text"] for r in rows]), strict=True):
            gold, pred = gold_triples(rec), predicted_triples(art)
            if gold != pred:
                coded = [(e.cameo, e.text, e.source.text, _petr_code(e.source), _petr_code(e.target), e.modality) for e in art.events if e.cameo != "010"]
                print(f"{rec['id']} missed {sorted(gold - pred)} extra {sorted(pred - gold)} | {coded[:4]} | {rec['text']}")
        return 0
    results = {name: score(rows, annotate([r["text"] for r in rows])) for name, rows in (("tuning", load(1)), ("held-out", load(0)))}
    print("Own wire-style dyad set ((src, tgt, root) triples)   tuning   held-out")
    print_halves(results, ("recall", "precision"), width=48)
    print(f"  sentences / gold triples                         {results['tuning']['sentences']}/{results['tuning']['gold']}"
          f"   {results['held-out']['sentences']}/{results['held-out']['gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
