"""Actors: every political actor of the article, resolved to canonical codes with all its mentions.

Sources, in order: PERSON entities with their titles and appositions ("Iranian President
Ebrahim Raisi"), ORG entities (named organisations and metonyms such as "the Kremlin"),
GPE entities in actor positions (a country as subject or object; a capital acting stands for
its government), plural nationality nouns ("Palestinians"), and generic groups with a
nationality or as subjects ("Israeli forces", "Analysts say").

Coding choices:
- A bare country ("Iran backs Hamas") is ``kind="country"`` with ``sector=None``, as GDELT codes
  a country with no type code; "Moscow said" is the government (``Government of Russia``, GOV).
- Surnames ("Putin") and unambiguous pronoun subjects join the full-name actor; a subject "it"
  joins the one state, body or group named in its own or the previous sentence ("it has killed").
- Home country: the country holding a strict majority (two mentions at least) of the article's
  country-bearing place and named-actor mentions, where ``article.extra["home_country"]`` (the
  outlet's country, when a reader knows it) counts as one more; else that declared country.
  Domestic actors named with no country ("police", "the government", "protesters": sectors in
  ``DOMESTIC_SECTORS``) get it; stateless ones (rebels, IGOs, NGOs) never do.
- Ids are slugs of the canonical name, so one person has one id across articles.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from newsgraph.extract.actors_article import (
    SurnameEvidence,
    SurnameHit,
    add_misspelt_countries,
    add_pronouns,
    check_surnames,
    government_noun_after,
    office_titled,
    place_titled_persons,
    relabel_nationalities,
    spelled_acronyms,
    surname_evidence,
)
from newsgraph.extract.actors_context import (
    DOMESTIC_SECTORS,
    NON_HUMAN,
    PERSON_TITLES,
    SUBJECT_DEPS,
    actor_position,
    apposition,
    country_after,
    home_country,
    is_regional,
    qualifier_country,
    residence_country,
    title_prefix,
    titles_a_person,
)
from newsgraph.extract.doc_text import doc_text
from newsgraph.knowledge.actors import ActorCode, OrgEntry, find_bloc, find_organisation, role_noun
from newsgraph.knowledge.countries import (
    city_country,
    country_by_adjective,
    country_by_capital,
    country_by_name,
    country_name,
    fold,
    georgia_is_us_state,
    lacks_office,
)
from newsgraph.knowledge.given_names import other_sex
from newsgraph.knowledge.lookup import government, lookup_actor
from newsgraph.knowledge.lookup_phrase import foreign_to, generic_code
from newsgraph.knowledge.officeholders import is_known_person, names_of
from newsgraph.model import Actor, Article, Mention
from newsgraph.registry import stage

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

_PRONOUNS = frozenset({"he", "she"})
ETHNIC = "ethnic group"  # role of a people named "ethnic X", re-homed by ``_localise``
_PRONOUN_RE = re.compile(r"\b(?:he|she|it)\b", re.IGNORECASE)


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
        self.surnames: dict[int, SurnameHit] = {}  # start of a bare-surname mention -> its holder
        self.evidence: SurnameEvidence | None = None
        # Bare surnames kept as persons of their own after the article failed to support the
        # table's holder: dropped, they would be looked up again (as "Howard" -> John Howard).
        self.kept: set[str] = set()
        self.places: dict[int, str] = {}  # body offset of a place mention -> its ISO3 in context
        self.declared: str | None = None  # the outlet's country, when a reader knows it

    def add(self, code: ActorCode, start: int, end: int) -> None:
        text = self.body[start:end]
        if not text.strip() or any(i in self.covered for i in range(start, end)):
            return
        key = code.name
        if key not in self.codes or (self.codes[key].sector is None and code.sector is not None):
            self.codes[key] = code
        self.mentions.setdefault(key, {})[(start, end)] = Mention(text=text, start=start, end=end)
        self.covered.update(range(start, end))

    def drop(self, start: int, end: int) -> None:
        """Forget the mention at ``[start, end)`` (and its actor if it has no other mention)."""
        for key in list(self.mentions):
            if self.mentions[key].pop((start, end), None) is not None and not self.mentions[key]:
                del self.mentions[key]
                del self.codes[key]
        self.covered.difference_update(range(start, end))

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
    declared = article.extra.get("home_country")
    found.declared = declared if isinstance(declared, str) else None
    found.places = {p.start: p.country for p in article.places if p.country}
    person_spans: list[tuple[str, int, int]] = []  # (actor name, first token, end token)
    relabel_nationalities(doc)

    for ent in article.entities:
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        label = _label(ent.label, ent.text, _after_title(doc, span.start))
        firm = _possessive_firm(doc, span, when)
        if firm is not None:
            # "lambasted McDonald's": the firm whose name ends in 's, not a person called McDonald
            found.add(firm, ent.start, doc[span.end].idx + len(doc[span.end].text))
            continue
        if label == "PERSON":
            span = _name_completed(doc, span)
            code = _person(doc, span, when, found)
            if code is not None:
                found.add(code, ent.start, span.end_char)
                person_spans.append((code.name, span.start, span.end))
        elif label == "ORG":
            code = _organisation(doc, span, ent.text, when)
            if code is not None:
                found.add(code, ent.start, ent.end)
            else:
                # "Vice-President Moody Awori" tagged ORG: a title before a bare name makes a person.
                code = _titled_person(doc, span, when, found)
                if code is not None:
                    found.add(code, ent.start, ent.end)
                    person_spans.append((code.name, span.start, span.end))
        elif label in ("GPE", "NORP"):
            code = _place_actor(span, ent.text, label, when)
            if code is not None:
                found.add(code, ent.start, ent.end)

    _add_untagged_peoples(doc, found, when)
    _add_untagged_firms(doc, found, when)
    check_surnames(doc, found, list(found.places.values()), found.declared)
    spelled_acronyms(doc, found)
    _merge_short_names(found)
    _merge_name_variants(found)
    _add_surnames(doc, found, when, person_spans)
    add_misspelt_countries(doc, found, when)
    home = _home(article, found)
    _add_generic_groups(doc, found, when, home)
    if home is None:
        # Groups named with their nationality ("British authorities") now count too, and a clear
        # lead is enough: a British story that names Germany often still has its own government.
        home = _home(article, found, plurality=True)
    place_countries = {p.country for p in article.places if p.country}
    # With no home, "ethnic Indians" who rally in Kuala Lumpur live where the story's places all are.
    _localise(found, home, home or (place_countries.pop() if len(place_countries) == 1 else None))
    place_titled_persons(doc, found, [p.country for p in article.places if p.country])
    add_pronouns(doc, found)
    actors = found.build()
    if home and article.extra.get("home_country") != home:
        article = dataclasses.replace(article, extra={**article.extra, "home_country": home})
    return dataclasses.replace(article, actors=actors)


def _home(article: Article, found: _Actors, *, plurality: bool = False) -> str | None:
    """The article's home country from its places and the actors found so far (see module doc)."""
    # A place counts once however often it is named: one misread name repeated ("the Dome" read
    # as a town of Ghana five times) must not outvote the rest; countries recur as actors anyway.
    weights: Counter[str] = Counter(country for _, country in {(fold(p.name), p.country) for p in article.places if p.country})
    for key, code in found.codes.items():
        if code.country and not code.igo and code.role != ETHNIC:  # "ethnic Indians" hold a placeholder country
            weights[code.country] += len(found.mentions[key])
    declared = article.extra.get("home_country")
    return home_country(weights, declared if isinstance(declared, str) else None, plurality=plurality)


