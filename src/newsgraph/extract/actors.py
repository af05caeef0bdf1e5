"""Actors: every political actor of the article, resolved to canonical codes with all its mentions.

Sources, in order: PERSON entities with their titles and appositions ("Iranian President
Ebrahim Raisi"), ORG entities (named organisations and metonyms such as "the Kremlin"),
GPE entities in actor positions (a country as subject or object; a capital acting stands for
its government), plural nationality nouns ("Palestinians"), and generic groups with a
nationality or as subjects ("Israeli forces", "Analysts say").

Coding choices:
- A bare country ("Iran backs Hamas") is ``kind="country"`` with ``sector=None``, as GDELT codes
  a country with no type code; "Moscow said" is the government (``Government of Russia``, GOV).
- Surnames ("Putin") and unambiguous pronoun subjects join the full-name actor.
- Ids are slugs of the canonical name, so one person has one id across articles.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import TYPE_CHECKING

from newsgraph.extract.actors_context import (
    NON_HUMAN,
    SUBJECT_DEPS,
    actor_position,
    apposition,
    sentence_index,
    title_prefix,
)
from newsgraph.knowledge.actors import ActorCode, find_organisation, role_noun
from newsgraph.knowledge.countries import city_country, country_by_adjective, country_by_capital, country_by_name, fold
from newsgraph.knowledge.lookup import government, lookup_actor
from newsgraph.knowledge.officeholders import is_known_person
from newsgraph.model import Actor, Article, Mention
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = frozenset({"he", "she"})


def actor_id(name: str) -> str:
    """Stable id of an actor: the ASCII slug of its canonical name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class _Actors:
    """Accumulates actors keyed by canonical name, with their mentions."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.codes: dict[str, ActorCode] = {}
        self.mentions: dict[str, dict[tuple[int, int], Mention]] = {}
        self.covered: set[int] = set()  # body offsets already inside a mention

    def add(self, code: ActorCode, start: int, end: int) -> None:
        text = self.body[start:end]
        if not text.strip() or any(i in self.covered for i in range(start, end)):
            return
        key = code.name
        if key not in self.codes or (self.codes[key].sector is None and code.sector is not None):
            self.codes[key] = code
        self.mentions.setdefault(key, {})[(start, end)] = Mention(text=text, start=start, end=end)
        self.covered.update(range(start, end))

    def build(self) -> tuple[Actor, ...]:
        actors = []
        for key, code in self.codes.items():
            mentions = tuple(sorted(self.mentions[key].values(), key=lambda m: m.start))
            actors.append(
                Actor(
                    id=actor_id(code.name),
                    name=code.name,
                    country=code.country,
                    sector=code.sector,
                    role=code.role,
                    kind=code.kind,
                    mentions=mentions,
                )
            )
        return tuple(sorted(actors, key=lambda a: a.mentions[0].start))


@stage("extract.actors", requires=("article.entities",), assigns=("article.actors",))
def extract_actors(article: Article, doc: Doc) -> Article:
    """Resolve the article's political actors and gather every mention of each."""
    when = (article.published or "")[:10] or None
    found = _Actors(article.body)
    sent_of = sentence_index(doc)
    person_spans: list[tuple[str, int, int]] = []  # (actor name, first token, end token)

    for ent in article.entities:
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        label = _label(ent.label, ent.text)
        if label == "PERSON":
            code = _person(doc, span, when, found)
            if code is not None:
                found.add(code, ent.start, ent.end)
                person_spans.append((code.name, span.start, span.end))
        elif label == "ORG":
            code = _organisation(doc, span, ent.text, when)
            if code is not None:
                found.add(code, ent.start, ent.end)
        elif label in ("GPE", "NORP"):
            code = _place_actor(span, ent.text, label, when)
            if code is not None:
                found.add(code, ent.start, ent.end)

    _merge_short_names(found)
    _add_surnames(doc, found, when, person_spans)
    _add_generic_groups(doc, found, when)
    _add_pronouns(doc, found, sent_of)
    return dataclasses.replace(article, actors=found.build())


def _label(label: str, text: str) -> str:
    """The entity label corrected by the tables: the small model mislabels well-known names."""
    if label in ("ORG", "GPE", "NORP", "PERSON") and is_known_person(text):
        return "PERSON"
    if label == "PERSON" and find_organisation(text) is not None:
        return "ORG"
    if label == "PERSON" and (country_by_adjective(text) or city_country(text)):
        return "NORP" if country_by_adjective(text) else "GPE"
    return label


