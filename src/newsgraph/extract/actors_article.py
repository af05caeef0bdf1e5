"""Article-level passes of the actors stage: evidence the whole text gives about its actors.

Kept apart from :mod:`newsgraph.extract.actors` to keep each module small. ``Actors`` is that
module's accumulator of actors and mentions (passed in, never imported at run time).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsgraph.extract.actors_context import (
    DOMESTIC_SECTORS,
    SUBJECT_DEPS,
    TITLE_WORDS,
    actor_position,
    home_country,
    is_state_pronoun,
    sole_country,
    title_prefix,
)
from newsgraph.extract.doc_text import doc_text
from newsgraph.extract.sports import is_sports_story
from newsgraph.knowledge.actors import ActorCode, find_organisation, role_noun
from newsgraph.knowledge.countries import (
    country_by_adjective,
    country_by_capital,
    country_by_misspelling,
    country_by_name,
    country_name,
    fold,
    is_acronym,
    lacks_office,
)
from newsgraph.knowledge.given_names import other_sex
from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.knowledge.officeholders import is_known_person, names_of, surname_code

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.actors import _Actors as Actors

_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_RE = re.compile(r"\b(?:he|she|it)\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Split a space-separated word list (keeps long vocabularies compact)."""
    return text.split()


def relabel_nationalities(doc: Doc) -> None:
    """Give the parse the label the tables know for a nationality or country the small model calls
    a person ("Azerbaijani and Armenian forces"): later stages read sides from NORP/GPE tokens."""
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        if ent.label_ != "PERSON" or is_known_person(ent.text):
            continue
        label = "GPE" if country_by_name(ent.text) else "NORP" if country_by_adjective(ent.text) else None
        if label is not None:
            ents[i], changed = Span(doc, ent.start, ent.end, label=label), True
    if changed:
        doc.ents = ents


def add_misspelt_countries(doc: Doc, found: Actors, when: str | None) -> None:
    """Unrecognised proper nouns one slip from a country name ("Ethopia", "Phillippines military")."""
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "GPE") or token.idx in found.covered:
            continue
        iso3 = country_by_misspelling(token.text)
        name = country_name(iso3)
        if iso3 is None or name is None:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.text[:1].isupper() for n in neighbours):
            continue  # inside a name ("Angela Merkel", "David Cameron"): a person, not a slip
        if surname_code(token.text) is not None:
            continue  # an office holder's surname ("Cameron said")
        head = token.head
        if token.dep_ == "compound" and head.pos_ == "NOUN" and role_noun(head.lower_) and head.i == token.i + 1:
            # "the Phillippines military": the country's forces.
            code = lookup_actor(f"{name} {head.text}", when)
            if code is not None and code.country == iso3:
                found.add(code, token.idx, head.idx + len(head.text))
            continue
        if actor_position(doc[token.i : token.i + 1]):
            found.add(ActorCode(name, iso3, None, None, "country"), token.idx, token.idx + len(token.text))


def place_titled_persons(doc: Doc, found: Actors, place_countries: list[str]) -> None:
    """Titled persons still with no country take the text's one country, if it names only one."""
    unplaced = [k for k, c in found.codes.items() if c.kind == "person" and c.role and c.sector and not c.country]
    if not unplaced:
        return
    iso3 = sole_country(doc, place_countries)
    if iso3 is None:
        return
    for key in unplaced:
        code = found.codes[key]
        if code.igo or code.sector not in DOMESTIC_SECTORS or lacks_office(iso3, code.role or ""):
            continue
        found.codes[key] = dataclasses.replace(code, country=iso3)


def add_pronouns(doc: Doc, found: Actors) -> None:
    """Subject pronouns: "he"/"she" join the one person mentioned in this or the previous sentence;
    "it" joins the one state, body or group (not a person, not a bare place) mentioned there."""
    matches = [m for m in _PRONOUN_RE.finditer(doc_text(doc)) if m.start() not in found.covered]
    if not matches:
        return
    sent_starts = [sent.start_char for sent in doc.sents]

    def sent_no(char: int) -> int:
        return bisect.bisect_right(sent_starts, char) - 1

    mentions = sorted((m.start, key) for key, ms in found.mentions.items() for m in ms.values())
    for match in matches:
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        low = token.lower_
        if low in _PRONOUNS:
            if token.dep_ not in SUBJECT_DEPS:
                continue
            kinds: tuple[str, ...] = ("person",)
        elif is_state_pronoun(token):
            kinds = ("country", "organisation", "group")
        else:
            continue
        sent = sent_no(token.idx)
        candidates = {
            key
            for start, key in mentions
            if start < token.idx and sent - 1 <= sent_no(start) <= sent and found.codes[key].kind in kinds
        }
        if low in _PRONOUNS:
            # "'I feel bad,' she said" after a paragraph on Ben Carson: not him
            candidates = {k for k in candidates if not other_sex(low, found.codes[k].name.split()[:1])}
        if low == "it":
            # "it" is singular: plural groups ("Palestinians", "police") are not its antecedent.
            candidates = {k for k in candidates if found.codes[k].kind != "group" or k[:1].isupper()}
        if len(candidates) == 1:
            key = next(iter(candidates))
            found.add(found.codes[key], token.idx, token.idx + len(token.text))


