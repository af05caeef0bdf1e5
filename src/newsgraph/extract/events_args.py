"""Resolving event arguments, dates and places of the events stage.

An argument is the article's actor whose mention overlaps the noun phrase; failing that,
the actor lexicon (``knowledge.lookup``, when installed) is asked about the phrase.

Home country: a domestic actor with no country ("police", "the government") takes the article's
home country — the caller's hint, else the country holding a strict majority of the article's
actor mentions (the actors stage has already given its domestic actors that country).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import Counter
from typing import TYPE_CHECKING, Any

from newsgraph.extract.actors_context import DOMESTIC_SECTORS, is_regional, qualifier_country
from newsgraph.extract.doc_text import doc_text
from newsgraph.extract.events_syntax import (
    OBJECTLESS_ACTS,
    SPEAKER_NOUNS,
    bare_word,
    by_objects,
    is_passive,
    noun_span,
    passive_target,
)
from newsgraph.knowledge.actors import role_noun
from newsgraph.knowledge.cameo import get_code
from newsgraph.knowledge.countries import country_by_adjective, country_by_name, country_name
from newsgraph.knowledge.gazetteer import lookup as gazetteer_lookup
from newsgraph.knowledge.lookup_phrase import NON_ACTOR_NOUNS
from newsgraph.knowledge.plover import to_plover
from newsgraph.model import Actor, Article, DateMention, EventArg, EventPlace, Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STATELESS_SOURCE_SECTORS = frozenset({"IGO", "NGO", "REB", "INS", "IMG", "UAF", "MED", "HRI", "MNC"})
# Organisations whose "said"/"reported" marks a report, not a political act.
MEDIA_WORDS = frozenset(
    {"reuters", "ap", "afp", "associated press", "agence france-presse", "bloomberg", "xinhua", "tass", "ria novosti",
     "interfax", "irna", "anadolu", "anadolu agency", "al jazeera", "bbc", "cnn", "yonhap", "kyodo", "axios",
     "the new york times", "new york times", "the washington post", "washington post", "wall street journal",
     "the wall street journal", "financial times", "the guardian", "isna", "fars", "wafa", "sana", "kcna", "efe", "dpa",
     "ani", "pti", "ians", "nbc", "abc", "cbs", "politico"}
)
MEDIA_NOUNS = frozenset({"newspaper", "agency", "media", "television", "tv", "radio", "daily", "weekly", "broadcaster", "outlet", "report", "website"})

try:  # the actor lexicon is another stage's module; events still work without it.
    from newsgraph.knowledge.actors import BLOCS, seat_of
    from newsgraph.knowledge.lookup import lookup_actor as _lookup_actor
except ImportError:  # pragma: no cover - depends on installed stages
    _lookup_actor = None
    BLOCS: frozenset[str] = frozenset()

    def seat_of(text: str) -> tuple[str, str, float, float] | None:  # type: ignore[misc]
        return None


class ActorIndex:
    """Actor mentions of one article, searchable by character span."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        rows = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda r: (r[0], r[1]))
        self._rows = rows
        self._starts = [r[0] for r in rows]
        weights: Counter[str] = Counter()
        for actor in actors:  # summed: several actors share a country
            if actor.country:
                weights[actor.country] += len(actor.mentions)
        best = weights.most_common(1)
        # The article's home country as its actors show it: a strict majority of actor mentions.
        self.home = best[0][0] if best and best[0][1] * 2 > sum(weights.values()) else None

    def find(self, start: int, end: int, head: tuple[int, int] | None = None) -> tuple[Actor, int, int] | None:
        """The actor mentioned in ``[start, end)``; a mention covering ``head`` wins, then the longest."""
        lo = bisect.bisect_left(self._starts, start - 200)
        best: tuple[tuple[int, int, int], int, Actor] | None = None
        for m_start, m_end, actor in self._rows[lo:]:
            if m_start >= end:
                break
            if m_end <= start:
                continue
            covers = head is not None and m_start <= head[0] and m_end >= head[1]
            # No mention covers the head: the one nearest it names the group ("Osama bin
            # Laden's al-Qaeda network" is al-Qaeda's), so a later end wins before length.
            key = (1 if covers else 0, m_end if not covers else 0, m_end - m_start)
            if best is None or key > best[0]:
                best = (key, m_start, actor)
        if best is None:
            return None
        actor = best[2]
        m = next(m for m in actor.mentions if m.start == best[1])
        return actor, m.start, m.end


# Armed groups named by a bare noun ("militants", "gunmen") act where the article is: as event
# sources they take its country, as CAMEO and GDELT code them (IRQREB), though the actor table,
# which serves the whole article, keeps them stateless.
_LOCAL_ARMED = frozenset({"REB", "INS", "UAF"})
# Prisoners freed, swapped or held by a side are most often the other side's ("Israel released
# 198 prisoners", "Russia and Ukraine swapped prisoners"), so as objects they take no home
# country; political prisoners, detainees and hostages are mostly the home country's own.
_CAPTIVES = frozenset({"prisoner", "captive"})


# Words, plans and records that belong to an actor named before them ("Tory claims").
_OWNED_WORDS = frozenset(
    {"claim", "plan", "policy", "proposal", "remark", "comment", "statement", "promise", "pledge", "record", "stance",
     "position", "approach", "manifesto", "programme", "program", "budget", "strategy", "idea", "decision", "reform",
     "ruling", "verdict", "judgment", "judgement", "move"}
)
_CRITIC_NOUNS = frozenset({"critic", "opponent", "foe", "detractor", "rival", "adversary", "dissident", "challenger"})
# Nouns of a person's followers ("Sanders supporters"): people who back the named person, not the person.
_FOLLOWER_NOUNS = frozenset({"supporter", "backer", "follower", "fan", "sympathiser", "sympathizer", "devotee"})


# Nouns of a person's allies and staff ("a Brown ally", "Trump's congressional allies"): people on
# the named person's side, not the person.
_ALLY_NOUNS = frozenset({"ally", "aide", "adviser", "advisor", "associate", "confidant", "lieutenant", "loyalist", "crony"})


def _critics_or_allies_of(
    token: Token, name: str, country: str | None, text: str, start: int, end: int, sector: str | None = None, kind: str = "person"
) -> EventArg | None:
    """ "the Kremlin critic", "a Putin opponent": the named side's opposition, not the side itself;
    "a Brown ally": someone on the named side, with its country and no sector of its own;
    "Sanders supporters": a named person's, party's or country's followers."""
    lemma = token.lemma_.lower()
    if not country or lemma not in _CRITIC_NOUNS | _ALLY_NOUNS | _FOLLOWER_NOUNS:
        return None
    if lemma in {"critic", "challenger"} and (sector or "")[:3] == "PTY":
        return None  # "GOP critics", "a Conservative election challenger": the party's own members
    if lemma in _FOLLOWER_NOUNS:
        if kind == "group":
            return None  # "likely voters' supporters" names no one followed
        return EventArg(None, f"supporters of {name}", country, None, text, start, end)  # "Sanders supporters complained" (audit 20)
    if lemma in _ALLY_NOUNS:
        return EventArg(None, f"allies of {name}", country, None, text, start, end)
    return EventArg(None, f"opponents of {name}", country, "OPP", text, start, end)


