"""RSS and Atom feeds: each entry becomes an article, from its full content or by fetching its link.

An entry whose content (``content:encoded``, Atom ``content``) holds an article is used as it
is; an entry with only a teaser has its link fetched when a :class:`~newsgraph.readers.fetch.Fetcher`
is given (a feed read from a URL, or ``newsgraph ingest --fetch-links``), and is otherwise
rejected with ``feed_summary_only``. The entry's date is passed on as the publication date.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from newsgraph.model import RawDocument, Rejected

# Under this many characters of text, an entry's content is a teaser, not the article.
MIN_CONTENT_CHARS = 600
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(text: str) -> bool:
    """True when ``text`` starts like an RSS, RDF or Atom document."""
    head = text.lstrip()[:1024].lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2 :].lstrip() if "?>" in head else head
    head = re.sub(r"^(<!--.*?-->\s*)+", "", head, flags=re.S)
    return head.startswith(("<rss", "<feed", "<rdf:rdf"))


def read_feed(text: str, source: str, warnings: tuple[str, ...] = (), fetcher: Any = None) -> Iterator[RawDocument | Rejected]:
    """Yield one raw document (or rejection) per feed entry."""
    import feedparser

    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        yield Rejected(source, "invalid_feed", f"the feed cannot be parsed: {parsed.get('bozo_exception')}")
        return
    site = parsed.feed.get("title") if parsed.get("feed") else None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, f"{source}#{number}", site, warnings, fetcher)


def _entry(entry: Any, where: str, site: str | None, warnings: tuple[str, ...], fetcher: Any) -> RawDocument | Rejected:
    link = entry.get("link")
    published = _date(entry)
    html = _content(entry)
    if html and len(_TAG.sub(" ", html).strip()) >= MIN_CONTENT_CHARS:
        title = entry.get("title")
        page = f"<html><body><article><h1>{title}</h1>{html}</article></body></html>" if title else html
        return RawDocument(source=link or where, html=page, url=link, published=published, site=site, warnings=warnings)
    if not link:
        return Rejected(where, "feed_summary_only", "the entry has neither full content nor a link to fetch")
    if fetcher is None:
        return Rejected(link, "feed_summary_only", "the entry holds only a summary; ingest the feed by URL or with --fetch-links to fetch the article")
    from newsgraph.readers.fetch import Page

    page = fetcher.fetch(link)
    if not isinstance(page, Page):
        return page
    return RawDocument(source=page.url, html=page.text, url=page.url, published=published, site=site, warnings=warnings)


def _content(entry: Any) -> str | None:
    for content in entry.get("content") or ():
        value = content.get("value")
        if value:
            return value
    return entry.get("summary")


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None
