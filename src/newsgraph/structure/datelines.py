"""Parse the publication dateline of a scraped page into ISO 8601.

Datelines come in many shapes ("December 7, 2023 at 4:46 pm", "Thu 7 Dec 2023 16.46 GMT",
"Published: 2023-12-07T16:46:00Z", "Updated 7 December 2023"). We never invent a timezone:
an offset appears in the output only when the page states one.
"""

from __future__ import annotations

import re
from datetime import datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"
# Timezone abbreviations with one meaning; ambiguous ones (IST, CST) give no offset.
TZ_OFFSETS = {
    "GMT": "Z", "UTC": "Z", "Z": "Z", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00", "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00",
    "MST": "-07:00", "MDT": "-06:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00",
}
_TZ_NAMES = "|".join(sorted(TZ_OFFSETS, key=len, reverse=True))
_TIME = (
    r"(?:\s*(?:,|at|-|–|—|\||/)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|(?:"
    + _TZ_NAMES
    + r"|IST|CST|ET|PT)\b)?)?"
)
_PREFIX = r"^\s*(?:(?:published|updated|posted|last updated|date|first published)\s*(?:on|at)?\s*:?\s*)?" + _WEEKDAY

_PATTERNS = (
    # December 7, 2023 at 4:46 pm
    re.compile(_PREFIX + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + r"\s*$", re.I),
    # 7 December 2023 16:46 GMT
    re.compile(_PREFIX + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME + r"\s*$", re.I),
    # 12.02.2015 | 17:20 (dotted dates are day-first wherever they are used)
    re.compile(_PREFIX + r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})" + _TIME + r"\s*$", re.I),
    # 2023-12-07T16:46:00Z / 2023-12-07 16:46
    re.compile(
        _PREFIX + r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?\s*$",
        re.I,
    ),
)

# A dateline is a short line; a longer one is body text that happens to contain a date.
MAX_DATELINE_CHARS = 80


def parse_dateline(line: str) -> str | None:
    """Return the ISO 8601 time a dateline line states, or None if it is not a dateline.

    Args:
        line: one line of text.

    Returns:
        ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS`` (plus ``+HH:MM``/``Z`` only when stated).
    """
    line = line.strip()
    if not line or len(line) > MAX_DATELINE_CHARS:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if match:
            return _to_iso(match.groupdict())
    return None


def _to_iso(parts: dict[str, str | None]) -> str | None:
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[(parts.get("month") or "").lower().rstrip(".")]
    try:
        day = datetime(int(parts["year"] or 0), month, int(parts["day"] or 0))
    except ValueError:
        return None
    if parts.get("hour") is None:
        return day.strftime("%Y-%m-%d")
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.strftime("%Y-%m-%d")
    stamp = day.replace(hour=hour, minute=minute, second=int(parts.get("second") or 0)).strftime("%Y-%m-%dT%H:%M:%S")
    return stamp + _offset(parts.get("tz"))


def _offset(tz: str | None) -> str:
    if not tz:
        return ""
    tz = tz.upper().replace(" ", "")
    if tz in TZ_OFFSETS:
        return TZ_OFFSETS[tz]
    match = re.match(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$", tz)
    if not match:
        return ""  # an ambiguous abbreviation: state no offset rather than guess one
    sign, hours, minutes = match.groups()
    return f"{sign}{int(hours):02d}:{minutes or '00'}"