def _side_named_after(token: Token, index: ActorIndex, body: str, start: int, end: int) -> EventArg | None:
    """ "Opponents of President Hugo Chavez", "allies of the Kremlin": the side of the actor the
    "of" phrase names, not that actor."""
    if token.lemma_.lower() not in _CRITIC_NOUNS | _ALLY_NOUNS:
        return None
    owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if owner is None:
        return None
    hit = index.find(*noun_span(owner), (owner.idx, owner.idx + len(owner.text)))
    if hit is None:
        return None
    actor = hit[0]
    return _critics_or_allies_of(token, actor.name, actor.country, body[start:end], start, end, actor.sector, actor.kind)


def _bare_role_plural(token: Token) -> bool:
    """"Maoists", "Naxals": a bare plural role word the tagger took for a name ("Riggs Bank", "the
    Refugee Council" are names: their own words, not the article, place them)."""
    return token.tag_ == "NNPS" and role_noun(token.lower_) is not None and not any(t.pos_ == "PROPN" for t in token.lefts)


def resolve_arg(token: Token, index: ActorIndex, body: str, when: str | None, hint: str | None = None) -> EventArg | None:
    """The actor named by the noun phrase headed by ``token``, as an :class:`EventArg`."""
    start, end = noun_span(token)
    head = (token.idx, token.idx + len(token.text))
    hint = hint or index.home
    hit = index.find(start, end, head)
    if hit is not None:
        actor, m_start, m_end = hit
        country = actor.country
        side = _critics_or_allies_of(token, actor.name, country, body[start:end], start, end, actor.sector, actor.kind) if m_end <= token.idx else None
        if side is not None:
            return side
        bare_group = actor.kind == "group" and token.pos_ == "NOUN" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in token.lefts)
        # "the UN mission in Congo" stays the UN; "European leaders" stay Europe's
        international = (actor.sector or "")[:3] in {"IGO", "NGO"} or actor.name in BLOCS
        if not international and (bare_group or (country is None and actor.kind != "country")):
            # "officials in Seoul": the phrase's own place outranks a country the article lent a
            # bare group ("a Hamas delegation in Moscow" keeps its own side)
            country = phrase_country(token) or _where_crowd_marches(token) or country
        local_armed = actor.sector in _LOCAL_ARMED and not actor.name[:1].isupper()  # "militants", not "Islamic State"
        if country is None and hint and not international and actor.kind != "country" and (actor.sector in DOMESTIC_SECTORS or local_armed):
            country = hint
        if actor.kind == "country" and token.lower_ in _FORCE_NOUNS and m_end <= token.idx:
            # "Myanmar troops", "Guinean police": the country's forces, not the country itself
            sector = "COP" if token.lower_ in _POLICE_NOUNS else "MIL"
            return EventArg(None, f"{actor.name} {token.lower_}", country, sector, body[start:end], start, end)
        return EventArg(actor.id, actor.name, country, actor.sector, body[m_start:m_end], m_start, m_end)
    side = _side_named_after(token, index, body, start, end)
    if side is not None:
        return side
    if _lookup_actor is None or token.pos_ == "PRON":
        return None
    phrase = body[start:end]
    if is_regional((token,)):
        return None  # the "American" of "Central American": a continent's namesake names no country
    if token.tag_ == "NNS" and is_regional([t for left in token.lefts for t in left.subtree]):
        # "African governments", "Central American migrants": many countries' people, so neither
        # the home country nor the continent's namesake ("American") is theirs
        code = _safe_lookup(phrase, when, None)  # "European leaders": the tables' bloc, if any
        if code is None or code.country:
            code = _safe_lookup(token.text, when, None)  # not the namesake country of "American"
        return EventArg(None, code.name, None, code.sector, phrase, start, end) if code is not None else None
    if token.lemma_.lower() in _CAPTIVES and token.dep_ not in {"nsubj", "csubj"} and not any(t.lower_ == "political" for t in token.lefts):
        hint = None  # "Israel released 198 prisoners": the other side's, most often; the words do not say
    # "the mayor of Frankfurt" in a London story: the phrase's own place outranks the article's home
    own_place = phrase_country(token)
    hint = _where_crowd_marches(token) or own_place or _where_victims_fell(token) or hint
    if _speaks_for_an_unknown_body(token, when):
        return None
    code = _safe_lookup(phrase, when, hint)
    if code is not None and _town_for_a_body(token, code):
        code = None
    if code is None and token.pos_ == "NOUN" and token.lower_ in _FORCE_NOUNS:
        # "up police", "the district police": an unknown modifier of a security force noun.
        code = _safe_lookup(token.text, when, hint)
    if code is None:
        # "Palestinian prisoners", "Russian aircraft": the nationality alone still names the side
        # (not of "the Indian batsman": a sportsman is no side).
        for mod in token.lefts if token.lower_ not in NON_ACTOR_NOUNS else ():
            if mod.dep_ in {"amod", "compound", "poss"} and mod.ent_type_ in {"NORP", "GPE"}:
                # the whole name ("New York credentials" are no credentials of York, England)
                name = " ".join(t.text for t in mod.subtree if t is mod or (t.dep_ == "compound" and t.ent_type_ == mod.ent_type_))
                sub = _safe_lookup(name, when, None)
                if sub is not None and sub.country and sub.kind == "country":
                    return EventArg(None, sub.name, sub.country, None, phrase, start, end)
        if token.lemma_.lower() in _OWNED_WORDS:
            # "derided Tory claims", "attacked Labour's plans": whose words or plans they are
            for mod in token.lefts:
                sub = _safe_lookup(mod.text, when, None) if mod.dep_ in {"compound", "poss", "amod"} and mod.text[:1].isupper() else None
                if sub is not None and sub.kind in {"organisation", "person"} and (sub.country or sub.igo):
                    return EventArg(None, sub.name, sub.country, sub.sector, phrase, start, end)
            # "the plans of the government", "attacked the decision by Britain's highest court" (whose
            # "by" the parser hangs on the active verb)
            preps = [p for p in token.rights if p.dep_ == "prep" and p.lower_ in {"by", "of"}]
            if token.dep_ == "dobj" and not is_passive(token.head):
                preps += [p for p in token.head.rights if p.dep_ == "prep" and p.lower_ == "by" and p.i > token.i]
            for owner in (o for p in preps for o in p.children if o.dep_ == "pobj"):
                o_start, o_end = noun_span(owner)
                owner_text = doc_text(token.doc)[o_start:o_end]
                sub = _safe_lookup(owner_text, when, None)  # the owner's own words place it
                if sub is not None and sub.sector and sub.country and sub.kind != "country":
                    return EventArg(None, sub.name, sub.country, sub.sector, owner_text, o_start, o_end)
        return None
    side = _critics_or_allies_of(token, code.name, code.country, phrase, start, end, code.sector, code.kind) if token.i > 0 and token.doc[token.i - 1].dep_ in {"compound", "amod", "poss"} else None
    if side is not None:
        return side
    country = code.country or (own_place if code.kind != "country" else None)
    if country and country == hint and token.pos_ == "PROPN" and token.is_title and code.kind != "country" and not _bare_role_plural(token):
        # a named body the tables do not know ("Deutsche Bank") is of no country the article
        # lends it: the hint is for generic ones ("the central bank", "the police")
        unhinted = _safe_lookup(phrase, when, None)
        if unhinted is not None and unhinted.country is None:
            country = own_place
    return EventArg(None, code.name, country, code.sector, phrase, start, end)


