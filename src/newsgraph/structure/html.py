"""Article extraction from a news web page: headline, date, byline, body paragraphs, captions, related links.

trafilatura finds the main content block and reads the metadata; on top of it we
(1) prefer what the publisher states in JSON-LD / meta tags for date, byline and site,
(2) pick the visible ``<h1>`` headline when it agrees with the page's titles,
(3) drop page furniture trafilatura keeps (headline and standfirst repeated in the body,
share bars, newsletter boxes, "Read more:" teasers, link lists, captions, copyright lines),
(4) recover body chunks split over sibling containers, (5) ask trafilatura again, in
precision mode when the first pass returns a menu, in recall mode (with its readability and
jusText fallbacks) when it returns next to nothing, and (6) fall back on a plain-text JSON-LD
``articleBody`` when the layout read found much less than the publisher states. At most two
trafilatura passes per page, usually one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin, urlparse

import trafilatura
from lxml import html as lxml_html

from newsgraph.structure import html_dom, html_meta
from newsgraph.structure.html_blocks import Block, body_blocks, boilerplate_reason, is_prose, norm_key, squash

# trafilatura logs every page it finds too short at WARNING; that is our None, not an error
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_MIN_WORDS = 25  # fewer words than a news brief: not an article
_SHORT_WORDS = 100  # below this, ask trafilatura's fallback extractors for a second opinion
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•»›:~/–—-]|::|-{2})\s+")


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What a news page says about itself, ready for the structuring stages."""

    headline: str | None
    published: str | None  # ISO 8601 as given by the page; offset kept when present, never invented
    byline: str | None  # author name(s), "; "-joined
    site: str | None
    language: str | None  # ISO 639-1
    paragraphs: tuple[str, ...]  # body paragraphs in order; no headline, captions or related links
    captions: tuple[tuple[str, str | None], ...]  # (caption text, credit)
    related: tuple[tuple[str, str | None], ...]  # (title, url)
    url: str | None


