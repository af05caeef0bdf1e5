"""The CAMEO-example and ACLED-style sets in bench/data are well formed: one row per CAMEO code
with labels that agree with our own CAMEO-to-PLOVER table, five snippets per CASE 2021 sub-type."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.knowledge.cameo import cameo_table
from newsgraph.knowledge.plover import to_plover

PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "event_cameo_examples.jsonl"
# The fine protest codes that differ from 14x1 only by the protest's aim were left out.
_LEFT_OUT = {f"14{kind}{aim}" for kind in "12345" for aim in "234"}


def _rows() -> list[dict]:
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_are_well_formed_and_labelled_by_our_table() -> None:
    rows = _rows()
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    for row in rows:
        expected = None if row["cameo"][:2] in {"01", "02"} else to_plover(row["cameo"]).event
        assert row["plover"] == expected, row["id"]
        for side in ("source", "target"):
            assert row[side] is None or (len(row[side]) == 3 and row[side].isupper()), row["id"]


def test_every_cameo_code_has_one_sentence() -> None:
    codes = [r["cameo"] for r in _rows()]
    assert len(codes) == len(set(codes))
    assert set(codes) == set(cameo_table()) - _LEFT_OUT


def test_acled_style_snippets_cover_every_mapped_subtype_five_times() -> None:
    import sys
    from collections import Counter

    sys.path.insert(0, str(PATH.parents[1]))
    from events import ACLED_TO_PLOVER  # bench/events.py: the CASE 2021 mapping

    rows = [json.loads(line) for line in (PATH.parent / "event_acled_style.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    assert Counter(r["subtype"] for r in rows) == dict.fromkeys(ACLED_TO_PLOVER, 5)
