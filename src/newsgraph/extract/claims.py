"""Numeric claims: numbers that count something in the world, with who says so.

A claim is kept when it has a category (a casualty, arrest, displacement... word
around it, money or a percentage) or, for ``other``, a counted noun that is not a
unit of time or measure, written in digits or at least ten. Excluded: numbers in
dates and times (the dates stage's mentions and spaCy DATE/TIME entities), ages,
ordinals, numbers inside names ("Resolution 2254", "MH17") and bare years.

``text`` is the number's surface span with its qualifier ("more than 16,000") and a
currency or percent sign or word ("$2 million", "24 percent"). Vague plurals read as
lower bounds ("hundreds" = at least 200). ``part_of`` links "including 7,112
children" to the count it is part of. ``period_start``/``period_end`` come from the
sentence's date mentions ("since 7 October" opens a period that runs to the
publication date). ``claimant`` is the speaker of the quote holding the number, or
the holder of a reporting verb the number depends on; None is the article's voice.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.claims_agent import claim_agent
from newsgraph.extract.claims_category import category_of
from newsgraph.extract.claims_numbers import VAGUE, qualifier_before, read_number, token_value
from newsgraph.extract.claims_vocab import (
    AGE_WORDS,
    CURRENCY_WORDS,
    NAME_NOUNS,
    NOT_COUNTED,
    PERCENT_WORDS,
    PERIOD_END,
    PERIOD_START,
    SUBSET_AFTER,
    SUBSET_BEFORE,
)
from newsgraph.extract.doc_text import doc_text
from newsgraph.extract.quotes_cues import INDIRECT_CUES
from newsgraph.extract.quotes_speakers import SpeakerResolver, according_to, subject_of
from newsgraph.model import Article, Claim, Claimant, fact_id
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_EXCLUDED_LABELS = frozenset(
    {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "FAC", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART", "GPE", "LOC"}
)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_MIXED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]{3,}|[/:]")
_MAX_CLIMB = 6
_MIN_OTHER = 10  # "two countries" is not a claim; "40 tanks" is


@dataclass
class _Draft:
    start: int
    end: int
    value: float
    qualifier: str
    category: str
    object: str | None
    sent: Span
    num: Token
    parent: int | None = None  # index of the draft this one is part of


@stage(
    "extract.claims",
    requires=("article.actors", "article.dates", "article.places", "article.quotes", "article.events"),
    assigns=("article.claims",),
)
def extract_claims(article: Article, doc: Doc) -> Article:
    """Find counted quantities with category, qualifier, object, period, place and claimant."""
    excluded = _excluded_ranges(article, doc)
    drafts: list[_Draft] = []
    i = 0
    while i < len(doc):
        draft, nxt = _read(doc, i, excluded)
        if draft is not None:
            draft.parent = _parent(doc, draft, drafts)
            if draft.parent is not None and draft.category == "other":
                draft.category = drafts[draft.parent].category
            drafts.append(draft)
        i = max(nxt, i + 1)
    resolver = SpeakerResolver(article)
    claims = []
    for n, d in enumerate(drafts, 1):
        period_start, period_end = _period(article, d, doc)
        claims.append(
            Claim(
                id=fact_id(article.id, "c", n),
                text=article.body[d.start : d.end],
                value=d.value,
                qualifier=d.qualifier,  # type: ignore[arg-type]
                category=d.category,
                object=d.object,
                part_of=fact_id(article.id, "c", d.parent + 1) if d.parent is not None else None,
                period_start=period_start,
                period_end=period_end,
                place=_place(article, d),
                claimant=_claimant(article, resolver, d),
                agent=claim_agent(article, d.num),
                sentence=d.sent.text.strip(),
                start=d.start,
                end=d.end,
            )
        )
    return dataclasses.replace(article, claims=tuple(claims))


def _excluded_ranges(article: Article, doc: Doc) -> list[tuple[int, int]]:
    ranges = [(m.start, m.end) for m in article.dates]
    ranges += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _EXCLUDED_LABELS]
    return ranges


def _is_candidate(tok: Token) -> bool:
    if tok.lower_ in VAGUE or tok.lower_ in {"tens", "$", "£", "€", "us$", "a", "one"}:
        return True
    return tok.like_num or token_value(tok.text) is not None


def _read(doc: Doc, i: int, excluded: list[tuple[int, int]]) -> tuple[_Draft | None, int]:
    tok = doc[i]
    if not _is_candidate(tok):
        return None, i + 1
    num = read_number(doc, i)
    if num is None:
        return None, i + 1
    first = doc[num.start + 1] if num.currency else doc[num.start]
    last = doc[num.end - 1]
    if any(a <= t.idx < b for t in doc[num.start : num.end] for a, b in excluded):
        return None, num.end
    if _ORDINAL.match(first.text) or _MIXED.search(first.text) or _is_age(doc, num.start, num.end):
        return None, num.end
    if _joined_digits(doc_text(doc), first.idx, last.idx + len(last.text)):
        return None, num.end
    if _is_name_number(first) or _is_year(first, num.value, doc, num.end):
        return None, num.end
    if first.lower_ == "one" and num.end < len(doc) and doc[num.end].lower_ == "of":
        return None, num.end  # "one of two people killed": the count is the two
    end = num.end
    category = None
    currency = num.currency
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in PERCENT_WORDS or after.text == "%"):
        category = "percent"
        end += 2 if after.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent" else 1
    elif after is not None and after.lemma_.lower() in CURRENCY_WORDS:
        currency = True
        end += 1
    if currency:
        category = "money"
    counted = _counted_noun(doc, first, last, num.end)
    if category is None:
        category = category_of(counted if counted is not None else last)
    if category is None:
        if counted is None or counted.lemma_.lower() in NOT_COUNTED or counted.pos_ not in {"NOUN", "PROPN"}:
            return None, end
        if not (first.text[0].isdigit() or num.value >= _MIN_OTHER or num.vague):
            return None, end
        category = "other"
    qualifier, q_start = qualifier_before(doc, num.start)
    if (
        qualifier == "exact"
        and end + 1 < len(doc)
        and doc[end].lower_ == "or"
        and doc[end + 1].lower_ in {"more", "over"}
    ):
        qualifier = "at_least"
        end += 2
    if qualifier == "exact" and num.vague:
        qualifier = "at_least"
    start_char = doc[q_start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    obj = counted.text if counted is not None and category not in {"money"} else None
    draft = _Draft(start_char, end_char, num.value, qualifier, category, obj, first.sent, last)
    return draft, end


def _joined_digits(text: str, start: int, end: int) -> bool:
    """A number glued to other digits by a dash or dot ("16-12-2014", "5-04-2016", "1.2.3")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "-./" and after[1].isdigit()) or (
        len(before) == 2 and before[1] in "-./" and before[0].isdigit()
    )


