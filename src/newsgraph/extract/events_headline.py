"""Bare passives the parser reads as active verbs: headline passives ("Parties warned over 'grey
vote'", "Straw attacked on China arms"). Headlines drop the auxiliary of a passive, so the parser
reads the one who underwent the act as its doer. Audit 17 found "Parties warned over 'grey vote'" (the
parties were warned) coded as the parties' warning; "Straw attacked on China arms" was an attack
by Straw on China. And set-off participles: "Tory leader Michael Howard, asked about the
remark by reporters, said ..." (the parser made "asked" the main verb and Howard its asker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose active form needs an object: without one, a headline's bare form is passive.
_TRANSITIVE_ACTS = frozenset(
    {"warn", "urge", "tell", "attack", "criticise", "criticize", "accuse", "ask", "press", "quiz", "slam", "condemn",
     "question", "challenge", "back", "reject", "clear", "charge", "jail", "fine", "sue", "ban", "free", "release",
     "detain", "arrest", "sentence", "convict", "blame", "rap", "praise", "hail", "threaten", "order", "force",
     "summon", "expel", "sack", "deport", "extradite", "probe", "investigate", "snub", "rebuke", "censure", "lobby",
     "pressure", "pressurise", "pressurize", "implore", "invite", "advise", "target", "punish", "sanction"}
)
# What follows a headline passive's verb: a cause or topic ("over", "on", "for", "of") or a place.
_HEADLINE_PREPS = frozenset({"over", "on", "for", "of", "after", "in", "at", "about", "amid"})
_SENTENCE_END = frozenset({".", "!", "?", '"', "'", "”", "’", ":"})


def is_title_line(sent: Span) -> bool:
    """Whether ``sent`` is a line of its own without a final stop: a headline or a subheading."""
    text = doc_text(sent.doc)
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in _SENTENCE_END:
        return False
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in {"\n", ""}


def is_headline_passive(verb: Token) -> bool:
    """Whether ``verb`` is the bare passive of a title line: a subject, a transitive act in the past
    form, no object, and a cause phrase or a "to" infinitive after it."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in _TRANSITIVE_ACTS or not is_title_line(verb.sent):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in children) or any(c.dep_ in {"dobj", "dative", "ccomp", "aux", "auxpass", "agent"} for c in children):
        return False
    after = [c for c in children if c.i > verb.i and c.dep_ != "punct"]
    if not after:
        return False
    first = after[0]
    return (first.dep_ == "prep" and first.lower_ in _HEADLINE_PREPS) or (
        first.dep_ == "xcomp" and any(a.lower_ == "to" for a in first.children if a.dep_ == "aux")
    )


def is_set_off_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle set off by commas between its subject and the clause's
    real verb, which the parser hung on it as a conjunct: "Howard, asked about the remark by
    reporters, said it was important ..." (Howard was asked; he said)."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "dative", "aux", "auxpass"} for c in children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i - 1 for c in children):
        return False
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and doc[c.i - 1].text == "," and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in children
    )