# Nouns of unnamed people an act may fall on, and the prepositions of where it fell.
_VICTIM_NOUNS = frozenset(
    {"people", "person", "civilian", "resident", "passenger", "shopper", "commuter", "worshipper", "villager", "pedestrian",
     "tourist", "bystander", "victim", "survivor"}
)
_SCENE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def _where_victims_fell(token: Token) -> str | None:
    """The country of the city where an act fell on unnamed people: "Islamic State attackers killed
    32 people in suicide bombings at the Brussels airport" are Belgians, though the story is of the
    Paris attacks (audit 27). Two steps down the act's prepositions at most."""
    if token.lemma_.lower() not in _VICTIM_NOUNS or token.dep_ not in {"dobj", "nsubjpass", "pobj"}:
        return None
    verb = token.head
    for _ in range(3):  # "flew aid to earthquake victims in Haiti": up through the preposition and the object
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    frontier = [c for c in (*verb.children, *token.children) if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS]
    for _ in range(2):
        objects = [o for p in frontier for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            for place in (t for t in (obj, *obj.lefts) if t.ent_type_ in {"GPE", "FAC"} and t.pos_ == "PROPN"):
                found = _country_named(place) or _country_of_place(place)
                if found:
                    return found
        frontier = [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS]
    return None


# "rebels in the Ivory Coast", "protesters from Iraq", "the opposition of Togo": the group's country.
_LOCATIVE_PREPS = frozenset({"in", "from", "of"})
_BASED_VERBS = frozenset({"base", "headquarter", "station", "operate"})
# Verbs of a crowd on the move, and the prepositions of the ground it covers.
_MARCHING = frozenset({"march", "rally", "demonstrate", "protest", "parade", "gather", "pour", "fill", "throng", "riot"})
_GROUND_PREPS = frozenset({"in", "through", "across", "into"})


def _where_crowd_marches(token: Token) -> str | None:
    """The country of the city a crowd with no nationality marches through: "hundreds of thousands
    of people marched through central London against a war on Iraq" are Britons, whatever the
    article is about."""
    subject = token
    while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.dep_ in {"nsubj", "pobj"}:
        subject = subject.head.head  # "hundreds of thousands of people": the count is the subject
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _MARCHING:
        return None
    for prep in subject.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _GROUND_PREPS:
            place = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"}), None)
            if place is not None:
                return _country_of_place(place)
    return None


# Titles a nationality may qualify before a person's name ("Palestinian detainee Khader Adnan"),
# unlike a sportsman's ("British triple jumper Ashia Hansen").
_POLITICAL_TITLES = frozenset(
    {"detainee", "prisoner", "activist", "dissident", "leader", "official", "diplomat", "envoy", "general", "commander",
     "journalist", "lawyer", "opposition", "cleric", "militant", "rebel", "politician", "lawmaker", "legislator", "hostage"}
)


def phrase_country(token: Token) -> str | None:
    """The country a noun phrase places its head in, by a locative "in/from/of COUNTRY" or a
    nationality modifier ("Kurdish rebels" names none; "Iraqi Kurds" names IRQ), or where it
    is based ("a terror group based in Trinidad")."""
    based = [p for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _BASED_VERBS for p in c.children]
    for child in [*token.children, *based]:
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                    found = _country_named(pobj) if _qualified_country(pobj) is None else None
                    found = found or _country_of_place(pobj)  # (which reads a qualifier first)
                    if found:
                        return found
                elif pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    # "doctors from two American aid groups"
                    for mod in pobj.lefts:
                        if mod.dep_ in {"amod", "compound"} and mod.ent_type_ in {"NORP", "GPE"}:
                            found = _country_of_word(mod.text)
                            if found:
                                return found
        elif child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"} and child.i < token.i and not is_stance_modifier(child):
            found = _country_of_word(child.text)
            if found:
                return found
        elif child.dep_ == "compound" and child.i < token.i and child.lemma_.lower() in _POLITICAL_TITLES:
            # "Palestinian detainee Khader Adnan": the nationality qualifies the title before the name
            for mod in child.children:
                if mod.dep_ == "amod" and mod.ent_type_ in {"NORP", "GPE"}:
                    found = _country_of_word(mod.text)
                    if found:
                        return found
    return None


_NAMED_AFTER_PLACES = frozenset(
    {"treaty", "accord", "agreement", "protocol", "convention", "deal", "process", "talks", "summit", "conference",
     "declaration", "plan", "roadmap", "format", "initiative", "communique", "charter", "pact"}
)


def is_stance_modifier(token: Token) -> bool:
    """A nationality after "pro-" or "anti-" ("pro-Russian separatists", "anti-American protests"):
    a stance toward the country, not membership of it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"pro", "anti"}


def nationality_of_phrase(token: Token) -> str | None:
    """The country a nationality word in the noun phrase names ("British historian David Irving",
    "US oil giant ExxonMobil", "Russian gas giant Gazprom's chief"): the side a target belongs to
    when it resolves to no actor with a country. Used for targets only: a source needs more than a
    nationality ("the Russian called for treatment" is no act of Russia). Texts and meetings named
    after a place belong to no country ("the Kyoto treaty", "the Minsk agreements")."""
    if token.lemma_.lower() in _NAMED_AFTER_PLACES:
        return None
    start, end = noun_span(token)
    for tok in token.doc[token.i - 12 if token.i > 12 else 0 : token.i]:
        if tok.idx < start or tok.idx >= end:
            continue
        if tok.ent_type_ not in {"NORP", "GPE"} and not (tok.is_title and tok.dep_ in {"amod", "compound"} and not tok.ent_type_):
            continue  # the small model leaves some demonyms untagged ("the Georgian Black Sea port")
        if tok.ent_type_ in {"NORP", "LOC"} and is_regional(entity_of(tok) or (tok,)):
            continue  # "Central and South American migrants" come from a continent, not the US
        if tok.dep_ in {"amod", "compound", "nmod", "poss"} and not is_stance_modifier(tok):
            found = _country_of_word(_entity_text(tok))
            if found:
                return found
    if token.ent_type_ == "NORP" and token.pos_ in {"PROPN", "NOUN"} and token.tag_ in {"NNP", "NN"}:
        return country_by_adjective(token.text)  # "handing back an Israeli", "arrested a Briton": one national
    return None


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of. ``doc.ents`` builds every span of the article on
    each access, so the token → entity map is built once per doc and kept in its user data."""
    doc = token.doc
    index = doc.user_data.get("newsgraph_entity_of")
    if index is None:
        index = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        doc.user_data["newsgraph_entity_of"] = index
    return index.get(token.i)


def _qualified_country(token: Token) -> str | None:
    """The country a place's qualifier names ("Birmingham, Alabama": USA), else None."""
    ent = entity_of(token)
    return qualifier_country(ent) if ent is not None else None


# People who speak or act for a body named after "for" ("a spokeswoman for Bat").
_AGENT_NOUNS = SPEAKER_NOUNS | {"representative", "representatives", "lawyer", "lawyers"}


# Words that make an unknown body a public one ("the Information Commissioner's Office"), which
# the story's country may still own; a person after "for" is a side or the speaker's own name.
_PUBLIC_BODY_WORDS = frozenset(
    {"office", "commission", "commissioner", "commissioner's", "department", "ministry", "agency", "council", "authority",
     "executive", "service", "police", "army", "court", "embassy", "government", "parliament", "assembly"}
)


def _speaks_for_an_unknown_body(token: Token, when: str | None) -> bool:
    """Whether the phrase is someone speaking for a named body our tables lack: "a spokeswoman for
    Bat declined to comment" is BAT's, not the government of the country the story is about (audit
    16 found her coded as China's government). A public body ("the Information Commissioner's Office")
    or a person after "for" is read as usual."""
    if token.lower_ not in _AGENT_NOUNS:
        return False
    owners = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" and not _full_name(o) and _unknown_private_body(_entity_text(o), when) for o in owners)


def _unknown_private_body(name: str, when: str | None) -> bool:
    return not _PUBLIC_BODY_WORDS & {w.lower() for w in name.split()} and _safe_lookup(name, when, None) is None


def _full_name(token: Token) -> bool:
    """A person's name of two words or more ("Michael Howard"); the tagger also takes one-word firms
    for persons ("Bat")."""
    ent = entity_of(token)
    return ent is not None and ent.label_ == "PERSON" and len(ent) > 1


# Entity types of bodies and people, whom a namesake town does not make a country's.
_BODY_ENTITY_TYPES = frozenset({"ORG", "PERSON"})


def _town_for_a_body(token: Token, code: Any) -> bool:
    """Whether a firm or person the tagger names was looked up as a town of the same name:
    "Monsanto said it accepted full responsibility" is the US firm, not the Portuguese village
    (audit 16 judged it Portuguese; the tables hold no Monsanto, so it stays unresolved)."""
    ent = entity_of(token)
    if ent is None or ent.label_ not in _BODY_ENTITY_TYPES or code.kind != "country":
        return False
    return country_by_name(ent.text.removeprefix("the ").removeprefix("The ")) is None


def _entity_text(token: Token) -> str:
    """The whole named entity the token is part of ("the Ivory Coast", "Birmingham"), else the token."""
    ent = entity_of(token)
    return ent.text if ent is not None else token.text


def _country_named(token: Token) -> str | None:
    """ISO3 of the country a GPE noun names ("the Ivory Coast", "Iraq"), else None."""
    text = _entity_text(token)
    return _country_of_word(text.removeprefix("the ").removeprefix("The "))


def _country_of_place(token: Token) -> str | None:
    """ISO3 of the country a city or region lies in ("police in Moscow" → RUS); None when the
    gazetteer's match is only a city's alternate name, its least certain kind of hit."""
    qualified = _qualified_country(token)
    if qualified:
        return qualified
    text = _entity_text(token)
    hit, source = gazetteer_lookup(text)
    return hit.country if hit is not None and source != "alternate" else None


def _country_of_word(text: str) -> str | None:
    code = _safe_lookup(text, None, None) if _lookup_actor is not None else None
    if code is not None and code.kind == "country" and code.country:
        return code.country
    return None


def _safe_lookup(phrase: str, when: str | None, hint: str | None) -> Any:
    try:
        return _lookup_actor(phrase, when=when, country_hint=hint)  # type: ignore[misc]
    except Exception:
        return None


def home_country(places: tuple[Place, ...]) -> str | None:
    """The country most of an article's places lie in, when one holds a clear majority.

    Domestic actors named without a country ("the police", "the army") are taken to be of it.
    """
    countries = [p.country for p in places if p.country]
    if not countries:
        return None
    best = max(set(countries), key=countries.count)
    return best if countries.count(best) * 2 > len(countries) else None


# Acts whose agent goes without saying when a passive names none: an arrest or detention
# ("50 persons were arrested") is the police's (CAMEO 173), of the article's home country.
IMPLICIT_AGENTS = {"173": "COP"}
# "killed in police firing", "injured in a police lathicharge": the modifier of these nouns acts.
_AGENT_ACTIONS = frozenset({"firing", "fire", "shooting", "lathicharge", "lathi-charge", "crackdown", "action", "raid"})
_PEOPLE = frozenset(
    {"person", "persons", "people", "man", "men", "woman", "women", "youth", "youths", "accused", "suspect", "suspects"}
)
# Sectors of armed state forces: police, military, intelligence, paramilitaries.
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY", "PRM"})
# CAMEO roots of force: unconventional violence (18), conventional force (19), mass violence (20).
FORCE_ROOTS = frozenset({"18", "19", "20"})
_FORCE_NOUNS = frozenset({"police", "policemen", "cops", "army", "troops", "soldiers", "forces", "paramilitary", "jawans", "constables"})
# Fights whose "with" names the other side: a death "in an encounter with the police" is the police's act.
_FIGHTS = frozenset({"encounter", "shootout", "gunfight", "gunbattle", "clash", "exchange"})
_POLICE_NOUNS = frozenset({"police", "policemen", "cops", "constables"})
_ARREST_VERBS = frozenset({"arrest", "detain", "nab", "apprehend", "rearrest"})
_NOT_PEOPLE = frozenset(
    {"it", "this", "that", "which", "what", "goods", "consignment", "vehicle", "vehicles", "truck", "trucks", "property",
     "weapon", "weapons", "arms", "gates", "doors", "shops", "offices", "premises", "files", "documents", "accounts", "funds"}
)
_NEGATIVE = frozenset({"nobody", "no", "none", "neither"})


def implicit_source(verb: Token, code: str, hint: str | None) -> EventArg | None:
    """The agent of an agentless passive that the clause implies, else None.

    "killed in police firing" → the police (the modifier of the firing, with the home country
    when it names none); "50 persons were arrested" → the home country's police (CAMEO 173).
    The patient must be people ("persons", a name, a number of them); a negated ("nobody was
    arrested") or counterfactual ("had he been detained") clause implies no act. The argument
    names no words of its own when implied by the act: ``text`` is empty, offsets the verb's.
    """
    if _lookup_actor is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    patient = passive_patient(verb)
    if patient is None:
        return None
    if bare_word(patient) in _NEGATIVE or any(bare_word(t) in _NEGATIVE for t in patient.lefts):
        return None
    if any(c.dep_ == "aux" and c.i < patient.i for c in verb.children) or any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return None
    if code[:2] in FORCE_ROOTS:
        shooter = _lethal_force(verb, hint)
        if shooter is not None:
            return shooter
    for prep in verb.children:
        preps = {"in", "during", "due", "from"} | ({"to"} if verb.lemma_.lower() in DEATH_VERBS else set())
        if prep.dep_ != "prep" or prep.lower_ not in preps:  # "succumbed to police firing"
            continue
        for pobj in _agent_phrases(prep):
            if pobj.lower_ in _AGENT_ACTIONS and pobj.pos_ == "VERB":
                # "died in police firing" parsed as a clause: "police" is the firing's subject;
                # "killed in firing by the police": the agent of the firing.
                mods = [c for c in pobj.children if c.dep_ in {"nsubj", "compound", "amod"}]
                mods += by_objects(pobj)[:1]
            elif pobj.lemma_.lower() in _FIGHTS and code[:2] in FORCE_ROOTS:
                # "killed in an encounter with the police": the force the fight was with
                mods = [o for w in pobj.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"][:1]
            elif pobj.lower_ in _FORCE_NOUNS and pobj.i + 1 < len(pobj.doc) and pobj.doc[pobj.i + 1].lower_ in _AGENT_ACTIONS:
                mods = [pobj]  # "killed in police [firing]" with the action hung elsewhere
            elif pobj.lower_ in _AGENT_ACTIONS:
                mods = [m for m in pobj.lefts if m.dep_ in {"compound", "amod", "poss", "nmod"}]
                # "killed in firing by the police"
                mods += by_objects(pobj)[:1]
            else:  # the parser's "in [police] [firing]" with the action as the noun's child
                mods = [pobj] if any(c.lower_ in _AGENT_ACTIONS for c in pobj.children) else []
            agent = _safe_lookup(" ".join(m.text for m in mods), None, hint) if mods else None
            if agent is not None and agent.sector in FORCE_SECTORS and agent.country:
                return EventArg(None, agent.name, agent.country, agent.sector, "", verb.idx, verb.idx)
            if not mods and prep.lower_ in {"in", "during"} and code[:2] in FORCE_ROOTS and _is_attack(pobj):
                # "killed in an Israeli air strike": that state's forces; "three civilians were
                # killed in a suicide car bombing", "in a gun attack": an attacker nobody names
                country = nationality_of_phrase(pobj)
                if country:
                    return EventArg(None, f"{country_name(country) or country} forces", country, "MIL", "", verb.idx, verb.idx)
                return _unidentified_attackers(verb)
    if code[:3] in {"084", "081"}:
        return _implicit_authority(verb, patient, code, hint)
    sector = IMPLICIT_AGENTS.get(code)
    # Arrest verbs take people ("mann ... was arrested" in lower-cased text is a NOUN, not a PROPN).
    people = patient.pos_ in {"PROPN", "PRON", "NUM"} or patient.lower_ in _PEOPLE or any(c.dep_ == "nummod" for c in patient.children)
    # "mann ... was arrested": lower-cased names are NOUNs; "ramsevaks were placed under house
    # arrest": other detention phrases need a plural patient ("the gate was locked up" is none).
    arrest = verb.lemma_.lower() in _ARREST_VERBS or (code == "173" and patient.tag_ == "NNS")
    people = people or (arrest and patient.pos_ == "NOUN" and patient.lower_ not in _NOT_PEOPLE)
    if sector is None or hint is None or not (people or _safe_lookup(patient.text, None, None) is not None):
        return None
    police = _safe_lookup("police", None, hint)
    return EventArg(None, police.name, hint, sector, "", verb.idx, verb.idx) if police is not None else None


# Where the freed are let out of: a release from these is the authorities' act, never bail or a
# hospital discharge (and hostages are freed by their kidnappers).
_CUSTODY = frozenset({"prison", "jail", "gaol", "detention", "custody", "arrest", "confinement"})
# Measures a government imposes at home and alone can lift ("martial law was lifted").
_HOME_MEASURES = frozenset({"curfew", "emergency", "law"})


def _implicit_authority(verb: Token, patient: Token, code: str, hint: str | None) -> EventArg | None:
    """The government that, unnamed, releases a prisoner ("Nelson Mandela was released from
    prison": 0841) or lifts a measure of its own ("martial law in Poland was lifted": 0814): the
    country the text is about."""
    if hint is None:
        return None
    if verb.dep_ in {"acl", "amod", "relcl"} or patient.lower_ in {"people", "they", "prisoners"}:
        return None  # "the four detainees freed last month", "people get released": no act told here
    if code.startswith("084"):
        # freed "from prison", not "from Guantanamo" (whose custody is not the text's country's)
        froms = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.pos_ == "NOUN"}
        if any(t.lower_ == "bail" for t in verb.subtree) or not froms & _CUSTODY:
            return None
    elif patient.lemma_.lower() not in _HOME_MEASURES or (patient.lower_ == "law" and not any(t.lower_ == "martial" for t in patient.lefts)):
        return None
    government = _safe_lookup("government", None, hint)
    return EventArg(None, government.name, hint, "GOV", "", verb.idx, verb.idx) if government is not None else None


# Acts of force whose clause, told with a death, names who killed ("died when the police fired").
_FIRING_VERBS = frozenset({"fire", "open", "resort", "shoot", "lathicharge", "charge"})


def _lethal_force(verb: Token, hint: str | None) -> EventArg | None:
    """The security force behind a death told beside its act: "the police firing on activists in
    which one person was killed" (the firing's modifier), "three persons died when the police
    resorted to firing" (the when-clause's subject)."""
    agents: list[Token] = []
    if verb.dep_ == "relcl":
        # the relative clause may hang on the firing or on a place after it ("firing ... at Taldih in which")
        for above in list(verb.ancestors)[:4]:
            if above.lower_ in _FORCE_NOUNS and any(c.dep_ == "acl" and c.lower_ in _AGENT_ACTIONS for c in above.children):
                agents = [above]  # "the police firing" parsed as police ← firing
                break
            if above.lower_ in _AGENT_ACTIONS:
                agents = [m for m in above.lefts if m.dep_ in {"compound", "amod", "nmod"}]
                agents += by_objects(above)[:1]
                if not agents and above.dep_ == "acl" and above.head.lower_ in _FORCE_NOUNS:
                    agents = [above.head]
                break
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in _FIRING_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in {"when", "as"} for c in clause.children
        ):
            agents = [c for c in clause.children if c.dep_ == "nsubj"]
    agent = _safe_lookup(" ".join(a.text for a in agents), None, hint) if agents else None
    if agent is None or agent.sector not in FORCE_SECTORS or not agent.country:
        return None
    return EventArg(None, agent.name, agent.country, agent.sector, "", verb.idx, verb.idx)


