"""Political events coded in CAMEO and PLOVER from the dependency parse.

Every verb is matched against our verb tables (``knowledge.verbs``); its source is the
actor named by its subject (the agent in a passive clause, the head's subject in a
complement, conjoined or adverbial clause), its target the actor named by its object or a
target preposition. Frames above the verb ("promised to", "refused to", "will", "may",
"suggestion that") set the modality and, as CAMEO prescribes, turn promised acts into
intents (03) or threats (13) and refused ones into rejections (12). An event needs a source
with a country or a known IGO or armed group: otherwise it is dropped (precision first).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn
from newsgraph.extract.actors_article import datelines
from newsgraph.extract.events_args import (
    ABSTRACT_OBJECTS,
    ATTACK_WORDS,
    DEATH_VERBS,
    DOMESTIC_TARGET_ROOTS,
    FORCE_ROOTS,
    FORCE_SECTORS,
    ActorIndex,
    affected_country,
    beneficiary_country,
    code_fields,
    domestic_target,
    entity_of,
    event_date,
    event_id,
    event_place,
    followers_of,
    home_country,
    implicit_source,
    is_media,
    nationality_of_phrase,
    passive_patient,
    resolve_arg,
    valid_source,
    visited_country,
    weapon_source,
)
from newsgraph.extract.events_linear import prepositional_target
from newsgraph.extract.events_select import fold_accompanying_acts, fold_threatened_acts, inherit_targets, select
from newsgraph.extract.events_triggers import (
    CROWD_WORDS,
    MUTUAL_FIGHT,
    OWNED_FORCES,
    STANCE_ADJECTIVES,
    act_words,
    bare_frame,
    bombing_code,
    bombing_of_clause,
    conceded_act,
    declined_act,
    for_actor,
    for_pair,
    forces_withdrawal,
    in_defiance,
    is_allegation,
    is_claimed,
    is_mere_warning,
    is_risk,
    is_sports_result,
    is_ultimatum,
    passive_reading,
    protective_purpose,
    protest_manner,
    reaction,
    readies_force,
)
from newsgraph.knowledge.countries import country_name, find_country
from newsgraph.knowledge.gazetteer import lookup as gazetteer_lookup
from newsgraph.knowledge.verbs import (
    light_verbs_and_nouns,
    match_verb,
    to_demand,
    to_intent,
    to_offer,
    to_reject,
    to_request,
)
from newsgraph.model import Article, Event, EventArg, EventPlace
from newsgraph.registry import stage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

# Roots that the threat table maps (``to_intent``): other threatened acts are CAMEO 130.
_THREAT_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# Words that finish a trigger ("shot dead", "gunned down").
_RESULT_WORDS = frozenset({"dead", "down"})
# Verbal acts, which are made by trying them ("tried to rebuke", "sought to reassure"), unless the
# verb names an outcome the trying may miss ("tried to persuade", "tried to reach a deal").
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
_OUTCOME_VERBS = frozenset({"persuade", "convince", "reach", "secure", "win", "obtain", "get", "achieve", "stop", "prevent", "block"})
_ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})
_UNREAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})


def _attempted_in_fact(frame: syn.Frame, tok: Token) -> bool:
    """Whether the act's only unreal frame is an attempt made in fact ("tried to", "is seeking to"),
    not one wished, planned or forecast ("will try to", "wants to try")."""
    trier = frame.frame_token
    if trier is None or trier.lemma_.lower() not in _ATTEMPT_VERBS or tok.lemma_.lower() in _OUTCOME_VERBS:
        return False
    if tok.head.i != trier.i or any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in trier.children):
        return False
    return trier.dep_ in {"ROOT", "ccomp", "conj", "advcl"} and trier.tag_ in {"VBD", "VBZ", "VBP", "VBG", "VBN"}


# Verbs of a stance that "cannot" refuses ("cannot accept", "cannot support").
_STANCE_VERBS = frozenset({"accept", "support", "agree", "allow", "tolerate", "endorse", "approve", "back", "condone", "recognise", "recognize"})
# Verbs after which an "if" clause is asked, not a condition ("asked Trump if he would").
_ASKING = frozenset({"ask", "wonder", "question", "inquire", "know", "see"})


# Acts a side can hold over another as the price of a condition (sanctions, coercion, force).
_COERCIVE_ROOTS = frozenset({"16", "17", "18", "19", "20"})


def _on_condition(tok: Token) -> bool:
    """An act made to hang on another's "unless" ("will cut aid unless the junta steps down"),
    on the act itself or on the verb that decides or announces it ("voted to break ... unless")."""
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for v in verbs for c in v.children
    )


def _names_a_region(arg: EventArg) -> bool:
    """Whether a source is named only by a region of a country ("Ohio", "Indiana, Michigan and
    Ohio"), not by a body or a country."""
    if arg.sector or not arg.text:
        return False
    first = re.split(r",| and ", arg.text)[0].strip()
    hit, _ = gazetteer_lookup(first)
    return hit is not None and hit.kind == "region"


def _asked_content(tok: Token) -> bool:
    """Whether the clause is an indirect question: opened by "whether", or by "if" after a verb of
    asking ("he would refuse, if in government" is a condition, not a question)."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if tok.dep_ not in {"ccomp", "advcl"} or not marks & {"whether", "if"}:
        return False
    return ("whether" in marks and tok.dep_ != "advcl") or tok.head.lemma_.lower() in _ASKING


# Verbs of street protest only when intransitive ("students demonstrated", "supporters rallied").
_STREET_VERBS = frozenset({"demonstrate", "rally"})
# Roots of reactions to another's act, and the bare nouns that stand for that act ("the move").
_REACTION_ROOTS = frozenset({"01", "05", "11", "12"})
_ACT_ANAPHORS = frozenset({"move", "decision", "step", "measure", "action", "announcement", "gesture", "offer", "proposal", "plan"})
# Where a complement clause names the side a comment is about: its subject, objects and owners.
_CLAUSE_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "attr"})
# Words of an act of force that tell of a death: a named person so killed was assassinated (186).
_DEATH_WORDS = re.compile(r"\b(?:kill|murder|assassinat|slay|slain|shot dead|gunned down|stabbed to death|beaten to death)", re.IGNORECASE)
# Cooperative roots whose wished-for acts are intents (03); 08 yields have their own map.
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07"})
# Nouns that are consultations when they take a "with" partner ("talks with Putin").
_CONSULT_NOUNS = {"talk": "040", "talks": "040", "meeting": "040", "summit": "040", "negotiation": "046", "negotiations": "046"}
# Roots whose acts are mutual: coordinated sources are each other's targets.
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})


@stage(
    "extract.events",
    requires=("article.actors", "article.dates", "article.places"),
    assigns=("article.events",),
)
def extract_events(article: Article, doc: Doc) -> Article:
    """Code the political events of ``article`` (see the module docstring)."""
    coder = _Coder(article, doc)
    events: list[Event] = []
    seen: set[str] = set()
    for sent in doc.sents:
        for event in coder.sentence(sent):
            if event.id not in seen and article.body[event.start : event.end] == event.text:
                seen.add(event.id)
                events.append(event)
    return dataclasses.replace(article, events=tuple(events))


class _Coder:
    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.index = ActorIndex(article.actors)
        self.actors = {a.id: a for a in article.actors}
        self.when = (article.published or "")[:10] or None
        self.hint = article.extra.get("home_country") or home_country(article.places)
        self.datelines = datelines(article.body)

    def sentence(self, sent: Span) -> list[Event]:
        reported_by = self._reported_by(sent)
        coded: dict[int, tuple[str, set[int]]] = {}
        pattern_words: dict[int, tuple[str, ...]] = {}  # the words of the row that coded each trigger
        for tok in sent:
            if not syn.is_trigger_candidate(tok):
                continue
            near, complements = syn.near_lemmas(tok)
            objects = syn.object_lemmas(tok)
            # A passive subject is what the verb acts on ("arrests have been made").
            row = match_verb(tok.lemma_.lower(), near | objects, objects) or passive_reading(tok, near) or protest_manner(tok) or declined_act(tok) or forces_withdrawal(tok)
            bare = row is not None and all(w.startswith("~") for w in row.words)  # exclusions name no object
            if bare and bare_frame(tok):
                continue  # "seeks to quell feud talk": an attempt, not a request; "he asked": a quote
            if is_risk(tok):
                continue  # "the row threatens to overshadow the summit": a risk, no actor's threat
            if row is not None and row.code[:2] in {"17", "18", "19", "20"} and syn.states_a_clause(tok):
                continue  # "police apprehend that violence may spread": a fear, nobody is seized
            if row is not None and tok.lemma_.lower() in _OPINION_VERBS and syn.holds_an_opinion(tok):
                continue  # "most Americans agree that the system is broken": an opinion, no agreement
            if row is not None and tok.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in tok.children):
                continue  # "called the change pragmatic": a description, not "call for change"
            if row is not None:
                used = {c for c in complements if self.doc[c].lemma_.lower() in row.words}
                coded[tok.i] = (row.code, used)
                pattern_words[tok.i] = row.words
        for tok in sent:
            if tok.lower_ in STANCE_ADJECTIVES and tok.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in tok.children):
                # "said he was encouraged by the talks": the passive participle is the stance
                if tok.i not in coded and tok.head.lemma_.lower() in syn.SPEECH_LEMMAS:
                    coded[tok.i] = (STANCE_ADJECTIVES[tok.lower_], set())
                    pattern_words[tok.i] = (tok.lower_,)
                continue
            stance = STANCE_ADJECTIVES.get(tok.lemma_.lower()) if tok.dep_ == "acomp" else None
            if stance is None or tok.head.lemma_ != "be" or tok.head.i in coded:
                continue
            if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in syn.SPEECH_LEMMAS:
                # "Lavrov said he was hopeful that ...": the speaker's optimism (013) or gloom (012);
                # only when said: "analysts were less optimistic" describes, it is no comment
                coded[tok.head.i] = (stance, {tok.i})
                pattern_words[tok.head.i] = (tok.lemma_.lower(),)
        for i, (code, used) in list(coded.items()):
            if code.startswith("13") and is_mere_warning(self.doc[i], coded):
                coded[i] = ("012", used)  # "warned that millions face famine": a pessimistic comment, no threat
        for i, (code, _) in list(coded.items()):
            tok = self.doc[i]
            purposes = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.i in coded]
            if code.startswith("128") and any(coded[c.i][0][:2] == "14" or syn.has_to_infinitive(c) for c in purposes):
                # "defied a police ban to rally in Kuala Lumpur, protesting against ...": the act done
                # in defiance is the event ("ignored a court order blocking the sale" is defiance)
                del coded[i]
        for tok in sent:
            if tok.pos_ == "VERB" and is_ultimatum(tok):
                # "gave Fiji's military government until May 1 to set an election date or face
                # suspension", "gave Bosnian Serb forces ten days to withdraw ... or face air strikes"
                coded[tok.i] = ("139", set())
                pattern_words[tok.i] = ()
            elif tok.pos_ == "VERB" and tok.i not in coded and in_defiance(tok):
                coded[tok.i] = ("128", set())  # "resumed uranium conversion in defiance of EU warnings"
                pattern_words[tok.i] = ()
        for i, (code, used) in list(coded.items()):
            if (code[:2] == "15" or code[:3] in {"042", "043"}) and protective_purpose(self.doc[i]):
                # "would send U.S. troops to Somalia to protect relief convoys", "Australian troops
                # landed in Dili to restore order": protection (074), no show of force or visit
                coded[i] = ("074", used)
        for tok in sent:
            conceded = conceded_act(tok)
            if conceded is not None:
                # "scaled back the fuel price rise, bowing to a nationwide strike", "announced that he
                # would reinstate parliament, bowing to protests": the act is a concession (083)
                coded[conceded.i] = ("083", set())
                pattern_words[conceded.i] = ()
        for tok in sent:
            wanted = syn.wanted_of_another(tok) if tok.lemma_.lower() in syn.WANTING else []
            # ... of a named state or body ("Kyrgyzstan wants Washington to pay for the base"), even
            # when the act asked for has no code of its own
            named = any(g.dep_ == "nsubj" and g.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for c in wanted for g in c.children)
            # ("We want Michael to be as accessible as possible": a party's wish for its own leader)
            named = named and not any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in tok.children)
            if tok.i not in coded and wanted and (named or any(c.i in coded for c in wanted)):
                # "the unions want the government to withdraw the rules": the unions demand it
                coded[tok.i] = ("100", set())
                pattern_words[tok.i] = ()
        for tok in sent:
            if tok.i not in coded and tok.pos_ in {"VERB", "AUX"} and syn.demand_speaker(tok) is not None:
                # "X said Y must ensure security": a demand (CAMEO 10) whatever Y is asked to do.
                coded[tok.i] = ("100", set())
                pattern_words[tok.i] = ()
        for i, (code, used) in list(coded.items()):
            # "urged Iran to free the sailors": the act asked for makes the appeal specific (0253).
            asked = next(
                (c.i for c in self.doc[i].children if c.dep_ in {"xcomp", "ccomp"} and c.i in coded and not syn.is_question(c)), None
            )
            if asked is not None:
                coded[i] = (to_request(code, coded[asked][0]), used)
        consumed = {i for _, used in coded.values() for i in used}
        framing = {i for i, (_, used) in coded.items() if not used}
        tagged: list[tuple[Token, bool, Event]] = []
        deferred: list[int] = []
        by_trigger: dict[int, int] = {}
        for tok in sent:
            if tok.pos_ != "VERB":
                continue  # (hot loop: both constructions are verbs)
            tagged.extend((tok, False, e) for e in self._visit_events(tok, sent, reported_by))
            reacted = reaction(tok)
            if reacted is not None:
                coded.pop(tok.i, None)  # "drew criticism from X": X criticises; the drawer does not
                tagged.extend((tok, False, e) for e in self._reaction_events(tok, *reacted, sent, reported_by))
        for i, (code, used) in coded.items():
            tok = self.doc[i]
            if i in consumed or is_allegation(tok, coded) or syn.is_requested(tok, coded):
                continue
            if i in framing and self._is_frame_of_coded(tok, coded):
                deferred.append(i)
                continue
            found = self._events_for(tok, code, used, pattern_words[i], sent, reported_by)
            by_trigger[i] = len(found)
            tagged.extend((tok, False, e) for e in found)
        for i in deferred:
            # A frame whose complement gave no event ("agreed that their countries should
            # cooperate") is coded on its own.
            complements = [c.i for c in self.doc[i].children if c.dep_ in {"xcomp", "ccomp"} and c.i in coded]
            if not any(by_trigger.get(c, 0) for c in complements):
                code, used = coded[i]
                found = self._events_for(self.doc[i], code, used, pattern_words[i], sent, reported_by)
                tagged.extend((self.doc[i], False, e) for e in found)
        for tok in sent:
            if tok.pos_ == "NOUN" and is_claimed(tok):
                tagged.extend((tok, False, e) for e in self._claimed_events(tok, sent, reported_by))  # an act in its own right
            if tok.pos_ == "NOUN" and tok.lower_ in _CONSULT_NOUNS and tok.head.i not in coded:
                tagged.extend((tok, True, e) for e in self._noun_events(tok, sent, reported_by))
            elif tok.pos_ == "NOUN" and tok.head.i not in coded:
                tagged.extend((tok, True, e) for e in self._modified_noun_events(tok, sent, reported_by))
        tagged.sort(key=lambda item: item[2].start)
        if sent.text.rstrip(" \n\"'\u201d\u2019)").endswith("?"):
            # "Should the United Kingdom approve the Treaty?", "can they file a lawsuit?": a
            # question reports no act; only its asking (a statement) is kept
            tagged = [item for item in tagged if item[2].cameo_root == "01"]
        return select(inherit_targets(fold_threatened_acts(fold_accompanying_acts(tagged))))

    def _is_frame_of_coded(self, tok: Token, coded: dict[int, tuple[str, set[int]]]) -> bool:
        """A frame verb ("promised", "refused") is not coded itself when its complement is."""
        lemma = tok.lemma_.lower()
        frames = syn.INTENT_FRAMES | syn.REFUSAL_FRAMES | syn.HYPOTHETICAL_FRAMES | syn.FUTURE_FRAMES
        if lemma not in frames or lemma in syn.DELIBERATION_FRAMES:
            return False  # "is considering imposing sanctions": the deliberation is an act (014) of its own
        return any(child.dep_ in {"xcomp", "ccomp"} and child.i in coded for child in tok.children) and not (
            lemma in syn.HYPOTHETICAL_FRAMES and lemma in {"urge", "call", "demand", "ask", "suggest", "propose"}
        )

    def _events_for(
        self, tok: Token, code: str, used: set[int], pattern: tuple[str, ...], sent: Span, reported_by: str | None
    ) -> list[Event]:
        if tok.lemma_.lower() in syn.SPEECH_LEMMAS and code.startswith("01") and reported_by is not None:
            subj = syn.subject_of(tok)
            if subj is not None and is_media(self.article.body[slice(*syn.noun_span(subj))], subj):
                return []
        if is_sports_result(tok):
            return []  # "Brazil beat Germany 2-0": a match, not an assault
        if tok.lemma_.lower() in _STREET_VERBS and code[:2] in {"13", "14"} and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
            return []  # "demonstrated his knack", "must demonstrate they have", "rallied thousands": showing or gathering, no protest
        if _asked_content(tok):
            return []  # "asked Trump if he would deport", "unclear whether Russia will attack": a question's content, no act
        frame = syn.frame_of(tok)
        if frame.condition:
            return []  # "unless the army halted its bombing", "if Hezbollah fired rockets": a condition, not an act
        if frame.ability and frame.modality == "negated" and tok.lemma_.lower() in _STANCE_VERBS:
            # "the US says it cannot support Mr Brown's plan": a refusal (12), not a lack of power
            code, frame.modality, frame.ability = to_reject(code), "asserted", False
        if frame.ability and frame.modality != "asserted":
            # "judges can already jail parents", "the UK would still be able to reject proposals",
            # "the UK could not simply refuse": a power (or its absence), no act
            return []
        speaker = syn.demand_speaker(tok)
        if speaker is not None:
            # "X said Y must withdraw": X demands that Y withdraw (CAMEO 10); the demand is made
            # as the speech verb says ("should" is what is asked, not a doubt about the asking).
            code, subj = to_demand(code), syn.subject_of(speaker)
            frame = syn.frame_of(speaker)
        announcer = syn.announcing_speaker(tok) if speaker is None and code[:2] in _ANNOUNCED_ROOTS else None
        if announcer is not None:
            # "Musharraf said the emergency would be lifted", "declared the sailors would be freed":
            # the speaker announces an act of his own side to come (intent, 03)
            code = to_offer(code) if code[:2] == "08" else to_intent(code)
            subj, frame = syn.subject_of(announcer), syn.frame_of(announcer)
        elif frame.refusal:
            code = to_reject(code)
        elif frame.threat and not frame.refusal and code[:2] not in _THREAT_ROOTS:
            # "threatened to withdraw from the WHO": a threat (CAMEO 13), not an offer to yield
            code = "130"
        elif frame.intent and code[:2] == "08":
            # A promised or announced future concession ("said they will release") is an
            # intent to yield (035), as the CAMEO manual codes it.
            code = to_offer(code)
        elif frame.intent and readies_force(frame, code):
            # "the army prepared to resume shelling": readiness for force is a posture (152,
            # PLOVER MOBILIZE), not a verbal threat.
            code = "152"
        elif frame.intent:
            code = to_intent(code)
        elif frame.desire and code[:2] in _COOPERATIVE_ROOTS and frame.modality == "hypothetical":
            # "wants to improve ties with X": the stated wish is itself the act, an intent (03)
            code, frame.modality = to_intent(code), "asserted"
        if code[:2] in _COERCIVE_ROOTS and _on_condition(tok):
            # "voted to break off relations with Britain unless London disowned the novel": an act
            # held over another's head is a threat of it (CAMEO 13), made now
            code, frame.modality = to_intent(code), "asserted"
        if frame.modality == "hypothetical" and code[:2] in _VERBAL_ROOTS and _attempted_in_fact(frame, tok):
            frame.modality = "asserted"  # "Rubio tried to rebuke the front-runner": a rebuke tried is a rebuke made
        if code[:2] in {"18", "19"} and syn.said_while(tok) and syn.verbal_attack(tok):
            code = "111"  # "attacked British imperialists, saying they ...": a verbal attack
        # "said he was encouraged by the talks": whoever is encouraged holds the stance
        felt = tok.lower_ in STANCE_ADJECTIVES and syn.is_passive(tok)
        if speaker is None and announcer is None:
            subj = syn.subject_of(tok) if not felt else syn.passive_target(tok)
            if felt and subj is not None and subj.lower_ in syn.PERSONAL_PRONOUNS:
                subj = syn.subject_of(tok.head) or subj  # "the UN envoy said he was encouraged": the speaker
            stative = felt or syn.is_stative_passive(tok)  # "Vietnam is committed to": Vietnam acts
            if tok.lemma_.lower() in DEATH_VERBS:
                subj = None  # "people who died in police firing": the dead never act
            misread = syn.misread_as_participle(tok)  # "The US-led coalition bombed IS positions"
            subj = tok.head if misread and subj is None else subj
            if subj is not None and not stative and not misread and (subj.i == getattr(passive_patient(tok), "i", -1) or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
                subj = None  # "two killed in police firing": who died, not who acted
        if subj is not None and syn.is_nobody(subj):
            return []  # "no one violated the orders": nobody acted
        if subj is not None and subj.lemma_.lower() in _COMMENTATORS:
            return []  # "analysts expressed concern about the economy": commentary, no political act
        if subj is not None and code[:2] in FORCE_ROOTS and subj.lemma_.lower() in _ABSTRACT_SUBJECTS:
            return []  # "the cost of everything he advocates explodes": a figure, no bombing
        if subj is None and code.startswith("151") and syn.is_passive(tok):
            subj = passive_patient(tok)  # "French police were placed on high alert": the alerted raise their alert
        if subj is None:
            # "35 persons were arrested": an agentless passive may still have an implicit source,
            # when reported as done ("anyone convicted can be jailed" states a law, nobody acts)
            # (a participle that only describes a noun tells of an earlier act by nobody named:
            # "the 15 detained British sailors", "jailed comrades")
            described = tok.dep_ == "amod" and tok.tag_ == "VBN"
            implicit = implicit_source(tok, code, self.hint or self.index.home) if frame.modality != "hypothetical" and not described else None
            if implicit is None:
                return []
            sources = [implicit]
            if code[:2] in {"18", "19"} and implicit.sector == "UAF":
                code = bombing_of_clause(tok) or code  # "killed in a suicide car bombing": 1831
        else:
            bombing = bombing_code(subj) if code[:2] in {"18", "19"} else None
            sources = self._args(subj) or self._attack_agent(subj, code) or weapon_source(subj, tok, code, bombing is not None)
            code = bombing or code  # "a car bomb killed 30", "a suicide bomber": a bombing (183x)
        if not any(valid_source(s) for s in sources):
            return []  # no event without a source: skip the (costly) target look-ups
        if code[:2] == "05" and all(_names_a_region(s) for s in sources):
            return []  # "Ohio backed Obama", "Rust Belt states all supported Bush": an election result, no act
        if _is_figurative_force(tok, code):
            return []  # "unions are fighting change", "the firm is battling opposition to new stores"
        own = {s.country for s in sources}  # the sources' countries: never a target's
        passive_obj = syn.passive_target(tok) if syn.is_passive(tok) and not felt else None
        act_nouns = set(pattern) & light_verbs_and_nouns()[1].keys()  # the act's own nouns, never its target
        targets: list[EventArg] = []
        if speaker is not None:
            embedded = syn.subject_of(tok)
            targets = [a for a in self._args(embedded) if a.country or a.actor_id] if embedded is not None else []
            if not targets:
                return []  # "said the rupee must recover": nobody is asked to act
        elif passive_obj is not None:
            # "arrests have been made": the act's own noun is no target
            targets = [] if passive_obj.lemma_.lower() in act_nouns else self._args(passive_obj)
        else:
            skip = {c.i for c in tok.children if c.dep_ in {"ccomp"}}
            # Attacks take their target with "at" ("fired rockets at Israel").
            force = code[:2] in FORCE_ROOTS
            # threats and shows of force aim at their target too ("threatened to aim its missiles at Poland")
            extra = frozenset({"at", "into"}) if force or code[:2] in {"13", "15"} else frozenset()
            extra = extra | {"into"} if code[:2] == "09" else extra  # "opened an investigation into the bombing"
            extra = extra | {"at"} if code == "042" else extra  # "arrived at the White House": the host visited
            origin = frozenset({"from"}) if force else frozenset()  # "fired rockets from Gaza into Israel"
            candidates = syn.object_candidates(tok, skip, extra, origin)
            # "threatened to break off relations with Colombia" (one row for both verbs): the
            # complement's objects; "pledged to help Nepal rebuild": its clause's subject
            candidates += [c for i in sorted(used) for c in syn.object_candidates(self.doc[i], skip, extra, origin)]
            for verb in (tok, *(self.doc[i] for i in sorted(used))):
                candidates += [
                    g for x in verb.children if x.dep_ in {"ccomp", "xcomp"} and x.i not in skip for g in x.children if g.dep_ == "nsubj"
                ]
            weak: list[EventArg] = []
            for cand in candidates:
                if cand.lemma_.lower() in OWNED_FORCES and (
                    any(c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.children) or _governor(cand).lemma_.lower() in _DEPLOY_VERBS
                ):
                    continue  # "aim its missiles at Poland", "send more troops to Iraq": the actor's own means
                if cand.pos_ == "NOUN" and (
                    cand.lemma_.lower() in act_nouns
                    or any(c.dep_ == "compound" and c.lemma_.lower() in act_nouns for c in cand.children)
                ):
                    continue  # the act's own noun ("staged rallies against X"), not its target
                # A target without a country or an article actor ("a delegation") says too little;
                # one without a country is kept only if no later candidate has one ("send Leopard
                # tanks to Ukraine": Ukraine, not a "Leopard" the parser took for a person).
                found = [self._with_nationality(a, cand) for a in self._args(cand) or [self._unresolved(cand)]]
                # ... or a named body the tables do not know ("revoked contracts assigned to Boeing")
                # (not for force or protest, whose place falls back to its country: "through KwaZulu-Natal")
                named = (
                    (cand.ent_type_ in {"ORG", "PERSON"} and cand.pos_ == "PROPN") or cand.lower_ in {"him", "her"}
                ) and code[:2] not in DOMESTIC_TARGET_ROOTS
                found = [a for a in found if a.country or a.actor_id or ((a.sector or named) and a.name[:1].isupper())]
                # an international body is as definite as a country ("struck a UN peacekeeping
                # convoy near Kidal in Mali": the UN, not the place)
                if any(a.country or (a.actor_id and (a.sector or "")[:3] in {"IGO", "NGO"}) for a in found):
                    targets = found
                    break
                weak = weak or found
            targets = targets or weak
        if not targets and tok.dep_ == "advcl" and syn.is_performed_purpose(tok):
            # "telephoned Abbas to discuss ...", "summoned the US ambassador to protest": the act's partner
            targets = [a for o in tok.head.children if o.dep_ == "dobj" for a in self._args(o) if a.country or a.actor_id]
        if not targets and code[:2] in {"02", "10"}:
            # "demanded that Hamas renounce ...": the one asked is the complement's subject.
            for comp in tok.children:
                # what is asked follows the asking: a clause before it is another sentence the
                # parser hung there ("X want Y - the Commission has urged an increase")
                embedded = syn.subject_of(comp) if comp.dep_ in {"ccomp", "xcomp"} and comp.i > tok.i else None
                if embedded is not None and embedded.i != subj.i:
                    targets = [a for a in self._args(embedded) if a.country or a.actor_id]
                    break
        if not targets and code[:2] in {"03", "13"} and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in syn.SPEECH_LEMMAS | {"assure", "warn", "promise"}:
            # "Blair told Mr Brown he would step down", "assured Kiev it would help": a promise or
            # threat is made to the one told
            targets = self._others_named(sources, [c for c in tok.head.children if c.dep_ in {"dobj", "dative"}])
        if not targets and code[:2] == "13":
            # "threatened tariffs unless Mexico stops the flow": the threat falls on the one whose act
            # is its condition (an active subject only: "unless the commission was overhauled" names
            # what must change, not who must change it)
            verbs = {tok, tok.head, *(self.doc[i] for i in used), *(c for c in tok.children if c.dep_ == "xcomp")}
            conditions = [
                c for v in verbs for c in v.children
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in c.children)
            ]
            targets = self._others_named(sources, [g for c in conditions for g in c.children if g.dep_ == "nsubj"])[:1]
            if not targets and tok.lemma_.lower() == "warn":
                # "warned that Israel would face severe consequences": the one the warning is about
                told = [g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"]
                targets = [a for a in self._others_named(sources, told) if a.country not in own][:1]
        if not targets and code[:2] == "11":
            # "accused the West of supporting Israel's war": the alleged act names the target.
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
                    for pcomp in prep.children:
                        if pcomp.dep_ == "pcomp":
                            for cand in syn.object_candidates(pcomp, set()):
                                cand = next((t for t in cand.lefts if t.dep_ == "poss"), cand)
                                targets = [a for a in self._args(cand) if a.country]
                                if targets:
                                    break
                if targets:
                    break
            if not targets:
                # "alleged that Trump personally earned $5 million": the one the charge is about
                charged = [g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in syn.SUBJECT_DEPS | syn.PASSIVE_SUBJECT_DEPS]
                targets = self._others_named(sources, charged)[:1]
        if not targets and code[:2] == "01" and code != "010":
            # "denied that it was sheltering Colombian guerrillas", "was optimistic that the talks on
            # North Korea's programme would resume": a comment is on the other side its clause names
            targets = self._clause_other(tok, sources, own)
        if not targets and speaker is None and code[:2] in _REACTION_ROOTS:
            # "Israel released 198 prisoners, but Hamas dismissed the move", "the league voted to
            # suspend Syria, a decision Damascus denounced": the act reacted to is the earlier actor's
            targets = self._author_of_act(tok, sources, own)
        last = max([tok.i, *used])
        if not targets and speaker is None:
            # "granted asylum to ousted Haitian President Aristide" misparsed: the words after the act
            after = prepositional_target(self.doc[last], code, sent)
            if after is not None:
                targets = [a for a in self._others_named(sources, [after]) if a.country not in own]
        start_tok = frame.frame_token if frame.frame_token is not None and frame.frame_token.i < tok.i else tok
        if last + 1 < len(self.doc) and self.doc[last + 1].lower_ in _RESULT_WORDS:
            last += 1  # "shot dead", "gunned down": the result belongs to the act's words
        start, end = start_tok.idx, self.doc[last].idx + len(self.doc[last].text)
        date, date_text, place = self._when_where(tok, sent, targets)
        if not targets and (code == "042" or code[:2] in FORCE_ROOTS):
            visited = visited_country(tok, sent, self.article.places, own)
            targets = [visited] if visited is not None else []
        if not targets and passive_obj is None and speaker is None:
            # "threatened to attack polling stations", "threatened to sell the abducted schoolgirls":
            # the act's own words and the infinitive it governs
            infinitives = [
                c for c in tok.children
                if c.dep_ in {"xcomp", "advcl"} and c.lemma_ != "be" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
            ]
            acts = (tok, *(self.doc[i] for i in sorted(used)), *(c for c in infinitives if c.i not in used))
            objects = [
                c for v in acts for c in syn.object_candidates(v, set(), frozenset({"at", "into", "in"}))
                if c.lemma_.lower() not in act_nouns and c.ent_type_ not in {"DATE", "TIME"}  # "clashed on Wednesday"
            ]
            objects.sort(key=lambda c: c.lemma_.lower() in pattern)  # "took control of the palace": the palace names it
            # "a bomb exploded near a police station in Kabul, killing two officers": the sentence's place
            unknown = not any(s.country for s in sources) and code[:2] in FORCE_ROOTS
            here = place or (self._sentence_place(sent) if unknown else None)
            aimed = domestic_target(tok, code, sources, here, objects) or beneficiary_country(list(acts), code, own) or affected_country(list(acts), code, own)
            targets = [aimed] if aimed is not None else []
        if code[:2] in {"18", "19"} and tok.lemma_.lower() in _VERBAL_FORCE and self._politicians(sources) and (not targets or self._politicians(targets)):
            code = "111"  # "Trump attacked Clinton over her emails", "Blair and Howard clashed over tax": words, not force
        if code == "062" and not targets and len(sources) == 1 and _DRILLS & set(pattern):
            code = "150"  # "China's military held live-fire exercises around Taiwan": drills without a partner show force
        words = act_words(tok)
        if tok.dep_ in {"advcl", "xcomp"} and syn.is_performed_purpose(tok):
            words = words | {tok.head.lemma_.lower()}  # "gathered to demand": the gathering performs the demand
        # only acts that can end as force by a state (145 → 190 by troops, 18x, 19x) need the scan
        # "fired live rounds into crowds of monks, killing five": the result shares the firing's crowd
        fired = (tok, tok.head) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else (tok,)
        crowd = code[:2] in {"14", "18", "19"} and any(
            c.lower_ in CROWD_WORDS for verb in fired for c in syn.object_candidates(verb, set(), frozenset({"at", "into", "on"}))
        )
        if code[:2] in {"18", "19"} and self._named_people(targets) and _DEATH_WORDS.search(self.article.body[start:end]):
            code = "186"  # "Gunmen shot dead opposition leader Benazir Bhutto": a named person killed is assassinated
        if _is_commercial(sources, targets, code):
            return []  # "the banks held merger talks", "the airline agreed a pay deal with pilots": business
        return self._build(sources, targets, code, frame.modality, reported_by, sent, start, end, date, date_text, place, words, crowd)

    def _others_named(self, sources: list[EventArg], nouns: list[Token]) -> list[EventArg]:
        """The actors ``nouns`` name that have a country or an identity and are not the sources."""
        own = {_key(s) for s in sources}
        return [a for n in nouns for a in self._args(n) if (a.country or a.actor_id) and _key(a) not in own]

    def _clause_other(self, tok: Token, sources: list[EventArg], own: set[str | None]) -> list[EventArg]:
        """The first actor of another country that the act's complement clause names, its subject
        before the rest."""
        clause = next((c for c in tok.subtree if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            return []
        words = [t for t in clause.subtree if t.dep_ in _CLAUSE_ACTOR_DEPS and t.pos_ in {"PROPN", "NOUN", "PRON"}]
        words.sort(key=lambda t: t.dep_ not in syn.SUBJECT_DEPS | syn.PASSIVE_SUBJECT_DEPS)
        for word in words:
            found = [a for a in self._others_named(sources, [word]) if a.country and a.country not in own]
            if found:
                return found[:1]
        return []

    def _author_of_act(self, tok: Token, sources: list[EventArg], own: set[str | None]) -> list[EventArg]:
        """The earlier subject of the sentence, when the act's object is a bare act noun ("the move",
        "a decision") that names no owner."""
        nouns = [o for o in tok.children if o.dep_ == "dobj"]
        if tok.dep_ == "relcl":
            nouns.append(tok.head)  # "a decision Damascus denounced as illegal"
        anaphor = next((n for n in nouns if n.lemma_.lower() in _ACT_ANAPHORS and not any(c.dep_ in {"poss", "compound", "amod"} for c in n.children)), None)
        if anaphor is None:
            return []
        subj = syn.subject_of(tok)
        mine = {_key(s) for s in sources}
        for word in reversed(tok.sent[: min(tok.i, anaphor.i) - tok.sent.start]):
            if word.dep_ in syn.SUBJECT_DEPS and (subj is None or word.i != subj.i):
                found = [
                    a for a in self._args(word)
                    if _key(a) not in mine and ((a.country and a.country not in own) or (a.sector or "")[:3] in {"IGO", "NGO"})
                ]
                if found:
                    return found
        return []

    def _named_people(self, args: Sequence[EventArg]) -> bool:
        """Whether every argument is a person the article names (not "two protesters")."""
        return bool(args) and all((actor := self.actors.get(a.actor_id or "")) is not None and actor.kind == "person" for a in args)

    def _politicians(self, args: Sequence[EventArg]) -> bool:
        """Whether every argument is a named person or a party: people whose "attacks" are words."""
        def politician(arg: EventArg) -> bool:
            actor = self.actors.get(arg.actor_id or "")
            return (actor is not None and actor.kind == "person") or (arg.sector or "")[:3] in {"PTY", "LEG"}
        return bool(args) and all(politician(a) for a in args)

    def _visit_events(self, tok: Token, sent: Span, reported_by: str | None) -> list[Event]:
        """"Kuwait's emir received the visiting Iraqi prime minister": the guest visits the host (042)."""
        if tok.lemma_.lower() not in _HOSTING_VERBS:
            return []
        guests = [c for c in tok.children if c.dep_ == "dobj" and any(m.lower_ == "visiting" for m in c.children)]
        subj = syn.subject_of(tok) if guests else None
        if subj is None:
            return []
        hosts = [a for a in self._args(subj) if a.country]
        date, date_text, place = self._when_where(tok, sent)
        out: list[Event] = []
        for guest in guests:
            visiting = next(m for m in guest.children if m.lower_ == "visiting")  # the words that tell of the visit
            start, end = visiting.idx, visiting.idx + len(visiting.text)
            out += self._build(self._args(guest), hosts, "042", syn.frame_of(tok).modality, reported_by, sent, start, end, date, date_text, place)
        return out

    def _reaction_events(self, tok: Token, code: str, reactors: list[Token], sent: Span, reported_by: str | None) -> list[Event]:
        """"…, drawing condemnation from Turkey": Turkey (source) condemns the clause's actor (target).
        A reaction the parser hangs inside a relative clause reacts to the main clause ("vetoed a
        resolution that would have threatened Syria, drawing criticism from Washington")."""
        actor_verb = tok
        while actor_verb.dep_ in {"advcl", "conj"} and actor_verb.head.dep_ == "relcl" and actor_verb.head.head.head is not actor_verb.head.head:
            actor_verb = actor_verb.head.head.head  # the relative clause's noun, then the verb it belongs to
        subj = syn.subject_of(actor_verb)
        sources = [a for r in reactors for a in self._args(r)]
        targets = [a for a in self._args(subj) if a.country or a.actor_id] if subj is not None else []
        if not sources:
            return []
        date, date_text, place = self._when_where(tok, sent)
        start, end = tok.idx, tok.idx + len(tok.text)
        # "could draw criticism from Beijing" is no criticism yet; protests by officials are criticism (for_actor)
        words = frozenset({"protest"}) if code.startswith("14") else frozenset()
        return self._build(sources, targets, code, syn.frame_of(tok).modality, reported_by, sent, start, end, date, date_text, place, words)

    def _noun_events(self, noun: Token, sent: Span, reported_by: str | None) -> list[Event]:
        holders = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            holders.append(noun.head.head)  # "the start of talks ... with Putin"
        partners = [
            p for holder in holders for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"
        ]
        if not partners:
            return []
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        subj = syn.subject_of(verb)
        if subj is None:
            return []
        sources = self._args(subj)
        targets = self._args(partners[0])
        frame = syn.frame_of(verb)
        code = _CONSULT_NOUNS[noun.lower_]
        if frame.intent:
            code = to_intent(code)
        date, date_text = event_date(verb, sent, self.article)
        place = None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    place = self._place_at(pobj) or place
        if place is None:
            place = event_place(verb, sent, self.article.places, {t.start for t in targets})
        start, end = noun.idx, noun.idx + len(noun.text)
        return self._build(sources, targets, code, frame.modality, reported_by, sent, start, end, date, date_text, place)

    def _modified_noun_events(self, noun: Token, sent: Span, reported_by: str | None) -> list[Event]:
        """An event noun whose modifier names who acts: "Palestinian riots against Israel",
        "Russia's shelling of Kharkiv". Only where the act is reported as happening: a noun
        under a hypothetical, negated or requested frame ("fears of an Israeli attack") is skipped."""
        code = light_verbs_and_nouns()[1].get(noun.lemma_.lower())
        if code is None or code[:2] in {"01", "02", "03", "10", "11", "12", "13"}:
            return []
        # A nationality ("Palestinian riots") or a possessor ("Russia's shelling") acts; a bare
        # place name before the noun is where it happens ("the Iraq war", "the Gaza conflict").
        agents = [
            c for c in noun.lefts
            if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.ent_type_ in {"NORP", "GPE", "ORG"}
            and not (c.dep_ == "compound" and c.ent_type_ == "GPE")
        ]
        if not agents or not syn.noun_reported_as_fact(noun):
            return []
        if noun.dep_ == "pobj" and (
            (noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}) or noun.head.lower_ in {"since", "until", "before"}
        ):
            return []  # "survivors of the Rwandan genocide", "since the 1990 Iraqi invasion": background, not a report
        if code[:2] == "04" and len(agents) < 2 and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            return []  # "the Tory Party conference": one party's own meeting, no consultation
        sources = [a for a in self._args(agents[-1]) if a.country and a.start < noun.idx]
        if not sources:
            return []
        targets: list[EventArg] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at", "of", "with"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        targets = [a for a in self._args(pobj) if a.country or a.actor_id]
            if targets:
                break
        date, date_text, place = self._when_where(noun, sent, targets)
        start, end = noun.idx, noun.idx + len(noun.text)
        return self._build(sources, targets, code, "asserted", reported_by, sent, start, end, date, date_text, place)

    def _claimed_events(self, noun: Token, sent: Span, reported_by: str | None) -> list[Event]:
        """The attack a group claims: "the Taliban claimed responsibility for the rocket attack on
        the US embassy" is the Taliban's attack on the US (CAMEO codes the claim, 015, and the act)."""
        code = light_verbs_and_nouns()[1].get(noun.lemma_.lower())
        claim = noun.head.head.head  # noun ← for ← responsibility ← claimed
        subj = syn.subject_of(claim) if claim.pos_ == "VERB" else None
        if code is None or code[:2] not in FORCE_ROOTS or subj is None or syn.frame_of(claim).modality != "asserted":
            return []
        targets = [
            a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at"}
            for pobj in prep.children if pobj.dep_ == "pobj" for a in self._args(pobj) if a.country or a.actor_id
        ]
        date, date_text, place = self._when_where(noun, sent, targets)
        start, end = noun.idx, noun.idx + len(noun.text)
        return self._build(self._args(subj), targets, code, "asserted", reported_by, sent, start, end, date, date_text, place)

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
            if owner_arg is not None and (owner_arg.country or (owner_arg.sector or "")[:3] in {"IGO", "NGO"}):
                arg = self._spanned(owner_arg, tok)
            if arg is None:
                arg = self._owned_body(tok) or self._resolve(tok)
            leader = syn.followed_leader(tok) if arg is None else None
            if leader is not None:
                arg = followers_of(self._resolve(leader), tok, self.article.body)
            if arg is None and tok.pos_ == "PRON" and tok.lower_ in {"it", "they"}:
                arg = self._antecedent(tok)
            elif arg is None and tok.lower_ in {"him", "her"} and tok.dep_ in {"dobj", "pobj", "dative"}:
                arg = self._person_antecedent(tok)
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
        for source in sources:
            if not valid_source(source):
                continue
            code = for_actor(act, source, words)
            pairs = [t for t in targets if _key(t) != _key(source)]
            domestic = source.country is not None and all(t.country in {None, source.country} for t in pairs)
            if crowd and domestic and code[:2] in {"18", "19"} and (source.sector or "")[:3] in FORCE_SECTORS:
                code = "175"  # "troops opened fire on demonstrators": violent repression (CAMEO 175)
            mutual = code[:2] in _RECIPROCAL_ROOTS or (code[:2] == "19" and bool(words & MUTUAL_FIGHT))
            if mutual and len(sources) > 1:
                # "Singh and Gilani met on the sidelines of the NAM summit", "Israel and Syria hold
                # talks through Turkish mediators": the sides meet each other, whatever else they meet
                others = [s for s in sources if _key(s) != _key(source)]
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


