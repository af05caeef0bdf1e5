"""Read a number phrase from tokens: digits, words, scales, vague plurals, qualifiers.

``read_number(doc, i)`` reads the number starting at token ``i`` and returns its
value, the index after its last token and whether it is vague ("hundreds" is
read as *at least* 200: the plural means two or more hundreds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 10**12}
# Vague plurals and their lower bounds.
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "billions": 2_000_000_000,
}  # fmt: skip
_DOZEN = {"dozen": 12}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.IGNORECASE)

# Qualifier phrases (lowercase, as token sequences) before a number, longest first.
QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        [
            (("more", "than"), "more_than"), (("over",), "more_than"), (("upwards", "of"), "more_than"),
            (("in", "excess", "of"), "more_than"), (("at", "least"), "at_least"), (("no", "fewer", "than"), "at_least"),
            (("no", "less", "than"), "at_least"), (("about",), "about"), (("around",), "about"),
            (("some",), "about"), (("roughly",), "about"), (("approximately",), "about"),
            (("an", "estimated"), "about"), (("almost",), "less_than"), (("nearly",), "less_than"),
            (("close", "to"), "less_than"), (("up", "to"), "up_to"), (("as", "many", "as"), "up_to"),
            (("at", "most"), "up_to"), (("less", "than"), "less_than"), (("fewer", "than"), "less_than"),
            (("under",), "less_than"), (("below",), "less_than"), (("nearly", "all"), "less_than"),
        ],
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NumberRead:
    value: float
    start: int  # token indices, end exclusive
    end: int
    vague: bool
    currency: bool


def _word_value(text: str) -> int | None:
    text = text.lower()
    if text in UNITS:
        return UNITS[text]
    if "-" in text:  # twenty-five
        parts = text.split("-")
        if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
            return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def token_value(text: str) -> float | None:
    """The value of a single numeric token ("16,000", "1.5bn", "seven"), or None."""
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    match = _DIGITS_SUFFIX.match(text)
    if match:
        return float(match.group(1)) * _SUFFIX_SCALES[match.group(2).lower()]
    value = _word_value(text)
    return float(value) if value is not None else None


def read_number(doc: Doc, i: int) -> NumberRead | None:
    """Read the number phrase starting at token ``i`` (a currency sign included)."""
    start = i
    currency = False
    if doc[i].text in {"$", "£", "€", "US$"} or doc[i].lower_ in {"us$"}:
        currency = True
        i += 1
        if i >= len(doc):
            return None
    tok = doc[i]
    lower = tok.lower_
    if lower in VAGUE:
        end = i + 1
        value = float(VAGUE[lower])
        # "tens of thousands", "hundreds of thousands"
        if lower in {"tens", "hundreds"} and end + 1 < len(doc) and doc[end].lower_ == "of":
            nxt = doc[end + 1].lower_
            if nxt in VAGUE:
                return NumberRead(value * VAGUE[nxt] / 2, start, end + 2, True, currency)
        return NumberRead(value, start, end, True, currency)
    if lower == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in VAGUE:
        return NumberRead(10.0 * VAGUE[doc[i + 2].lower_], start, i + 3, True, currency)
    if lower in {"a", "one"} and i + 1 < len(doc) and doc[i + 1].lower_ in _DOZEN:
        return NumberRead(12.0, start, i + 2, False, currency)
    value = token_value(tok.text)
    if value is None:
        return None
    end = i + 1
    # Scales after any number ("1.5 million"); further words only after words ("two hundred and five").
    is_word = tok.text[0].isalpha()
    total, current = 0.0, value
    while end < len(doc):
        nxt = doc[end].lower_
        prev = doc[end - 1].lower_
        if nxt in SCALES:
            current *= SCALES[nxt]
            if SCALES[nxt] >= 1000:
                total, current = total + current, 0.0
            end += 1
            continue
        if is_word:
            word = _word_value(nxt)
            if prev in {"and", "-"} and end >= 2:
                prev = doc[end - 2].lower_
            after_scale = prev in SCALES
            after_tens = (_word_value(prev) or 0) >= 20 and (_word_value(prev) or 0) % 10 == 0
            if word is not None and (after_scale or (after_tens and word < 10)):
                current += word
                end += 1
                continue
            if nxt == "-" and after_tens and end + 1 < len(doc) and (_word_value(doc[end + 1].lower_) or 10) < 10:
                end += 1
                continue
            if nxt == "and" and after_scale and end + 1 < len(doc) and _word_value(doc[end + 1].lower_) is not None:
                end += 1
                continue
        break
    value = total + current
    if end < len(doc) and doc[end].lower_ in _SUFFIX_SCALES and doc[end].text.lower() in {"m", "bn", "mn", "k", "tn"}:
        value *= _SUFFIX_SCALES[doc[end].lower_]
        end += 1
    return NumberRead(value, start, end, False, currency)


def qualifier_before(doc: Doc, i: int) -> tuple[str, int]:
    """The qualifier ending just before token ``i`` and the token index it starts at."""
    for words, qualifier in QUALIFIERS:
        n = len(words)
        if i - n < 0:
            continue
        if tuple(t.lower_ for t in doc[i - n : i]) == words:
            # "over" as a preposition of place/time ("fighting over 3 towns") is rare before counts.
            return qualifier, i - n
    return "exact", i
