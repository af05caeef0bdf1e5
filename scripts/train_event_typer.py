"""Train the sentence event-type classifier (``newsgraph.extract.event_typer``).

Run from the project root: ``.venv/bin/python scripts/train_event_typer.py``. Needs the typer
extra (the embedding model). Reads only sentences we wrote ourselves:
- every line of ``training/event_types/*.jsonl`` (``{"plover": TYPE or "NONE", "text": ...}``);
- the tuning halves (odd ids) of the bench sets in ``bench/data`` (police-style stories: their
  labelled sentences); their even halves stay held
  out, so ``bench/wire_codes.py`` and its siblings still measure sentences the model never saw.
Writes ``src/newsgraph/knowledge/data/event_typer.npz``; the same data give the same weights.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph import embed  # noqa: E402
from newsgraph.extract.event_typer import NONE, WEIGHTS, fit_softmax  # noqa: E402
from newsgraph.knowledge.plover import CHARGE_WORDS, PARDON_WORDS, RESIGN_WORDS, normalize_label, to_plover  # noqa: E402

# Bench sets labelled with a PLOVER type or a CAMEO code (``_label`` reads either).
BENCH_SETS = ("event_wire_codes.jsonl", "event_old_wire.jsonl", "event_plover_style.jsonl", "event_cameo_examples.jsonl",
              "event_paraphrases_01_10.jsonl", "event_paraphrases_11_20.jsonl", "event_wire_dyads.jsonl")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# Words by which our mapping splits one CAMEO code (knowledge.plover.to_plover): "resigned" makes
# 0831 a RETREAT, "charged" makes 173 an ACCUSE. A regex per word finds its inflections.
_SPLITTING_WORDS = {w: re.compile(r"\b" + w.replace(" ", r"\w*\s+")) for w in (*RESIGN_WORDS, *CHARGE_WORDS, *PARDON_WORDS, "sanction")}


def _label(row: dict) -> str:
    """The type our own mapping gives the row's CAMEO code (the writers labelled by the PLOVER
    table, which differs for appeals, resignations, eased curfews, charges and pardons), else
    the writer's PLOVER label."""
    code = row.get("cameo") or (row.get("events") or [{}])[0].get("cameo")
    if code:
        text = row["text"].lower()
        words = frozenset(w for w, pattern in _SPLITTING_WORDS.items() if pattern.search(text))
        return to_plover(code, words).event or NONE
    return normalize_label(row["plover"]) if row.get("plover") and row["plover"] != NONE else NONE


def training_rows() -> list[tuple[str, str]]:
    rows = [(r["text"], _label(r)) for path in sorted((ROOT / "training" / "event_types").glob("*.jsonl")) for r in _rows(path)]
    for name in BENCH_SETS:
        rows += [(r["text"], _label(r)) for r in _rows(ROOT / "bench" / "data" / name) if int(r["id"][-1]) % 2 == 1]
    # Indian city-page police stories: their arrests are 173 (COERCE, or ACCUSE when "booked"),
    # killings and force ASSAULT (a sentence with no label may still report another act, so it
    # teaches nothing)
    for story in _rows(ROOT / "bench" / "data" / "event_police_style.jsonl"):
        if int(story["id"][-1]) % 2 == 1:
            rows += [(s["text"], _label({"cameo": "173" if "ARREST" in s["labels"] else "190", "text": s["text"]}))
                     for s in story["sentences"] if s["labels"]]
    return rows


def main() -> int:
    rows = training_rows()
    counts = Counter(label for _, label in rows)
    print(f"{len(rows)} sentences: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    vectors = embed.load_encoder().encode([text for text, _ in rows])
    model = fit_softmax(vectors, [label for _, label in rows])
    model.save(WEIGHTS, trained_on=json.dumps(dict(sorted(counts.items()))))
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