def _agent_phrases(prep: Token) -> list[Token]:
    """The nouns (or nominal clauses) a preposition introduces: "in police firing", "due to firing"."""
    heads = [prep]
    heads += [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"]  # "due to"
    return [o for h in heads for o in h.children if o.dep_ in {"pobj", "pcomp"}]


# Verbs whose subject undergoes the act: "73 people died in police firing".
DEATH_VERBS = frozenset({"die", "succumb", "perish"})


def passive_patient(verb: Token) -> Token | None:
    """Who undergoes an agentless passive act: its passive subject; in headline-style and
    reduced clauses ("two killed in police firing", "six people killed in firing") the bare
    participle's subject or the noun it modifies."""
    if verb.lemma_.lower() in DEATH_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return passive_target(verb) if any(c.dep_ == "auxpass" for c in verb.children) else None
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children) or verb.lemma_.lower() in OBJECTLESS_ACTS:
        return None  # ("youths clashed with troops", tagged VBN, is no headline passive)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and (subjects[0].pos_ == "NUM" or subjects[0].lower_ in _PEOPLE or any(c.dep_ == "nummod" for c in subjects[0].children)):
        return subjects[0]
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        return verb.head
    return None


# Subjects that are the means of an attack ("a roadside bomb killed three soldiers").
_WEAPON_SUBJECTS = frozenset(
    {"bomb", "bombing", "blast", "explosion", "explosive", "device", "ied", "mine", "landmine", "shell", "shelling",
     "rocket", "missile", "mortar", "grenade", "airstrike", "gunfire", "ambush", "bomber", "drone"}
)


