"""Pair double quotation marks into quoted spans, curly or straight.

Each mark's direction is read from its surroundings first (an opening mark
follows a space or the start of a paragraph and precedes a word) and from its
glyph only when the surroundings are ambiguous, because scraped text often
mixes straight and curly marks or uses the wrong curly one.

News convention for quotes running over paragraphs: the paragraph ends without
a closing mark and the next one opens with a fresh opening mark. Such a span
continues into the next paragraph; an opening mark never closed in a paragraph
that does not lead into a quoted one ends at the paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_GLYPHS = "“„«"
_CLOSE_GLYPHS = "”»"
_AMBIGUOUS = '"'
_MARKS = _OPEN_GLYPHS + _CLOSE_GLYPHS + _AMBIGUOUS + "‟"
# Bodies join paragraphs with a blank line; scraped text sometimes with a single newline.
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_OPEN_BEFORE = set(" \t\n\xa0([{—–―-/")
_CLOSE_AFTER = set(" \t\n\xa0)]}.,;:!?—–―-/'’")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Quoted content between ``start`` and ``end`` (marks excluded).

    ``open_at``/``close_at`` are the marks' offsets (``close_at`` is None when the
    span ends unclosed at a paragraph end).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``body`` (separated by newlines)."""
    bounds = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(body)))
    return [(a, b) for a, b in bounds if body[a:b].strip()]


def _direction(body: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or '?' for the mark at ``i`` inside paragraph ``lo:hi``."""
    before = body[i - 1] if i > lo else " "
    after = body[i + 1] if i + 1 < hi else " "
    opens = before in _OPEN_BEFORE or before in _MARKS
    closes = after in _CLOSE_AFTER or after in _MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    glyph = body[i]
    if glyph in _OPEN_GLYPHS or glyph == "‟":
        return "open"
    if glyph in _CLOSE_GLYPHS:
        return "close"
    return "?"


def find_quoted_spans(body: str) -> list[QuotedSpan]:
    """All quoted spans of ``body`` in order, trimmed of surrounding whitespace."""
    paragraphs = paragraph_bounds(body)
    raw: list[tuple[int, int, int, int | None]] = []
    pending: tuple[int, int] | None = None  # (open_at, content start) carried over a paragraph break
    for p_index, (lo, hi) in enumerate(paragraphs):
        open_at: int | None = None
        content_start = 0
        for i in range(lo, hi):
            if body[i] not in _MARKS:
                continue
            direction = _direction(body, i, lo, hi)
            if open_at is None:
                if direction == "close" and pending is None:
                    continue  # a stray closing mark; nothing to close
                if pending is not None and i == _first_char(body, lo, hi) and direction != "close":
                    # The continuation mark of a quote carried from the previous paragraph.
                    open_at, content_start = pending
                    pending = None
                    continue
                if pending is not None:
                    raw.append((pending[0], pending[1], paragraphs[p_index - 1][1], None))
                    pending = None
                if direction == "close":
                    continue
                open_at, content_start = i, i + 1
            elif direction != "open":
                raw.append((open_at, content_start, i, i))
                open_at = None
            # An "open" mark inside an open quote is a glyph error; keep the quote open.
        if pending is not None:
            raw.append((pending[0], pending[1], paragraphs[p_index - 1][1], None))
            pending = None
        if open_at is not None:
            next_opens = p_index + 1 < len(paragraphs) and _starts_with_open(body, *paragraphs[p_index + 1])
            if next_opens:
                pending = (open_at, content_start)
            else:
                raw.append((open_at, content_start, hi, None))
    if pending is not None:
        raw.append((pending[0], pending[1], paragraphs[-1][1], None))
    spans = []
    for open_at, start, end, close_at in raw:
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(QuotedSpan(start, end, open_at, close_at))
    return spans


def _first_char(body: str, lo: int, hi: int) -> int:
    i = lo
    while i < hi and body[i].isspace():
        i += 1
    return i


def _starts_with_open(body: str, lo: int, hi: int) -> bool:
    i = _first_char(body, lo, hi)
    return i < hi and body[i] in _MARKS and _direction(body, i, lo, hi) != "close"
