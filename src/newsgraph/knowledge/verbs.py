"""Our verb and pattern tables for CAMEO coding, and the code transforms CAMEO prescribes.

The tables live in ``data/verbs_*.txt`` (one ``CODE PATTERN`` a line; see the header of
``verbs_01_05.txt``). They were written for newsgraph from the CAMEO 1.1b3 code
definitions and cover every root 01–20. This module knows nothing of spaCy: callers pass
the lemma of a verb and the lemmas found near it.

CAMEO (and PLOVER) code stated intentions and refusals as events of their own: a future
or promised cooperative act is an *intent* (root 03), a future or promised material
conflict act a *threat* (root 13), a refused act a *rejection* (root 12). The tables
``INTENT``, ``THREAT`` and ``REJECT`` map an act to that code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from newsgraph.knowledge.cameo import is_code

_DATA_FILES = ("verbs_01_05.txt", "verbs_06_13.txt", "verbs_14_20.txt", "verbs_lexicon.txt", "verbs_broad.txt",
               "verbs_news.txt", "verbs_coverage.txt")
_NOUN_FILE = "event_nouns.txt"


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One table row: ``code`` when ``verb`` has every word of ``words`` near it."""

    code: str
    verb: str
    words: tuple[str, ...]
    order: int  # line order: earlier rows win ties
    light: bool = False  # light verb + event noun: the noun must be the verb's object


@functools.cache
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """Every pattern, grouped by verb lemma.

    Raises:
        ValueError: a row names a code that is not a CAMEO code (a typo in a table).
    """
    patterns: dict[str, list[VerbPattern]] = {}
    seen: set[tuple[str, ...]] = set()
    order = 0
    for name in _DATA_FILES:
        text = resources.files("newsgraph.knowledge").joinpath(f"data/{name}").read_text(encoding="utf-8")
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            code, *words = line.split()
            if not is_code(code):
                raise ValueError(f"{name}: {code!r} is not a CAMEO code (line {line!r})")
            key = tuple(words)
            if key in seen:  # first row wins: later duplicates are ignored
                continue
            seen.add(key)
            # a row with exclusions ("044 hold conference ~annual") also stands for its light-verb row
            seen.add(tuple(w for w in words if not w.startswith("~")))
            order += 1
            patterns.setdefault(words[0], []).append(VerbPattern(code, words[0], tuple(words[1:]), order))
    # Light verb + event noun ("launched an attack"): after every explicit row, so those win.
    light, nouns = light_verbs_and_nouns()
    for entry in light:
        verb, *particle = entry.split("+")  # "carry+out": the verb needs its particle
        for noun, code in nouns.items():
            if (verb, noun, *particle) not in seen:
                order += 1
                patterns.setdefault(verb, []).append(VerbPattern(code, verb, (noun, *particle), order, light=True))
    return {verb: tuple(rows) for verb, rows in patterns.items()}


@functools.cache
def light_verbs_and_nouns() -> tuple[frozenset[str], dict[str, str]]:
    """Light verbs and event nouns with their CAMEO codes (``data/event_nouns.txt``).

    Raises:
        ValueError: a row names a code that is not a CAMEO code.
    """
    text = resources.files("newsgraph.knowledge").joinpath(f"data/{_NOUN_FILE}").read_text(encoding="utf-8")
    light: set[str] = set()
    nouns: dict[str, str] = {}
    for line in text.splitlines():
        first, *rest = line.split() or ["#"]
        if first.startswith("#"):
            continue
        if first == "LIGHT":
            light.update(rest)
        elif not is_code(first):
            raise ValueError(f"{_NOUN_FILE}: {first!r} is not a CAMEO code (line {line!r})")
        else:
            nouns.setdefault(rest[0], first)
    return frozenset(light), nouns


def match_verb(lemma: str, near: set[str], objects: set[str] | None = None) -> VerbPattern | None:
    """The most specific pattern of ``lemma`` whose words are all in ``near``.

    Args:
        lemma: lower-case lemma of the trigger word.
        near: lower-case lemmas of the words governed by the trigger (particles,
            prepositions, object heads, complement verbs and their own dependants).
        objects: lemmas of the trigger's own object (or passive subject); when given, a light
            verb row needs its event noun there ("held talks", not "held in combing operations").
    """
    best: VerbPattern | None = None
    for row in verb_patterns().get(lemma, ()):
        if row.light and objects is not None and row.words[0] not in objects:
            continue
        if _matches(row.words, near) and (best is None or _weight(row) > _weight(best)):
            best = row
    return best


