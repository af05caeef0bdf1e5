"""Event selection: one event per clause, as CAMEO coders (and PETRARCH) report them.

The events stage proposes an event for every coded verb and event noun of a sentence.
PETRARCH-style coding keeps the main verb of each clause (the sentence's own and those of
reported speech) and reads the rest as background. This module drops:

* acts of noun modifiers (participial, infinitival or relative clauses: "the accord
  signed in March", "a rally to protest ...", "Sharon, who has vowed ...") that name no
  subject of their own: they describe an actor or an object, not the reported act.
  (Adverbial participles, "..., killing 50", are kept: on PETR2 they are coded.)
* an event-noun act ("talks with Putin") when a verb of the sentence codes an act of the
  same source;
* repeats of one (source, target, root) in a sentence, keeping the most specific code;
* the act a threat threatens ("warned that Israel would strike Lebanon"), which makes the
  threat's code specific (138) instead of standing as a second, hypothetical event.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn
from newsgraph.extract.events_args import DEATH_VERBS, FORCE_ROOTS, code_fields
from newsgraph.knowledge.verbs import to_intent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import Event

# Dependencies of a verb that modifies a noun (participle, infinitive, relative clause).
_MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})
# Nouns of statements whose participle carries the act ("a statement condemning the raid").
_STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "resolution", "letter", "message", "appeal", "note", "decree", "order"}
)
# The bare statement code: it never competes with a coded act.
_STATEMENT = "010"


def is_subordinate_modifier(token: Token) -> bool:
    """A participial, infinitival or relative noun modifier without a subject of its own.

    Conjoined verbs inherit the status of the verb they are conjoined with.
    """
    current = token
    for _ in range(4):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        if any(c.dep_ in syn.SUBJECT_DEPS | syn.PASSIVE_SUBJECT_DEPS for c in current.children):
            return False
        current = current.head
    if current.dep_ not in _MODIFIER_DEPS or syn.misread_as_participle(current):
        return False
    undergone = (current.tag_ == "VBN" and (current.dep_ == "acl" or syn.is_passive(current))) or current.lemma_.lower() in DEATH_VERBS
    if undergone and (_counts_people(current.head) or current.head.lower_ in _PEOPLE_NOUNS):
        # "six people killed in police firing", "84 persons who have been killed in police
        # firing", "the people who died in police firing": what was done to them.
        return False
    if undergone and current.dep_ == "acl" and _has_own_date(current):
        # "the two militants arrested on Tuesday in Faizabad": a dated act, reported, not a label.
        return False
    if current.dep_ == "relcl" and any(c.dep_ == "agent" for c in current.children):
        # "Ansari, who was arrested by Dubai police last month": an act with its own named agent.
        return False
    if current.dep_ == "acl" and current.tag_ == "VBG" and current.lemma_.lower() in _LETHAL_VERBS:
        # "fired about 40 rounds killing two persons": a result clause hung on the object.
        return False
    if syn.is_stated_intent(current):
        return False  # "announced plans to impose sanctions": the intent is the reported act
    if current.dep_ == "acl" and current.head.lemma_.lower() in _STATEMENT_NOUNS:
        # "issued a declaration demanding ...": the statement's content is the reported act.
        return False
    for child in current.children:
        if child.dep_ in syn.SUBJECT_DEPS | syn.PASSIVE_SUBJECT_DEPS:
            # "who has vowed": a relative pronoun is not a subject of its own.
            return child.tag_ in {"WDT", "WP"} and current.dep_ == "relcl"
    return True


def _has_own_date(verb: Token) -> bool:
    """Whether the participle carries a date of its own ("arrested on Tuesday", "held yesterday")."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "in"} and any(
            g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children
        ):
            return True
    return False


_LETHAL_VERBS = frozenset({"kill", "injure", "wound", "murder"})
_PEOPLE_NOUNS = frozenset({"people", "person", "persons", "man", "men", "woman", "women", "child", "children", "civilian", "civilians", "protester", "protesters"})


def _counts_people(noun: Token) -> bool:
    return noun.pos_ == "NUM" or (noun.lower_ in _PEOPLE_NOUNS and any(c.dep_ == "nummod" for c in noun.children))