def _run_trafilatura(
    page: lxml_html.HtmlElement, url: str | None, mode: str = "fast"
) -> trafilatura.settings.Document | None:
    """One trafilatura pass over our parsed page (trafilatura works on a copy): body as XML, metadata.

    Modes: ``fast`` (trafilatura's own extractor only: the best body on our benchmarks),
    ``precision`` (for pages where ``fast`` returned a menu) and ``recall`` (trafilatura with
    its readability/jusText fallback, for pages where ``fast`` found next to nothing).
    Links are not requested: with ``include_links`` trafilatura scores link density
    differently and picks worse content blocks; :func:`html_dom.locate` reads links instead.
    """
    try:
        return trafilatura.bare_extraction(
            page,
            url=url,
            fast=mode == "fast",
            favor_precision=mode == "precision",
            favor_recall=mode == "recall",
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except (ValueError, TypeError, AttributeError):  # malformed markup deep inside lxml/htmldate
        return None


def _is_menu(blocks: list[Block]) -> bool:
    """The extraction is mostly a menu: many blocks, most text in short link-like lines."""
    if len(blocks) < 30:
        return False
    total = sum(len(b.text) for b in blocks)
    short = sum(len(b.text) for b in blocks if b.words <= 4 or b.link_ratio >= 0.8)
    return short > 0.4 * total


_GENERIC_LABELS = frozenset(
    {"www", "m", "amp", "edition", "com", "co", "org", "net", "uk", "gov", "edu", "news", "blog"}
)


def _host_labels(url: str | None) -> set[str]:
    """Distinctive host name labels ({"world", "kbs"} for https://world.kbs.co.kr/...)."""
    if not url:
        return set()
    host = urlparse(url).netloc.lower().split(":")[0]
    return {p for p in host.split(".") if len(p) > 2 and p not in _GENERIC_LABELS}


def _is_site_name(text: str, site: str | None, labels: set[str], loose: bool = False) -> bool:
    """Whether ``text`` names the site (logo headings, title suffixes), judged by site name and host.

    Args:
        text: a heading or a title part.
        site: the stated site name, if any.
        labels: host labels from :func:`_host_labels`.
        loose: also accept a host label anywhere inside (for title parts such as "The Japan Times").
    """
    words = norm_key(text).split()
    key = "".join(words)
    if not key:
        return True
    if site and key == norm_key(site).replace(" ", ""):
        return True
    if labels and all(w in labels for w in words):
        return True
    if len(words) > 6:
        return False
    return any(len(label) >= 5 and (key.startswith(label) or (loose and label in key)) for label in labels)


def strip_site_suffix(title: str, site: str | None, url: str | None) -> str:
    """Drop " | Site" / "Site - " parts naming the site from a page title.

    Args:
        title: an og:title / ``<title>`` string.
        site: the site name if known.
        url: the page URL (its host name also identifies the site).

    Returns:
        The title without the parts that name the site; the title itself when no part does.
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    labels = _host_labels(url)
    while len(parts) > 1 and _is_site_name(parts[-1], site, labels, loose=True):
        parts.pop()
    while len(parts) > 1 and _is_site_name(parts[0], site, labels, loose=True):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATORS.split(title)):
        return title
    # rebuild from the original string to keep the page's own separators between kept parts
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts)


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other."""
    wa, wb = set(norm_key(a).split()), set(norm_key(b).split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def choose_headline(doc: lxml_html.HtmlElement, titles: list[str], site: str | None, url: str | None) -> str | None:
    """The visible ``<h1>`` when it agrees with the page's titles, else the best stated title.

    Args:
        doc: the parsed page.
        titles: title candidates, best first (JSON-LD headline, og:title, twitter:title, ``<title>``).
        site: the site name, to reject logo headings and strip suffixes.
        url: the page URL.

    Returns:
        The headline, or ``None`` when the page states none.
    """
    labels = _host_labels(url)
    clean = [strip_site_suffix(t, site, url) for t in titles if t]
    h1s = []
    for el in doc.iter("h1"):
        text = html_dom.text_of(el)
        if 1 <= len(text.split()) <= 40 and not _is_site_name(text, site, labels):
            h1s.append(text)
    for text in h1s[:3]:
        if any(_overlap(text, t) >= 0.6 for t in clean):
            return text
    if h1s and len(h1s[0].split()) >= 4 and len(h1s) <= 2:
        return h1s[0]
    return clean[0] if clean else (h1s[0] if h1s else None)


def _published(structured: str | None, heuristic: str | None, url: str | None) -> str | None:
    """Day from htmldate (it checks the visible page), time and offset from markup when the days agree.

    htmldate's last resort is the copyright year, reported as January 1st; with no date in the
    markup or the URL that is a guess, and a wrong date is worse than none.
    """
    if structured and (not heuristic or structured[:10] == heuristic[:10]):
        return structured
    if heuristic and not structured and heuristic.endswith("-01-01"):
        year = heuristic[:4]
        if not url or not re.search(rf"{year}[/_-]?0?1[/_-]?0?1(?:\D|$)", url):
            return None
    return heuristic or structured


def _byline(articles: list[dict], heuristic: str | None) -> str | None:
    """Persons named in JSON-LD, else trafilatura's byline, else an organisation named in JSON-LD."""
    stated = html_meta.structured_authors(articles)
    names = [n for n in stated if not n.startswith("@")]
    if not names and heuristic:
        names = [n for n in (html_meta.clean_author(x) for x in re.split(r";\s*", heuristic)) if n]
    if not names:
        names = [n[1:] for n in stated]
    return "; ".join(names) if names else None


def _body_from_jsonld(articles: list[dict]) -> list[Block]:
    """Paragraphs of a JSON-LD ``articleBody`` that is plain text and not a cut-off teaser."""
    for obj in articles:
        body = obj.get("articleBody")
        if not isinstance(body, str) or re.search(r"<|&lt;", body) or re.search(r"(?:…|&hellip;|\.\.\.)\s*$", body):
            continue
        blocks = [Block("p", squash(unescape(p))) for p in re.split(r"\n\s*\n|\r?\n", body) if squash(p)]
        if sum(b.words for b in blocks) >= _MIN_WORDS:
            return blocks
    return []


def _clean_blocks(
    blocks: list[Block], titles: list[str], description: str | None, caption_texts: set[str], base: str | None
) -> tuple[list[Block], list[tuple[str, str | None]]]:
    """Drop headline/standfirst repeats, furniture, captions and duplicates; collect teaser links."""
    title_keys = {norm_key(t) for t in titles if t}
    desc_key = norm_key(description)
    kept: list[Block] = []
    related: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        key = norm_key(block.text)
        if not key:
            continue
        if key in title_keys and (block.kind == "head" or i < 3):
            continue
        # the standfirst: a heading right under the headline repeating the meta description
        if desc_key and not kept and block.kind == "head" and _overlap(key, desc_key) >= 0.8:
            continue
        if key in caption_texts:
            continue
        reason = boilerplate_reason(block)
        if reason:
            if reason in ("related", "linklist") and block.links:
                title, target = max(block.links, key=lambda link: len(link[0]))
                if len(title.split()) >= 4:  # article titles, not product names or menu entries
                    related.append((title, urljoin(base, target) if base and target else target))
            continue
        # a long paragraph repeated verbatim is a page artefact (mobile + desktop copy, teaser
        # of itself); short lines legitimately repeat in recipes, schedules, Q&As
        if block.words >= 40 and key in seen:
            continue
        seen.add(key)
        kept.append(block)
    # trailing headings, short lines and link lists after the last real paragraph are furniture
    last_prose = max((i for i, b in enumerate(kept) if is_prose(b)), default=-1)
    if last_prose >= 0:
        tail = kept[last_prose + 1 :]
        kept = kept[: last_prose + 1] + [
            b for b in tail if not (b.kind == "head" or (b.kind == "item" and b.link_ratio >= 0.5))
        ]
    return kept, related


@dataclass(slots=True)
class _Body:
    kept: list[Block]
    related: list[tuple[str, str | None]]
    captions: list[tuple[str, str | None]]
    menu: bool = False

    @property
    def words(self) -> int:
        return sum(b.words for b in self.kept)


def _body(
    doc: lxml_html.HtmlElement, blocks: list[Block], titles: list[str], description: str | None, url: str | None
) -> _Body:
    """Clean one candidate body: locate it in the DOM, merge split chunks, drop furniture and captions."""
    located = html_dom.locate(doc, blocks)
    menu = _is_menu(blocks)
    extra = html_dom.sibling_paragraphs(doc, blocks, located)
    if extra:
        blocks = sorted(blocks + extra, key=lambda b: b.pos)
        located = html_dom.locate(doc, blocks)
    root = html_dom.article_root(located)
    caps = html_dom.captions(root)
    caption_keys = {norm_key(c) for c, _ in caps} | {norm_key(f"{c} {r}") for c, r in caps if r}
    kept, related = _clean_blocks(blocks, titles, description, caption_keys, url)
    related += [(t, urljoin(url, h) if url and h else h) for t, h in html_dom.related_links(root)]
    related = list({(r[1] or r[0]): r for r in related}.values())
    return _Body(kept, related, caps, menu)


def extract_html(html: str | bytes, url: str | None = None) -> HtmlExtraction | None:
    """Extract the article of a news page.

    Args:
        html: the page's HTML (str, or bytes in the page's own encoding).
        url: the page URL when known (resolves relative links, recognises the site name).

    Returns:
        The extraction, or ``None`` when the page holds no article (the caller records why).
    """
    if not html or not (html.strip() if isinstance(html, str) else html.strip(b" \t\r\n")):
        return None
    doc = trafilatura.load_html(html)
    if doc is None:
        return None
    objects = html_meta.jsonld_objects(doc)
    articles = html_meta.article_objects(objects)
    metas = html_meta.meta_content(doc)
    result = _run_trafilatura(doc, url)

    url = url or metas.get("og:url") or (result.url if result is not None else None)
    site = html_meta.structured_site(articles, objects, metas) or (result.sitename if result is not None else None)
    titles = [unescape(t) for o in articles for t in (o.get("headline"),) if isinstance(t, str)]
    titles += [metas[k] for k in ("og:title", "twitter:title") if k in metas]
    titles += [squash(doc.findtext(".//title"))] + ([result.title] if result is not None and result.title else [])
    titles = [squash(t) for t in titles if squash(t)]
    headline = choose_headline(doc, titles, site, url)
    titles = [headline or "", *titles]
    description = metas.get("og:description") or metas.get("description")

    def candidate(blocks: list[Block]) -> _Body:
        return _body(doc, blocks, titles, description, url)

    body = candidate(body_blocks(result.body) if result is not None else [])
    retry_mode = None
    if body.menu:
        retry_mode = "precision"
    elif body.words < _SHORT_WORDS:
        retry_mode = "recall"
    if retry_mode:
        second = _run_trafilatura(doc, url, retry_mode)
        other = candidate(body_blocks(second.body)) if second is not None else None
        # a longer read must be clearly longer: on short pages the fallback tends to add furniture
        if (
            other is not None
            and other.words >= _MIN_WORDS
            and (retry_mode == "precision" or other.words >= max(_MIN_WORDS, 2 * body.words))
        ):
            body = other
    # a publisher-supplied plain-text body beats a layout guess that found much less of it
    from_jsonld = _body_from_jsonld(articles)
    if from_jsonld and body.words < 0.6 * sum(b.words for b in from_jsonld):
        other = candidate(from_jsonld)
        body = _Body(other.kept, body.related, body.captions)
    if body.words < _MIN_WORDS:
        return None

    structured = html_meta.structured_date(doc, articles, metas)
    return HtmlExtraction(
        headline=headline,
        published=_published(structured, result.date if result is not None else None, url),
        byline=_byline(articles, result.author if result is not None else None),
        site=site,
        language=html_meta.structured_language(doc, articles, metas) or (result.language if result else None),
        paragraphs=tuple(b.text for b in body.kept),
        captions=tuple(body.captions),
        related=tuple(body.related),
        url=url,
    )
