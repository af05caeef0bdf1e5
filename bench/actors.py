"""NGEC actor-resolution benchmark: country and sector accuracy of ``lookup_actor``.

Data: ``../shared/data/actors/ngec-actor-resolution/actor_resolution_gold.jsonl`` (413 cases
derived from NGEC's tests). Split: odd 1-based line numbers are dev, even are test.

Scoring choices (documented, applied to both splits alike):
- country: expected "" means no country; NGEC's IGO codes ("IGO", "UNO", "EUR") count as correct
  when we code an intergovernmental organisation (our ``igo`` field; "IGO" accepts any).
- sector: NGEC uses PLOVER sector names, where MED is medical and JRN journalists; CAMEO (ours)
  has HLH for health and MED for media, so NGEC MED -> HLH and JRN -> MED. Expected "", "UNK"
  and "JNK" mean no sector. A sector matches if it equals our primary or secondary code
  (NGEC's own code_1/code_2 order is arbitrary for e.g. protesters: CVL/OPP).
- "codeis None" and nonsense cases are scored separately: the lookup must return None.
- NGEC's "today" means the time the tests were written, taken as 2022-06-01; a missing date is
  passed as undated (None), for which a person's latest office counts.
- xfail cases and cases whose expected sector is "????" are left out.

Run: ``PYTHONPATH=src python bench/actors.py [--show-errors dev]``
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from newsgraph.knowledge.countries import find_country
from newsgraph.knowledge.lookup import lookup_actor

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "actors" / "ngec-actor-resolution"
GOLD_FILE = GOLD / "actor_resolution_gold.jsonl"
REFERENCE_DATE = "2022-06-01"
METHODS = {"agent_to_code", "short_text_to_agent", "search_nat", "trf_agent_match"}
IGO_EXPECTED = {"IGO", "UNO", "EUR"}
SECTOR_MAP = {"MED": "HLH", "JRN": "MED", "UNK": None, "JNK": None, "": None}
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y")


def parse_date(value: str | None) -> str | None:
    """ISO date of an NGEC date string: "today" is the reference date, a blank is undated (None)."""
    if not value:
        return None
    if value.strip().lower() == "today":
        return REFERENCE_DATE
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value.strip().title() if "%B" in fmt else value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return REFERENCE_DATE


def load(split: str) -> list[dict]:
    """Scorable cases of ``split`` ("dev": odd lines, "test": even lines)."""
    rows = []
    with GOLD_FILE.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            row = json.loads(line)
            if (number % 2 == 1) != (split == "dev") or row["method"] not in METHODS or row["xfail"]:
                continue
            row["line"] = number
            rows.append(row)
    return rows


def resolve(row: dict):
    hint = find_country(row["context"].strip()) if row.get("context") else None
    if row.get("context") and hint is None:
        hint = next((find_country(w) for w in row["context"].split() if find_country(w)), None)
    return lookup_actor(row["query"].strip(), parse_date(row.get("date")), hint)


def score(rows: list[dict]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """(correct, total) per measure, and a description of each error."""
    counts = {"country": [0, 0], "sector": [0, 0], "null": [0, 0]}
    errors = []
    for row in rows:
        expected = row["expected"]
        code = resolve(row)
        got = f"{code.country if code else None}/{code.sector if code else None}/{code.igo if code else None}"
        if "codeis" in expected or "code" in expected or not expected:
            ok = code is None
            counts["null"][0] += ok
            counts["null"][1] += 1
            if not ok:
                errors.append(f"{row['line']} null {row['query']!r} -> {got}")
        want_country = expected.get("country", expected.get("cc"))
        if want_country is not None:
            if want_country in IGO_EXPECTED:
                ok = code is not None and code.igo is not None and want_country in ("IGO", code.igo)
            else:
                ok = (code.country if code else None) == (want_country or None)
            counts["country"][0] += ok
            counts["country"][1] += 1
            if not ok:
                errors.append(f"{row['line']} country {row['query']!r} ctx={row.get('context')!r} want {want_country!r} -> {got}")
        want_sector = expected.get("code_1")
        if want_sector is not None and want_sector != "????":
            want = SECTOR_MAP.get(want_sector, want_sector)
            have = {code.sector, code.secondary} if code else {None}
            ok = want in have if want else (code is None or code.sector is None)
            counts["sector"][0] += ok
            counts["sector"][1] += 1
            if not ok:
                errors.append(f"{row['line']} sector {row['query']!r} want {want!r} -> {got}")
    return {k: (v[0], v[1]) for k, v in counts.items()}, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", choices=("dev", "test"), help="list the failing cases of one split")
    args = parser.parse_args(argv)
    if not GOLD_FILE.exists():
        print(f"skipped: {GOLD_FILE} not found (../shared is absent)")
        return 0
    for split in ("dev", "test"):
        counts, errors = score(load(split))
        parts = [f"{name} {c / t:.3f} ({c}/{t})" for name, (c, t) in counts.items() if t]
        print(f"NGEC actors {split}: " + ", ".join(parts))
        if args.show_errors == split:
            print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
