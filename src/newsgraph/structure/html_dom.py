"""What the original DOM tells us beyond trafilatura's body: where the article sits, its
figure captions and credits, related-article boxes, and body chunks trafilatura skipped.

Pages that split one story over several sibling containers (``<div class="body">`` chunks
around ads) often lose everything after the first chunk; :func:`sibling_paragraphs` recovers
them the way readability merges sibling candidates: same tag and class as the chunk that
was extracted, holding sentence-like paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import html as lxml_html

from newsgraph.structure.html_blocks import Block, squash

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "form"})
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|attribution|photographer|author", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:wp-)?caption(?:[\s_-]|$)|caption-text|image-caption|photo-caption", re.I)
_RELATED_CLASS = re.compile(
    r"related|read-?more|more-?stories|recommended|also-?read|see-?also|further-?reading|more-?on", re.IGNORECASE
)
_CREDIT_WORDS = re.compile(
    r"photo|image|picture|getty|reuters|\bap\b|afp|epa|credit|courtesy|agency|handout|shutterstock|©|/|press|images",
    re.IGNORECASE,
)
_TRAILING_BRACKET = re.compile(r"\s*[\[(]([^\[\]()]{2,120})[\])]\s*$")
_CREDIT_LABEL = re.compile(
    r"\s*(?:[|/–—-]\s*)?\(?\b(?:photo(?:graph)?s?|image|picture|credit|foto)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:：]\s*(.+?)\)?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"\s*©\s*(.+)$")


def text_of(el: lxml_html.HtmlElement) -> str:
    """Visible text of an element, scripts and styles left out."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return squash(" ".join(parts))


def _key(text: str) -> str:
    return squash(text)[:80].lower()


def _inside_link(a: lxml_html.HtmlElement, stop: lxml_html.HtmlElement) -> bool:
    """Whether an ``<a>`` sits inside another ``<a>`` below ``stop`` (broken markup nests them)."""
    for anc in a.iterancestors():
        if anc is stop:
            return False
        if anc.tag == "a":
            return True
    return False


def locate(doc: lxml_html.HtmlElement, blocks: list[Block]) -> dict[int, lxml_html.HtmlElement]:
    """Map block indices to the DOM elements holding the same text, and count their link text.

    trafilatura's own link output changes what it extracts, so links are read from the DOM:
    each located block gets ``link_chars`` and ``links`` from the ``<a>`` elements inside its
    element (or 100 % when the block is the text of a single link).
    """
    index: dict[str, tuple[lxml_html.HtmlElement, int]] = {}
    for el in doc.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "td", "figcaption"):
        text = text_of(el)
        if text:
            index.setdefault(_key(text), (el, len(text)))
    for el in doc.iter("a"):  # short teaser lines are often a bare link inside a div
        text = text_of(el)
        if text:
            index.setdefault(_key(text), (el, len(text)))
    found: dict[int, lxml_html.HtmlElement] = {}
    for i, block in enumerate(blocks):
        el, length = index.get(_key(block.text), (None, 0))
        if el is None:
            continue
        found[i] = el
        # links of a longer element (a <p> split at <br>s) do not tell about this block
        if block.links or block.link_chars or length > 1.2 * len(block.text) + 20:
            continue
        anchors = [el] if el.tag == "a" else [a for a in el.iter("a") if not _inside_link(a, el)]
        for a in anchors:
            text = text_of(a)
            if text:
                block.link_chars += len(text)
                block.links.append((text, a.get("href")))
        block.link_chars = min(block.link_chars, len(block.text))
    return found