def _is_attack(noun: Token) -> bool:
    """A weapon or an attack ("a suicide car bombing", "a gun and suicide bomb attack", "an air strike")."""
    return noun.lemma_.lower() in ATTACK_WORDS


ATTACK_WORDS = _WEAPON_SUBJECTS | {"attack", "assault", "ambush", "strike", "massacre", "bombardment", "offensive"}


def weapon_source(subj: Token, verb: Token, code: str, is_bomb: bool = False) -> list[EventArg]:
    """The unidentified attacker behind a weapon that acts ("a roadside bomb killed three", and
    with ``is_bomb`` "a truck packed with explosives blew up"): violence is reported with its
    perpetrator unknown, named by no words (``text`` empty)."""
    if code[:2] not in FORCE_ROOTS or (subj.lemma_.lower() not in _WEAPON_SUBJECTS and not is_bomb):
        return []
    return [_unidentified_attackers(verb)]


def _unidentified_attackers(verb: Token) -> EventArg:
    """Unknown attackers, of no country: who planted a bomb in Baghdad is unknown, and the
    place's country is the target, not the source (CAMEO codes the source "---")."""
    return EventArg(None, "Unidentified attackers", None, "UAF", "", verb.idx, verb.idx)


def followers_of(leader: EventArg | None, head: Token, body: str) -> EventArg | None:
    """Followers of a resolved leader or group ("supporters of Jacob Zuma"): the leader's country,
    as opposition when the leader is out of office or in opposition, else as civilians."""
    if leader is None or not leader.country or not leader.sector or not leader.name[:1].isupper():
        return None  # "followers of the cleric" name no one; "supporters of Chelsea" follow a club
    start, end = noun_span(head)
    sector = "OPP" if (leader.sector or "")[:3] in {"OPP", "ELI", "PTY"} else "CVL"
    return EventArg(None, f"supporters of {leader.name}", leader.country, sector, body[start:end], start, end)


