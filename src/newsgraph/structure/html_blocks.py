"""Blocks of trafilatura's XML body and the rules that tell article text from boilerplate.

trafilatura returns its body as a small XML tree (``p``, ``head``, ``list/item``, ``quote``,
``table``, ``ref`` links). We flatten it to :class:`Block` records that keep what the rules
need: the kind of element, its text, how much of it is link text, and the links themselves.
The rules are general page conventions (share bars, newsletter boxes, "Read more:" teasers,
photo credits, link lists), never site-specific.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of the extracted body."""

    kind: str  # p, head, item, quote, row, code
    text: str
    link_chars: int = 0
    links: list[tuple[str, str | None]] = field(default_factory=list)
    rend: str | None = None
    pos: float = 0.0  # document position, used when blocks from other containers are merged in

    @property
    def link_ratio(self) -> float:
        """Share of the text that sits inside links."""
        return self.link_chars / max(1, len(self.text))

    @property
    def words(self) -> int:
        """Number of words; Chinese/Japanese text, written without spaces, counts two characters a word."""
        count = len(self.text.split())
        if _CJK.search(self.text):
            count = max(count, len(_CJK.findall(self.text)) // 2)
        return count


def squash(text: str | None) -> str:
    """Collapse all whitespace (incl. non-breaking and zero-width) to single spaces."""
    if not text:
        return ""
    return " ".join(text.replace("\u200b", " ").replace("\ufeff", " ").split())


def norm_key(text: str | None) -> str:
    """Comparison key: NFKC, lower case, letters and digits only (quotes/punctuation ignored)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(re.findall(r"\w+", text))


_INLINE = frozenset({"hi", "ref", "span", "del", "sub", "sup", "code"})
_BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table"})


class _Segmenter:
    """Walk an element's text, splitting at ``<lb/>`` and newlines, keeping link text per segment."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, int, list[tuple[str, str | None]]]] = []
        self._text: list[str] = []
        self._link = 0
        self._links: list[tuple[str, str | None]] = []

    def _flush(self) -> None:
        text = squash("".join(self._text))
        if text:
            self.parts.append((text, self._link, self._links))
        self._text, self._link, self._links = [], 0, []

    def add(self, text: str | None) -> None:
        """Append text; a newline in trafilatura's output is a line break of the page."""
        if not text:
            return
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i:
                self._flush()
            self._text.append(line)

    def walk(self, el: etree._Element) -> None:
        if el.tag == "lb":
            self._flush()
        elif el.tag == "ref":
            # string() holds the link's whole text, nested markup included
            raw = squash(el.xpath("string()"))
            self._text.append(raw)
            self._link += len(raw)
            if raw:
                self._links.append((raw, el.get("target")))
        else:
            block_level = el.tag not in _INLINE
            if block_level:  # <item><head>Title</head><head>Teaser</head></item> must not glue words
                self._text.append(" ")
            self.add(el.text)
            for child in el:
                self.walk(child)
                self.add(child.tail)
            if block_level:
                self._text.append(" ")

    def result(self) -> list[tuple[str, int, list[tuple[str, str | None]]]]:
        self._flush()
        return self.parts


def _segments(el: etree._Element) -> list[tuple[str, int, list[tuple[str, str | None]]]]:
    seg = _Segmenter()
    seg.add(el.text)
    for child in el:
        seg.walk(child)
        seg.add(child.tail)
    return seg.result()


def body_blocks(body: etree._Element | None) -> list[Block]:
    """Flatten trafilatura's XML body into blocks, in order.

    Args:
        body: the ``body`` element of ``bare_extraction(...).body`` (``None`` gives ``[]``).

    Returns:
        One block per paragraph, heading, list item, quote paragraph, table row or code block;
        ``<lb/>`` line breaks split paragraphs (sites use ``<br><br>`` as paragraph breaks).
    """
    blocks: list[Block] = []
    if body is None:
        return blocks

    def add(kind: str, el: etree._Element, rend: str | None = None) -> None:
        for text, link_chars, links in _segments(el):
            blocks.append(Block(kind, text, link_chars, links, rend))

    def visit(el: etree._Element) -> None:
        tag = el.tag
        if tag in ("p", "head", "code"):
            add(tag, el, el.get("rend"))
        elif tag == "list":
            for item in el.iterchildren("item"):
                nested = item.findall("list")
                for sub in nested:  # nested lists come out as their own items, after the parent text
                    item.remove(sub)
                add("item", item)
                for sub in nested:
                    visit(sub)
        elif tag == "quote":
            if any(child.tag in ("p", "list", "quote", "head") for child in el):
                if el.text and el.text.strip():
                    blocks.append(Block("quote", squash(el.text)))
                for child in el:
                    if child.tag in ("p", "head"):
                        add("quote", child)
                    else:
                        visit(child)
            else:
                add("quote", el)
        elif tag == "table":
            for row in el.iter("row"):
                if any(child.tag in _BLOCK_TAGS for cell in row.iterchildren("cell") for child in cell):
                    # a layout table: its cells hold the article's paragraphs
                    for cell in row.iterchildren("cell"):
                        if cell.text and cell.text.strip():
                            blocks.append(Block("p", squash(cell.text)))
                        for child in cell:
                            visit(child)
                            if child.tail and child.tail.strip():
                                blocks.append(Block("p", squash(child.tail)))
                    continue
                cells = [squash(cell.xpath("string()")) for cell in row.iterchildren("cell")]
                text = " | ".join(c for c in cells if c)
                if text:
                    links = sum(len(squash(r.xpath("string()"))) for r in row.iter("ref"))
                    blocks.append(Block("row", text, links))
        elif tag == "graphic":
            return
        else:
            add("p", el)

    for child in body:
        visit(child)
    for i, block in enumerate(blocks):
        block.pos = float(i)
    return blocks


# -- boilerplate rules --------------------------------------------------------------------------

# Teaser prefixes that introduce a link to another article.
RELATED_PREFIX = re.compile(
    r"^\s*(?:read(?:\s+more|\s+also|\s+next)?|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|content|coverage|links?|reading|news))?"
    r"|more(?:\s+on\s+this(?:\s+story)?|\s+from\s+[\w .'&-]{1,40}|\s+stories)?|watch(?:\s+now)?|listen|recommended|don[’']t\s+miss"
    r"|further\s+reading|also\s+on\s+[\w.-]+|suggested(?:\s+reading)?|you\s+may\s+also\s+like|trending|top\s+stories|previously)"
    r"\s*(?:[:|>»›→-]|\.{3})\s*",
    re.IGNORECASE,
)
# Whole-line boilerplate: share bars, newsletter boxes, ads, cookie and copyright notices.
_BOILER_LINE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|story continues below(?:\s+advertisement)?|continue reading(?: below| the main story)?"
    r"|skip (?:to|ad)\b.*|share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share via .*|tweet|email|print|comments?|reprints?|order reprints"
    r"|print article|copy link|link copied|show comments|view comments|leave a comment|add a comment|scroll down.*|back to top|close|menu|loading\.*"
    r"|thank you|thanks for signing up!?|sorry!?|log ?in|sign ?in|register|subscribe(?: now| today)?|follow us.*|next article|previous article)\W*$",
    re.IGNORECASE,
)
_BOILER_PHRASE = re.compile(
    r"sign(?:ing)? up for (?:our|the|a) .*newsletter|subscribe to (?:our|the) .*newsletter|get (?:our|the) .*newsletter"
    r"|newsletters?\b.{0,40}\b(?:inbox|sign up|subscribe)|(?:in|to) your inbox|sign up (?:here|now|today|for free)"
    r"|there was an error processing your subscription|by (?:signing up|subscribing|clicking)|privacy policy and terms"
    r"|we use cookies|uses? cookies to|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|this site uses akismet"
    r"|all rights reserved|^\s*(?:copyright\s*)?©|^\s*copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d|this (?:material|article) may not be (?:published|reproduced)"
    r"|(?:share|like) (?:this|the) (?:story|article|post) (?:with|on)|share (?:on|via) (?:facebook|twitter|whatsapp|linkedin|email)"
    r"|click here to (?:subscribe|sign up|get|download|read)|download (?:our|the) (?:free )?app|get (?:\w+ )?(?:news|business|sports) on the go"
    r"|follow (?:us|\w+) on (?:twitter|facebook|instagram)|join (?:us|the conversation) on|have a (?:news )?tip\?|send (?:us )?(?:a )?tips? to"
    r"|this copy is for your personal,? non-commercial use|to order presentation-ready copies|notify me (?:of|when) new"
    r"|your browser does not support|enable javascript|please (?:enable|turn on) javascript|an error has occurred,? please try again"
    r"|^(?:image|photo|picture|video)s?\s*(?:credit|source|courtesy)?\s*[:|]|^(?:image|photo|picture)\s+(?:by|via|courtesy)\b"
    r"|\((?:photo|image|picture)s?\s*(?:by|credit|courtesy|:)[^)]*\)\s*$|^(?:getty images|reuters|ap photo|afp|epa)(?:/|\s*$)",
    re.IGNORECASE,
)
# Furniture recognisable only in short lines (a long paragraph starting "Subscribe" may be prose).
_BOILER_SHORT = re.compile(
    r"^(?:[\w .&'’-]{0,40}\bnewsletters?|sign up (?:to|for)\b.*|subscribe\b.*|follow\b.{0,60}\bon (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)\b.*"
    r"|(?:credit|source)s?\s*:.*|(?:release date|last modified|last updated|category|categories|tags?|filed under|topics?)\s*:.*"
    r"|by(?-i:(?:\s+(?:[A-Z][\w.'’-]*|and|&|,|of|the)){1,8}))$"
    r"|already a subscriber|to (?:view|read|continue reading) the full (?:story|article)|subscribers? (?:also )?receive"
    r"|download (?:our|the) .{0,40}\bapps?\b|submit (?:a|your) letter to the editor|advertising disclosure|advertising disclaimer"
    r"|affiliate (?:links?|commission)|may (?:receive|earn) (?:a )?(?:compensation|commission)|contains references to products from"
    r"|we recommend the best products",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A line that is only a date/time stamp ("November 20, 2019 - 11:28 AMT", "Updated: 05/10/2018 10:02").
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|first published|modified|date)\s*(?:on|at)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s*(?:[-|,•·]|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?"
    r"(?:\s*[|/-]\s*(?:updated|modified)?:?.*)?$",
    re.IGNORECASE,
)
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$")