def select(tagged: list[tuple[Token, bool, Event]]) -> list[Event]:
    """Keep the clause-level events of one sentence (see the module docstring).

    Args:
        tagged: (trigger token, whether the trigger is an event noun, event), in order.
    """
    main = [e for tok, noun, e in tagged if e.cameo != _STATEMENT and not noun and not is_subordinate_modifier(tok)]
    keep: list[tuple[Token, bool, Event]] = []
    for tok, noun, event in tagged:
        if event.cameo != _STATEMENT:
            if noun and any(_same_source(event, e) for e in main):
                continue
            if not noun and is_subordinate_modifier(tok):
                continue
        keep.append((tok, noun, event))
    best: dict[tuple, Event] = {}
    for _, _, event in keep:
        key = _triple(event)
        held = best.get(key)
        if held is None or len(event.cameo) > len(held.cameo) or (
            len(event.cameo) == len(held.cameo) and _is_lethal(event) and not _is_lethal(held)
        ):
            best[key] = event  # the most specific code; on a tie, the act that kills
    # A root's generic code ("170") repeats any specific act of that root ("173") kept for the pair.
    specific = {(*key[:2], key[2][:2], *key[3:]) for key in best if len(key[2]) > 2}
    # An act told twice, once with its target ("a bomb exploded ..., killing two officers",
    # "marched through Nairobi to protest"): the telling without a target repeats the one with
    # it, also when one of them has the root's generic code (140 and 141).
    aimed = [key for key in best if key[1] is not None]

    def repeats_aimed(key: tuple) -> bool:
        return key[1] is None and any(
            (a[0], *a[3:]) == (key[0], *key[3:]) and (a[2].startswith(key[2]) or key[2].startswith(a[2])) for a in aimed
        )

    chosen = {
        id(e)
        for key, e in best.items()
        if (len(key[2]) > 2 or key not in specific) and not (repeats_aimed(key) and not (_is_lethal(e) and e.modality == "asserted"))
    }
    return [e for _, _, e in keep if id(e) in chosen]


def fold_accompanying_acts(tagged: list[tuple[Token, bool, Event]]) -> list[tuple[Token, bool, Event]]:
    """Acts told as the manner or result of a main act of the same source (an adverbial clause):
    a protest's demand is the protest ("marched through Lahore demanding the reinstatement"), a
    comment made with an act is the act's reason ("urged Museveni to veto the bill, warning that"), the
    damage of an attack is the attack ("fired rockets into Sderot, damaging a house"), and a death
    an attack caused falls on the attack's target ("fired into Israel, killing two")."""
    by_token: dict[int, list[Event]] = {}
    for tok, _, event in tagged:
        by_token.setdefault(tok.i, []).append(event)
    out = []
    for tok, noun, event in tagged:
        if event.modality == "hypothetical" and _purpose_of_own_act(tok, event, by_token):
            continue  # "signed accords to establish relations and reopen the border": the accord is the act
        main = [m for m in by_token.get(tok.head.i, []) if _same_source(m, event)] if tok.dep_ == "advcl" and tok.head.i != tok.i else []
        roots = {m.cameo_root for m in main}
        if event.cameo_root == "10" and "14" in roots:
            continue
        if event.cameo_root == "01" and tok.tag_ == "VBG" and roots - {"01"}:
            continue  # "appealed for food aid, warning that drought ...": the warning gives the appeal's reason
        force = [m for m in main if m.cameo_root in FORCE_ROOTS]
        if force and tok.tag_ == "VBG" and event.cameo.startswith("171"):
            continue
        aimed = next((m.target for m in force if m.target is not None and m.target.country), None)
        if aimed is not None and tok.tag_ == "VBG" and event.cameo_root in FORCE_ROOTS and (event.target is None or event.target.actor_id is None):
            event = dataclasses.replace(event, target=aimed)
        out.append((tok, noun, event))
    return out


def _purpose_of_own_act(tok: Token, event: Event, by_token: dict[int, list[Event]]) -> bool:
    """Whether ``tok`` heads (or is coordinated into) an infinitive of purpose of an act its own
    source is coded for: what an act is for is no second act."""
    clause = tok
    for _ in range(4):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if not syn.is_infinitival(clause):
        return False
    return any(_same_source(m, event) for m in by_token.get(clause.head.i, []))


# Acts about another act: a statement, an intent or a threat aims at whom the act it tells of
# aims at ("warned that Israel would strike Lebanon": ISR → LBN; "denied sheltering Colombian
# commanders": → COL; "said he was optimistic that a Palestinian unity government ...").
_ABOUT_ACT_ROOTS = frozenset({"01", "03", "13"})


