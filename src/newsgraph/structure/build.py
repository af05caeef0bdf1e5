"""The structure stage: a raw document becomes an :class:`Article` (or a rejection), before NLP."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsgraph.model import Article, Caption, RawDocument, Rejected, RelatedLink
from newsgraph.structure.datelines import parse_dateline
from newsgraph.structure.language import detect_language
from newsgraph.structure.scraped import parse_scraped_text

# Under this many characters of body there is no article to extract facts from.
MIN_BODY_CHARS = 40
# spaCy's parser is quadratic in sentence length and linear in text; cap the body.
MAX_BODY_CHARS = 300_000


def article_id(body: str) -> str:
    """Stable id: hash of the NFKC-normalised, whitespace-collapsed body."""
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body)).strip().lower()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def normalise_published(value: str | None) -> str | None:
    """Accept an ISO date/time or a dateline string; return ISO or None."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$", value):
        return value.replace(" ", "T")
    return parse_dateline(value)


def build_article(raw: RawDocument) -> Article | Rejected:
    """Find the structure of ``raw`` and return the article, or why there is none."""
    warnings = list(raw.warnings)
    if raw.html is not None:
        parts = _from_html(raw)
        if parts is None:
            return Rejected(raw.source, "no_article", "the HTML page holds no article body (navigation, index or error page?)", id=raw.id)
    else:
        parts = _from_text(raw.text or "")
    paragraphs = [p.strip() for p in parts["paragraphs"] if p.strip()]
    body = "\n\n".join(paragraphs)
    if len(body) < MIN_BODY_CHARS:
        return Rejected(raw.source, "no_article", f"no article body found ({len(body)} characters of body text)", id=raw.id)
    if len(body) > MAX_BODY_CHARS:
        return Rejected(raw.source, "too_large", f"body of {len(body)} characters is over the {MAX_BODY_CHARS} limit", id=raw.id)
    # The text itself is a better witness than a page's lang attribute, which is often a template default.
    language = detect_language(body) or parts.get("language")
    if language not in (None, "en"):
        return Rejected(raw.source, "unsupported_language", f"the article is not in English (detected {language!r}); only English is extracted", id=raw.id)
    published = normalise_published(raw.published) or parts.get("published")
    if raw.published and not normalise_published(raw.published):
        warnings.append(f"could not read the given publication date {raw.published!r}")
    if published is None:
        warnings.append("no publication date found: relative dates are left unresolved")
    return Article(
        id=raw.id or article_id(body),
        source=raw.source,
        body=body,
        paragraphs=tuple(paragraphs),
        site=raw.site or parts.get("site"),
        headline=parts.get("headline"),
        published=published,
        byline=parts.get("byline"),
        url=raw.url or parts.get("url"),
        language="en",
        captions=tuple(parts.get("captions", ())),
        related=tuple(parts.get("related", ())),
        warnings=tuple(warnings),
    )


def _from_text(text: str) -> dict:
    found = parse_scraped_text(text)
    return {
        "site": found.site,
        "headline": found.headline,
        "published": found.published,
        "byline": found.byline,
        "captions": found.captions,
        "related": found.related,
        "paragraphs": found.paragraphs,
    }


def _from_html(raw: RawDocument) -> dict | None:
    from newsgraph.structure.html import extract_html  # trafilatura loads only when HTML comes in

    found = extract_html(raw.html or "", raw.url)
    if found is None:
        return None
    return {
        "site": found.site,
        "headline": found.headline,
        "published": normalise_published(found.published),
        "byline": found.byline,
        "captions": [Caption(text, credit) for text, credit in found.captions],
        "related": [RelatedLink(text, url) for text, url in found.related],
        "paragraphs": list(found.paragraphs),
        "language": found.language if found.language and found.language != "en" else None,
        "url": found.url,
    }
