"""What every coded act is built from: its arguments, read from the parse, and the events made of them.

``EventBuilder`` holds one article's context (its actors, date, home country and datelines) and
reads the actors a noun phrase names (conjuncts, partitives, owners, pronouns, coordinated
nationalities), an act's date and place, the news agency a sentence cites, and turns sources,
targets and a CAMEO code into ``Event`` records. ``events._Coder`` decides which words are acts
and what they are; this module says who did them to whom.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn
from newsgraph.extract.actors_article import datelines
from newsgraph.extract.events_args import (
    ATTACK_WORDS,
    FORCE_ROOTS,
    FORCE_SECTORS,
    ActorIndex,
    code_fields,
    entity_of,
    event_date,
    event_id,
    event_place,
    followers_of,
    home_country,
    is_media,
    nationality_of_phrase,
    resolve_arg,
    valid_source,
)
from newsgraph.extract.events_triggers import MUTUAL_FIGHT, OWNED_FORCES, for_actor, for_pair
from newsgraph.knowledge.countries import country_name, find_country
from newsgraph.knowledge.given_names import other_sex
from newsgraph.model import Article, Event, EventArg, EventPlace

# Sectors of people in politics, whose "attacks" with no target named are words (a government
# or an opposition movement that attacks may use force; its leader speaking rarely does).
_POLITICAL_SECTORS = frozenset({"PTY", "LEG", "ELI", "GOV", "OPP"})
# Sides a politician's "attack" could only be force against if words were meant (none of them).
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SPY"})
# A politician who "beats" or "defeats" another wins a vote.
_ELECTION_WINS = ("beat", "defeat", "trounce", "thrash", "rout", "crush")
# Force verbs and nouns that people in politics use of words: "Trump attacked Clinton over her
# emails", "Sanders's attacks on her", "Sanders, Clinton exchange shots".
VERBAL_FORCE = frozenset(
    {"attack", "clash", "fight", "battle", "hit", "slam", "lash", "savage", "blast", "strike", "target", "assault", "shoot",
     "sink", "exchange", "pound", "hammer", "bash", *_ELECTION_WINS}
)

# What a campaign gathers for, which a politician holds without protesting.
_CAMPAIGN_GATHERINGS = frozenset({"rally", "fundraiser", "event", "parade", "campaign", "hall", "meeting"})
_PROTEST_WORDS = frozenset({"protest", "demonstration", "vigil", "sit", "strike", "boycott"})
# Words of support that a poll or vote share also uses ("has backing from 33 percent").
_BACKING_VERBS = frozenset({"back", "backing", "support", "prefer", "favor", "favour", "endorse"})
_POLL_SHARE = re.compile(r"\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent)\b")
# Who can find someone guilty or sentence them (CAMEO 116): courts, officials, police, armies, world bodies.
_SENTENCING_SECTORS = frozenset({"JUD", "GOV", "COP", "MIL", "IGO", "SPY"})


if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

# Bodies a person's "his"/"her" names ("his government", "her party"), with their sector.
_OWNED_BODIES = {
    "government": "GOV", "administration": "GOV", "cabinet": "GOV", "ministry": "GOV", "regime": "GOV",
    "party": "PTY", "army": "MIL", "troops": "MIL", "troop": "MIL", "forces": "MIL", "force": "MIL", "police": "COP",
}
# Attacks that stand as the subject of the harm they did ("an air strike hit a school bus").
# (the weapons and attacks "in" which one is killed, and raids and fire, which only as subjects
# are attacks: "killed in a raid" is left to the police, "killed in a fire" may be an accident)
_ATTACK_NOUNS = ATTACK_WORDS | {"raid", "barrage", "salvo", "artillery", "fire", "incursion"}
# Things counted in the hundreds or thousands, which are no people ("hundreds of letters have arrived").
_COUNTED_THINGS = frozenset(
    {"letter", "card", "email", "e-mail", "message", "call", "text", "tweet", "post", "comment", "vote", "ballot", "document",
     "file", "page", "signature", "petition", "complaint", "gift", "flower", "parcel", "package", "copy", "car", "vehicle"}
)
# Roots whose acts are mutual: coordinated sources are each other's targets.
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})


# Mentions of one country's named people and bodies that, at twice the places' country's, outvote the places.
OUTVOTING_MENTIONS = 2


def _places_home(article: Article) -> str | None:
    """The country most of the article's places lie in, unless its named people and bodies are
    mostly of another: a British story about an arms embargo on China names Chinese places
    (Beijing, Tiananmen Square) while British ministers speak, and its unnamed "human rights
    groups" are no more Chinese than British."""
    by_places = home_country(article.places)
    if by_places is None:
        return None
    named = Counter(a.country for a in article.actors if a.kind in {"person", "organisation"} and a.country for _ in a.mentions)
    leader, count = named.most_common(1)[0] if named else (None, 0)
    # (a clear lead only: one foreign news agency quoted in an Australian story outvotes nothing)
    if leader != by_places and count >= OUTVOTING_MENTIONS and count > 2 * named[by_places]:
        return None
    return by_places


