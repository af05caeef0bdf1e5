"""Syntactic helpers of the actors stage: title prefixes, appositions and actor-like positions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsgraph.knowledge.actors import find_organisation, role_noun
from newsgraph.knowledge.countries import (
    country_by_adjective,
    country_by_capital,
    country_by_name,
    fold,
    region_country,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _words(text: str) -> list[str]:
    """Split a space-separated word list (keeps long vocabularies compact)."""
    return text.split()


# Prepositions after which a place name is where something happens, not who does it.
LOCATIVE_PREPS = frozenset(
    _words(
        "in at into inside outside across near throughout within around over onto via through along toward "
        "towards beyond off under above below beside behind"
    )
)
# Verbs whose object is a destination ("visiting the UAE"), not a participant.
MOTION_VERBS = frozenset(
    _words("visit travel arrive leave enter reach tour fly return flee head go come move cross land depart")
)
# Heads of "of" phrases that make the place a location ("the north of Syria").
PLACE_HEADS = frozenset(
    _words(
        "part parts north south east west capital city cities region regions territory territories border "
        "borders area areas province provinces coast rest side centre center heart outskirts"
    )
)
# Sectors of actors that belong to a state. Named without a country ("the police", "the government",
# "protesters"), such an actor is taken to be of the article's home country (see ``home_country``).
DOMESTIC_SECTORS = frozenset(_words("GOV MIL COP SPY LEG JUD PTY OPP PRM CVL BUS EDU HLH LAB AGR CRM ELI REL REF MED"))
# Adjectives of a continent, a region or the world: a plural group they qualify ("African
# governments", "foreign ministers") is many countries' people, none of them the article's own.
REGIONAL_ADJECTIVES = frozenset(
    {"african", "european", "asian", "arab", "gulf", "nordic", "scandinavian", "balkan", "caribbean", "baltic", "latin",
     "pacific", "foreign", "international", "regional", "world", "global"}
)
_AMERICAS = frozenset({"central", "south", "latin"})


def is_regional(words: Iterable[Token]) -> bool:
    """Whether a continent or region qualifies the words ("African governments", "European
    diplomats", "Central American migrants"): then they are many countries' people."""
    for tok in words:
        # "South African", "Central African" name a country, as "Saudi Arabian" does
        demonym = tok.i > 0 and country_by_adjective(f"{tok.nbor(-1).text} {tok.text}")
        if tok.lower_ in REGIONAL_ADJECTIVES and not demonym:
            return True
        if tok.lower_ == "american" and tok.i > 0 and tok.nbor(-1).lower_ in _AMERICAS:
            return True
    return False


# Subject pronouns that stand for a state, body or group ("it has killed", "it said").
STATE_PRONOUNS = frozenset({"it"})
# Heads after which "it" is a dummy subject ("it is likely that", "it takes time").
_DUMMY_IT_HEADS = frozenset(_words("be seem appear remain take mean matter look become happen rain"))
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "appos", "dative", "attr"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Title words that may precede a name ("Iranian President", "Deputy Foreign Minister", "Lt. Gen.").
TITLE_WORDS = frozenset(
    _words(
        "president vice shadow prime minister premier chancellor king queen emir sultan prince crown sheikh "
        "ayatollah general gen gen. lt lt. col col. colonel major maj. admiral commander governor mayor "
        "senator sen sen. rep rep. representative secretary deputy foreign defence defense interior finance "
        "home state mr mr. mrs mrs. ms ms. dr dr. judge justice chief speaker ambassador envoy spokesman "
        "spokeswoman spokesperson leader chairman chairwoman director head pope cardinal imam rabbi "
        "opposition supreme top diplomat counterpart former ex then-president acting interim junior assistant "
        "his her their its the a an minister's 's"
    )
)
# Titles that only a person bears: right before a name, they make it a person's name.
PERSON_TITLES = frozenset(
    _words(
        "president king queen emir sultan prince sheikh ayatollah premier chancellor senator sen sen. "
        "governor mayor general gen gen. colonel col. admiral mr mr. mrs mrs. ms ms. dr dr. judge pope "
        "cardinal imam rabbi minister secretary ambassador envoy"
    )
)
# Instruments are not actors even when a role table knows them (MIL for "drones").
NON_HUMAN = frozenset(
    _words(
        "drones drone tanks tank warplane warplanes jets jet destroyer warship warships submarine frigate "
        "artillery ambulance ambulances hospital hospitals school schools court courts bank banks board"
    )
)


def is_title_token(token: Token) -> bool:
    """True if ``token`` can be part of a title before a name."""
    low = token.lower_
    if low in TITLE_WORDS or token.ent_type_ == "NORP":
        return True
    if token.text[:1].isupper() and (country_by_adjective(token.text) or country_by_name(token.text)):
        return True
    found = role_noun(low)
    # Civilian nouns ("Women's minister") describe a portfolio, not the person's sector.
    return found is not None and found[0] not in ("CVL", "REF", "BUS") and token.pos_ in ("NOUN", "PROPN", "ADJ")


# Titles that a portfolio word may come before ("Economy minister", "Culture Secretary").
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "ministers"})