def _person(doc: Doc, span: Span, when: str | None, found: _Actors) -> ActorCode | None:
    name = span.text
    start = title_prefix(doc, span.start)
    prefix = doc[start : span.start].text
    appos = apposition(doc, span.end)
    phrase = f"{prefix} {name}".strip()
    code = lookup_actor(f"{phrase}, {appos}" if appos else phrase, when)
    if code is None or code.kind != "person":
        code = ActorCode(name, None, None, None, "person")
    elif not is_known_person(code.name) and fold(code.name) != fold(name):
        code = dataclasses.replace(code, name=name)
    if code.kind == "person" and code.name.islower():
        # Only role words came back ("the Queen"): the entity names nobody we can code.
        code = ActorCode(name, code.country, code.sector, code.role, "person", code.secondary)
    if "counterpart" in prefix.lower() and (code.sector is None or (code.role or "").lower() == "counterpart"):
        # "his Russian counterpart X": X holds the same office as the person just mentioned.
        other = _previous_person(found, span.start_char)
        if other is not None and other.role:
            code = dataclasses.replace(code, sector=other.sector, role=other.role.removeprefix("former "))
    return code


def _previous_person(found: _Actors, before: int) -> ActorCode | None:
    best, best_start = None, -1
    for key, mentions in found.mentions.items():
        code = found.codes[key]
        if code.kind != "person" or not code.role:
            continue
        for mention in mentions.values():
            if best_start < mention.start < before:
                best, best_start = code, mention.start
    return best


def _organisation(doc: Doc, span: Span, text: str, when: str | None) -> ActorCode | None:
    org = find_organisation(text)
    if org is not None:
        code = org.code(when)
        if code.kind == "organisation" and code.sector in ("GOV", "LEG", "MIL") and not actor_position(span):
            # "greeted Raisi in the Kremlin": the building, not the institution acting.
            return None
        return code
    start = title_prefix(doc, span.start)
    code = lookup_actor(f"{doc[start : span.start].text} {text}".strip(), when)
    if code is None or code.kind == "person" or code.country is None:
        # An unknown body with no country ("Parliament" in a British text) would be coded wrongly.
        return None
    if code.kind == "country":
        return code if country_by_name(text) and actor_position(span) else None
    # An unknown named body ("Ministry of Mines", "Bank of America") keeps its own name.
    return dataclasses.replace(code, name=text, kind="organisation")


def _place_actor(span: Span, text: str, label: str, when: str | None) -> ActorCode | None:
    if label == "NORP":
        # Only plural nationality nouns act ("Palestinians"); "Iranian" before a noun is a modifier.
        if span.root.pos_ in ("PROPN", "NOUN") and span.root.dep_ not in ("amod", "compound") and text.endswith("s"):
            iso3 = country_by_adjective(text)
            if iso3:
                return ActorCode(text[0].upper() + text[1:], iso3, None, None, "group")
        return None
    if not actor_position(span):
        return None
    iso3 = country_by_capital(text)
    if iso3:
        return government(iso3)
    if country_by_name(text) is None and find_organisation(text) is None:
        # Towns and regions are where things happen; only countries and named bodies act here.
        return None
    code = lookup_actor(text, when)
    if code is not None and code.kind in ("country", "organisation", "group"):
        return code
    return None


_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mr.", "mrs.", "ms.", "dr."}
)


def _merge_short_names(found: _Actors) -> None:
    """Join "Ms Hewitt" or "Thomas" to the one full-name person with that surname; drop stray single names.

    A single capitalised word that spaCy calls a person and that neither joins a full name nor
    is in the tables ("Millennium", "Library", "Diageo") is more often an error than a person.
    """

    def words_of(key: str) -> list[str]:
        return [w for w in key.split() if w.lower() not in _HONORIFICS]

    full: dict[str, list[str]] = {}
    for key, code in found.codes.items():
        if code.kind == "person" and len(words_of(key)) >= 2:
            full.setdefault(words_of(key)[-1], []).append(key)
    for key in list(found.codes):
        code = found.codes[key]
        words = words_of(key)
        if code.kind != "person" or len(words) != 1:
            continue
        targets = full.get(words[0], [])
        target_code = found.codes[targets[0]] if len(targets) == 1 else None
        compatible = target_code is not None and (
            code.sector is None or target_code.sector is None or code.sector == target_code.sector
        )
        if compatible and target_code is not None:
            if target_code.sector is None and code.sector is not None:
                # "Labour's Mr Balls" tells what the bare "Ed Balls" did not.
                found.codes[targets[0]] = dataclasses.replace(code, name=targets[0])
            found.mentions[targets[0]].update(found.mentions.pop(key))
            del found.codes[key]
        elif len(key.split()) == 1 and not is_known_person(key):
            for mention in found.mentions.pop(key).values():
                found.covered.difference_update(range(mention.start, mention.end))
            del found.codes[key]