def _is_age(doc: Doc, start: int, end: int) -> bool:
    if start > 0 and doc[start - 1].lower_ in AGE_WORDS:
        return True
    tail = " ".join(t.lower_ for t in doc[end : end + 4])
    return tail.startswith(("-year-old", "year-old", "year old", "years old", "- year - old", "-years-old"))


def _is_name_number(tok: Token) -> bool:
    # "Resolution 2254", "Flight 17": the number hangs from the capitalised noun before it.
    head = tok.head
    if head.i < tok.i and (head.lemma_.lower() in NAME_NOUNS or (head.pos_ == "PROPN" and head.i == tok.i - 1)):
        return tok.dep_ not in {"nummod"} or head.i == tok.i - 1
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"no", "no.", "number", "#"}


def _is_year(tok: Token, value: float, doc: Doc, end: int) -> bool:
    if not re.fullmatch(r"(1[89]|20)\d\d", tok.text):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN"} or tok.dep_ != "nummod"


def _counted_noun(doc: Doc, first: Token, last: Token, end: int) -> Token | None:
    """The noun the number counts: its head ("16,000 Palestinians") or an "of" object."""
    for tok in (last, first):
        head = tok.head
        if tok.dep_ in {"nummod", "quantmod", "amod", "compound"} and head.i >= end and head.pos_ in {"NOUN", "PROPN"}:
            if head.lower_ in PERCENT_WORDS or head.text == "%":
                break  # "64 percent of voters": the counted noun follows "of"
            return head
    if end < len(doc) and (doc[end].lower_ in PERCENT_WORDS or doc[end].text == "%"):
        end += 2 if doc[end].lower_ == "per" else 1
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        pobj = doc[end + 1]
        for cand in doc[end + 1 : min(len(doc), end + 5)]:
            if cand.dep_ == "pobj" and cand.head.i == end:
                pobj = cand
                break
        if pobj.pos_ in {"NOUN", "PROPN"} and pobj.lower_ not in {"them", "whom", "those"}:
            return pobj
    return None


