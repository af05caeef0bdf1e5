"""WARC and WARC.gz input (Common Crawl CC-NEWS): HTTP 200 HTML responses become raw documents.

Records are streamed one at a time, so a 1 GB CC-NEWS file needs no more memory than its
largest page. The crawl time (``WARC-Date``) is only a fallback publication date: the page's
own date, found by the structure step, wins (see :data:`CRAWL_DATE_PREFIX`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsgraph.model import RawDocument, Rejected
from newsgraph.readers.decoding import decode_bytes

# Pages above this size are skipped: no news article is this large, and parsing one would
# hold it whole in memory.
MAX_RECORD_BYTES = 5_000_000
# A raw document carries the crawl date as a tagged warning; the pipeline uses it only when the
# page gives no date of its own, and removes the tag (RawDocument has no fallback-date field).
CRAWL_DATE_PREFIX = "crawl-date:"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    """True for ``.warc`` and ``.warc.gz`` files (by name)."""
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def read_warc(path: Path) -> Iterator[RawDocument | Rejected]:
    """Yield one raw document per HTML response record of the WARC file at ``path``.

    Non-response records (requests, metadata, warcinfo) are skipped silently; responses that
    are not HTTP 200 HTML are skipped too (redirects, robots.txt, images). A truncated or
    corrupt file yields the documents read so far, then a rejection saying where it broke.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                count += 1
                document = _document(record, f"{source}#{count}")
                if document is not None:
                    yield document
            size = path.stat().st_size
            if stream.tell() < size:
                # warcio stops quietly at a record it cannot parse (a cut gzip member).
                yield Rejected(source, "corrupt_archive", f"the WARC file is truncated or corrupt after {count} records: {size - stream.tell()} bytes left unread")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Rejected(source, "corrupt_archive", f"the WARC file is truncated or corrupt after {count} records: {err}")
    except Exception as err:  # zlib.error and warcio parsing errors have no common base
        yield Rejected(source, "corrupt_archive", f"the WARC file is truncated or corrupt after {count} records: {type(err).__name__}: {err}")


def _document(record: object, where: str) -> RawDocument | Rejected | None:
    headers = record.http_headers  # type: ignore[attr-defined]
    if headers is None or headers.get_statuscode() != "200":
        return None
    content_type = (headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)  # type: ignore[attr-defined]
    if len(data) > MAX_RECORD_BYTES:
        return Rejected(url or where, "too_large", f"the page is over {MAX_RECORD_BYTES} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # type: ignore[attr-defined]
    if missing:
        # The archive ended inside this record: a partial page would be a wrong article.
        return Rejected(url or where, "corrupt_archive", f"the record is truncated: {missing} bytes of it are missing")
    charset = _charset(content_type)
    text: str | None = None
    warnings: list[str] = []
    if charset:
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        decoded = decode_bytes(data)
        if decoded.text is None:
            return Rejected(url or where, "binary", decoded.reason or "not text")
        text = decoded.text
        if decoded.warning:
            warnings.append(decoded.warning)
    crawl_date = record.rec_headers.get_header("WARC-Date")  # type: ignore[attr-defined]
    if crawl_date:
        warnings.append(f"{CRAWL_DATE_PREFIX}{crawl_date}")
    return RawDocument(source=url or where, html=text, url=url, warnings=tuple(warnings))


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
