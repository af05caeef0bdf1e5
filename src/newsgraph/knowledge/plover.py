"""CAMEO → PLOVER 2021 mapping (event type, mode, context).

Facts from the official table CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, manual draft 0.8,
17 September 2021), kept in ``data/cameo_plover.tsv``. A code missing from the table
inherits from its parent (``0213`` → ``021`` → ``02``), as the table lists parents only where
all children agree.

Where the table and the manual's own text disagree, newsgraph follows the manual (PLOVER_MANUAL,
same draft), because the manual is what coders and users read:

- CAMEO 02 (appeal): the table leaves it out, but the manual's REQUEST is "all requests, demands,
  and orders". An appeal is coded as the matching CAMEO 10 demand is (021 → 101, 0234 → 1034…).
  Root 01 (public statements) stays dropped: a statement is not an event in PLOVER.
- "Impose sanctions" (163 with the noun *sanction*): the table puts 163 under COERCE, the manual
  says "International (political or economic) sanctions are coded as [SANCTION] 'discontinue'".
  Embargoes and boycotts stay COERCE (mode "restrict" names them).
- Resignations (0831 with the verb *resign*, *step down*, *quit*): the manual's RETREAT "also
  covers resignations of government officials" (mode "resign"); the table puts 083x under CONCEDE.
- Easing a curfew or a state of emergency (0813, 0814): the table says RETREAT, the manual's
  CONCEDE names "removing curfews" and explains that "the lifting of a curfew is, effectively, a
  promise" — a verbal concession.
- Pardons, acquittals and amnesties (0841 with the verb *pardon*, *amnesty*, *acquit*, *commute*):
  the manual: "Formal pardons and amnesties of arrested persons should be coded as CONCEDE; the
  actual release or exchange of prisoners should be coded as RETREAT"; the table has only 0841.
- Charges (173 with the verb *indict*, *charge*, *sue*, *prosecute*, *book* "booked under section 302"): the table puts 173 ("arrest,
  detain, or charge with legal action") under COERCE; the manual's ACCUSE mode "allege" is
  "formally or informally accuse; sue, indict, or charge; bring to trial".
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


_SANCTIONS = PloverCode("SANCTION", "discontinue", None)
_RESIGNATION = PloverCode("RETREAT", "resign", "executive")
_EASED_RESTRICTION = PloverCode("CONCEDE", None, "legal")
_CHARGE = PloverCode("ACCUSE", "allege", "legal")
CHARGE_WORDS = frozenset({"indict", "charge", "sue", "prosecute", "indictment", "chargesheet", "book"})
_PARDON = PloverCode("CONCEDE", None, "legal")
PARDON_WORDS = frozenset({"pardon", "amnesty", "acquit", "commute", "exonerate"})
RESIGN_WORDS = frozenset({"resign", "quit", "step down", "stand down", "resignation"})


def to_plover(cameo: str, words: frozenset[str] = frozenset()) -> PloverCode:
    """PLOVER event type, mode and context of the CAMEO code ``cameo``.

    Args:
        cameo: the CAMEO code.
        words: lower-case lemmas of the act's trigger and object ("impose", "sanction"), for the
            cases where the manual splits one CAMEO code (see the module docstring).

    Returns :data:`NO_PLOVER` for codes under root 01, which PLOVER dropped.
    """
    if cameo.startswith("163") and "sanction" in words:
        return _SANCTIONS
    if cameo.startswith("083") and words & RESIGN_WORDS:
        return _RESIGNATION
    if cameo[:4] in {"0813", "0814"}:
        return _EASED_RESTRICTION
    if cameo.startswith("173") and words & CHARGE_WORDS:
        return _CHARGE
    if cameo.startswith("084") and words & PARDON_WORDS:
        return _PARDON
    if cameo.startswith("02"):
        cameo = "10" + cameo[2:]  # an appeal reads as the matching demand (module docstring)
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