# Groups that act where they are (a story's one country, when it has no home).
_PLACE_BOUND_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "COP", "REB", "INS"})


def _localise(found: _Actors, home: str | None, residence: str | None = None) -> None:
    """Domestic actors named with no country ("police", "the minister") are the home country's.
    ``residence`` is the home, else the one country all the story's places lie in: a people named
    "ethnic X" lives there, and so, with no home, do crowds, unions, rebels and police ("students
    marched through Leipzig", "Maoist rebels blew up a bus in Dantewada"), though not officials,
    who may be visiting."""
    for key in list(found.codes):
        code = found.codes[key]
        if code.role == ETHNIC and residence and code.country != residence:
            # "Ethnic Albanians" in a Macedonian story: civilians of the country they live in (CAMEO).
            found.codes[key] = dataclasses.replace(code, country=residence, sector="CVL")
            continue
        place = home or (residence if code.kind == "group" and code.sector in _PLACE_BOUND_SECTORS else None)
        if place is None:
            continue
        if code.country or code.igo or code.sector not in DOMESTIC_SECTORS | _PLACE_BOUND_SECTORS or code.kind not in ("group", "person"):
            continue
        if home is not None and code.sector not in DOMESTIC_SECTORS:
            continue
        if lacks_office(place, code.role or ""):
            continue  # no "prime minister" of the United States
        if code.kind == "group" and key[:1].islower():
            local = generic_code(place, code.sector, code.secondary, code.role, "group", None)
        else:
            local = dataclasses.replace(code, country=place)
        mentions = found.mentions.pop(key)
        del found.codes[key]
        found.codes.setdefault(local.name, local)
        found.mentions.setdefault(local.name, {}).update(mentions)


