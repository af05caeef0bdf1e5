"""The event paraphrase set in bench/data is well formed and covers every CAMEO code."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.knowledge.cameo import cameo_table, is_code

FOLDER = Path(__file__).resolve().parents[2] / "bench" / "data"
MODALITIES = {"asserted", "negated", "hypothetical", "future"}


def _rows() -> list[dict]:
    rows = []
    for path in sorted(FOLDER.glob("event_paraphrases_*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) > 1000
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for row in rows:
        assert row["cameo"] is None or is_code(row["cameo"]), row["id"]
        assert row["modality"] in MODALITIES, row["id"]
        for side in ("source", "target"):
            assert row[side] is None or (len(row[side]) == 3 and row[side].isupper()), row["id"]


def test_every_cameo_code_has_sentences_in_both_halves_of_its_root() -> None:
    rows = [r for r in _rows() if r["cameo"]]
    covered = {r["cameo"] for r in rows}
    assert set(cameo_table()) <= covered
    for parity in (0, 1):
        roots = {r["cameo"][:2] for r in rows if int(r["id"][-1]) % 2 == parity}
        assert roots == {f"{n:02d}" for n in range(1, 21)}