def valid_source(arg: EventArg) -> bool:
    """Precision first: a source needs a country, or must be a known IGO, NGO or armed group."""
    if arg.country or arg.name in BLOCS:
        return True
    # A named IGO, NGO or armed group ("Al-Qaeda", "Amnesty International"), not "rebels".
    return bool(arg.sector and arg.sector.upper()[:3] in _STATELESS_SOURCE_SECTORS and arg.name[:1].isupper())


def is_media(text: str, token: Token | None = None) -> bool:
    """Whether a speaker is a news organisation (its "said" reports, it does not act)."""
    low = text.lower().strip()
    if low in MEDIA_WORDS or low.removeprefix("the ") in MEDIA_WORDS:
        return True
    return token is not None and token.lemma_.lower() in MEDIA_NOUNS


def clause_tokens(verb: Token) -> set[int]:
    """Indices of the tokens of ``verb``'s own clause (embedded clauses excluded)."""
    out: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ in {"ccomp", "relcl", "advcl", "conj", "xcomp", "pcomp", "acl", "csubj", "parataxis"} and child.pos_ in {"VERB", "AUX"}:
                continue
            stack.append(child)
    return out


def owned_mention(verb: Token, sent: Span, mentions: list[Any]) -> Any | None:
    """The first mention (date or place) inside ``verb``'s clause, walking up to the clauses above it."""
    current = verb
    for _ in range(6):
        for mention in mentions:
            if not (sent.start_char <= mention.start < sent.end_char):
                continue
            tok = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if tok is None:
                continue
            if _clause_of_mention(tok).i == current.i:
                return mention
        if current.dep_ in {"conj", "xcomp", "advcl", "pcomp", "acl", "ccomp"} and current.head.i != current.i:
            current = current.head
            while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
                current = current.head
        else:
            return None
    return None


