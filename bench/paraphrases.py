"""Our own event paraphrase set: how well the event rules generalise to new wording.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/paraphrases.py [--misses]``.

``bench/data/event_paraphrases_*.jsonl`` holds newswire-style sentences written for this project,
a few per CAMEO code in varied wording (synonyms, noun forms, passives, coordination, reported
speech, negation and futures), plus negatives a naive verb lookup would code. They were written
from the CAMEO code names alone, without reading the rules or any benchmark item. Like the public
sets, the file is split: ids ending in an odd digit are for tuning (``--misses`` lists only
those), even ids are held out, so the held-out figure keeps measuring unseen wording.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import _ratio, annotate, source_code
from newsgraph.knowledge.verbs import to_intent, to_reject
from newsgraph.model import Article, Event

FOLDER = Path(__file__).resolve().parent / "data"


def load(split_parity: int | None = None) -> list[dict]:
    rows = []
    for path in sorted(FOLDER.glob("event_paraphrases_*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split_parity is None:
        return rows
    return [r for r in rows if int(r["id"][-1]) % 2 == split_parity]


def accepted_roots(rec: dict) -> set[str]:
    """The gold root, and the CAMEO manual's reading of a future or refused act: the set was
    labelled with the act and its modality ("Ecuador will impose a curfew": 1723, future), while
    CAMEO codes an announced act as an intent or threat (03/13) and a refused one as a rejection (12)."""
    code = rec["cameo"]
    roots = {code[:2]}
    if rec["modality"] in {"future", "hypothetical"}:
        roots.add(to_intent(code)[:2])
    if rec["modality"] == "negated":
        roots.add(to_reject(code)[:2])
    return roots


def main_event(article: Article, gold_code: str | None) -> Event | None:
    """The sentence's coded act: the first event that is more than a bare statement (010),
    unless the gold act is itself a statement."""
    events = [e for e in article.events if gold_code == "010" or e.cameo != "010"]
    return min(events, key=lambda e: e.start) if events else None


def score(rows: list[dict], articles: list[Article]) -> dict[str, float]:
    positives = [(r, a) for r, a in zip(rows, articles, strict=True) if r["cameo"]]
    negatives = [a for r, a in zip(rows, articles, strict=True) if not r["cameo"]]
    predicted = root_hit = code_hit = source_ok = modality_ok = 0
    for rec, art in positives:
        event = main_event(art, rec["cameo"])
        if event is None:
            continue
        predicted += 1
        if event.cameo_root in accepted_roots(rec):
            root_hit += 1
            code_hit += event.cameo == rec["cameo"]
            source_ok += source_code(event) == rec["source"]
            modality_ok += event.modality == rec["modality"]
    false_alarms = sum(any(e.cameo != "010" for e in art.events) for art in negatives)
    return {
        "n": len(positives), "root_recall": _ratio(root_hit, len(positives)), "root_precision": _ratio(root_hit, predicted),
        "code_recall": _ratio(code_hit, len(positives)), "source_acc": _ratio(source_ok, root_hit),
        "modality_acc": _ratio(modality_ok, root_hit), "negatives": len(negatives),
        "false_alarm_rate": _ratio(false_alarms, len(negatives)),
    }


def print_misses(rows: list[dict], articles: list[Article]) -> None:
    for rec, art in zip(rows, articles, strict=True):
        event = main_event(art, rec["cameo"])
        coded = [(e.cameo, e.text, e.source.text, e.source.country, e.modality) for e in art.events if e.cameo != "010"]
        if rec["cameo"] is None:
            if coded:
                print(f"FALSE {rec['id']} | {coded[:3]} | {rec['text']}")
            continue
        root_ok = event is not None and event.cameo_root in accepted_roots(rec)
        src = source_code(event) if event else None
        if not root_ok:
            print(f"MISS {rec['id']} gold {rec['cameo']} {rec['source']}->{rec['target']} {rec['modality']} | {coded[:3]} | {rec['text']}")
        elif src != rec["source"] or event.modality != rec["modality"]:
            print(f"ARGS {rec['id']} gold {rec['cameo']} {rec['source']} {rec['modality']} | {coded[:3]} | {rec['text']}")


# The two halves of every own set: name, and the last digit's parity of the ids in it.
HALVES = (("tuning", 1), ("held-out", 0))


def load_half(path: Path, split_parity: int) -> list[dict]:
    """The rows of a JSON-lines own set whose ids end in a digit of this parity (1 tuning, 0 held out)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if int(r["id"][-1]) % 2 == split_parity]


def wants_misses(description: str, argv: list[str] | None) -> bool:
    """The own sets' command line: ``--misses`` lists the tuning half's misses instead of scoring."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--misses", action="store_true", help="list the tuning half's misses instead of scoring")
    return parser.parse_args(argv).misses


def print_halves(results: dict[str, dict[str, float]], keys: tuple[str, ...], width: int = 40) -> None:
    """One line per figure: the tuning half beside the held-out half."""
    for key in keys:
        print(f"  {key:<{width}} {results['tuning'][key]:.3f}    {results['held-out'][key]:.3f}")


def main(argv: list[str] | None = None) -> int:
    misses = wants_misses(__doc__.splitlines()[0], argv)
    if misses:
        rows = load(1)
        print_misses(rows, annotate([r["text"] for r in rows]))
        return 0
    print("Own paraphrase set (main act per sentence)   tuning   held-out")
    results = {}
    for name, parity in HALVES:
        rows = load(parity)
        results[name] = score(rows, annotate([r["text"] for r in rows]))
    print_halves(results, ("root_recall", "root_precision", "code_recall", "source_acc", "modality_acc", "false_alarm_rate"))
    print(f"  sentences (+ negatives)                  {results['tuning']['n']} (+{results['tuning']['negatives']})"
          f"   {results['held-out']['n']} (+{results['held-out']['negatives']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