def _matches(words: tuple[str, ...], near: set[str]) -> bool:
    """Every word is near, and every "~word" is not (the tables' negative condition)."""
    return all((word[1:] not in near) if word.startswith("~") else (word in near) for word in words)


def _weight(row: VerbPattern) -> int:
    """Specificity: the words a row needs (its "~" exclusions make it no more specific)."""
    return sum(1 for word in row.words if not word.startswith("~"))


def _sub(code: str, base: str, mapping: dict[str, str]) -> str:
    for prefix in sorted(mapping, key=len, reverse=True):
        if code.startswith(prefix):
            return mapping[prefix]
    return base


# Act → intent to do it (CAMEO 03). Roots 08 (yield) are not in this table: the events stage
# turns a promised or announced future concession into an intent to yield (035, ``to_offer``).
_INTENT = {
    "04": "036", "05": "032", "057": "030",
    "06": "030", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
}
# Act → threat to do it (CAMEO 13).
_THREAT = {
    "14": "133", "15": "138", "16": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "137", "172": "132", "18": "1383", "19": "1384", "191": "1381", "192": "1382",
    "20": "1385",
}
# Act → refusal to do it (CAMEO 12).
_REJECT = {
    "01": "011", "03": "120", "04": "125", "045": "126", "05": "120", "06": "121", "061": "1211", "062": "1212",
    "063": "121", "064": "121", "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "084": "1243", "083": "123", "0831": "1231", "0832": "1232", "085": "1244", "086": "1245", "087": "1246",
}


def to_intent(code: str) -> str:
    """The code of a promised or future act ``code`` (intent 03, threat 13, else unchanged)."""
    root = code[:2]
    if root in {"04", "05", "06", "07"}:
        return _sub(code, "030", _INTENT)
    if root in {"14", "15", "16", "17", "18", "19", "20"}:
        return _sub(code, "130", _THREAT)
    return code


def to_reject(code: str) -> str:
    """The code of a refusal to do ``code`` (root 12); verbal conflict codes stay as they are."""
    root = code[:2]
    if root in {"11", "12", "13"}:
        return code
    return _sub(code, "120", _REJECT)


# Act → demand that it be done (CAMEO 10).
_DEMAND = {
    "03": "100", "04": "106", "05": "102", "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034", "08": "105", "081": "1051", "082": "1052", "084": "1053", "0831": "1041", "0832": "1042",
    "083": "104", "0833": "1043", "0834": "1044", "085": "1054", "086": "1055", "087": "1056", "0871": "107",
    "09": "101", "045": "108", "038": "108", "057": "100",
}


def to_demand(code: str) -> str:
    """The code of a demand that the act ``code`` be done (root 10; conflict acts → 100)."""
    return _sub(code, "100", _DEMAND)


def to_appeal(code: str) -> str:
    """The code of an appeal that the act ``code`` be done (root 02: CAMEO's appeal codes run
    parallel to its demand codes, 021 ↔ 101 … 028 ↔ 108)."""
    demand = to_demand(code)
    # 101 is CAMEO's demand for information or an investigation, which has no appeal twin.
    return "020" if demand == "101" else "02" + demand[2:]


def to_request(request_code: str, act_code: str) -> str:
    """A generic appeal (020) or demand (100) made specific by the act it asks for ("urged Iran
    to release the sailors" → 0253); a request already specific keeps its code."""
    if request_code not in {"020", "100"} or act_code[:2] in {"02", "10"}:
        return request_code
    return to_appeal(act_code) if request_code == "020" else to_demand(act_code)


# Promised or offered concession → intent to yield (CAMEO 035).
_OFFER = {"081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}


def to_offer(code: str) -> str:
    """The code of a promise or offer to yield ``code`` (root 08 → 035)."""
    return _sub(code, "035", _OFFER)