def title_prefix(doc: Doc, start: int) -> int:
    """Token index where the title before token ``start`` begins ("his Russian counterpart")."""
    i = start
    while i > 0 and start - i < 6:
        prev = doc[i - 1]
        if prev.is_sent_end or prev.text in (",", ";", ":", "(", "“", '"'):
            break
        if is_title_token(prev) or (prev.text in ("'s", "’s") and i >= 2 and doc[i - 2].ent_type_ == "GPE"):
            i -= 1
            continue
        if i < start and doc[i].lower_ in _PORTFOLIO_HOLDERS and prev.dep_ == "compound" and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN"):
            # "German Economy minister Wolfgang Clement", "Culture Secretary Tessa Jowell": a
            # portfolio names no one, and the nationality before it still places the minister.
            i -= 1
            continue
        if prev.text == "-" and i >= 2 and i < start and is_title_token(doc[i - 2]) and is_title_token(doc[i]):
            # "Vice-President": spaCy splits the hyphenated title into three tokens.
            i -= 1
            continue
        if prev.ent_type_ == "GPE" and i < start and doc[i].text in ("'s", "’s"):
            i -= 1
            continue
        # A named organisation before the title: "Lib Dem leader Charles Kennedy".
        size = next((k for k in (3, 2, 1) if k <= i and find_organisation(doc[i - k : i].text)), 0)
        if size and doc[i - 1].text[:1].isupper():
            i -= size
            continue
        break
    while i < start and doc[i].lower_ in ("the", "a", "an", "his", "her", "their", "its"):
        i += 1
    return i


_PLACE_PREPOSITIONS = frozenset({"in", "inside"})


def apposition(doc: Doc, end: int) -> str | None:
    """The role apposition after a name: "Vladimir Putin, the Russian president," -> its words."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    words = []
    for token in doc[end + 1 : end + 10]:
        if token.text in (",", ".", ";", ":") or token.is_sent_start:
            break
        if (token.pos_ == "VERB" and token.dep_ != "amod") or token.lower_ in ("who", "which", "that", "said", "says"):
            # A verb ends the apposition, but not an adjectival participle ("Algeria's leading activist").
            return None
        words.append(token.text)
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _PLACE_PREPOSITIONS), None)
    if cut is not None and role_noun(fold(words[cut - 1])) is not None and any(w in ("'s", "’s") for w in words[:cut]):
        # "the IRA's leader inside the Maze prison": a group's role, not where it is held ("an analyst
        # at Daiwa", "a spokesman in London" name no group and stay unread)
        words = words[:cut]
    if not words:
        return None
    phrase = " ".join(words)
    last = fold(words[-1])
    if role_noun(last) is None and role_noun(" ".join(fold(w) for w in words[-2:])) is None:
        return None
    return phrase


def actor_position(span: Span) -> bool:
    """True if ``span`` is in a position where it acts (subject, object, possessor), not a location."""
    root = span.root
    seen = 0
    while root.dep_ == "conj" and root.head.i != root.i and seen < 5:
        root = root.head
        seen += 1
    dep = root.dep_
    if dep in ACTOR_DEPS:
        return not (dep == "dobj" and root.head.lemma_.lower() in MOTION_VERBS)
    if dep == "pobj":
        prep = root.head.lower_
        if prep in LOCATIVE_PREPS:
            return False
        if prep == "of" and root.head.head.lemma_.lower() in PLACE_HEADS:
            return False
        return not (prep in ("to", "from") and root.head.head.lemma_.lower() in MOTION_VERBS)
    return bool(dep == "compound" and root.head.lower_ in ("delegation", "officials", "leaders", "forces", "troops"))


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of each token."""
    out = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = number
    return out


# With ``plurality``, a country leading the next by this factor (and named this often) is home.
PLURALITY_LEAD = 1.5
PLURALITY_MIN = 4


def home_country(weights: Counter[str], declared: str | None = None, *, plurality: bool = False) -> str | None:
    """The article's home country: the one holding a strict majority of its country-bearing places
    and named actors' mentions (at least two), the declared country (its outlet's) counting as
    one more mention; with ``plurality``, also one with a clear lead over the next; failing
    that, the declared country.
    """
    votes = Counter(weights)
    if declared:
        votes[declared] += 1
    total = sum(votes.values())
    if total:
        ranked = votes.most_common(2)
        best, count = ranked[0]
        if count >= 2 and count * 2 > total:
            return best
        second = ranked[1][1] if len(ranked) > 1 else 0
        if plurality and count >= PLURALITY_MIN and count >= PLURALITY_LEAD * second:
            return best
    return declared