def _add_surnames(doc: Doc, found: _Actors, when: str | None, spans: list[tuple[str, int, int]]) -> None:
    """Single-word mentions of a person's surname ("Raisi") join the full-name actor."""
    surnames: dict[str, set[str]] = {}
    for key, code in found.codes.items():
        if code.kind != "person":
            continue
        for mention in found.mentions[key].values():
            words = mention.text.split()
            if len(words) >= 2:
                surnames.setdefault(words[-1], set()).add(key)
    for token in doc:
        keys = surnames.get(token.text)
        if not keys or not token.text[:1].isupper() or token.idx in found.covered:
            continue
        if len(keys) == 1:
            key = next(iter(keys))
            found.add(found.codes[key], token.idx, token.idx + len(token.text))
    # A lone surname of a known office holder with no full-name mention: look it up.
    for name, start, end in spans:
        # Only a lone surname still standing as its own actor: merged ones belong to a full name.
        if end - start == 1 and " " not in name and name in found.codes:
            code = lookup_actor(name, when)
            if code is not None and code.kind == "person" and code.name != name:
                token = doc[start]
                found.mentions.get(name, {}).pop((token.idx, token.idx + len(token.text)), None)
                if not found.mentions.get(name):
                    found.codes.pop(name, None)
                    found.mentions.pop(name, None)
                found.covered.difference_update(range(token.idx, token.idx + len(token.text)))
                found.add(code, token.idx, token.idx + len(token.text))


def _add_generic_groups(doc: Doc, found: _Actors, when: str | None) -> None:
    """Noun phrases headed by a role noun: with a nationality, or as the subject of a verb."""
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.ent_type_ or head.lower_ in NON_HUMAN or role_noun(head.lower_) is None:
            continue
        if head.lower_.startswith("counterpart") or _titles_a_person(head):
            continue
        if any(i in found.covered for i in range(chunk.start_char, chunk.end_char)):
            continue
        has_nationality = any(t.ent_type_ in ("NORP", "GPE") for t in chunk if t.i != head.i)
        if not has_nationality and head.dep_ not in SUBJECT_DEPS:
            continue
        if head.pos_ == "PROPN" or head.lower_ in ("people", "men", "women", "children", "family", "public"):
            continue
        if not has_nationality and (head.tag_ != "NNS" and head.lower_ != "police"):
            # Without a nationality only plural groups act ("Analysts say", "Rebels attacked").
            continue
        start = chunk.start
        while start < head.i and doc[start].lower_ in ("the", "a", "an", "his", "her", "its", "their", "our"):
            start += 1
        words = doc[start : head.i + 1]
        code = lookup_actor(words.text, when)
        if code is None or code.kind == "person" or code.sector is None:
            continue
        if code.country is None and code.sector in ("GOV", "LEG", "JUD", "PTY"):
            # "ministers", "the party": whose institution is unknown, so the codes would mislead.
            continue
        found.add(code, words.start_char, words.end_char)


def _titles_a_person(head: Token) -> bool:
    """True if the role noun is a title or apposition of a named person ("his counterpart Putin")."""
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return True
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return True
    return any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children)


def _add_pronouns(doc: Doc, found: _Actors, sent_of: list[int]) -> None:
    """ "he"/"she" as a subject joins the one person mentioned in this or the previous sentence."""
    persons = []
    for key, mentions in found.mentions.items():
        if found.codes[key].kind == "person":
            persons.extend((m.start, key) for m in mentions.values())
    persons.sort()
    starts = {token.idx: token.i for token in doc}
    for token in doc:
        if token.lower_ not in _PRONOUNS or token.dep_ not in SUBJECT_DEPS:
            continue
        sent = sent_of[token.i]
        candidates = {
            key
            for start, key in persons
            if start < token.idx and start in starts and sent - 1 <= sent_of[starts[start]] <= sent
        }
        if len(candidates) == 1:
            key = next(iter(candidates))
            found.add(found.codes[key], token.idx, token.idx + len(token.text))
