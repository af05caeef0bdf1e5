"""CAMEO → PLOVER 2021 mapping (event type, mode, context).

Facts from the official table CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, manual draft 0.8,
17 September 2021), kept in ``data/cameo_plover.tsv``. PLOVER drops CAMEO roots 01 (public
statement) and 02 (appeal): those codes map to no PLOVER type. A code missing from the table
inherits from its parent (``0213`` → ``021`` → ``02``), as the table lists parents only where
all children agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

# The 16 event types of PLOVER 2021.
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER 0.5 labels (used by the PLOVER gold-standard records) renamed in PLOVER 2021.
OLD_TO_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True)
class PloverCode:
    """The PLOVER reading of one CAMEO code; ``event`` is ``""`` where PLOVER drops the code."""

    event: str
    mode: str | None
    context: str | None


NO_PLOVER = PloverCode("", None, None)


@functools.cache
def plover_table() -> dict[str, PloverCode]:
    """CAMEO code → PLOVER code, as listed in the official table."""
    text = resources.files("newsgraph.knowledge").joinpath("data/cameo_plover.tsv").read_text(encoding="utf-8")
    table: dict[str, PloverCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, event, mode, context = ([*line.split("\t"), "", "", ""])[:4]
        table[code] = PloverCode(event, mode or None, context or None)
    return table


def to_plover(cameo: str) -> PloverCode:
    """PLOVER event type, mode and context of the CAMEO code ``cameo``.

    Returns :data:`NO_PLOVER` for codes under roots 01 and 02, which PLOVER dropped.
    """
    table = plover_table()
    code = cameo
    while code:
        if code in table:
            return table[code]
        # Parents: 4-digit → 3-digit → 2-digit root.
        code = code[:-1] if len(code) > 2 else ""
    return NO_PLOVER


def normalize_label(label: str) -> str:
    """Map a PLOVER 0.5 label to its PLOVER 2021 name (others unchanged)."""
    return OLD_TO_2021.get(label, label)
