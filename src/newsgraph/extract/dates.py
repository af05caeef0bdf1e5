"""Date mentions, normalised against the article's publication date.

Span convention: a mention's ``text`` includes one directly preceding temporal
preposition ("on Thursday", "in September", "since 7 October") when there is one,
because the preposition carries the relation (a point, a start, a deadline) that
later stages need; the ``value`` is always the date referred to itself.

Values are ISO dates whose granularity shows the precision: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``. Conventions for phrases without an exact day:

* a bare weekday ("on Thursday") is the most recent such day on or before
  publication (the publication day included); ``next``/``will`` look forward;
* a month without a year ("in September") is the most recent such month not after
  publication, or the next one when the clause is in the future tense;
* a day and month without a year ("7 October") is the nearest such date to
  publication, moved back (forward) a year when the clause is past (future) tense;
* a week ("last week", "this week", "three weeks ago") is the ``YYYY-MM-DD`` of its
  Monday (ISO weeks start on Monday);
* "a day after <event>", "a day earlier", "the previous day" are one day before the
  sentence's own day-precision date, else the publication date (news reports the
  main event as happening on the day of publication);
* ambiguous numeric dates ("7/10/2023") are skipped, as are durations ("for three
  years"), ages ("60 years old"), decades and clock times.

Relative phrases need ``published``; without it only absolute dates get values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from newsgraph.model import Article, DateMention
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

Direction = Literal["past", "future"] | None

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:1[89]|20)\d\d)"
_NUM = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_PREPOSITIONS = ("on", "in", "since", "until", "till", "by", "from", "during", "through", "before", "after", "as of")
# Modifiers that narrow a period without changing which period it is.
_MODIFIERS = re.compile(
    r"^(?:earlier|early|later|late|mid-?|the (?:end|start|beginning|middle|first half|second half) of"
    r"|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?(?= \d{4}$))\s*"
)
# Fixed-date holidays, resolved like a day and month without a year.
_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
}  # fmt: skip

_ABSOLUTE = (
    ("iso", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("numeric", re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")),
    ("dmy", re.compile(rf"{_DAY} (?:of )?{_MONTH},? {_YEAR}")),
    ("mdy", re.compile(rf"{_MONTH} {_DAY},? {_YEAR}")),
    ("my", re.compile(rf"{_MONTH},? {_YEAR}")),
    ("y", re.compile(rf"(?:the year )?{_YEAR}")),
)
_DAY_MONTH = (re.compile(rf"{_DAY} (?:of )?{_MONTH}"), re.compile(rf"{_MONTH} {_DAY}"))
_MONTH_ONLY = re.compile(rf"(?:(last|next|this) )?{_MONTH}")
_WEEKDAY_ONLY = re.compile(rf"(?:(last|next|this) )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?")
_PERIOD = re.compile(r"(last|this|next) (week|month|year)")
_AGO = re.compile(rf"{_NUM} (day|week|month|year)s? ago")
_DAYS_BEFORE = re.compile(rf"(?:{_NUM} days?|the day) (after|earlier|before)|the previous day")
_TODAY = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def resolve_date(text: str, published: str | None) -> str | None:
    """Normalise a date phrase to ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Args:
        text: a date phrase, e.g. "on Thursday", "last month", "7 October 2023".
        published: the article's publication time (ISO); relative phrases need it.

    Returns:
        The ISO value, or None when the phrase is no date, a duration, or
        cannot be resolved (e.g. relative without ``published``).
    """
    pub = _parse_published(published)
    return _resolve(text, pub, None, pub)


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _normalise(text: str) -> str:
    s = " ".join(text.replace("’", "'").lower().split()).strip(" ,;:")
    s = re.sub(r"'s?$", "", s)
    for prep in _PREPOSITIONS:
        if s.startswith(prep + " "):
            s = s[len(prep) + 1 :]
            break
    s = _MODIFIERS.sub("", s)
    return re.sub(rf"^{_WEEKDAY},? (?=\d|{_MONTH})", "", s)  # "Thursday, Dec. 7" -> "dec. 7"


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_shift(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _resolve(text: str, pub: dt.date | None, direction: Direction, anchor: dt.date | None) -> str | None:
    s = _normalise(text)
    if not s:
        return None
    value = _resolve_absolute(s)
    if value is not None or pub is None:
        return value
    return _resolve_relative(s, pub, direction, anchor or pub)


def _resolve_absolute(s: str) -> str | None:
    for kind, pattern in _ABSOLUTE:
        m = pattern.fullmatch(s)
        if not m:
            continue
        g = m.groups()
        if kind == "iso":
            day = _day(int(g[0]), int(g[1]), int(g[2]))
        elif kind == "numeric":
            first, second = int(g[0]), int(g[1])
            if first <= 12 and second <= 12 and first != second:
                return None  # 7/10/2023: July or October? Precision first.
            day = _day(int(g[2]), second, first) if first > 12 else _day(int(g[2]), first, second)
        elif kind == "dmy":
            day = _day(int(g[2]), _MONTHS[g[1]], int(g[0]))
        elif kind == "mdy":
            day = _day(int(g[2]), _MONTHS[g[0]], int(g[1]))
        elif kind == "my":
            return f"{int(g[1]):04d}-{_MONTHS[g[0]]:02d}"
        else:
            return g[0]
        return day.isoformat() if day else None
    return None


def _resolve_relative(s: str, pub: dt.date, direction: Direction, anchor: dt.date) -> str | None:
    if s in _TODAY:
        return (pub + dt.timedelta(days=_TODAY[s])).isoformat()
    if s in _HOLIDAYS:
        return _nearest_day(*_HOLIDAYS[s], pub, direction)
    for pattern in _DAY_MONTH:
        if m := pattern.fullmatch(s):
            g = m.groups()
            day, month = (int(g[0]), _MONTHS[g[1]]) if g[0].isdigit() else (int(g[1]), _MONTHS[g[0]])
            return _nearest_day(month, day, pub, direction)
    if m := _MONTH_ONLY.fullmatch(s):
        rel, month = m.group(1), _MONTHS[m.group(2)]
        year = pub.year if month <= pub.month else pub.year - 1  # most recent, not after publication
        if rel == "next" or (rel is None and direction == "future" and month < pub.month):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "last" and month == pub.month:
            year = pub.year - 1
        return f"{year:04d}-{month:02d}"
    if m := _WEEKDAY_ONLY.fullmatch(s):
        rel, weekday = m.group(1), _WEEKDAYS.index(m.group(2))
        back = (pub.weekday() - weekday) % 7
        if rel == "last" and back == 0:
            back = 7
        if rel == "next" or (rel is None and direction == "future"):
            ahead = (weekday - pub.weekday()) % 7 or (7 if rel == "next" else 0)
            return (pub + dt.timedelta(days=ahead)).isoformat()
        if rel == "this":
            return (_monday(pub) + dt.timedelta(days=weekday)).isoformat()
        return (pub - dt.timedelta(days=back)).isoformat()
    if m := _PERIOD.fullmatch(s):
        delta = {"last": -1, "this": 0, "next": 1}[m.group(1)]
        return _period(pub, m.group(2), delta)
    if m := _AGO.fullmatch(s):
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        if m.group(2) == "day":
            return (pub - dt.timedelta(days=n)).isoformat()
        return _period(pub, m.group(2), -n)
    if m := _DAYS_BEFORE.fullmatch(s):
        if m.group(0) == "the previous day" or m.group(0) == "the day before":
            return (anchor - dt.timedelta(days=1)).isoformat()
        if m.group(2) == "before" or m.group(0).startswith("the day"):
            return None  # "two days before" / "the day after" point at an unknown later event
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        return (anchor - dt.timedelta(days=n)).isoformat()
    return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _period(pub: dt.date, unit: str, delta: int) -> str:
    if unit in ("week", "day"):
        return (_monday(pub) + dt.timedelta(weeks=delta)).isoformat()
    if unit == "month":
        y, m = _month_shift(pub.year, pub.month, delta)
        return f"{y:04d}-{m:02d}"
    return f"{pub.year + delta:04d}"


def _nearest_day(month: int, day: int, pub: dt.date, direction: Direction) -> str | None:
    candidates = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, month, day))]
    if direction == "past":
        candidates = [d for d in candidates if d <= pub]
    elif direction == "future":
        candidates = [d for d in candidates if d >= pub]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - pub).days)).isoformat()


# --- finding mentions in the body -------------------------------------------------------

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_BODY = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_YEAR_BODY = r"(?:1[89]|20)\d\d"
_PREP_BODY = r"(?i:in|since|until|till|by|during|from|through|before|after|early|late|mid-?|last|next|this)"
# Case matters for month names ("may" is a verb), so only relative words ignore case.
_BODY_PATTERNS = [
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_BODY}(?:,? {_YEAR_BODY})?\b"),
    re.compile(rf"\b{_MONTH_BODY} \d{{1,2}}(?:st|nd|rd|th)?\b(?![:.,]?\d|%)(?:,? {_YEAR_BODY}\b)?"),
    re.compile(rf"\b(?:{_MONTH_FULL}),? {_YEAR_BODY}\b"),
    re.compile(
        rf"\b(?:(?i:in|since|until|during|early|late|mid-?|last|next|this) May|{_PREP_BODY} (?:{_MONTH_FULL.replace('May|', '')}))\b"
    ),
    re.compile(r"\b(?:(?i:last|next|this) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    re.compile(
        r"(?i)\b(?:the day (?:before|after) )?(?:yesterday|today|tomorrow)\b|\b(?i:tonight|this (?:morning|afternoon|evening))\b"
    ),
    re.compile(r"(?i)(?<!the )\b(?:(?:earlier|later) )?(?:last|this|next) (?:week|month|year)\b"),
    re.compile(rf"(?i)\b{_NUM} (?:day|week|month|year)s? ago\b"),
    re.compile(rf"(?i)\b{_NUM} days? (?:after|earlier)\b|\bthe previous day\b|\bthe day before(?=\s*[,.;)]|\s*$)"),
    re.compile(
        rf"\b(?:(?i:in|since|until|till|by|before|after|during|through)|(?i:the )?(?:end|start|beginning) of) {_YEAR_BODY}\b(?![,.]?\d|%|\s?[-–])"
    ),
    re.compile(r"\b(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Halloween|Valentine['’]s Day)\b"),
    re.compile(rf"\b{_YEAR_BODY}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/{_YEAR_BODY}\b"),
]
_LEADING_PREP = re.compile(r"(?i)\b(?:on|in|since|until|till|by|from|during|through|before|after|as of)\s+$")
_ANCHORED = re.compile(r"(?i)\b(?:days? (?:after|earlier)|previous day|day before)$")
# "would" is the future of reported speech ("said troops would leave by March").
_YEAR_TOKEN = re.compile(_YEAR_BODY)
_DEICTIC = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})


@stage("extract.dates", requires=("article.doc",), assigns=("article.dates",))
def extract_dates(article: Article, doc: Doc) -> Article:
    """Find date mentions (spaCy DATE entities plus patterns it misses) and normalise them."""
    body = article.body
    pub = _parse_published(article.published)
    spans = set()
    for ent in doc.ents:
        if ent.label_ == "DATE":
            spans.add((ent.start_char, ent.end_char))
            # The year alone, for phrases we do not parse whole ("the 2003 season").
            spans.update((t.idx, t.idx + len(t)) for t in ent if _YEAR_TOKEN.fullmatch(t.text))
    for pattern in _BODY_PATTERNS:
        spans.update(m.span() for m in pattern.finditer(body))

    candidates: list[tuple[int, int, str]] = []
    for start, end in sorted(spans):
        start, end = _trim(body, start, end)
        if end <= start or _is_count(doc, start, end):
            continue
        if _is_title(doc, start):
            continue
        m = _LEADING_PREP.search(body, max(0, start - 12), start)
        if m and _governs(doc, m.start(), start, end):
            start = m.start()
        candidates.append((start, end, body[start:end]))

    resolved: list[DateMention] = []
    anchored = []
    for start, end, text in candidates:
        if _ANCHORED.search(text):
            anchored.append((start, end, text))
            continue
        value = _resolve(text, pub, _direction(doc, start, end), pub)
        if value:
            resolved.append(DateMention(text=text, value=value, start=start, end=end))
    for start, end, text in anchored:
        value = _resolve(text, pub, None, _anchor(doc, resolved, start) or pub)
        if value:
            resolved.append(DateMention(text=text, value=value, start=start, end=end))
    return dataclasses.replace(article, dates=_non_overlapping(resolved))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    text = body[start:end]
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            end -= len(suffix)
            break
    while end > start and body[end - 1] in " ,;:":
        end -= 1
    while start < end and body[start] in " ,;:":
        start += 1
    return start, end


def _is_count(doc: Doc, start: int, end: int) -> bool:
    """True for a bare number that counts something ("by 2000 troops"), not a year.

    A plural noun right after says "count"; a singular one is a year used as a modifier
    ("the 2003 season"). The parser's nummod label cannot tell the two apart.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    last = span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return last.like_num and following is not None and following.tag_ == "NNS"


