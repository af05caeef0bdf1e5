"""Named entities from spaCy, with offsets into the body."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsgraph.model import Article, Entity
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Numeric and temporal labels are handled by the dates and claims stages.
KEPT_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"})

_LEADING = ("the ", "The ")
_TRAILING = ("'s", "’s")


@stage("extract.entities", requires=("article.doc",), assigns=("article.entities",))
def extract_entities(article: Article, doc: Doc) -> Article:
    """Keep spaCy's named entities of the kinds we resolve, trimmed of "the" and possessives."""
    join_nicknamed_persons(doc)
    entities = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        text = ent.text
        for lead in _LEADING:
            if text.startswith(lead):
                start += len(lead)
        for trail in _TRAILING:
            if text.endswith(trail):
                end -= len(trail)
        text = article.body[start:end].strip()
        if not text:
            continue
        entities.append(Entity(text=text, label=ent.label_, start=start, end=start + len(text)))
    return dataclasses.replace(article, entities=tuple(entities))


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def join_nicknamed_persons(doc: Doc) -> None:
    """Make one person of a name with a quoted nickname inside ("Marion \"Suge\" Knight", "Rubin
    \"Hurricane\" Carter"), which the small model splits into pieces or misses: the pieces named
    no one, so the man arrested went without a target. A person when the model tagged a piece
    PERSON or a lower-case title stands before the name ("rap mogul", "former boxer")."""
    if not any(t.text in _OPENING_QUOTES for t in doc):
        return  # most texts: no quotation mark, no nickname (the scan below runs on every token)
    ents, spans = list(doc.ents), []
    i = 0
    while i < len(doc):
        match = _nicknamed_span(doc, i)
        if match is None:
            i += 1
            continue
        start, end = match
        before = doc[start - 1] if start else None
        titled = before is not None and before.pos_ in {"NOUN", "PROPN"} and before.text.islower()
        if titled or any(t.ent_type_ == "PERSON" for t in doc[start:end]):
            spans.append(Span(doc, start, end, label="PERSON"))
        i = end
    if spans:
        taken = {t for span in spans for t in range(span.start, span.end)}
        doc.ents = [e for e in ents if not taken & set(range(e.start, e.end))] + spans


def _nicknamed_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token bounds of "Given \"Nick\" Surname" starting at token ``i``, or None."""
    def is_name(k: int) -> bool:
        return k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()

    if not is_name(i) or (i and is_name(i - 1)):
        return None
    k = i
    while k - i < 3 and is_name(k):
        k += 1
    if k >= len(doc) or doc[k].text not in _OPENING_QUOTES:
        return None
    q = k + 1
    while q < len(doc) and q - k <= 3 and doc[q].text not in _CLOSING_QUOTES and (doc[q].text[:1].isupper() or doc[q].lower_ == "the"):
        q += 1
    if q == k + 1 or q >= len(doc) or doc[q].text not in _CLOSING_QUOTES or not is_name(q + 1):
        return None
    end = q + 1
    while end - q <= 2 and is_name(end):
        end += 1
    return (i, end) if not is_name(end) else None
