"""Places: GPE/LOC/FAC entities geocoded offline with :mod:`newsgraph.knowledge.gazetteer`.

Every mention is kept (one :class:`Place` per occurrence, with its offsets). Two
passes: the entities spaCy found, then our curated multi-word names ("the occupied
Palestinian territories", "Russia's far east") that spaCy splits or labels as
NORP; where they overlap, the longer (more specific) span wins.

Precision guards: a name that is also part of a PERSON entity in the article
("Raisi" mislabelled GPE) is skipped, and so is a demonym ("Iranian") matched only
through a city's alternate names.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from newsgraph.knowledge.countries import US_GEORGIA, georgia_is_us_state
from newsgraph.knowledge.gazetteer import curated_names, lookup, namesake_in
from newsgraph.model import Article, Place
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small model often calls a place PERSON or ORG ("Odessa", "Crimea"); such entities get a
# second chance only with syntactic evidence of a place (see _second_chance).
_MISLABELS = frozenset({"PERSON", "ORG"})
_LOCATIVE = frozenset({"in", "at", "from", "to", "near", "into", "across", "towards", "toward", "outside", "inside"})
_DEMONYM = re.compile(r"(?:ian|ians|ese|ish|i|is|ans|ean|eans)$")


@stage("extract.places", requires=("article.entities",), assigns=("article.places",))
def extract_places(article: Article, doc: Doc | None = None) -> Article:
    """Geocode the article's place entities and curated region names."""
    body = article.body
    person_words = _person_words(article)
    found: list[Place] = []
    for ent in article.entities:
        if ent.label not in PLACE_LABELS:
            continue
        place = _place(ent.text, ent.start, ent.end, person_words)
        if place:
            found.append(place)
    for match in _phrase_pattern().finditer(body):
        text = match.group(0)
        if text.islower():  # "the west bank of the river" is no place name
            continue
        if _inside_other_name(article, match.start(), match.end()):
            continue
        place = _place(text, match.start(), match.end(), person_words)
        if place:
            found.append(place)
    if doc is not None:
        found.extend(_second_chance(article, doc, found, person_words))
    return dataclasses.replace(article, places=_longest(_prefer_context(article, found)))


def _prefer_context(article: Article, places: list[Place]) -> list[Place]:
    """Re-resolve city namesakes to the countries the article names ("Newcastle" in a text about
    Britain is Newcastle upon Tyne, not the larger Newcastle in Australia)."""
    context = {p.country for p in places if p.kind in ("country", "capital", "region") and p.country}
    home = article.extra.get("home_country")
    if isinstance(home, str):
        context.add(home)
    if not context:
        return places
    out = []
    us_georgia = any(p.text == "Georgia" for p in places) and georgia_is_us_state(article.body)
    for place in places:
        if us_georgia and place.text == "Georgia":
            name, country, lat, lon = US_GEORGIA
            place = dataclasses.replace(place, name=name, country=country, lat=lat, lon=lon, kind="region")
        if place.kind == "city" and place.country not in context:
            local = namesake_in(place.text, frozenset(context))
            if local is not None:
                place = dataclasses.replace(place, name=local.name, country=local.country, lat=local.lat, lon=local.lon)
        out.append(place)
    return out


def _place(text: str, start: int, end: int, person_words: frozenset[str]) -> Place | None:
    hit, source = lookup(text)
    if hit is None:
        return None
    # Countries and curated names are trusted; a city match on a word of a person's name is
    # the usual spaCy slip ("Raisi" as GPE), and a demonym only matches by an alternate name.
    if source in ("city", "alternate") and any(word in person_words for word in text.split()):
        return None
    if source == "alternate" and _DEMONYM.search(text.lower()):
        return None
    return Place(
        text=text, name=hit.name, country=hit.country, lat=hit.lat, lon=hit.lon, start=start, end=end, kind=hit.kind
    )


def _second_chance(article: Article, doc: Doc, places: list[Place], person_words: frozenset[str]) -> list[Place]:
    """Places among PERSON/ORG entities: coordinated with a found place ("Kiev and Odessa"), or
    a country, capital or curated region governed by a locative preposition ("in Crimea")."""
    place_tokens = set()
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            place_tokens.update(t.i for t in span)
    out = []
    for ent in article.entities:
        if ent.label not in _MISLABELS:
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        coordinated = (root.dep_ == "conj" and root.head.i in place_tokens) or any(
            child.dep_ == "conj" and child.i in place_tokens for child in root.children
        )
        hit, source = lookup(ent.text)
        if hit is None:
            continue
        locative = (
            root.dep_ == "pobj"
            and root.head.lower_ in _LOCATIVE
            and (source in ("country", "curated") or hit.kind == "capital")
        )
        if coordinated or locative:
            place = _place(ent.text, ent.start, ent.end, person_words)
            if place:
                out.append(place)
    return out


def _inside_other_name(article: Article, start: int, end: int) -> bool:
    """True when a longer non-place entity holds the phrase ("United States Steel", an ORG)."""
    return any(
        ent.label not in PLACE_LABELS
        and ent.label != "NORP"
        and ent.start <= start
        and end <= ent.end
        and ent.end - ent.start > end - start
        for ent in article.entities
    )


def _person_words(article: Article) -> frozenset[str]:
    """Capitalised words of the article's full PERSON names ("Ebrahim Raisi" gives "Raisi").

    One-word PERSON entities are left out: they are as often mislabelled places ("Odessa").
    """
    words = set()
    for ent in article.entities:
        if ent.label == "PERSON" and " " in ent.text:
            words.update(w for w in ent.text.split() if w[:1].isupper() and len(w) > 2)
    return frozenset(words)


@functools.cache
def _phrase_pattern() -> re.Pattern[str]:
    """Curated names of two or more words (or with "'s"), longest first so alternation prefers them."""
    # A leading "the" stays outside the span, as in the entities stage.
    names = {re.sub(r"^the ", "", n, flags=re.IGNORECASE) for n in curated_names()}
    names = sorted({n for n in names if " " in n or "'" in n}, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _longest(places: list[Place]) -> tuple[Place, ...]:
    kept: list[Place] = []
    for place in sorted(places, key=lambda p: (-(p.end - p.start), p.start)):
        if all(place.end <= k.start or place.start >= k.end for k in kept):
            kept.append(place)
    return tuple(sorted(kept, key=lambda p: p.start))
