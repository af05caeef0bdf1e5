"""Named entities from spaCy, with offsets into the body."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

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
