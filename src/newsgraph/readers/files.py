"""Walk input paths and turn each file into raw documents, detecting its kind by name and content.

Inputs are files, directories (recursive), ``http(s)://`` URLs (a page or a feed), ``.urls``
files listing one URL a line, RSS/Atom feeds, and WARC/WARC.gz archives.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.model import RawDocument, Rejected
from newsgraph.readers.decoding import decode_bytes
from newsgraph.readers.feeds import looks_like_feed, read_feed
from newsgraph.readers.jsonl import read_jsonl
from newsgraph.readers.warc import is_warc, read_warc

# Larger files are refused whole: a news article is far smaller, and reading it would
# hold the whole file in memory. JSONL dumps and archives are streamed by their readers.
MAX_FILE_BYTES = 50_000_000

Reader = Callable[[str, str, tuple[str, ...]], Iterator[RawDocument | Rejected]]


def _read_text(text: str, source: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | Rejected]:
    yield RawDocument(source=source, text=text, warnings=warnings)


def _read_html(text: str, source: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | Rejected]:
    yield RawDocument(source=source, html=text, warnings=warnings)


READERS: dict[str, Reader] = {"text": _read_text, "html": _read_html, "jsonl": read_jsonl, "feed": read_feed}
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".urls": "urls",
}
# .xml may be a feed or anything else: it is read as a feed only when its content says so.
_URL_PREFIXES = ("http://", "https://")


def is_url(value: str | Path) -> bool:
    """True for an http(s) URL (also after Path() collapsed its ``//``)."""
    text = str(value)
    return text.startswith(_URL_PREFIXES) or text.startswith(("http:/", "https:/"))


def _as_url(value: str | Path) -> str:
    text = str(value)
    if not text.startswith(_URL_PREFIXES):
        scheme, _, rest = text.partition(":/")
        text = f"{scheme}://{rest}"
    return text


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand directories recursively (sorted), keeping the order the paths were given in.

    Raises:
        InputError: a path does not exist.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input path {str(path)!r} does not exist; check the spelling or the current directory")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def detect_kind(path: Path, text: str) -> str:
    """Kind of a file from its extension, else from its first characters."""
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if looks_like_feed(text):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<article" in head:
        return "html"
    return "text"


class _Fetchers:
    """Creates the polite fetcher on first use, so offline runs never import httpx."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self._fetcher: Any = None

    def get(self) -> Any:
        if self._fetcher is None:
            from newsgraph.readers.fetch import Fetcher

            self._fetcher = Fetcher.from_settings(self.settings)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def read_inputs(
    paths: Iterable[str | Path], *, url_lists: Iterable[str | Path] = (), settings: Any = None, fetch_links: bool = False
) -> Iterator[RawDocument | Rejected]:
    """Yield raw documents from files, directories, URLs and URL lists, in input order.

    Unreadable, empty or binary files are yielded as :class:`Rejected` with the reason.

    Args:
        paths: files, directories or URLs.
        url_lists: files of URLs to fetch, one a line (like ``.urls`` files among ``paths``).
        settings: read for the ``[fetch]`` table (rate limit, timeout, size cap).
        fetch_links: fetch the article of feed entries that carry only a summary (feeds read
            from a URL always do).
    """
    paths = list(paths)
    for raw in paths:
        if not is_url(raw) and not Path(raw).exists():
            raise InputError(f"input path {str(raw)!r} does not exist; check the spelling or the current directory")
    fetchers = _Fetchers(settings)
    try:
        for raw in paths:
            if is_url(raw):
                yield from read_url(_as_url(raw), fetchers.get())
                continue
            for path in iter_paths([raw]):
                yield from read_file(path, fetchers, fetch_links)
        for list_file in url_lists:
            yield from read_file(Path(list_file), fetchers, fetch_links, kind="urls")
    finally:
        fetchers.close()


def read_url(url: str, fetcher: Any) -> Iterator[RawDocument | Rejected]:
    """Fetch ``url``: a feed yields its entries (links fetched), a page yields one document."""
    from newsgraph.readers.fetch import Page

    page = fetcher.fetch(url)
    if not isinstance(page, Page):
        yield page
        return
    if any(t in page.content_type for t in ("rss", "atom")) or looks_like_feed(page.text):
        yield from read_feed(page.text, page.url, (), fetcher)
        return
    if not page.text.strip():
        yield Rejected(url, "empty", "the page is empty")
        return
    yield RawDocument(source=page.url, html=page.text, url=page.url)


def _read_url_list(text: str, source: str, fetchers: _Fetchers) -> Iterator[RawDocument | Rejected]:
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not url.startswith(_URL_PREFIXES):
            yield Rejected(f"{source}#L{number}", "bad_url", f"line {number} is not an http(s) URL: {url[:80]!r}")
            continue
        yield from read_url(url, fetchers.get())


def read_file(path: Path, fetchers: _Fetchers | None = None, fetch_links: bool = False, kind: str | None = None) -> Iterator[RawDocument | Rejected]:
    """Read one file into raw documents (several for a JSONL dump, a feed or a WARC file)."""
    source = str(path)
    if is_warc(path):
        yield from read_warc(path)  # streamed: no size limit
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Rejected(source, "too_large", f"{size} bytes is over the {MAX_FILE_BYTES}-byte limit for one file")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejected(source, "unreadable", f"cannot read the file: {err.strerror or err}")
        return
    if not data.strip():
        yield Rejected(source, "empty", "the file is empty or holds only whitespace")
        return
    if data.startswith(b"WARC/1."):
        yield from read_warc(path)
        return
    decoded = decode_bytes(data)
    if decoded.text is None:
        yield Rejected(source, "binary", decoded.reason or "not text")
        return
    warnings = (decoded.warning,) if decoded.warning else ()
    kind = kind or detect_kind(path, decoded.text)
    fetchers = fetchers or _Fetchers(None)
    if kind == "urls":
        yield from _read_url_list(decoded.text, source, fetchers)
    elif kind == "feed":
        yield from read_feed(decoded.text, source, warnings, fetchers.get() if fetch_links else None)
    else:
        yield from READERS[kind](decoded.text, source, warnings)