def _after_title(doc: Doc, start: int) -> bool:
    """True if a person's title ("President", "King", "Mr") stands right before token ``start``."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.lower_ in PERSON_TITLES


def _label(label: str, text: str, titled: bool = False) -> str:
    """The entity label corrected by the tables: the small model mislabels well-known names."""
    if label in ("ORG", "GPE", "NORP", "PERSON") and is_known_person(text):
        return "PERSON"
    if label == "PERSON" and find_organisation(text) is not None:
        return "ORG"
    if label == "PERSON" and country_by_name(text) is not None:
        return "GPE"  # "Sri Lanka imposed a curfew": the small model takes some countries for people
    if label == "PERSON" and country_by_adjective(text) is None and titled:
        # "President Bush": a title makes a person even of a name that is also a town.
        return label
    if label == "PERSON" and (country_by_adjective(text) or city_country(text)):
        return "NORP" if country_by_adjective(text) else "GPE"
    words = text.split()
    if label == "PERSON" and len(words) == 2 and words[1].endswith("s") and country_by_adjective(words[0]):
        return "NORP"  # "Bosnian Serbs", "Iraqi Kurds": a people, not a person
    return label


# Lower-case particles inside names, after which the tagger may stop ("[Daniel arap] Moi").
_NAME_PARTICLES = frozenset({"arap", "bin", "ibn", "al", "el", "van", "von", "de", "da", "di", "dos", "du", "der"})


def _possessive_firm(doc: Doc, span: Span, when: str | None) -> ActorCode | None:
    """The organisation a name with its possessive names ("McDonald's"), if the tables know it."""
    if span.end >= len(doc) or doc[span.end].lower_ not in {"'s", "’s"}:
        return None
    org = find_organisation(span.text + "'s")
    return org.code(when) if org is not None else None


def _name_completed(doc: Doc, span: Span) -> Span:
    """A person's name the tagger cut after a particle, with the surname that follows."""
    if span.end < len(doc) and doc[span.end - 1].lower_ in _NAME_PARTICLES and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper():
        return doc[span.start : span.end + 1]
    return span


def _person(doc: Doc, span: Span, when: str | None, found: _Actors) -> ActorCode | None:
    name = span.text
    start = title_prefix(doc, span.start)
    prefix = doc[start : span.start].text
    appos = apposition(doc, span.end)
    phrase = f"{prefix} {name}".strip()
    where = country_after(doc, span.end) if prefix else None
    if where and not appos:
        # "King Hassan of Morocco": the country scopes the titled person.
        phrase = f"{phrase} of {where}"
    code = lookup_actor(f"{phrase}, {appos}" if appos else phrase, when)
    if code is not None and code.kind == "person" and _sex_clash(phrase.split()[0], code.name.split()[:1]):
        code = None  # "Mrs Howard" is not Michael Howard: his wife
    if code is not None and _surname_only(code, name):
        # Judged once the whole text is read (check_surnames); if the holder is not supported,
        # the apposition may still place the person ("Howard, the Tory leader").
        other = lookup_actor(appos, when) if appos else None
        placed = other is not None and other.country and other.kind != "country" and not is_known_person(other.name)
        fallback = dataclasses.replace(other, name=name, kind="person") if placed and other else ActorCode(name, None, None, None, "person")
        titled = office_titled(prefix) or government_noun_after(doc, span.end)
        found.surnames[span.start_char] = SurnameHit(code.name, name.split()[-1], titled, fallback)
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


def _surname_only(code: ActorCode, name: str) -> bool:
    """True if ``code`` is a table office holder that a bare surname ``name`` resolved to."""
    words = [w for w in name.split() if w.lower() not in _HONORIFICS]
    return code.kind == "person" and len(words) == 1 and not is_known_person(name) and is_known_person(code.name)