def inherit_targets(tagged: list[tuple[Token, bool, Event]]) -> list[tuple[Token, bool, Event]]:
    """Give a statement, intent or threat without a target the target of the act it embeds."""
    aimed: dict[int, Event] = {}
    for tok, _, event in tagged:
        if event.target is not None and event.target.country:
            aimed.setdefault(tok.i, event)
    if not aimed:
        return tagged
    out = []
    for tok, noun, event in tagged:
        if event.target is None and event.cameo[:2] in _ABOUT_ACT_ROOTS and event.cameo != _STATEMENT:  # a bare "said" aims at no one
            inner = next((aimed[c.i] for c in _embedded_acts(tok) if c.i in aimed), None)
            if inner is not None:
                event = dataclasses.replace(event, target=inner.target)
        out.append((tok, noun, event))
    return out


def _embedded_acts(tok: Token) -> list[Token]:
    """The verbs of the complement clauses ``tok`` governs, in document order."""
    found: list[Token] = []
    for child in tok.children:
        # complements only: "vowed revenge after Israeli jets struck Damascus" aims at no one in Syria
        if child.dep_ in {"ccomp", "xcomp"}:
            for verb in (child, *child.subtree):
                if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i:
                    found.append(verb)
    return found


def _family(code: str) -> str:
    """Codes that repeat one act: a root's generic code ("190") and any code under it, or a
    code and its sub-codes ("173" and "1731"); "disperse" (175) and "arrest" (173) differ."""
    return code[:2] if code[2:3] in {"", "0"} or code[:2] in _ONE_ACT_ROOTS else code[:3]


# Roots whose codes all name one kind of act, told apart only by degree or weapon.
_ONE_ACT_ROOTS = frozenset({"18", "19", "20"})


# Triggers that report deaths: "fired at the mob, killing one" reports a killing.
_LETHAL = re.compile(r"\b(?:kill\w*|shot dead|gunned down|murder\w*|massacre\w*|lynch\w*|behead\w*|execut(?:e|ed|ing|ion)|died|dies?)\b")


def _is_lethal(event: Event) -> bool:
    return _LETHAL.search(event.text.lower()) is not None


def _same_source(a: Event, b: Event) -> bool:
    return (a.source.country or a.source.name) == (b.source.country or b.source.name)


def _triple(event: Event) -> tuple:
    target = event.target
    return (
        event.source.country or event.source.name,
        (target.country or target.name) if target is not None else None,
        _family(event.cameo),
        event.cameo == _STATEMENT,
        event.modality == "negated",
    )


# Roots of the hostile acts a threat may threaten (CAMEO 13 has a threat code for each).
_THREATENED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
_GENERIC_THREAT = "130"


def fold_threatened_acts(tagged: list[tuple[Token, bool, Event]]) -> list[tuple[Token, bool, Event]]:
    """A threat and the act it threatens are one event: "Barak warned that Israel would strike hard
    at Lebanon" is Israel threatening Lebanon with force (138), not a generic threat beside a
    hypothetical strike. The threatened act (hypothetical or future, of the threat's own side, in
    the threat verb's complement) is dropped and gives the threat its code and, if it has none,
    its target."""
    threats = {tok.i: event for tok, _, event in tagged if event.cameo == _GENERIC_THREAT}
    if not threats:
        return tagged
    folded: dict[int, Event] = {}
    kept = []
    for tok, noun, event in tagged:
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        threat = threats.get(clause.head.i) if clause.dep_ in {"ccomp", "xcomp"} else None
        threatened = event.modality in {"hypothetical", "future"} and event.cameo_root in _THREATENED_ROOTS
        if threat is not None and threatened and threat.source.country and threat.source.country == event.source.country:
            folded.setdefault(id(threat), event)
            continue
        kept.append((tok, noun, event))
    return [(tok, noun, _as_threat(event, folded[id(event)]) if id(event) in folded else event) for tok, noun, event in kept]


def _as_threat(threat: Event, act: Event) -> Event:
    """``threat`` coded as the threat of ``act`` (CAMEO's 13x for the act's root)."""
    code = to_intent(act.cameo)
    if not code.startswith("13"):
        return threat
    return dataclasses.replace(threat, **code_fields(code), target=threat.target or act.target)