# Honorifics say nothing about office: "Mr Howard" may be anyone called Howard.
_HONORIFIC_TITLES = frozenset(_words("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof."))
_NOT_TITLES = frozenset(_words("his her their its the a an 's former ex"))


def office_titled(prefix: str) -> bool:
    """True if the words before a name include an office title ("President", "Australian leader")."""
    words = [fold(w) for w in prefix.split()]
    return any(
        (w in TITLE_WORDS and w not in _HONORIFIC_TITLES and w not in _NOT_TITLES) or role_noun(w) is not None
        for w in words
    )


def article_countries(doc: Doc, place_countries: list[str]) -> Counter[str]:
    """How often the text names each country: its places, and the country names, nationalities
    and capitals the tagger marks GPE or NORP."""
    counts: Counter[str] = Counter(place_countries)
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            text = ent.text.removeprefix("the ").removeprefix("The ")
            iso3 = country_by_name(text) or country_by_adjective(text) or country_by_capital(text)
            if iso3:
                counts[iso3] += 1
    return counts


# A home country named this often (and by a strict majority) tells against a foreign namesake.
MIN_HOME_WEIGHT = 4
# Nouns after a surname that only a head of government's name takes ("the Obama administration").
GOVERNMENT_NOUNS = frozenset(_words("administration government cabinet regime presidency"))


class SurnameEvidence:
    """What an article says for or against a bare surname ("Howard", "Raisi") naming the table's
    office holder of that surname.

    The tables know one Howard (John Howard, AUS); a 2005 British article's "Howard" is Michael
    Howard. For the holder: an office title before the surname ("President Raisi") or a
    government noun after it ("the Obama administration"), or the holder's full name or an
    alias anywhere in the text. Against: another person of that surname named in full ("Michael
    Howard"), or a clear home country (a strict majority of ``MIN_HOME_WEIGHT`` mentions or
    more) that is not the holder's, in a text that never names the holder's country, or a
    sports story, whose bare surnames are players' ("Henry" at Arsenal is no prime minister of
    Haiti). With neither, the surname names the holder, as a headline's "Putin warns West" does.
    """

    def __init__(self, body: str, countries: Counter[str], declared: str | None, persons: list[str]) -> None:
        self.text = fold(body)
        self.countries = countries
        self.home = home_country(countries, declared)
        self.sports = is_sports_story(body)
        # Surname -> folded full names of persons the article names in full.
        self.full: dict[str, set[str]] = {}
        for name in persons:
            words = fold(name).split()
            if len(words) >= 2:
                self.full.setdefault(words[-1], set()).add(" ".join(words))

    def supports(self, surname: str, forms: tuple[str, ...], country: str | None, titled: bool) -> bool:
        """True if the article lets ``surname`` name the holder written ``forms``, of ``country``."""
        if titled:
            return True
        folded = {fold(f) for f in forms}
        if any(re.search(rf"\b{re.escape(form)}\b", self.text) for form in folded if " " in form):
            return True
        if self.sports or self.full.get(fold(surname), set()) - folded:
            return False
        home = self.home
        foreign = country is not None and home is not None and country != home and not self.countries[country]
        return not (foreign and home is not None and self.countries[home] >= MIN_HOME_WEIGHT)


def government_noun_after(doc: Doc, end: int) -> bool:
    """True if a government noun follows token ``end - 1`` ("Obama administration", "Blair's cabinet")."""
    i = end + (end < len(doc) and doc[end].text in ("'s", "’s"))
    return i < len(doc) and doc[i].lower_ in GOVERNMENT_NOUNS