def _clause_of_mention(span: Span) -> Token:
    """The verb a date or place belongs to; "a day after visiting" belongs to "visiting"."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "pcomp" and child.pos_ == "VERB" and child.i >= span.end:
                return child
    current = span.root
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return current


def event_date(verb: Token, sent: Span, article: Article) -> tuple[str | None, str | None]:
    """(ISO date, date text) of the act ``verb``: its clause's date, else the article's day."""
    dates = [d for d in article.dates if d.value]
    mention: DateMention | None = owned_mention(verb, sent, dates)
    if mention is not None:
        return mention.value, mention.text
    if article.published:
        try:
            return dt.date.fromisoformat(article.published[:10]).isoformat(), None
        except ValueError:
            return None, None
    return None, None


def event_place(verb: Token, sent: Span, places: tuple[Place, ...], exclude: set[int]) -> EventPlace | None:
    """Where the act took place: a place of its clause introduced by "in"/"at"."""
    candidates = []
    for place in places:
        if place.start in exclude:
            continue
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        prep = span.root.head
        if span.root.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
            continue
        # "in X" must hang from a verb or from a verb's direct object ("hosting a delegation in Moscow").
        if prep.head.pos_ in {"VERB", "AUX"} or prep.head.dep_ == "dobj":
            candidates.append(place)
    hit = owned_mention(verb, sent, candidates)
    if hit is None:
        return _seat_place(verb, sent)
    return EventPlace(hit.name, hit.country, hit.lat, hit.lon)


def visited_country(verb: Token, sent: Span, places: tuple[Place, ...], home: set[str | None]) -> EventArg | None:
    """The country a visit goes to ("arrived in Moscow", "travelled to Uganda") or an attack falls
    on ("shelled villages near Aleppo"): CAMEO codes that state as the target. None when the place
    is in the actor's own country."""
    # the verb's own place, or its object's ("raided a village in the West Bank")
    owners = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"}
    for place in places:
        if not (sent.start_char <= place.start < sent.end_char) or place.country in home or place.country is None:
            continue
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        prep = span.root.head
        if prep.lower_ in {"in", "to", "at", "near"} and prep.head.i in owners:
            name = country_name(place.country) or place.name
            return EventArg(None, name, place.country, None, place.text, place.start, place.end)
    return None


def _seat_place(verb: Token, sent: Span) -> EventPlace | None:
    """ "at the Kremlin", "in the White House": the seat of power's city, when in ``verb``'s clause."""
    own = clause_tokens(verb)
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"} or tok.head.head.i not in own:
            continue
        start, end = noun_span(tok)
        seat = seat_of(doc_text(sent.doc)[start:end])
        if seat is not None:
            return EventPlace(seat[0], seat[1], seat[2], seat[3])
    return None


def code_fields(code: str, words: frozenset[str] = frozenset()) -> dict[str, Any]:
    """An event's fields that follow from its CAMEO code (and, for PLOVER's mode and context, the
    act's words): what an event is built with, and what a recoded event is replaced with."""
    cameo, plover = get_code(code), to_plover(code, words)
    return {
        "cameo": code,
        "cameo_root": cameo.root,
        "quad_class": cameo.quad_class,
        "goldstein": cameo.goldstein,
        "plover": plover.event or None,
        "plover_mode": plover.mode,
        "plover_context": plover.context,
    }


def event_id(article_id: str, start: int, end: int, cameo: str, source: EventArg, target: EventArg | None) -> str:
    """Stable id of an event: same article, trigger, code and actors → same id."""
    key = "|".join(
        [article_id, str(start), str(end), cameo, source.actor_id or source.name, (target.actor_id or target.name) if target else ""]
    )
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


# Acts done to people or places in a country: without a named target, CAMEO codes their country
# ("Mexican soldiers tortured detainees in Chihuahua": MEX → MEX; "truck drivers blocked highways").
DOMESTIC_TARGET_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# Objects that are the means of force, never its victims ("fired rockets", "used tear gas").
_MEANS = frozenset(
    {"rocket", "missile", "shell", "mortar", "bullet", "round", "shot", "gas", "teargas", "cannon", "grenade", "bomb",
     "weapon", "arm", "force", "fire", "drone", "artillery", "tank", "troop", "soldier", "warplane", "jet", "aircraft"}
)


# Nouns of people, groups, places and things force can fall on; abstract objects ("fighting
# change", "blocked the reform") name no victim.
_CONCRETE = frozenset(
    {"people", "person", "man", "men", "woman", "women", "child", "children", "girl", "girls", "boy", "boys", "civilian",
     "resident", "villager", "worshipper", "shopper", "student", "tourist", "passenger", "pilgrim", "prisoner", "detainee",
     "protester", "demonstrator", "crowd", "mob", "monk", "journalist", "activist", "worker", "migrant", "refugee", "soldier",
     "officer", "policeman", "member", "supporter", "leader", "official", "family", "guard", "hostage", "village", "town", "city",
     "building", "house", "home", "office", "station", "school", "hospital", "mosque", "church", "temple", "synagogue", "market",
     "hotel", "mall", "camp", "base", "post", "checkpoint", "convoy", "road", "highway", "bridge", "port", "airport", "border",
     "palace", "parliament", "embassy", "consulate", "vehicle", "car", "bus", "train", "ship", "vessel", "plane", "area",
     "region", "district", "province", "neighbourhood", "neighborhood", "street", "square", "site", "plant", "facility",
     "rebel", "militant", "insurgent", "fighter", "gunman", "target", "centre", "center", "compound", "headquarters",
     "position", "stronghold", "hideout", "island", "territory", "capital", "settlement", "farm", "warehouse", "factory",
     "pipeline", "tanker", "aircraft", "helicopter", "positions", "troop", "force", "army", "police"}
)
# Abstract objects of force verbs used of causes and problems ("fighting change", "battle inflation").
ABSTRACT_OBJECTS = frozenset(
    {"change", "reform", "corruption", "crime", "inflation", "poverty", "extremism", "disease", "plan",
     "proposal", "bill", "law", "measure", "policy", "decision", "idea", "claim", "charge", "allegation", "case", "ruling",
     "tax", "cut", "rise", "move", "trend", "problem", "crisis", "unemployment", "cancer", "virus", "pandemic", "drug",
     "racism", "discrimination", "injustice", "cost", "price", "deficit", "debt", "climate", "obesity", "fraud", "record",
     "epidemic", "outbreak", "ebola", "malaria", "cholera", "aids", "hiv", "famine", "hunger", "drought", "wildfire", "flood",
     "pollution", "illiteracy"}
)