def boilerplate_reason(block: Block) -> str | None:
    """Why a block is page furniture rather than article text, or ``None`` when it is text.

    Args:
        block: a body block.

    Returns:
        A short reason ("related", "linklist", "boilerplate") or ``None``.
    """
    text = block.text
    if block.kind in ("p", "item") and RELATED_PREFIX.match(text) and (block.link_ratio >= 0.4 or block.words <= 20):
        return "related"
    short = len(text) <= 220
    if short and _BOILER_LINE.match(text):
        return "boilerplate"
    if len(text) <= 400 and _BOILER_PHRASE.search(text):
        return "boilerplate"
    if block.words <= 25 and _BOILER_SHORT.search(text):
        return "boilerplate"
    if block.words <= 12 and _DATELINE.match(text):
        return "dateline"
    # a paragraph or list item that is nothing but a link is a teaser or a menu entry
    if block.kind in ("p", "item") and block.link_ratio >= 0.9 and not _URLISH.match(text):
        return "linklist"
    return None


def is_prose(block: Block) -> bool:
    """A sentence-like paragraph: long enough, mostly plain text, ends like a sentence."""
    return (
        block.kind in ("p", "quote", "item")
        and block.words >= 12
        and block.link_ratio < 0.5
        and bool(re.search(r"[.!?…:;\"'”’)\]。！？」』]$", block.text))
    )