def arg_key(arg: EventArg) -> str:
    """One key per actor: its identity, else its name (two mentions of one actor share it)."""
    return arg.actor_id or arg.name


class EventBuilder:
    """One article's actors and context, and the reading of an act's arguments from the parse."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.index = ActorIndex(article.actors)
        self.actors = {a.id: a for a in article.actors}
        self.when = (article.published or "")[:10] or None
        self.hint = article.extra.get("home_country") or _places_home(article)
        self.datelines = datelines(article.body)

    def _others_named(self, sources: list[EventArg], nouns: list[Token]) -> list[EventArg]:
        """The actors ``nouns`` name that have a country or an identity and are not the sources."""
        own = {arg_key(s) for s in sources}
        return [a for n in nouns for a in self._args(n) if (a.country or a.actor_id) and arg_key(a) not in own]

    def _named_people(self, args: Sequence[EventArg]) -> bool:
        """Whether every argument is a person the article names (not "two protesters")."""
        return bool(args) and all((actor := self.actors.get(a.actor_id or "")) is not None and actor.kind == "person" for a in args)

    def _politicians(self, args: Sequence[EventArg]) -> bool:
        """Whether every argument is a named person, a party, a legislature or a political figure
        (a former official or another elite): people whose "attacks" are words."""
        def politician(arg: EventArg) -> bool:
            actor = self.actors.get(arg.actor_id or "")
            return (actor is not None and actor.kind == "person") or (arg.sector or "")[:3] in {"PTY", "LEG", "ELI"}
        return bool(args) and all(politician(a) for a in args)

    def _words_not_force(self, sources: Sequence[EventArg], targets: Sequence[EventArg]) -> bool:
        """Whether a force word between these sides is words: politicians on both sides, or, with no
        target, a party, a legislature or a person in politics ("Trump attacked Clinton", "Sanders's
        attacks"; a named man of no sector who "attacked" may be a gunman, a government an army)."""
        if targets:
            if self._politicians(sources) and self._politicians(targets):
                return True
            # A candidate's or a senator's "attack" on the police, on Latinos or on a network is words
            # too (audits 23-24): they command no force. A government's may not be ("Putin attacked Ukraine").
            campaigners = all((s.sector or "")[:3] in {"PTY", "LEG", "ELI"} for s in sources)
            return bool(sources) and campaigners and not any((t.sector or "")[:3] in _ARMED_SECTORS for t in targets)
        def in_politics(arg: EventArg) -> bool:
            actor = self.actors.get(arg.actor_id or "")
            sector = (arg.sector or "")[:3]
            return sector in {"PTY", "LEG", "ELI"} or (actor is not None and actor.kind == "person" and sector in _POLITICAL_SECTORS)
        return bool(sources) and all(in_politics(s) for s in sources)

    def _campaign_business(self, tok: Token, code: str, sources: Sequence[EventArg], targets: Sequence[EventArg], pattern: tuple[str, ...]) -> bool:
        """Whether an act of a campaign or a business only looks political (audit 20): a politician's
        rallies and fundraisers are no protest (14: "Trump held rallies all over the southwest"), a
        vote or poll share backs nobody (05: "male troops backed Trump, 57 percent to 22 percent"),
        money put into a course or a company is no economic cooperation (061 with no partner), and
        only courts and officials find anyone guilty (116: "after Nevada Democrats ruled against them")."""
        if code[:2] == "14":
            gathered = set(pattern) | syn.object_lemmas(tok)
            # "joined a protest rally", "held a rally against the pipeline": a protest still
            protest = bool(gathered & _PROTEST_WORDS) or any(t.lower_ == "against" for t in tok.subtree)
            return bool(gathered & _CAMPAIGN_GATHERINGS) and not protest and self._words_not_force(sources, [])
        if code[:2] == "05":
            return tok.lemma_.lower() in _BACKING_VERBS and bool(_POLL_SHARE.search(tok.doc[tok.i : min(tok.i + 8, tok.sent.end)].text))
        if code == "061" and tok.lemma_.lower() == "invest" and not targets:
            return self._named_people(sources) or all((s.sector or "").startswith("BUS") for s in sources)
        if code[:3] == "116":
            return bool(sources) and all(s.sector and s.sector[:3] not in _SENTENCING_SECTORS for s in sources)
        return False

    def _when_where(self, tok: Token, sent: Span, targets: Sequence[EventArg] = ()) -> tuple[str | None, str | None, EventPlace | None]:
        """The act's date (and the words it came from) and its place, never a target's place."""
        date, date_text = event_date(tok, sent, self.article)
        return date, date_text, event_place(tok, sent, self.article.places, {t.start for t in targets})

    def _sentence_place(self, sent: Span) -> EventPlace | None:
        """The first place with a country the sentence names."""
        return next(
            (EventPlace(p.name, p.country, p.lat, p.lon) for p in self.article.places if sent.start_char <= p.start < sent.end_char and p.country),
            None,
        )

    def _place_at(self, token: Token) -> EventPlace | None:
        for place in self.article.places:
            if place.start <= token.idx < place.end:
                return EventPlace(place.name, place.country, place.lat, place.lon)
        return None

    def _args(self, head: Token) -> list[EventArg]:
        if any(start <= head.idx < end for start, end in self.datelines):
            # "JERUSALEM (Reuters) - Israel on Thursday said": the dateline is no actor; the
            # parser hangs the real subject on it as an apposition after the dash
            head = next((c for c in head.children if c.dep_ == "appos" and not any(s <= c.idx < e for s, e in self.datelines)), None)
            if head is None:
                return []
        args: list[EventArg] = []
        hidden = syn.hidden_conjuncts(head)
        for tok in [*syn.conjuncts(head), *hidden]:
            # "hundreds of Russian scientists": the group counted acts, before any reading of the count
            group = syn.partitive_group(tok)
            arg = self._resolve(group) if group is not None else None
            body = syn.member_owner(tok) if arg is None else None
            owner_arg = self._resolve(body) if body is not None else None
            # "a spokesman for Unison": Unison's spokesman, who speaks for it (a body with a sector:
            # a spokeswoman for a country is its government's, as the role's own reading has it)
            speaker = tok.lemma_.lower() in syn.SPEAKER_NOUNS
            if owner_arg is not None and speaker and not owner_arg.sector:
                owner_arg = None
            if owner_arg is not None and (owner_arg.country or (owner_arg.sector or "")[:3] in {"IGO", "NGO"}):
                arg = self._spanned(owner_arg, tok, name=f"{owner_arg.name} {tok.lower_}") if speaker else self._spanned(owner_arg, tok)
            counted_things = group is not None and arg is None and group.lemma_.lower() in _COUNTED_THINGS
            if arg is None and not counted_things:
                # ("hundreds of letters have arrived": a count of things names no people, audit 28)
                arg = self._owned_body(tok) or self._resolve(tok)
            leader = syn.followed_leader(tok) if arg is None else None
            if leader is not None:
                arg = followers_of(self._resolve(leader), tok, self.article.body)
            if arg is None and tok.pos_ == "PRON" and tok.lower_ in {"it", "they"}:
                arg = self._antecedent(tok)
            elif arg is None and tok.lower_ in {"him", "her"} and tok.dep_ in {"dobj", "pobj", "dative"}:
                arg = self._person_antecedent(tok)
            elif arg is None and tok.lower_ in {"his", "her"} and tok.dep_ == "poss":
                arg = self._other_owner(tok)  # "mocked her refusal": the owner of what is attacked (audit 21)
            of_owner = syn.of_object(tok) if tok.lemma_.lower() in OWNED_FORCES else None
            if of_owner is not None:
                # "warplanes of the Saudi-led coalition": the forces are their owner's
                owned = self._resolve(of_owner)
                if owned is not None and owned.country:
                    base = arg or EventArg(None, owned.name, None, "MIL", "", tok.idx, tok.idx)
                    name = f"{country_name(owned.country) or owned.country} {tok.text.lower()}"
                    arg = self._spanned(base, tok, name=name, country=owned.country)
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
            if arg is None and owner is not None and tok.lemma_.lower() in OWNED_FORCES:
                # "its aircraft had struck a convoy": the forces of the state the pronoun refers to
                arg = self._antecedent(owner)
                if arg is not None:
                    arg = self._spanned(arg, tok)
            sides = self._coordinated_sides(tok, arg)
            for one in sides or ([arg] if arg is not None else []):
                same_actor = one.actor_id is not None and any(a.actor_id == one.actor_id for a in args)
                # a folded phrase often names the head's own side again ("North Korean leader Kim")
                same_actor = same_actor or (tok in hidden and any(a.name == one.name for a in args))
                if not same_actor and all((a.start, a.country) != (one.start, one.country) for a in args):
                    args.append(one)
        # "North Korean leader Kim Jong Un": a title the parser split off names the person after it
        return [
            a for a in args
            if a.actor_id is not None or not any(
                b.actor_id is not None and (b.country, b.sector) == (a.country, a.sector) and 0 <= b.start - a.end <= 1 for b in args
            )
        ]

    def _attack_agent(self, subj: Token, code: str) -> list[EventArg]:
        """The agent of an attack that acts as subject: "an air strike by the Saudi-led coalition
        hit a bus", "Israel's raid killed ten" (the agent); "a Russian missile struck Kyiv" (the
        nationality's forces)."""
        if code[:2] not in FORCE_ROOTS or subj.lemma_.lower() not in _ATTACK_NOUNS:
            return []
        for child in subj.children:
            if child.dep_ == "poss":
                return self._args(child)
            if child.dep_ == "prep" and child.lower_ == "by":
                return [a for o in child.children if o.dep_ == "pobj" for a in self._args(o)]
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "a roadside bomb planted by Hezbollah guerrillas", "a rocket fired by militants"
                found = [a for g in child.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj" for a in self._args(o)]
                if found:
                    return found
        country = nationality_of_phrase(subj)
        if country is None:
            return []
        start, end = syn.noun_span(subj)
        name = f"{country_name(country) or country} forces"
        return [EventArg(None, name, country, "MIL", self.article.body[start:end], start, end)]

    def _coordinated_sides(self, head: Token, arg: EventArg | None) -> list[EventArg]:
        """One argument per nationality of a coordinated modifier: "Indian and Chinese troops",
        "U.S. and Russian negotiators", "the leaders of Kosovo and Serbia" are two sides, each with
        the head's sector."""
        first = next((c for c in head.lefts if c.dep_ in {"amod", "nmod", "compound"} and c.ent_type_ in {"NORP", "GPE"}), None)
        if first is None:
            # "the leaders of Kosovo and Serbia", "the foreign ministers of India and Pakistan"
            first = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        if first is None or not any(c.dep_ == "conj" for c in first.children):
            return []
        countries = []
        for mod in (first, *(c for c in first.conjuncts if c.ent_type_ in {"NORP", "GPE"})):
            country = find_country(self.article.body[slice(*syn.noun_span(mod))].removeprefix("the ")) or find_country(mod.text)
            if country and country not in countries:
                countries.append(country)
        if len(countries) < 2:
            return []
        base = arg or EventArg(None, head.text, None, None, "", head.idx, head.idx)
        return [self._spanned(base, head, actor_id=None, country=c, name=f"{country_name(c) or c} {head.text}") for c in countries]

    def _with_nationality(self, arg: EventArg, head: Token) -> EventArg:
        """A target without a country takes the nationality its phrase names ("sentenced British
        historian David Irving": GBR)."""
        if arg.country or (arg.sector or "")[:3] in {"IGO", "NGO"}:
            return arg  # an international body ("a US-drafted Security Council resolution") takes no nationality
        country = nationality_of_phrase(head)
        return dataclasses.replace(arg, country=country) if country else arg

    def _unresolved(self, head: Token) -> EventArg:
        """A target phrase that names no known actor ("ousted Haitian President Aristide"):
        it keeps its words, and a country only if a nationality in it names one."""
        start, end = syn.noun_span(head)
        return EventArg(None, self.article.body[start:end], None, None, self.article.body[start:end], start, end)

    def _resolve(self, tok: Token) -> EventArg | None:
        return resolve_arg(tok, self.index, self.article.body, self.when, self.hint)

    def _spanned(self, arg: EventArg, head: Token, **changes: object) -> EventArg:
        """``arg`` named by the words of ``head``'s noun phrase ("its aircraft"), with ``changes``."""
        start, end = syn.noun_span(head)
        return dataclasses.replace(arg, text=self.article.body[start:end], start=start, end=end, **changes)

    def _antecedent(self, pronoun: Token) -> EventArg | None:
        """A subject "it"/"they" with no actor: the nearest earlier subject naming a state or group.

        Looks back over the pronoun's sentence and the one before it only, as news
        writing keeps such pronouns close to their antecedent.
        """
        sent = pronoun.sent
        first = sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for tok in reversed(self.doc[first : pronoun.i]):
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
                continue
            arg = self._resolve(tok)
            actor = self.actors.get(arg.actor_id or "") if arg is not None else None
            if arg is not None and arg.country and (actor is None or actor.kind != "person"):
                text = pronoun.text
                return dataclasses.replace(arg, text=text, start=pronoun.idx, end=pronoun.idx + len(text))
        return None

    def _owned_body(self, noun: Token) -> EventArg | None:
        """ "Sharif said his government was ready": the body of the person "his" refers to, in that
        person's country, not a country named nearby ("... a dialogue with New Delhi")."""
        sector = _OWNED_BODIES.get(noun.lemma_.lower())
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if sector is None or owner is None:
            return None
        person = self._person_antecedent(owner)
        if person is None or not person.country:
            return None
        start, end = syn.noun_span(noun)
        name = f"{country_name(person.country) or person.country} {noun.lemma_.lower()}"
        return EventArg(None, name, person.country, sector, self.article.body[start:end], start, end)

    def _other_owner(self, pronoun: Token) -> EventArg | None:
        """The owner "his"/"her" names in an object ("Sanders mocked her refusal"), only when the
        act's subject is a person of the other sex: "made his remarks", "went back on his pledge"
        are most often the subject's own, which is no target."""
        verb = pronoun.head.head if pronoun.head.dep_ != "pobj" else pronoun.head.head.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not any(_other_sex_than(pronoun, s) for s in subjects):
            return None
        return self._person_antecedent(pronoun)

    def _person_antecedent(self, pronoun: Token) -> EventArg | None:
        """An object "him"/"her": the nearest earlier person in its sentence or the one before
        ("burst into the residence of President Jovenel Moise and shot him dead"), never the
        subject of the pronoun's own verb (that would be "himself")."""
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        own_subjects = {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
        first = pronoun.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for tok in reversed(self.doc[first : pronoun.i]):
            last_of_name = tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].ent_iob_ != "I")
            if tok.i in own_subjects or not (last_of_name or (tok.tag_ == "NN" and tok.lemma_.lower() in syn.PERSON_NOUNS)):
                continue
            if last_of_name and _other_sex_than(pronoun, tok):
                continue  # "the union endorsed her": not the man named last (audit 21)
            arg = self._resolve(tok)
            if (arg is None or not arg.country) and last_of_name:
                # a named person the tables do not know ("wrote to Mr McConnell, accusing him"):
                # the name, with no country
                ent = entity_of(tok)
                name = ent.text if ent is not None else tok.text
                return EventArg(None, name, None, None, pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text))
            if arg is None or not arg.country:
                return None  # the nearest person is unknown: no guess further back
            return dataclasses.replace(arg, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun.text))
        return None

    def _build(
        self,
        sources: list[EventArg],
        targets: list[EventArg],
        code: str,
        modality: str,
        reported_by: str | None,
        sent: Span,
        start: int,
        end: int,
        date: str | None,
        date_text: str | None,
        place: EventPlace | None,
        words: frozenset[str] = frozenset(),
        crowd: bool = False,
    ) -> list[Event]:
        body = self.article.body
        out = []
        act = code
        said = {w.strip(".,;:'\"") for w in body[start:end].lower().split()}
        words_only = code[:2] in {"18", "19"} or code == "111"  # (111: already read as words)
        if words_only and any(w.startswith(tuple(VERBAL_FORCE)) for w in said) and self._words_not_force(sources, targets):
            act = "111"  # the force words of people in politics are words: "Sanders's attacks on her"
            if any(w.startswith(_ELECTION_WINS) for w in said):
                return []  # "I'd beat him," Trump said: a race won, not a beating, and no criticism
        for source in sources:
            if not valid_source(source):
                continue
            code = for_actor(act, source, words)
            pairs = [t for t in targets if arg_key(t) != arg_key(source)]
            domestic = source.country is not None and all(t.country in {None, source.country} for t in pairs)
            if crowd and domestic and code[:2] in {"18", "19"} and (source.sector or "")[:3] in FORCE_SECTORS:
                code = "175"  # "troops opened fire on demonstrators": violent repression (CAMEO 175)
            mutual = code[:2] in _RECIPROCAL_ROOTS or (code[:2] == "19" and bool(words & MUTUAL_FIGHT))
            if mutual and len(sources) > 1:
                # "Singh and Gilani met on the sidelines of the NAM summit", "Israel and Syria hold
                # talks through Turkish mediators": the sides meet each other, whatever else they meet
                others = [s for s in sources if arg_key(s) != arg_key(source)]
                # a further partner must be an actor of the article ("signed a deal with Iran"): a
                # place the act happens in ("signed accords in Zurich") is no side to it
                pairs = others + [t for t in pairs if t.country and t.country != source.country and t.actor_id]
            for target in pairs or [None]:
                paired = for_pair(code, source, target)
                out.append(
                    Event(
                        id=event_id(self.article.id, start, end, paired, source, target),
                        source=source,
                        target=target,
                        **code_fields(paired, words),
                        date=date,
                        date_text=date_text,
                        place=place,
                        modality=modality,  # type: ignore[arg-type]
                        reported_by=reported_by,
                        sentence=sent.text,
                        start=start,
                        end=end,
                        text=body[start:end],
                        sentence_start=sent.start_char,
                        sentence_end=sent.end_char,
                    )
                )
        return out

    def _reported_by(self, sent: Span) -> str | None:
        """The news organisation a sentence cites ("Reuters has reported", "according to AP")."""
        body = self.article.body
        for tok in sent:
            if tok.pos_ != "VERB" and tok.lower_ != "according":
                continue  # (hot loop: only verbs and "according to" report)
            if tok.lemma_.lower() in {"report", "say", "quote"} and tok.pos_ == "VERB":
                for child in tok.children:
                    if child.dep_ == "nsubj":
                        text = body[slice(*syn.noun_span(child))]
                        if is_media(text, child):
                            return text.removeprefix("the ").removeprefix("The ")
            if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(tok.doc) else False:
                for pobj in tok.nbor(1).children:
                    if pobj.dep_ == "pobj":
                        text = body[slice(*syn.noun_span(pobj))]
                        if is_media(text, pobj):
                            return text.removeprefix("the ").removeprefix("The ")
        return None


def _other_sex_than(pronoun: Token, name: Token) -> bool:
    """Whether the person whose name ends at ``name`` has a given name of the other sex than
    the pronoun "him"/"his"/"her" ("the union endorsed her" is not Bernie Sanders)."""
    spoken_as = "he" if pronoun.lower_ in {"him", "his"} else "she"
    return other_sex(spoken_as, (entity_of(name) or name).text.split()[:-1])
