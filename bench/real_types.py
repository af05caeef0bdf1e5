"""Event types on real news: the main event of 300 BBC sentences against blind labels.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/real_types.py [--misses]``.

The PLOVER GSR and our own sets are single sentences written to carry one event. Real news is
mostly statements, figures and background, with acts said in many ways. ``bench/data/event_real_types.tsv``
holds 300 sentences drawn at random from the paragraphs of every BBC politics and business
article in ``../shared/data`` (one per paragraph, 10-45 tokens, naming at least one entity),
labelled blind by two annotators (session 18) with the PLOVER 2021 type of the main event or NONE.
The annotators saw only the sentence, its paragraph and this rubric:

- AGREE: agree, promise, pledge, commit, state a firm intent; CONSULT: meet, talk, negotiate, visit;
  SUPPORT: praise, endorse, back, apologise, sign an agreement, recognise; COOPERATE: material
  cooperation; AID: give aid; CONCEDE: ease restrictions, release, allow, accept demands, resign;
  RETREAT: withdraw troops, de-escalate; REQUEST: demand, call for, urge, appeal; ACCUSE:
  criticise, accuse, blame, sue, investigate; REJECT: reject, refuse, veto, oppose, defy;
  THREATEN; PROTEST: demonstrate, strike, boycott; SANCTION: cut relations, sanction, expel;
  MOBILIZE: show force; COERCE: arrest, detain, charge, jail, ban, seize; ASSAULT: violence.
- NONE: statements, opinions, forecasts, figures, background; acts only possible, wished or
  denied; purely commercial acts (a firm's act is political only with a public actor on a side).

The labels are liberal: they code evaluative statements as ACCUSE ("said the party's sums do not
add up") and wishes as REQUEST, which no verb table reads. So the figures measure how much of what
a human analyst would code on real news the pipeline finds (recall) and how often what it finds
is what the analyst would code (precision), not a ceiling the rules could reach.

Even n tune, odd n are held out. Recall: main event's type == gold over the sentences with a gold
event; precision: == gold over the sentences with a predicted main event (a prediction on a NONE
sentence counts as wrong). The main event is ``events.main_event`` over the events whose trigger
starts inside the sentence, on the whole article run through the pipeline.
"""

from __future__ import annotations

import csv
import dataclasses
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import DATA, _ratio, annotate, main_event

LABELS = Path(__file__).resolve().parent / "data" / "event_real_types.tsv"
ROOT = DATA.parent  # ../shared/data


def load() -> list[dict[str, str]]:
    lines = [line for line in LABELS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rows = load()
    paths = sorted({r["article"] for r in rows})
    missing = [p for p in paths if not (ROOT / p).exists()]
    if missing:
        print(f"skipped: {len(missing)} labelled articles are not under {ROOT} (is ../shared there?)")
        return 0
    texts = [(ROOT / p).read_text(encoding="utf-8", errors="replace") for p in paths]
    articles = dict(zip(paths, annotate(texts, ids=paths), strict=True))
    counts = {"tune": Counter(), "held": Counter()}
    for row in rows:
        half = "tune" if int(row["n"]) % 2 == 0 else "held"
        article = articles[row["article"]]
        start, end = int(row["start"]), int(row["end"])
        inside = tuple(e for e in article.events if start <= e.start < end)
        event = main_event(dataclasses.replace(article, events=inside))
        gold, got = row["type"], (event.plover if event is not None else "NONE")
        c = counts[half]
        c["gold"] += gold != "NONE"
        c["hit"] += gold != "NONE" and got == gold
        c["predicted"] += got != "NONE"
        c["right"] += got != "NONE" and got == gold
        if "--misses" in argv and half == "tune" and got != gold:
            print(f"  {row['n']:>3} gold {gold:<9} got {got:<9} {event.cameo if event else '':<5} {article.body[start:end][:150]}")
    print("Real BBC sentences, main event type vs blind labels   tuning   held-out")
    for label, num, den in (("type_recall", "hit", "gold"), ("type_precision", "right", "predicted")):
        print(f"  {label:<50} {_ratio(counts['tune'][num], counts['tune'][den]):.3f}    {_ratio(counts['held'][num], counts['held'][den]):.3f}")
    print(f"  {'sentences with a gold event / predicted':<50} {counts['tune']['gold']}/{counts['tune']['predicted']}     {counts['held']['gold']}/{counts['held']['predicted']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