# A wire dateline opening a paragraph ("JERUSALEM (Reuters) -", "GAZA, Dec 4 (Reuters) -",
# "KYIV, Ukraine (AP) —", "TEHRAN --"): where and by whom the story was filed, never an actor
# or a speaker. The place is written in capitals, or an agency in brackets follows it.
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3})"
    r"(?:, ?[A-Z][A-Za-z.]*(?: [A-Za-z.]+)?(?: \d{1,2})?){0,2}"
    r"(?: ?(?P<agency>\([A-Za-z.&\- ]{1,30}\)))? ?(?:--|[-–—]) "
)


def datelines(body: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines that open the body or any of its paragraphs."""
    spans = []
    for start in (0, *(m.end() for m in re.finditer(r"\n", body))):
        match = _DATELINE.match(body, start)
        if match is not None and (match.group("place").isupper() or _agency(match.group("agency"))):
            spans.append((start, match.end()))
    return spans


def _agency(bracketed: str | None) -> bool:
    """True for a news agency in brackets ("(Reuters)", "(AP)"), not a party ("(Tory)")."""
    if not bracketed:
        return False
    org = find_organisation(bracketed.strip("()"))
    return org is not None and org.sector == "MED"


_NAME_JOINERS = frozenset(_words("of the and for de du la le"))


def initials(name: str) -> str | None:
    """The acronym a name of two or more capitalised words spells ("British National Party" -> BNP)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _NAME_JOINERS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def spelled_acronyms(doc: Doc, found: Actors) -> None:
    """An acronym the article spells out names the body it spells out: "BNP" in a story on the
    British National Party is not the Bangladesh Nationalist Party the table knows by it. Persons
    titled with the acronym ("BNP leader Nick Griffin") take that body's country."""
    spelled: dict[str, str] = {}  # acronym -> key of the organisation named in full
    for key, code in found.codes.items():
        if code.kind == "organisation":
            for mention in found.mentions[key].values():
                acronym = initials(mention.text)
                if acronym and len(acronym) >= 2:
                    spelled.setdefault(acronym, key)
    if not spelled:
        return
    for key in list(found.codes):
        code = found.codes.get(key)
        for mention in list(found.mentions.get(key, {}).values()) if code is not None else ():
            text = mention.text
            if code.kind == "person":
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                text = doc[title_prefix(doc, span.start) : span.end].text if span is not None else text
            hit = next((w for w in text.replace(".", "").split() if is_acronym(w) and w in spelled), None)
            target = found.codes.get(spelled[hit]) if hit else None
            if target is None or spelled[hit] == key or target.country == code.country:
                continue
            if code.kind == "person" and not is_known_person(code.name):
                found.codes[key] = dataclasses.replace(code, country=target.country, igo=target.igo)
            elif code.kind == "organisation" and fold(text) == fold(hit):
                found.drop(mention.start, mention.end)
                found.add(target, mention.start, mention.end)


@dataclasses.dataclass(frozen=True, slots=True)
class SurnameHit:
    """A bare surname the tables resolved to an office holder, to be judged once the text is read."""

    holder: str  # the holder's canonical name (the actor key)
    surname: str
    titled: bool  # an office title before it or a government noun after it
    fallback: ActorCode  # the person if the holder is not supported


def surname_evidence(doc: Doc, found: Actors, places: list[str], declared: str | None) -> SurnameEvidence:
    """Evidence from the whole text: its places and country words, and the countries of the named
    bodies and persons found (not of the holders being judged)."""
    weights = article_countries(doc, places)
    holders = {hit.holder for hit in found.surnames.values()}
    for key, code in found.codes.items():
        if code.country and not code.igo and code.kind != "country" and key not in holders:
            weights[code.country] += len(found.mentions[key])
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    return SurnameEvidence(found.body, weights, declared, persons)


def check_surnames(doc: Doc, found: Actors, places: list[str], declared: str | None) -> None:
    """Undo the bare surnames the text does not support (see :class:`SurnameEvidence`): each
    becomes a person of its own, to join a full name ("Michael Howard") or stay uncoded."""
    found.evidence = evidence = surname_evidence(doc, found, places, declared)
    by_holder: dict[str, list[tuple[int, SurnameHit]]] = {}
    for start, hit in found.surnames.items():
        by_holder.setdefault(hit.holder, []).append((start, hit))
    for holder, hits in by_holder.items():
        code = found.codes.get(holder)
        if code is None or any(hit.titled for _, hit in hits):
            continue
        if evidence.supports(hits[0][1].surname, names_of(holder), code.country, False):
            continue
        for start, hit in hits:
            end = next((e for s, e in found.mentions.get(holder, {}) if s == start), None)
            if end is not None:
                found.drop(start, end)
                found.add(hit.fallback, start, end)
                found.kept.add(hit.fallback.name)