def _unsupported(doc: Doc, code: ActorCode, start: int, found: _Actors) -> bool:
    """True if the text does not support the holder ``code`` named by the lone surname at ``start``."""
    if not _surname_only(code, doc[start].text):
        return False
    if office_titled(doc[title_prefix(doc, start) : start].text) or government_noun_after(doc, start + 1):
        return False
    evidence = found.evidence or surname_evidence(doc, found, list(found.places.values()), found.declared)
    return not evidence.supports(doc[start].text, names_of(code.name), code.country, False)


def _titled_person(doc: Doc, span: Span, when: str | None, found: _Actors) -> ActorCode | None:
    """A name the tagger calls an organisation, read as a person when a person's title precedes it."""
    words = span.text.split()
    if title_prefix(doc, span.start) == span.start or not 2 <= len(words) <= 3:
        return None
    if not all(w[:1].isupper() and not w.isupper() for w in words) or any(role_noun(fold(w)) for w in words):
        return None
    code = _person(doc, span, when, found)
    if code is None or code.sector is None or not code.role or fold(code.name) != fold(span.text):
        return None
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


def _name_cut_short(doc: Doc, span: Span) -> OrgEntry | None:
    """An organisation whose name the entity tagger cut before its place ("[the Organisation for
    Security and Cooperation] in Europe", "[the Organisation] of the Islamic Conference")."""
    if span.end >= len(doc) or doc[span.end].lower_ not in {"in", "of", "for"}:
        return None
    for size in (2, 3, 4):
        org = find_organisation(doc[span.start : span.end + size].text) if span.end + size <= len(doc) else None
        if org is not None:
            return org
    return None


_STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "LEG", "JUD"})


