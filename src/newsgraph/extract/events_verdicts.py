"""Criticism said as a verdict: "Labour said the party's sums do not add up", "the Tories said the
scheme was a disgraceful waste", "Kennedy said the government's plans were unworkable". No verb of
criticism is used, yet the speaker criticises (CAMEO 111) the actor whose plans, sums or conduct
the verdict is on. The blind labels of real BBC sentences (bench/real_types.py) code such verdicts
as ACCUSE; the verb tables saw only a statement (010).

Only a plain verdict on another actor counts: a speech verb's clause whose predicate is a clearly
negative judgement and whose subject is an actor or something an actor owns ("the party's sums",
"Labour's plans"). "Said the situation was dangerous" names nobody and stays a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract import events_syntax as syn

if TYPE_CHECKING:
    from spacy.tokens import Token

# Predicates that condemn: wrong-headed, dishonest, harmful or failed conduct.
_CONDEMNING = frozenset(
    {"wrong", "flawed", "unfair", "unworkable", "irresponsible", "reckless", "dangerous", "disastrous", "misguided",
     "ludicrous", "absurd", "incompetent", "hypocritical", "dishonest", "misleading", "unacceptable", "outrageous",
     "scandalous", "shameful", "deplorable", "cynical", "chaotic", "botched", "inadequate", "pathetic", "appalling",
     "deceitful", "unjustified", "undemocratic", "ill-timed", "illogical", "unaffordable", "unfunded", "divisive",
     "shambolic", "arrogant", "complacent", "negligent", "ridiculous", "laughable", "farcical", "bogus", "dishonourable"}
)
_CONDEMNING_NOUNS = frozenset(
    {"disgrace", "shambles", "nonsense", "mistake", "failure", "lie", "farce", "scandal", "fiasco", "waste", "mess",
     "sham", "insult", "betrayal", "con", "smear", "blunder", "travesty", "gimmick", "stunt"}
)
_SAYING = syn.SPEECH_LEMMAS | {"claim", "argue", "insist", "complain", "charge", "allege"}


def verdict_word(tok: Token) -> Token | None:
    """The condemning word if ``tok`` is the verb of a verdict said of something ("said the plans
    were flawed", "said it was a disgrace", "said the sums do not add up"), else None."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SAYING:
        return None
    modality = syn.frame_of(tok).modality
    if tok.lemma_.lower() == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return tok if modality == "negated" else None  # "the sums do not add up"
    if tok.lemma_.lower() != "be" or modality != "asserted":
        return None
    for child in tok.children:
        if child.dep_ == "acomp" and child.lemma_.lower() in _CONDEMNING:
            return child
        if child.dep_ == "attr" and child.lemma_.lower() in _CONDEMNING_NOUNS and not any(d.lower_ == "no" for d in child.children):
            return child
    return None


def judged(tok: Token) -> list[Token]:
    """Who the verdict is on: the clause's subject, then whoever owns it ("the party's sums")."""
    subject = syn.subject_of(tok)
    if subject is None:
        return []
    owners = [c for c in subject.children if c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "NOUN", "PRON", "ADJ"}]
    return [subject, *owners]
