"""Find the structure of a scraped plain-text news page.

A scraped page is a run of blocks: a site tagline or name, the headline, a dateline, a
byline, photo captions with bracketed credits, body paragraphs, "READ:" related-article
lines and share/subscribe boilerplate, in varying order. The rules below rest on general
cues (position, length, sentence punctuation, dateline patterns, credit brackets, line
prefixes), never on the words of any one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.model import Caption, RelatedLink
from newsgraph.structure.datelines import parse_dateline

# Lines that announce a link to another article; the rest of the line is its title.
_RELATED = re.compile(
    r"^\s*(?:READ(?:\s+MORE)?|Read more|Read also|Also read|ALSO READ|Related(?:\s+articles?|\s+stories?)?|"
    r"See also|More on this(?: story)?|Recommended|Watch|WATCH|LISTEN|Listen)\s*[:\-–—|]\s*(?P<title>.+)$",
    re.I,
)
# "Also read" is sometimes followed directly by the title without a colon.
_RELATED_NO_COLON = re.compile(r"^\s*(?:Also read|ALSO READ|Read also)\s+(?P<title>[A-Z].+)$")
_URL = re.compile(r"https?://\S+")
_BOILERPLATE = re.compile(
    r"^\s*(?:share(?: this(?: article| story| page)?)?(?: on \w+)?(?:\s*[|/·,:]\s*\w+)*|tweet|email|print|comments?|"
    r"subscribe.*|sign up.*|follow us.*|click here.*|advertisement|sponsored(?: content)?|"
    r"(?:©|copyright|\(c\)).*|all rights reserved.*|skip to (?:main )?content|"
    r"(?:facebook|twitter|whatsapp|linkedin|telegram|reddit)(?:\s*[|/,·]\s*\w+)*|"
    r"join our .*(?:channel|newsletter).*|get (?:our|the) .*newsletter.*|download (?:our|the) app.*|"
    r"listen to (?:this|the) article.*|\d+\s+min(?:ute)?s?\s+read|"
    r"we use cookies.*|accept(?: all)? cookies.*|loading\.*)\s*$",
    re.I,
)
_BYLINE = re.compile(r"^\s*(?:By|BY|Written by|Words by|Reporting by)\s+(?P<name>[^\d\n]{3,80}?)\s*$")
# "Daniel Reyes in Jerusalem": a correspondent's name and post, trusted only below the dateline.
_BYLINE_POSTED = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:in|at)\s+[A-Z][\w'’ -]{1,40}$")
# A caption wholly in brackets: "[Photo: The leaders in Minsk. Agency/pool]".
_BRACKETED_CAPTION = re.compile(r"^\[(?:photo|image|picture|pictured)\s*:\s*(?P<body>[^\[\]]{5,400})\]$", re.I)
# A credit in brackets or parentheses at the end of a caption line.
_CREDIT = re.compile(r"^(?P<text>.+?)\s*[\[(](?P<credit>[^\[\]()]{2,120})[\])]\s*$", re.S)
_CREDIT_CUES = re.compile(
    r"/|\b(?:photo|photograph|image|images|getty|reuters|afp|ap|epa|anadolu|agency|handout|file|pool|"
    r"via|credit|courtesy|stringer|shutterstock|press|xinhua|tass|wana|sputnik)\b",
    re.I,
)
_CREDIT_PREFIX = re.compile(r"^\s*(?:photo|image|picture|pictured|credit)s?\s*(?:by)?\s*:\s*", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")

# A headline or tagline is short; a body paragraph is longer or ends like a sentence.
MAX_TITLE_WORDS = 30
# The first short block of a page is usually the site's name or tagline, so it needs to be
# this much longer than a later candidate to be taken as the headline.
FIRST_BLOCK_WEIGHT = 0.6
MAX_CAPTION_CHARS = 400


@dataclass(slots=True)
class ScrapedStructure:
    """What :func:`parse_scraped_text` finds in a page."""

    site: str | None = None
    headline: str | None = None
    published: str | None = None
    byline: str | None = None
    captions: list[Caption] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def split_blocks(text: str) -> list[str]:
    """Split a page into blocks: blank-line separated, or one per line if it has no blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").strip()
    if re.search(r"\n\s*\n", text):
        blocks = re.split(r"\n\s*\n", text)
        # A block of several short lines with no sentence ends is really several blocks.
        out: list[str] = []
        for block in blocks:
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            if len(lines) > 1 and all(_looks_like_line_item(ln) for ln in lines):
                out.extend(lines)
            elif lines:
                out.append(" ".join(lines))
        return out
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _looks_like_line_item(line: str) -> bool:
    return bool(
        _RELATED.match(line) or parse_dateline(line) or _BYLINE.match(line) or _BOILERPLATE.match(line)
    ) or (len(line.split()) <= MAX_TITLE_WORDS and not _SENTENCE_END.search(line))