def is_concrete(noun: Token) -> bool:
    """Whether a noun names people, a group, a place or a thing that force can fall on."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}:
        return True
    if noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children):
        return True  # "276 girls", "dozens"
    lemma = noun.lemma_.lower()
    return lemma in _CONCRETE or lemma.rstrip("s") in _CONCRETE


# Armed groups that fight a state: their truce is offered to it.
_INSURGENT_SECTORS = frozenset({"REB", "INS"})


def domestic_target(verb: Token, code: str, sources: list[EventArg], place: EventPlace | None, objects: list[Token]) -> EventArg | None:
    """The country an act without a named target falls on: its place's, else its source's own,
    when the act has an object (victims, a building, roads) or a place; None for other acts."""
    # a resignation yields to the resigner's own country ("Shevardnadze resigned": GEO → GEO); a
    # threat of protests or strikes is made at home, against the government they would target ("the
    # opposition threatened to call mass protests": KEN → KEN); a rebel group's ceasefire or truce
    # is offered to the state it fights ("ETA declared a permanent ceasefire": ESP → ESP), as CAMEO
    # codes an insurgency's dyad
    resignation = code[:2] == "08" and _is_resignation(verb)
    rebel_truce = code[:3] == "087" and all((s.sector or "")[:3] in _INSURGENT_SECTORS for s in sources)
    if resignation or rebel_truce or code[:3] == "133":
        country = next((s.country for s in sources if s.country), None)
        return country_arg(country, "", verb.idx, verb.idx) if country else None
    if code[:2] in _DOMESTIC_PEOPLE_ROOTS:
        return _domestic_people(verb, sources, objects)
    if code[:2] not in DOMESTIC_TARGET_ROOTS:
        return None
    victims = [o for o in objects if is_concrete(o) and o.lemma_.lower() not in _MEANS]
    if not victims and place is None and not code.startswith("172"):
        return None  # (a curfew or an emergency is imposed on the country itself, named or not)
    country = place.country if place is not None else None
    if country is None and not any((s.sector or "")[:3] == "MIL" for s in sources):
        # an army's act with no place may be abroad ("jets bombed a building"): only others' acts
        # without a place fall at home
        country = next((s.country for s in sources if s.country), None)
    if country is None:
        return None
    if victims:
        start, end = noun_span(victims[0])
        text = doc_text(victims[0].doc)[start:end]
    else:
        text, start, end = "", verb.idx, verb.idx
    return country_arg(country, text, start, end)


# Demands, accusations, refusals, threats and cuts aimed at unnamed people or groups at home fall on
# the source's own country ("a Bangladeshi tribunal sentenced a senior leader of the Jamaat party",
# "Boko Haram threatened to sell the abducted schoolgirls"), when the sentence names no other country.
_DOMESTIC_PEOPLE_ROOTS = frozenset({"10", "11", "12", "13", "16"})
_GROUP_NOUNS = frozenset(
    {"people", "person", "man", "men", "woman", "women", "child", "children", "girl", "schoolgirl", "boy", "civilian",
     "resident", "villager", "student", "prisoner", "detainee", "protester", "demonstrator", "journalist", "activist",
     "worker", "member", "supporter", "leader", "official", "opposition", "party", "group", "rebel", "militant",
     "insurgent", "fighter", "politician", "lawmaker", "minister", "candidate", "voter", "critic", "dissident"}
)


def _domestic_people(verb: Token, sources: list[EventArg], objects: list[Token]) -> EventArg | None:
    country = next((s.country for s in sources if s.country), None)
    people = [o for o in objects if o.pos_ == "NOUN" and o.lemma_.lower() in _GROUP_NOUNS]
    if country is None or not people:
        return None
    named = {_country_of_word(_entity_text(t)) for t in verb.sent if t.ent_type_ in {"GPE", "NORP"}}
    if named - {None, country}:
        return None  # "Israel threatened to hit militants in Gaza": another country is in play
    start, end = noun_span(people[0])
    return country_arg(country, doc_text(verb.doc)[start:end], start, end)


# Cooperative acts whose beneficiary is often named only as a place: "pledged to build reactors
# in Pakistan's Punjab province", "will deploy peacekeepers in Somalia", "to rebuild Lebanon's roads".
_BENEFIT_ROOTS = frozenset({"03", "05", "06", "07"})


def beneficiary_country(verbs: list[Token], code: str, own: set[str | None]) -> EventArg | None:
    """The country a cooperative act without a named target benefits: a country named as the
    owner of an object ("Lebanon's roads") or as the place of the act ("in Somalia"), in the
    act's complement clauses; never a city ("talks in Vienna" name a venue, not a partner)."""
    if code[:2] not in _BENEFIT_ROOTS:
        return None
    for verb in verbs:
        # complements only: "Speaking in Spain, Merkel praised ..." names a venue, not a beneficiary
        clauses = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
        # without a complement, the verb's own phrases only (not a participle's "Speaking in Spain")
        words = [t for c in clauses for t in c.subtree] or [t for c in verb.children if c.dep_ in {"prep", "dobj"} for t in c.subtree]
        for tok in words:
            if tok.ent_type_ != "GPE" or tok.dep_ not in {"poss", "pobj"}:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ not in {"in", "with"}:  # "to double its trade with Brazil"
                continue
            named = other_country(tok, own)
            if named is not None:
                return named
    return None


def other_country(tok: Token, own: set[str | None]) -> EventArg | None:
    """The country a GPE token names, as an argument, unless it is one of ``own``."""
    country = _country_named(tok)
    if not country or country in own:
        return None
    start, end = noun_span(tok)
    return country_arg(country, doc_text(tok.doc)[start:end], start, end)


def country_arg(country: str, text: str, start: int, end: int) -> EventArg:
    """A country as an event argument, named by ``text`` (empty when no words name it)."""
    return EventArg(None, country_name(country) or country, country, None, text, start, end)


# Words, calls and measures about a country's affairs: the country named inside their object is
# the one they bear on ("demanded a ceasefire in Libya", "an inquiry into abuses in North Korea",
# "condemned the crackdown in Syria"); a place hung on the verb itself is a venue, not a target.
_AFFECTED_ROOTS = frozenset({"02", "09", "10", "11", "16"})
_OBJECT_PREPS = frozenset({"for", "into", "on", "over", "against", "about", "to"})


def affected_country(verbs: list[Token], code: str, own: set[str | None]) -> EventArg | None:
    """The country named by an "in" phrase inside the act's object (never a city, never the
    source's own country), as the target of an appeal, an inquiry, a demand, a criticism or a
    sanction that names no actor."""
    if code[:2] not in _AFFECTED_ROOTS:
        return None
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS for g in c.children if g.dep_ == "pobj"]
        for obj in objects:
            for tok in obj.subtree:
                named = other_country(tok, own) if tok.ent_type_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
                if named is not None:
                    return named
    return None


def _is_resignation(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in {"resign", "quit", "abdicate"} or (lemma == "step" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))
