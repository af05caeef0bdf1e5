"""Which words of a sentence are acts, and which CAMEO code each takes before its arguments are read.

``code_triggers`` matches every candidate word against the verb tables (``knowledge.verbs``)
and the constructions of ``events_triggers``, then applies the sentence-level readings that
change a code by what surrounds it, in this order (each reads the codes the earlier ones left):
a warning that names no actor's act is a comment (012); defiance done to perform another act
gives way to that act; ultimatums (139) and acts "in defiance of" (128) are added; troops sent
"to protect" provide protection (074); an act done "bowing to" pressure is a concession (083);
wanting or saying that another must act is a demand (100); an appeal takes the code of the act
it asks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn
from newsgraph.extract.events_triggers import (
    STANCE_ADJECTIVES,
    bare_frame,
    conceded_act,
    declined_act,
    forces_withdrawal,
    in_defiance,
    is_mere_warning,
    is_risk,
    is_ultimatum,
    passive_reading,
    protective_purpose,
    protest_manner,
)
from newsgraph.extract.events_verdicts import verdict_word
from newsgraph.knowledge.verbs import match_verb, to_request

if TYPE_CHECKING:
    from spacy.tokens import Span

# Verbs of agreement whose "that" clause may state a mere opinion or fact.
_OPINION_VERBS = frozenset({"agree", "accept", "recognise", "recognize", "acknowledge"})
# Verbs that with an object predicate ("X Y") say how the subject sees X.
_REGARDING_VERBS = frozenset({"call", "consider", "regard", "deem"})
# Verbs that also give a thing its name ("brand it as X", "dub it X").
_NAMING_VERBS = frozenset({"brand", "dub", "label"})

# A trigger's code, and the complement words its table row used up ("called for talks": "talks").
Coded = dict[int, tuple[str, set[int]]]


def code_triggers(sent: Span) -> tuple[Coded, dict[int, tuple[str, ...]]]:
    """The acts of ``sent`` by token index: their codes and used words, and the words of the
    table row that coded each (empty for constructions no row names)."""
    doc = sent.doc
    coded: Coded = {}
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
        if row is not None and tok.lemma_.lower() in _REGARDING_VERBS and any(c.dep_ == "oprd" for c in tok.children):
            continue  # "called the change pragmatic", "considered drug companies her enemies": a view
        if row is not None and tok.lemma_.lower() in _OPINION_VERBS and syn.is_majority_view(tok):
            continue  # "most Democrats agree that a president should not ...": a poll of views
        if row is not None and (syn.is_public_view(tok) or syn.quits_doing(tok) or syn.aids_and_abets(tok)):
            continue  # "Americans overwhelmingly oppose cutting off funds": a poll; "quit giving speeches": a habit
        if row is not None and tok.lemma_.lower() in _NAMING_VERBS and syn.named_as(tok):
            continue  # "brand their program as Building Community Resilience": a name given, no charge
        if row is not None and row.code[:3] == "173" and syn.held_place(tok):
            continue  # "had New Hampshire locked up": a state won, nobody detained
        if row is not None:
            used = {c for c in complements if doc[c].lemma_.lower() in row.words}
            coded[tok.i] = (row.code, used)
            pattern_words[tok.i] = row.words
    for tok in sent:
        # ("add" is coded as speech, "said" (010): "the sums do not add up" is a verdict instead)
        recodable = tok.i not in coded or (tok.lemma_.lower() == "add" and coded[tok.i][0] == "010")
        verdict = verdict_word(tok) if recodable else None
        if verdict is not None:
            # "Labour said the party's sums do not add up": the speaker criticises (111) whoever is judged
            coded[tok.i] = ("111", set())
            pattern_words[tok.i] = (verdict.lemma_.lower(),)
            continue
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
        if code.startswith("13") and is_mere_warning(doc[i], coded):
            coded[i] = ("012", used)  # "warned that millions face famine": a pessimistic comment, no threat
    for i, (code, _) in list(coded.items()):
        tok = doc[i]
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
        if (code[:2] == "15" or code[:3] in {"042", "043"}) and protective_purpose(doc[i]):
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
            (c.i for c in doc[i].children if (c.dep_ in {"xcomp", "ccomp"} or syn.for_to_clause(c)) and c.i in coded and not syn.is_question(c)),
            None,
        )
        if asked is not None:
            coded[i] = (to_request(code, coded[asked][0]), used)
    return coded, pattern_words