def _parent(doc: Doc, draft: _Draft, drafts: list[_Draft]) -> int | None:
    """The earlier count in the sentence this one is a subset of ("including 7,112 children")."""
    start_tok = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if start_tok is None:
        return None
    i = start_tok.start
    before = tuple(t.lower_ for t in doc[max(draft.sent.start, i - 3) : i])
    after_i = start_tok.end
    after = tuple(t.lower_ for t in doc[after_i : after_i + 2])
    marked = any(before[-len(w) :] == w for w in SUBSET_BEFORE if len(before) >= len(w)) or any(
        after[: len(w)] == w for w in SUBSET_AFTER
    )
    if not marked and drafts:
        # "including 7,112 children and 4,885 women": a conjunct of a subset shares its parent.
        prev = drafts[-1]
        words = doc_text(doc)[prev.end : draft.start].replace(",", " ").lower().split()
        glue = [w for w in words if w not in (prev.object or "").lower().split()]
        if prev.parent is not None and prev.sent.start == draft.sent.start and glue in (["and"], ["or"], []):
            return prev.parent
    if not marked:
        return None
    for index in range(len(drafts) - 1, -1, -1):
        other = drafts[index]
        if other.sent.start != draft.sent.start:
            break
        if other.category in {"money", "percent"} or other.value < draft.value:
            continue
        # A subset of a subset ("including 7,112 children and 4,885 women") belongs to the top count.
        return other.parent if other.parent is not None else index
    return None


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (itself when it is one)."""
    for node in [tok, *tok.ancestors]:
        # "including" is tagged a verb but works as a preposition.
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            # Coordinated verbs share their modifiers ("has killed … and destroyed … since 7 October").
            while node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
                node = node.head
            return node
    return None


def _period(article: Article, draft: _Draft, doc: Doc) -> tuple[str | None, str | None]:
    sent = draft.sent
    verb = _clause_verb(draft.num)
    start = end = None
    points = []
    for mention in article.dates:
        if not (sent.start_char <= mention.start < sent.end_char):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # A date belongs to the count when both hang from the same verb (or either has none).
        if span is not None and verb is not None and _clause_verb(span.root) not in (None, verb):
            continue
        lower = mention.text.lower()
        if lower.startswith(PERIOD_START):
            start = mention.value
        elif lower.startswith(PERIOD_END):
            end = mention.value
        else:
            points.append(mention.value)
    if start is not None and end is None and _open_ended(article, sent) and article.published:
        end = article.published[:10]
    if start is None and end is None and len(points) == 1:
        start = end = points[0]
    return start, end


def _open_ended(article: Article, sent: Span) -> bool:
    """Whether the sentence's period is open-ended ("since …", running to publication)."""
    return any(sent.start_char <= m.start < sent.end_char and m.text.lower().startswith("since") for m in article.dates)


def _place(article: Article, draft: _Draft) -> str | None:
    best = None
    for place in article.places:
        if draft.sent.start_char <= place.start < draft.sent.end_char:
            preceding = article.body[max(0, place.start - 8) : place.start].lower().split()
            locative = bool(preceding) and preceding[-1] in {"in", "near", "across", "outside", "at"}
            if locative and (best is None or abs(place.start - draft.start) < abs(best.start - draft.start)):
                best = place
    return best.name if best is not None else None


def _claimant(article: Article, resolver: SpeakerResolver, draft: _Draft) -> Claimant | None:
    holding = [q for q in article.quotes if q.start <= draft.start and draft.end <= q.end and q.speaker]
    if holding:
        quote = min(holding, key=lambda q: q.end - q.start)
        return Claimant(quote.speaker.actor_id, quote.speaker.name)  # type: ignore[union-attr]
    node = draft.num
    for _ in range(_MAX_CLIMB + 2):
        if node.head.i == node.i:
            break
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in INDIRECT_CUES:
            return None  # the counted people are the ones speaking
        node = node.head
        if node.lemma_.lower() in INDIRECT_CUES and node.pos_ == "VERB":
            head = subject_of(node)
            speaker = resolver.resolve(head) if head is not None else None
            if speaker is not None:
                return Claimant(speaker.actor_id, speaker.name)
    for tok in draft.sent:
        holder = according_to(tok)
        if holder is not None:
            speaker = resolver.resolve(holder)
            if speaker is not None:
                return Claimant(speaker.actor_id, speaker.name)
    return None
