"""JSON Lines input: one article a line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsgraph.model import RawDocument, Rejected

_TEXT_KEYS = ("text", "body", "content", "article")
_HTML_KEYS = ("html", "raw_html")
_PUBLISHED_KEYS = ("published", "date", "published_at", "pubdate", "date_publish")


def read_jsonl(text: str, source: str, warnings: tuple[str, ...] = ()) -> Iterator[RawDocument | Rejected]:
    """Yield one record per line; a broken line becomes a rejection and the rest goes on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#L{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(where, "invalid_json", f"line {number} is not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejected(where, "invalid_json", f"line {number} is a JSON {type(record).__name__}, not an object")
            continue
        yield _document(record, where, warnings)


def _first(record: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _document(record: dict, where: str, warnings: tuple[str, ...]) -> RawDocument | Rejected:
    html = _first(record, _HTML_KEYS)
    text = None if html else _first(record, _TEXT_KEYS)
    raw_id = record.get("id")
    ident = str(raw_id) if raw_id not in (None, "") else None
    if html is None and text is None:
        return Rejected(where, "empty", "the line has no 'text' or 'html' field with content", id=ident)
    title = _first(record, ("headline", "title"))
    if text is not None and title and not text.lstrip().startswith(title.strip()):
        # Put the headline above the body so the structure stage finds it like on a page.
        text = f"{title.strip()}\n\n{text}"
    return RawDocument(
        source=str(record.get("source") or where),
        text=text,
        html=html,
        id=ident,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=_first(record, _PUBLISHED_KEYS),
        site=_first(record, ("site", "site_name", "publisher")),
        warnings=warnings,
    )
