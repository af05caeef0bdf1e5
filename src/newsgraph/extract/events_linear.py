"""Targets read off the word order where the parse hangs them nowhere useful.

The small English model misreads some common wire phrasings: in "granted asylum to ousted
Haitian President Aristide" it takes "to ousted" for an infinitive, in "signed a ceasefire deal
with Russia" it takes "deal" for a verb. The act is still coded, but its partner is lost. This
module reads the words right after the act instead: an optional few words of the act's own noun
phrase ("a ceasefire deal"), a preposition that the act's CAMEO root takes for its target
("with", "to", "against", "on"), then a noun phrase, whose head is returned. Nothing crosses
punctuation, a finite verb or a relative pronoun, so the phrase found belongs to the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The prepositions that introduce an act's target, by CAMEO root: partners of talks, deals and
# cooperation come with "with" or "to"; hostile acts take "against" or "on" ("sanctions on Iran",
# "a crackdown on the opposition"); force also "at".
_HOSTILE = frozenset({"against", "on"})
TARGET_PREPS: dict[str, frozenset[str]] = {
    "02": frozenset({"to"}),
    "03": frozenset({"with", "to"}),
    "04": frozenset({"with", "for"}),  # "hosted a dinner for the Chinese president"
    "05": frozenset({"with", "to"}),
    "06": frozenset({"with", "to"}),
    "07": frozenset({"to"}),
    "08": frozenset({"with", "to"}),
    "11": frozenset({"against"}),
    "12": frozenset({"against"}),
    "13": _HOSTILE,
    "14": frozenset({"against"}),
    "15": _HOSTILE,
    "16": _HOSTILE | {"with"},
    "17": _HOSTILE,
    "18": _HOSTILE | {"at"},
    "19": _HOSTILE | {"at"},
    "20": _HOSTILE | {"at"},
}
# Words that may stand between the act and its preposition: the rest of the act's own noun phrase.
_ACT_PHRASE_POS = frozenset({"NOUN", "ADJ", "DET", "NUM", "PROPN"})
_MAX_ACT_WORDS = 3
# Words of the target's noun phrase before its head ("ousted Haitian President Jean-Bertrand").
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_MAX_PHRASE_WORDS = 8
_CLAUSE_WORDS = frozenset({"who", "which", "that", "whose", "where", "when", "while", "after", "before", "as"})


def prepositional_target(last: Token, code: str, sent: Span) -> Token | None:
    """The head of the noun phrase after the act's words (``last`` is the act's last word) and a
    preposition its root takes for a target, or None when the words do not read that way."""
    preps = TARGET_PREPS.get(code[:2])
    if preps is None:
        return None
    doc = last.doc
    i = last.i + 1
    while i < sent.end and doc[i].lower_ not in preps:
        # a base-form "verb" right after a noun is a misread noun ("a ceasefire deal with Russia")
        misread = doc[i].tag_ in {"VB", "VBP"} and doc[i - 1].pos_ == "NOUN"
        if i - last.i > _MAX_ACT_WORDS or not (doc[i].pos_ in _ACT_PHRASE_POS or misread):
            return None
        i += 1
    head = None
    for tok in doc[i + 1 : min(sent.end, i + 1 + _MAX_PHRASE_WORDS)]:
        if tok.text == "-" and head is not None:
            continue  # "Jean-Bertrand"
        # an adjectival participle may open the phrase ("ousted", "exiled"), never a finite verb
        participle = tok.tag_ == "VBN" and head is None
        if tok.lower_ in _CLAUSE_WORDS or not (tok.pos_ in _PHRASE_POS or participle):
            break
        if tok.pos_ in {"NOUN", "PROPN"}:
            head = tok
    return head
