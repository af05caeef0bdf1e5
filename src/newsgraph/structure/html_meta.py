"""Page metadata from structured markup: JSON-LD, Open Graph / meta tags and ``<time>``.

Structured markup is what a publisher states about its own page, so it beats any
guess from the layout. Each reader here returns the raw value the page gives (a
headline, an ISO 8601 date with its offset, author names) and ``None`` when the
page says nothing; :mod:`newsgraph.structure.html` decides between these and
trafilatura's own heuristics.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime

from lxml import html as lxml_html

# JSON-LD types that describe the article itself (schema.org Article and its subtypes).
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
        "itempage",
        "creativework",
        "medicalwebpage",
    }
)
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})

# meta tags that carry a publication date, most specific first
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "dcterms.date",
    "article:published",
    "cxenseparse:recs:publishtime",
    "displaydate",
    "original-publish-date",
)
_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_TEXT_DATE_RE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b"
)


def _clean(text: str | None) -> str | None:
    """Collapse whitespace; ``None`` for empty strings."""
    if not isinstance(text, str):
        return None
    text = " ".join(text.split())
    return text or None


def _types(obj: dict) -> set[str]:
    """Lower-cased ``@type`` values of a JSON-LD object."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def jsonld_objects(doc: lxml_html.HtmlElement) -> list[dict]:
    """All JSON-LD objects of the page, flattened through ``@graph`` and lists.

    Args:
        doc: the parsed page.

    Returns:
        Every dictionary found, in document order (broken JSON blocks are skipped).
    """
    found: list[dict] = []
    for script in doc.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        raw = (script.text or "").strip().rstrip(";")
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    stack.append(graph)
    return found


def article_objects(objects: Iterable[dict]) -> list[dict]:
    """JSON-LD objects typed as an article (NewsArticle, BlogPosting, ...), articles first, pages last."""
    arts = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    # a WebPage is a weaker statement than an Article about the same page
    return sorted(arts, key=lambda o: bool(_types(o) <= {"webpage", "itempage", "creativework", "medicalwebpage"}))


def meta_content(doc: lxml_html.HtmlElement) -> dict[str, str]:
    """First non-empty ``content`` of each ``<meta>`` keyed by lower-cased name/property/itemprop."""
    metas: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = _clean(meta.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                metas.setdefault(key.strip().lower(), content)
    return metas


def normalise_date(raw: str | None) -> str | None:
    """ISO 8601 form of a date string as the page states it; keep its offset, never invent one.

    Args:
        raw: a date string from markup (ISO 8601, RFC 2822, compact ``20191119``, or "Nov 19, 2019").

    Returns:
        ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS`` with ``+HH:MM`` when the page gave an offset
        (``Z``/``UTC``/``GMT`` become ``+00:00``); ``None`` when unparseable or implausible.
    """
    raw = _clean(raw)
    if not raw:
        return None
    match = _ISO_RE.match(raw) or _COMPACT_RE.match(raw)
    if match:
        parts = match.groups()
        year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
        hour, minute = parts[3], parts[4]
        second = parts[5] if len(parts) > 5 else None
        zone = parts[6] if len(parts) > 6 else None
        if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
            return None
        out = f"{year:04d}-{month:02d}-{day:02d}"
        if hour is None:
            return out
        out += f"T{int(hour):02d}:{minute}:{second or '00'}"
        if zone:
            zone = zone.upper()
            if zone in ("Z", "UTC", "GMT"):
                out += "+00:00"
            else:
                digits = zone[1:].replace(":", "")
                out += f"{zone[0]}{digits[:2]}:{(digits[2:] or '00')[:2]}"
        return out
    try:  # RFC 2822, as in RSS and some meta tags
        stamp = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if stamp is not None and 1990 <= stamp.year <= 2100:
        return stamp.isoformat() if stamp.tzinfo else stamp.replace(tzinfo=None).isoformat()
    return _text_date(raw)


def _text_date(raw: str) -> str | None:
    """``YYYY-MM-DD`` from "19 November 2019" / "Nov. 19, 2019" style text."""
    match = _TEXT_DATE_RE.search(raw)
    if not match:
        return None
    day, month, year = (
        (match.group(1), match.group(2), match.group(3))
        if match.group(1)
        else (match.group(5), match.group(4), match.group(6))
    )
    month_no = _MONTHS.get(month[:3].lower())
    if not month_no:
        return None
    try:
        return datetime(int(year), month_no, int(day)).date().isoformat()
    except ValueError:
        return None


def structured_date(doc: lxml_html.HtmlElement, articles: list[dict], metas: dict[str, str]) -> str | None:
    """Publication date from JSON-LD, then meta tags, then ``itemprop``/``<time>`` markup."""
    for obj in articles:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            date = normalise_date(value) if isinstance(value, str) else None
            if date:
                return date
    for key in _DATE_META:
        date = normalise_date(metas.get(key))
        if date:
            return date
    for node in doc.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]|//time[contains(@class,"publish")]'):
        date = normalise_date(node.get("datetime") or node.get("content") or node.text_content())
        if date:
            return date
    return None