# Verbs that move an actor's own forces: their object is the means, the destination the target.
_DEPLOY_VERBS = frozenset({"send", "deploy", "dispatch", "move", "mass", "station", "rush", "order", "pull", "withdraw"})


# Market and poll commentators: their "concern" or "support" is commentary, not a political act.
_COMMENTATORS = frozenset(
    {"analyst", "economist", "investor", "trader", "market", "pollster", "commentator", "strategist", "broker",
     "respondent", "forecaster", "shareholder"}
)
# Bodies a person's "his"/"her" names ("his government", "her party"), with their sector.
_OWNED_BODIES = {
    "government": "GOV", "administration": "GOV", "cabinet": "GOV", "ministry": "GOV", "regime": "GOV",
    "party": "PTY", "army": "MIL", "troops": "MIL", "troop": "MIL", "forces": "MIL", "force": "MIL", "police": "COP",
}
# Subjects that make a force verb figurative ("costs explode", "prices crash", "the row erupted").
_ABSTRACT_SUBJECTS = frozenset(
    {"cost", "price", "debt", "deficit", "spending", "inflation", "number", "figure", "rate", "economy", "market", "sale",
     "demand", "popularity", "support", "row", "scandal", "crisis", "controversy", "issue", "problem", "tension", "share",
     "stock", "bill", "budget", "poll", "vote", "growth", "unemployment", "profit", "revenue",
     # structures and disasters that collapse, sink or burn kill nobody on purpose
     # ("fire" and "explosion" stay: "Israeli fire killed two", "an explosion at a market killed 20")
     "building", "bridge", "dam", "roof", "wall", "tower", "mine", "ferry", "boat", "blaze", "flood",
     "storm", "earthquake", "quake", "landslide", "cyclone", "accident", "crash", "collapse"}
)
# Verbs of agreement whose "that" clause may state a mere opinion or fact.
_OPINION_VERBS = frozenset({"agree", "accept", "recognise", "recognize", "acknowledge"})
# Roots of diplomacy and politics: talks, deals, pledges, concessions, refusals, threats and coercion
# among firms (or by a firm with no counterpart named) are business, no political event. Audits 6-11
# and a review of BBC business news judged every such event wrong; statements (01), economic
# cooperation (06, 07), appeals, accusations and lawsuits stay, and so does any act aimed at a state.
_POLITICAL_ROOTS = frozenset({"03", "04", "05", "08", "12", "13", "16", "17"})
_BUSINESS_SECTORS = ("BUS", "LAB")