def _possessor_country(doc: Doc, start: int) -> str | None:
    """The country a name is given as belonging to: "Belarus's KGB" → BLR."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    return country_by_name(doc[start - 2].text)


def _organisation(doc: Doc, span: Span, text: str, when: str | None) -> ActorCode | None:
    if "(" in text and text.split("(")[0].strip():
        # "Homeland Union (Conservatives": the gloss in brackets is not part of the name.
        text = text.split("(")[0].strip()
    org = find_organisation(text) or _name_cut_short(doc, span)
    if org is not None and span.start > 0 and foreign_to(doc[span.start - 1].text, org.country):
        # "Serbian Labour Minister": another country's nationality before a British party's name.
        return None
    if org is not None:
        code = org.code(when)
        owner = _possessor_country(doc, span.start)
        if owner and owner != code.country and code.sector in _STATE_SECTORS:
            # "Belarus's KGB", "Brazil's Congress": the owner's own body, which shares another's name.
            return dataclasses.replace(code, name=f"{country_name(owner)} {text}", country=owner)
        if code.kind == "organisation" and code.sector in ("GOV", "LEG", "MIL") and not actor_position(span):
            # "greeted Raisi in the Kremlin": the building, not the institution acting.
            return None
        return code
    start = title_prefix(doc, span.start)
    code = lookup_actor(f"{doc[start : span.start].text} {text}".strip(), when)
    if code is None or (code.kind == "country" and not country_by_name(text)):
        # A body our tables lack, or a namesake town ("Monsanto"): the apposition may say what it is
        # ("Monsanto, the US agrochemicals firm," is a US firm, named Monsanto).
        appos = apposition(doc, span.end)
        code = lookup_actor(appos, when) if appos else None
        if code is not None and code.kind in ("group", "organisation") and code.country and code.sector:
            return dataclasses.replace(code, name=text, kind="organisation", role=None)
        return None
    if code.kind == "person" or code.country is None:
        # An unknown body with no country ("Parliament" in a British text) would be coded wrongly.
        return None
    if code.kind == "country":
        return code if country_by_name(text) and actor_position(span) else None
    # An unknown named body ("Ministry of Mines", "Bank of America") keeps its own name.
    return dataclasses.replace(code, name=text, kind="organisation")


def _add_untagged_peoples(doc: Doc, found: _Actors, when: str | None) -> None:
    """Plural nationality nouns the entity tagger missed ("Argentines banged pots and pans")."""
    for token in doc:
        if token.ent_type_ or token.tag_ not in ("NNS", "NNPS") or not token.text[:1].isupper() or token.idx in found.covered:
            continue
        code = _place_actor(doc[token.i : token.i + 1], token.text, "NORP", when)
        if code is not None:
            found.add(code, token.idx, token.idx + len(token.text))


def _add_untagged_firms(doc: Doc, found: _Actors, when: str | None) -> None:
    """Firms of our organisation table that the entity tagger missed ("Russia's Gazprom cut off
    gas"): a run of capitalised proper nouns outside every entity, read as the table names it.
    Only firms: for other bodies the scan also read places in titles as metonyms ("the
    Archbishop of Westminster" as the Commons) on BBC politics, where the tagger's reading wins."""
    def untagged_name(token: Token) -> bool:
        return token.tag_ in ("NNP", "NNPS") and not token.ent_type_ and token.text[:1].isupper()

    for is_name, run in itertools.groupby(doc, key=untagged_name):
        if not is_name:
            continue
        tokens = list(run)
        span = doc[tokens[0].i : tokens[-1].i + 1]
        org = find_organisation(span.text)
        if org is None or org.sector != "BUS" or any(i in found.covered for i in range(span.start_char, span.end_char)):
            continue
        code = _organisation(doc, span, span.text, when)
        if code is not None:
            found.add(code, span.start_char, span.end_char)


def _place_actor(span: Span, text: str, label: str, when: str | None) -> ActorCode | None:
    if label == "NORP":
        # Only plural nationality nouns act ("Palestinians"); "Iranian" before a noun is a modifier.
        if span.root.pos_ in ("PROPN", "NOUN") and span.root.dep_ not in ("amod", "compound") and text.endswith("s"):
            # "Bosnian Serbs", "Iraqi Kurds": a people named with the country they live in.
            iso3 = country_by_adjective(text) or (country_by_adjective(text.split()[0]) if " " in text else None)
            where = residence_country(span.root)
            if iso3 and where and where != iso3:
                # "the Albanians of southern Serbia": a people living in a country is coded with
                # that country (CAMEO), not with its namesake state; as civilians of it.
                return ActorCode(text[0].upper() + text[1:], where, "CVL", None, "group")
            if iso3 and span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic":
                # "ethnic Albanians": the namesake state until the article shows where they live.
                return ActorCode(text[0].upper() + text[1:], iso3, None, ETHNIC, "group")
            if iso3:
                return ActorCode(text[0].upper() + text[1:], iso3, None, None, "group")
        return None
    if not actor_position(span):
        return None
    iso3 = country_by_capital(text)
    if iso3 and qualifier_country(span) not in (None, iso3):
        return None  # "the mayor of Paris, Texas": a namesake town, not the capital acting
    if iso3:
        return government(iso3)
    if country_by_name(text) is None and find_organisation(text) is None:
        # Towns and regions are where things happen; only countries and named bodies act here.
        return None
    if text == "Georgia" and georgia_is_us_state(doc_text(span.doc)):
        return ActorCode("United States", "USA", None, None, "country")  # a US state, as "Texas" is
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
        # "Mrs Howard" in a story about Michael Howard is his wife
        compatible = compatible and not _sex_clash(key.split()[0], targets[0].split()[:1])
        if compatible and target_code is not None:
            if target_code.sector is None and code.sector is not None:
                # "Labour's Mr Balls" tells what the bare "Ed Balls" did not.
                found.codes[targets[0]] = dataclasses.replace(code, name=targets[0])
            found.mentions[targets[0]].update(found.mentions.pop(key))
            del found.codes[key]
        elif len(key.split()) == 1 and not is_known_person(key) and not (code.role and code.country) and key not in found.kept:
            # A titled single name placed in a country ("King Hassan of Morocco") is a person.
            for mention in found.mentions.pop(key).values():
                found.covered.difference_update(range(mention.start, mention.end))
            del found.codes[key]


def _name_core(key: str) -> tuple[str, ...]:
    """A person's name without the dashes and marks the tagger took in ("Kanye West -")."""
    return tuple(w for w in (w.strip("-–—,;:") for w in key.split()) if w)


def _merge_name_variants(found: _Actors) -> None:
    """Join uncoded persons whose names end with another's full name ("Rapper Kanye West", "Kanye
    West -") to that name ("Kanye West"): as three actors their shared surname named none of them,
    and the bare "West" of the story was read as the West (audit 23)."""
    people = [k for k, c in found.codes.items() if c.kind == "person" and not c.country and len(_name_core(k)) >= 2]
    for key in sorted(people, key=lambda k: (len(_name_core(k)), k != " ".join(_name_core(k)))):
        if key not in found.codes:
            continue
        core = _name_core(key)
        for other in people:
            if other == key or other not in found.codes or found.codes[other].country:
                continue
            words = _name_core(other)
            if len(words) >= len(core) and words[-len(core) :] == core:
                found.mentions[key].update(found.mentions.pop(other))
                del found.codes[other]
        clean = " ".join(core)
        if clean != key and clean not in found.codes:
            found.codes[clean] = dataclasses.replace(found.codes.pop(key), name=clean)
            found.mentions[clean] = found.mentions.pop(key)


def _other_sex(before: str, mentions: Iterable[Mention]) -> bool:
    """Whether the honorific before a bare surname (the text ``before`` it) names the other sex
    than the given name of the full-name actor it would join."""
    words = before.rstrip().rsplit(None, 1)
    given = {m.text.split()[0] for m in mentions if len(m.text.split()) >= 2}
    return _sex_clash(words[-1] if words else "", given)


def _sex_clash(title: str, given_names: Iterable[str]) -> bool:
    """Whether the honorific ``title`` names the other sex than all the ``given_names``: a "Mrs
    Howard" in a story about Michael Howard is another person (his wife)."""
    return title.rstrip(".").lower() not in {"he", "she"} and other_sex(title, given_names)


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
    single = sorted((w for w, keys in surnames.items() if len(keys) == 1 and w[:1].isupper()), key=len, reverse=True)
    if single:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, single)) + r")\b")
        for match in pattern.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1 or match.start() in found.covered or _names_an_institution(span[0]):
                continue
            key = next(iter(surnames[match.group()]))
            if _other_sex(doc_text(doc)[: match.start()], found.mentions[key].values()):
                continue  # "Mrs Howard will make solo visits": Michael Howard's wife, not he
            found.add(found.codes[key], match.start(), match.end())
    # A lone surname of a known office holder with no full-name mention: look it up.
    for name, start, end in spans:
        # Only a lone surname still standing as its own actor: merged ones belong to a full name.
        if end - start == 1 and " " not in name and name in found.codes:
            code = lookup_actor(name, when)
            if code is not None and code.kind == "person" and code.name != name and not _unsupported(doc, code, start, found):
                token = doc[start]
                found.mentions.get(name, {}).pop((token.idx, token.idx + len(token.text)), None)
                if not found.mentions.get(name):
                    found.codes.pop(name, None)
                    found.mentions.pop(name, None)
                found.covered.difference_update(range(token.idx, token.idx + len(token.text)))
                found.add(code, token.idx, token.idx + len(token.text))