def _caption(block: str) -> Caption | None:
    bracketed = _BRACKETED_CAPTION.match(block)
    if bracketed:
        text, _, credit = bracketed.group("body").rpartition(". ")
        if text and _CREDIT_CUES.search(credit):
            return Caption(text=text.strip() + ".", credit=credit.strip())
        return Caption(text=bracketed.group("body").strip(), credit=None)
    match = _CREDIT.match(block)
    if not match or len(block) > MAX_CAPTION_CHARS:
        return None
    credit = match.group("credit").strip()
    if not _CREDIT_CUES.search(credit):
        return None
    text = _CREDIT_PREFIX.sub("", match.group("text")).strip()
    # A caption describes a picture: it rarely holds several sentences.
    if text.count(". ") > 1:
        return None
    return Caption(text=text, credit=_CREDIT_PREFIX.sub("", credit).strip() or credit)


def _related(block: str) -> RelatedLink | None:
    match = _RELATED.match(block) or _RELATED_NO_COLON.match(block)
    if not match:
        return None
    title = match.group("title").strip()
    url_match = _URL.search(title)
    url = url_match.group(0) if url_match else None
    if url:
        title = _URL.sub("", title).strip(" -–—|")
    return RelatedLink(text=title, url=url)


def _is_title_like(block: str) -> bool:
    words = block.split()
    return 0 < len(words) <= MAX_TITLE_WORDS and not _SENTENCE_END.search(block)


def parse_scraped_text(text: str) -> ScrapedStructure:
    """Split a scraped page into site, headline, dateline, byline, captions, related links and body.

    Args:
        text: the page as plain text.

    Returns:
        The structure; ``paragraphs`` is empty when no body was found.
    """
    result = ScrapedStructure()
    header_titles: list[tuple[int, str]] = []  # title-like blocks seen before the body starts
    in_body = False
    for index, block in enumerate(split_blocks(text)):
        related = _related(block)
        if related:
            result.related.append(related)
            continue
        if _BOILERPLATE.match(block):
            result.dropped.append(block)
            continue
        stamp = parse_dateline(block)
        if stamp:
            # The first dateline is the publication; a later "Updated ..." line is dropped.
            result.published = result.published or stamp
            continue
        byline = _BYLINE.match(block) or (result.published and not in_body and _BYLINE_POSTED.match(block))
        if byline and result.byline is None and len(block.split()) <= 12:
            result.byline = byline.group("name").strip()
            continue
        caption = _caption(block)
        if caption:
            result.captions.append(caption)
            continue
        if not in_body and _is_title_like(block):
            header_titles.append((index, block))
            continue
        in_body = True
        result.paragraphs.append(block)
    _assign_titles(result, header_titles)
    return result


def _assign_titles(result: ScrapedStructure, titles: list[tuple[int, str]]) -> None:
    """Pick the headline and site name/tagline among the short blocks above the body.

    The headline is the longest title-like block; the page's first block counts for less
    when others follow it, because sites print their name or tagline first. A block
    above the headline is the site's name or tagline.
    """
    if not titles:
        return

    def weight(position: int, block: str) -> float:
        words = len(block.split())
        first_of_many = position == 0 and len(titles) > 1
        return words * (FIRST_BLOCK_WEIGHT if first_of_many else 1.0)

    _, (head_index, headline) = max(enumerate(titles), key=lambda it: weight(it[0], it[1][1]))
    result.headline = headline
    before = [t for i, t in titles if i < head_index]
    if before:
        # "The Daily Ledger | World | Politics": what follows a bar is the site's section menu.
        result.site = re.split(r"\s+[|·•»]\s+", before[0])[0].strip()