def _names(value: object) -> Iterator[tuple[str, bool]]:
    """(name, is_person) pairs from a JSON-LD ``author`` value."""
    if isinstance(value, str):
        yield value, True
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(n for n in name if isinstance(n, str))
        if isinstance(name, str):
            yield name, not (_types(value) & _ORG_TYPES)


_BY_RE = re.compile(r"^\s*(?:by|written by|from)\s+", re.IGNORECASE)
_URLISH = re.compile(r"https?://|www\.|\.com\b|@")


# academic and professional letters after a name ("Grant Tinsley, PhD", "Rachael Link, MS, RD")
_CREDENTIALS = re.compile(r"(?:,\s*(?:Ph\.?\s?D|M\.?D|M\.?S|M\.?A|R\.?D|R\.?N|MPH|MBA|DPhil|LLB|CFA|CPA)\.?\b)+\s*$")
_PLACEHOLDER = re.compile(r"^(?:no author|unknown|anonymous|admin|administrator|webmaster|author|guest|user)$", re.I)


def clean_author(name: str) -> str | None:
    """Strip "By", roles and URLs from a single author name; ``None`` when nothing name-like is left."""
    name = _BY_RE.sub("", " ".join(name.split()))
    name = re.split(r"\s*[|,]\s*(?:staff|contributor|reporter|correspondent|editor)\b", name, flags=re.I)[0]
    name = _CREDENTIALS.sub("", name).strip(" ,;|-–—")
    if not name or _URLISH.search(name) or len(name) > 60 or not re.search(r"[^\W\d_]", name):
        return None
    if _PLACEHOLDER.match(name) or _CREDENTIALS.fullmatch(f", {name}"):  # "Unknown", a bare "PhD"
        return None
    return name


def structured_authors(articles: list[dict]) -> list[str]:
    """Person names in JSON-LD ``author``/``creator``, or failing those organisation names (after an "@")."""
    persons: list[str] = []
    orgs: list[str] = []
    for obj in articles:
        for key in ("author", "creator"):
            for raw, is_person in _names(obj.get(key)):
                name = clean_author(raw)
                if name:
                    (persons if is_person else orgs).append(name)
        if persons or orgs:
            break
    # organisations are marked with a leading "@" so the caller can prefer a person found elsewhere
    names = persons or [f"@{o}" for o in orgs]
    return list(dict.fromkeys(names))


def structured_site(articles: list[dict], objects: list[dict], metas: dict[str, str]) -> str | None:
    """Site name from og:site_name, JSON-LD publisher, or a JSON-LD WebSite/Organization name."""
    site = metas.get("og:site_name") or metas.get("application-name") or metas.get("apple-mobile-web-app-title")
    if site:
        return site
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean(publisher["name"])
    for obj in objects:
        if _types(obj) & {"website", "newsmediaorganization"} and isinstance(obj.get("name"), str):
            return _clean(obj["name"])
    return None


def structured_language(doc: lxml_html.HtmlElement, articles: list[dict], metas: dict[str, str]) -> str | None:
    """ISO 639-1 code from ``<html lang>``, og:locale, content-language or JSON-LD ``inLanguage``."""
    candidates = [doc.get("lang"), doc.get("xml:lang"), metas.get("og:locale"), metas.get("content-language")]
    candidates += [o.get("inLanguage") for o in articles if isinstance(o.get("inLanguage"), str)]
    for value in candidates:
        if isinstance(value, str):
            match = re.match(r"\s*([a-zA-Z]{2})(?:$|[-_])", value)
            if match:
                return match.group(1).lower()
    return None