# Bodies named after a person, which are not the person: "the Clinton Foundation refused to
# release the names of donors" is the foundation's act, not Hillary Clinton's (audit 27).
_NAMED_BODIES = frozenset(
    {"foundation", "institute", "center", "centre", "library", "trust", "fund", "museum", "school", "university",
     "college", "hospital", "airport", "stadium", "prize", "award", "doctrine", "rule", "amendment", "act", "bridge",
     "hotel", "casino", "resort", "tower", "organization", "organisation", "company", "corporation", "brand"}
)


def _names_an_institution(token: Token) -> bool:
    """Whether a surname token is part of a body's or thing's name ("the Clinton Foundation", "the
    Carter Center", "the Monroe Doctrine")."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in _NAMED_BODIES and token.head.i > token.i


_POLICE_HEADS = frozenset({"police", "constabulary", "gendarmerie"})


def _add_generic_groups(doc: Doc, found: _Actors, when: str | None, home: str | None = None) -> None:
    """Role-noun phrases: with a nationality, or as a subject or passive agent ("by police")."""
    for chunk in doc.noun_chunks:
        head = chunk.root
        # A police force's own name ("the Government Railway Police", "the Royal Ulster
        # Constabulary") is tagged ORG but names no country: the story's home country polices it.
        police_name = head.lower_ in _POLICE_HEADS and home is not None and head.ent_type_ != ""
        if (head.ent_type_ and not police_name) or head.lower_ in NON_HUMAN or role_noun(head.lower_) is None:
            continue
        if head.lower_.startswith("counterpart") or titles_a_person(head):
            continue
        owner = _country_owner(chunk, found)
        if owner is None and any(i in found.covered for i in range(chunk.start_char, chunk.end_char)):
            continue
        has_nationality = any(t.ent_type_ in ("NORP", "GPE") for t in chunk if t.i != head.i)
        agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
        if not has_nationality and head.dep_ not in SUBJECT_DEPS and not agent:
            continue
        if (head.pos_ == "PROPN" and owner is None and not police_name) or head.lower_ in ("people", "men", "women", "children", "family", "public"):
            continue
        start = chunk.start
        while start < head.i and doc[start].lower_ in ("the", "a", "an", "his", "her", "its", "their", "our"):
            start += 1
        words = doc[start : head.i + 1]
        if head.tag_ == "NNS" and is_regional(words):
            # "African governments", "Central American migrants": many countries' people, a bloc at most
            bloc = find_bloc(words.text)
            if bloc is not None:
                found.add(bloc, words.start_char, words.end_char)
            continue
        scoped = _scoped_by(head, words, when) if owner is None and not has_nationality else None
        if scoped is not None:
            found.add(scoped, words.start_char, words.end_char)
            continue
        if not has_nationality and (head.tag_ != "NNS" and head.lower_ not in _POLICE_HEADS):
            # Without a nationality only plural groups act ("Analysts say", "Rebels attacked").
            continue
        code = lookup_actor(words.text, when)
        where = residence_country(head, found.places)
        if code is not None and code.country is None and where and not code.igo:
            # "Rebels in the Ivory Coast", "the opposition of Togo": the group's own country.
            code = lookup_actor(words.text, when, where) or code
        if owner is not None:
            # "Poland's parliament", "Taiwan's Vice Foreign Minister": the body or office, not the
            # bare country, acts; only a code with both country and sector replaces the country.
            if code is None or code.sector is None or code.country is None:
                continue
            found.drop(*owner)
            found.add(code, words.start_char, words.end_char)
            continue
        if code is None or code.kind == "person" or code.sector is None:
            continue
        if code.country is None and home and code.sector in DOMESTIC_SECTORS and not code.igo:
            code = lookup_actor(words.text, when, home) or code
            if police_name and code.country and len(words) > 1:
                code = dataclasses.replace(code, name=words.text, kind="organisation")
        if code.country is None and code.sector in ("GOV", "LEG", "JUD", "PTY"):
            # "ministers", "the party": whose institution is unknown, so the codes would mislead.
            continue
        found.add(code, words.start_char, words.end_char)


def _scoped_by(head: Token, words: Span, when: str | None) -> ActorCode | None:
    """The code of a role noun scoped by the body or nationality after "for"/"of"/"at": "a spokesman
    for the Albanian embassy" speaks for Albania (not for the article's home), "a spokeswoman for
    Human Rights Watch" for an NGO. Places after "of"/"in" are :func:`residence_country`'s."""
    for prep in head.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at") or pobj is None:
            continue
        if not any(t.ent_type_ in ("ORG", "NORP") for t in pobj.subtree):
            continue
        phrase = f"{words.text} {prep.text} {head.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text}"
        code = lookup_actor(phrase, when)
        placed = code is not None and (code.country or code.igo or code.sector not in DOMESTIC_SECTORS)
        if code is not None and code.sector and placed and code.kind != "country":
            return code  # placed by the body, or stateless as it is (an NGO's spokeswoman)
    return None


def _country_owner(chunk: Span, found: _Actors) -> tuple[int, int] | None:
    """Offsets of a bare-country mention possessing the chunk's role noun ("Poland's parliament"), else None.

    Every other covered character of the chunk must be outside actors: then the phrase as a
    whole names one actor, and the country's own mention gives way to it.
    """
    head = chunk.root
    poss = [t for t in head.children if t.dep_ == "poss" and t.ent_type_ == "GPE" and t.i >= chunk.start]
    if len(poss) != 1 or (role_noun(head.lower_) is None and role_noun(fold(chunk[-2:].text)) is None):
        return None
    ent = next((e for e in chunk.doc.ents if e.start <= poss[0].i < e.end), None)
    if ent is None:
        return None
    key = next((k for k, ms in found.mentions.items() if (ent.start_char, ent.end_char) in ms), None)
    if key is None or found.codes[key].kind != "country":
        return None
    others = set(range(chunk.start_char, chunk.end_char)) - set(range(ent.start_char, ent.end_char))
    return None if others & found.covered else (ent.start_char, ent.end_char)