def article_root(located: dict[int, lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    """Smallest element holding the located body paragraphs, widened to an enclosing ``<article>``."""
    elements = list(located.values())
    if not elements:
        return None
    root = elements[0]
    paths = [set(el.iterancestors()) | {el} for el in elements[1:]]
    while root is not None and not all(root in p for p in paths):
        root = root.getparent()
    if root is None:
        return None
    # the lead figure usually sits in the article header, outside the text container
    for anc in [root, *root.iterancestors()]:
        if anc.tag == "article" or (anc.get("itemprop") or "").lower() == "articlebody":
            return anc if anc.tag == "article" else root
        if anc.tag in ("body", "main"):
            break
    return root


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split a caption into (text, credit) on conventions: "[Agency]", "(Photo: X)", "Photo: X", "© X".

    Args:
        caption: the caption text.

    Returns:
        The caption without its credit, and the credit (``None`` when there is none).
    """
    match = _TRAILING_BRACKET.search(caption)
    if match and _CREDIT_WORDS.search(match.group(1)):
        return caption[: match.start()].strip(), match.group(1).strip()
    match = _CREDIT_LABEL.search(caption)
    if match:
        return caption[: match.start()].strip(" |–—-"), match.group(1).strip()
    match = _COPYRIGHT.search(caption)
    if match:
        return caption[: match.start()].strip(" |–—-"), match.group(1).strip()
    return caption, None


def captions(root: lxml_html.HtmlElement | None) -> list[tuple[str, str | None]]:
    """(caption, credit) for each figure or caption element inside the article root."""
    if root is None:
        return []
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    nodes = list(root.iter("figcaption"))
    nodes += [
        el
        for el in root.iter("div", "p", "span")
        if _CAPTION_CLASS.search(el.get("class") or "")
        and not any(a.tag == "figcaption" for a in el.iterancestors())
        and not any(n in el.iterancestors() for n in nodes)
    ]
    for node in nodes:
        credit = None
        credit_el = next(
            (
                c
                for c in node.iter()
                if c is not node and isinstance(c.tag, str) and _CREDIT_CLASS.search(c.get("class") or "")
            ),
            None,
        )
        full = text_of(node)
        if credit_el is not None:
            credit = text_of(credit_el) or None
            text = squash(full.replace(credit, "")) if credit else full
        else:
            text = full
        if credit is None:
            text, credit = split_credit(text)
        if credit_el is None and node.tag == "figcaption":
            sibling = node.getparent()
            sib_credit = next(
                (
                    c
                    for c in sibling.iter()
                    if isinstance(c.tag, str)
                    and c is not node
                    and node not in c.iterancestors()
                    and _CREDIT_CLASS.search(c.get("class") or "")
                ),
                None,
            )
            if sib_credit is not None and credit is None:
                credit = text_of(sib_credit) or None
        if credit:
            credit = re.sub(r"^(?:photo|image|credit)s?\s*[:：]\s*", "", credit, flags=re.I).strip() or None
        if text and text not in seen:
            seen.add(text)
            out.append((text, credit))
    return out


def related_links(root: lxml_html.HtmlElement | None) -> list[tuple[str, str | None]]:
    """(title, url) of links in "related"/"read more" containers inside or right after the article."""
    if root is None:
        return []
    scopes = [root]
    sibling = root.getnext()
    for _ in range(3):  # related boxes usually follow the article body directly
        if sibling is None:
            break
        scopes.append(sibling)
        sibling = sibling.getnext()
    out: list[tuple[str, str | None]] = []
    for scope in scopes:
        for box in scope.iter("div", "section", "aside", "ul", "nav"):
            marker = f"{box.get('class') or ''} {box.get('id') or ''}"
            if not _RELATED_CLASS.search(marker):
                continue
            for link in box.iter("a"):
                title = text_of(link)
                if len(title.split()) >= 3:
                    out.append((title, link.get("href")))
    return out


def sibling_paragraphs(
    doc: lxml_html.HtmlElement, blocks: list[Block], located: dict[int, lxml_html.HtmlElement]
) -> list[Block]:
    """Prose paragraphs in sibling containers of the extracted chunk that trafilatura left out.

    Args:
        doc: the parsed page.
        blocks: the extracted blocks (their ``pos`` is rewritten to document order when merging).
        located: block index -> DOM element, from :func:`locate`.

    Returns:
        New blocks (kind ``p``) with document positions; empty when nothing is missing.
    """
    if len(located) < 2:
        return []
    parent, count = Counter(el.getparent() for el in located.values()).most_common(1)[0]
    # only when trafilatura clearly took one container's paragraphs (not scattered snippets)
    if parent is None or count < 3 or count < 0.5 * len(located):
        return []
    order = {el: i for i, el in enumerate(doc.iter())}
    known = {_key(b.text) for b in blocks}
    container = parent
    for _ in range(3):
        grand = container.getparent()
        if grand is None or container.tag in ("body", "html", "article", "main"):
            return []
        signature = (container.tag, container.get("class"))
        siblings = [s for s in grand if s is not container and (s.tag, s.get("class")) == signature]
        new: list[Block] = []
        for sib in siblings:
            for p in sib.iter("p"):
                text = text_of(p)
                link_chars = sum(len(text_of(a)) for a in p.iter("a"))
                if len(text) >= 80 and link_chars / len(text) < 0.3 and _key(text) not in known:
                    known.add(_key(text))
                    new.append(Block("p", text, link_chars, pos=float(order.get(p, 0))))
        if len(new) >= 2:
            # rebase extracted blocks on document order so the new ones interleave correctly
            last = -1.0
            for i, block in enumerate(blocks):
                el = located.get(i)
                last = float(order[el]) if el is not None and el in order else last + 1e-3
                block.pos = last
            return new
        container = grand
    return []