def _is_commercial(sources: list[EventArg], targets: list[EventArg], code: str) -> bool:
    """Whether a political act is only firms dealing with firms, or with nobody named."""
    if code[:2] not in _POLITICAL_ROOTS or not all((s.sector or "").startswith("BUS") for s in sources):
        return False
    return not any((t.country or t.actor_id) and not (t.sector or "").startswith(_BUSINESS_SECTORS) for t in targets)


# Acts of one's own side that a speaker announces in the passive ("the prisoners will be freed").
_ANNOUNCED_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Drills, which without a partner are a show of force (150), with one military cooperation (062).
_DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "game"})
# Force verbs that politicians use for words ("attacked his rival's plans", "clashed over tax").
_VERBAL_FORCE = frozenset({"attack", "clash", "fight", "battle", "hit", "slam", "lash", "savage", "blast", "strike", "target", "assault"})
# Attacks that stand as the subject of the harm they did ("an air strike hit a school bus").
# (the weapons and attacks "in" which one is killed, and raids and fire, which only as subjects
# are attacks: "killed in a raid" is left to the police, "killed in a fire" may be an accident)
_ATTACK_NOUNS = ATTACK_WORDS | {"raid", "barrage", "salvo", "artillery", "fire", "incursion"}
# Force verbs also used of causes and problems ("fight corruption", "battle inflation").
_FIGURATIVE_FORCE = frozenset({"fight", "battle", "combat", "tackle", "resist", "counter", "attack", "hit", "target", "strike"})
_HOSTING_VERBS = frozenset({"receive", "host", "welcome", "meet", "greet"})


def _is_figurative_force(verb: Token, code: str) -> bool:
    """A force verb whose objects are all causes or problems, not people or places."""
    if verb.lemma_.lower() not in _FIGURATIVE_FORCE or code[:2] not in {"18", "19"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in ABSTRACT_OBJECTS or _is_opposition_to(o) for o in objects)


def _is_opposition_to(noun: Token) -> bool:
    """"opposition to new stores" is resistance; "the opposition" is a side."""
    return noun.lemma_.lower() == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def _governor(noun: Token) -> Token:
    """The word governing a noun, through coordination ("ordered battalions and tanks": ordered)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head


def _key(arg: EventArg) -> str:
    return arg.actor_id or arg.name