def is_state_pronoun(token: Token) -> bool:
    """True if ``token`` is a referring subject "it" ("it has killed"), not a dummy ("it is likely")."""
    if token.lower_ not in STATE_PRONOUNS or token.dep_ != "nsubj":
        return False
    head = token.head
    if head.lemma_.lower() in _DUMMY_IT_HEADS or any(c.dep_ == "expl" for c in head.children):
        return False
    # "it said that ..." refers; "it emerged that" / "it was reported" do not.
    return head.lemma_.lower() not in {"emerge", "transpire", "follow", "turn"}


def titles_a_person(head: Token) -> bool:
    """True if the role noun is a title or apposition of a named person ("his counterpart Putin")."""
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return True
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return True
    return any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children)


def country_after(doc: Doc, end: int) -> str | None:
    """The country named right after a person by "of"/"from" ("King Hassan of Morocco"), as text."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "from"):
        return None
    i = end + 1 + (doc[end + 1].lower_ == "the")
    ents = [e for e in doc.ents if e.start == i and e.label_ == "GPE"]
    if ents and country_by_name(ents[0].text):
        return ents[0].text
    return None


def residence_country(token: Token, places: dict[int, str] | None = None) -> str | None:
    """ISO3 of the country a people or body is in by "X of/in PLACE" ("the Albanians of southern
    Serbia", "police in Birmingham, Alabama"). A town counts by the comma qualifier after it, else
    by ``places`` (body offset -> ISO3, as the places stage resolved each mention in context)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
                iso3 = country_by_name(ent.text if ent is not None else pobj.text)
                if iso3 is None and ent is not None:
                    iso3 = qualifier_country(ent) or (places or {}).get(ent.start_char)
                if iso3:
                    return iso3
    return None


def qualifier_country(ent: Span) -> str | None:
    """ISO3 of the state, region or country that qualifies a town after a comma ("Birmingham,
    Alabama", "London, Ontario", "Perth, Australia"), else None. A list ("Paris, London and
    Berlin", "Texas, Ohio and Iowa") qualifies nothing: a qualifier is no city and ends the list."""
    doc = ent.doc
    if country_by_name(ent.text) or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    nxt = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ in ("GPE", "LOC")), None)
    if nxt is None:
        return None
    after = doc[nxt.end] if nxt.end < len(doc) else None
    if after is not None and after.lower_ in ("and", "or"):
        return None
    if after is not None and after.text == "," and nxt.end + 1 < len(doc) and doc[nxt.end + 1].ent_type_ in ("GPE", "LOC"):
        return None
    text = nxt.text.removeprefix("the ").removeprefix("The ")
    return country_by_name(text) or region_country(text)


# Dependencies of a place the sentence's act is aimed at ("threatened Russia", "against Russia"):
# such a country is more often the other party than the country of an unplaced person.
_TARGET_PREPS = frozenset(_words("against to with toward towards on at into from between by"))


def _aimed_at(token: Token) -> bool:
    dep = token.dep_
    while dep == "conj" and token.head.i != token.i:
        token = token.head
        dep = token.dep_
    if dep in ("dobj", "dative", "iobj", "attr", "appos"):
        return True
    return dep == "pobj" and token.head.lower_ in _TARGET_PREPS


# Nouns whose nationality tells where an outside party comes from, not where the story is.
_FOREIGN_PARTIES = frozenset(
    {"giant", "firm", "company", "bank", "maker", "manufacturer", "carrier", "investor", "rival", "buyer",
     "bidder", "tycoon", "magnate", "supplier", "owner", "tourist", "visitor", "consultant"}
)


def sole_country(doc: Doc, place_countries: list[str]) -> str | None:
    """The one country the text names, when it names exactly one and never as a party acted upon.

    Evidence: places, nationality words, country names and capitals, and organisation names that
    begin with a country ("Kenya Anti-Corruption Commission"). Used only for titled persons whom
    nothing else places ("President Levy Mwanawasa ... the Zambian people"); a second country,
    or the only one standing as an object ("threatened Russia"), gives no answer: precision first.
    """
    seen: set[str] = set(place_countries)
    aimed = False
    for token in doc:
        # A country name the tagger left unlabelled ("the Kenya Anti-Corruption Commision").
        if token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper():
            iso3 = country_by_name(token.text) if len(token.text) > 3 else None
            if iso3:
                seen.add(iso3)
                aimed = aimed or _aimed_at(token)
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            iso3 = country_by_name(ent.text) or country_by_adjective(ent.text) or country_by_capital(ent.text)
            if iso3 is None:
                continue
            aimed = aimed or (ent.label_ == "GPE" and _aimed_at(ent.root))
            if ent.root.dep_ in {"amod", "compound"} and ent.root.head.lemma_.lower() in _FOREIGN_PARTIES:
                continue  # "the £456m system from American IT giant EDS": a supplier's country, not the story's
        elif ent.label_ == "ORG" and len(ent) >= 2:
            first = ent[0] if ent[0].lower_ != "the" else ent[1]
            iso3 = country_by_name(first.text) or country_by_adjective(first.text)
            if iso3 is None:
                continue
        else:
            continue
        seen.add(iso3)
    if len(seen) != 1 or aimed:
        return None
    return next(iter(seen))