def _is_title(doc: Doc, start: int) -> bool:
    """ "Today" capitalised inside a sentence names something (the BBC's Today programme)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return token.lower_ in _DEICTIC and token.text[0].isupper() and not token.is_sent_start


def _governs(doc: Doc, prep_start: int, start: int, end: int) -> bool:
    """True when the preposition before a date is the date's own ("in 2006"), not a noun's
    ("in next year's election")."""
    prep = doc.char_span(prep_start, start, alignment_mode="expand")
    span = doc.char_span(start, end, alignment_mode="expand")
    if prep is None or span is None or len(span) == 0:
        return False
    return span.root.head.i == prep[0].i or span.root.head.i == prep[-1].i


def _direction(doc: Doc, start: int, end: int) -> Direction:
    """Tense of the clause a date attaches to: "future" (will/shall), "past" (VBD) or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):  # climb to the governing verb; short climbs keep it local
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in token.children):
        return "future"
    if token.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in token.children):
        return "past"
    return None


def _anchor(doc: Doc, resolved: list[DateMention], start: int) -> dt.date | None:
    """The last day-precision date earlier in the same sentence, if any."""
    sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if sent is None:
        return None
    sentence = sent[0].sent
    best = None
    for mention in resolved:
        if sentence.start_char <= mention.start < start and len(mention.value) == 10:
            best = mention if best is None or mention.start > best.start else best
    return dt.date.fromisoformat(best.value) if best else None


def _non_overlapping(mentions: list[DateMention]) -> tuple[DateMention, ...]:
    """Keep the longest of overlapping mentions (the most specific phrase), in text order."""
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return tuple(sorted(kept, key=lambda m: m.start))
