"""Find who holds a reporting verb and resolve that phrase to the article's actors.

Shared by the quotes and claims stages. Resolution order for a speaker phrase:

1. an actor mention (from ``extract.actors``) overlapping the phrase's head word;
2. an actor mention overlapping any word of the phrase;
3. for personal pronouns, the nearest preceding person (actor mention or PERSON
   entity); for "it", the nearest preceding organisation or country;
4. a named entity overlapping the head, widened from a surname to the fullest
   earlier name ending with it ("Raisi" -> "Ebrahim Raisi");
5. the phrase itself (``actor_id`` None), without a leading article.

A wire dateline ("JERUSALEM (Reuters) -") is never a speaker: the parser often makes its place
the subject of the first verb, with the real subject hanging from it as an apposition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.actors_article import datelines
from newsgraph.extract.quotes_cues import (
    HONORIFICS,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    RELAY_NOUNS,
    SUBJECT_DEPS,
)
from newsgraph.model import Actor, Article, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

# Left dependents that belong to a name phrase ("the Iranian President Ebrahim Raisi").
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case", "punct", "quantmod"})
_CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "dep"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    actor: Actor


def subject_of(verb: Token, *, climb: int = 3) -> Token | None:
    """Return the token naming who holds ``verb``.

    A participle or infinitive without its own subject ("…, adding that …",
    "declined to comment") takes the subject of the verb it hangs from.
    """
    tok = verb
    for _ in range(climb + 1):
        subjects = [
            child
            for child in tok.children
            if child.dep_ in SUBJECT_DEPS
            and child.lower_ not in NOT_SPEAKERS
            and any(c.isalpha() for c in child.text)
            and (child.dep_ == "nsubj" or tok.lemma_ in {"quote", "cite"})
        ]
        if subjects:
            # The parser sometimes gives a verb two subjects; the nearest is the real one.
            return _antecedent_of_relative(min(subjects, key=lambda c: abs(c.i - tok.i)))
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def according_to(tok: Token) -> Token | None:
    """Return the object of "according to" when ``tok`` is its "according"."""
    if tok.lower_ != "according":
        return None
    for child in tok.children:
        if child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _antecedent_of_relative(tok: Token) -> Token:
    # "Smith, who said …": the relative clause's head verb hangs from "Smith".
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def is_relay(tok: Token) -> bool:
    """Whether ``tok`` heads a phrase naming a translator or interpreter."""
    return tok.lemma_.lower() in RELAY_NOUNS


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of the name phrase headed by ``head``.

    Keeps compounds, adjectives, determiners, possessives and "of" phrases
    ("the head of the agency"); drops appositions and relative clauses.
    """
    left = head
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = head
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge, key=lambda t: t.i)
    doc = head.doc
    # Trim quote marks and punctuation the parser attached to the phrase.
    while left.i < right.i and (left.is_punct or left.is_quote or not any(c.isalnum() for c in left.text)):
        left = doc[left.i + 1]
    while right.i > left.i and (right.is_punct or right.is_quote):
        right = doc[right.i - 1]
    return left.idx, right.idx + len(right.text)


class SpeakerResolver:
    """Resolves speaker phrases of one article; build once per article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.spans = sorted(
            (_Span(m.start, m.end, actor) for actor in article.actors for m in actor.mentions),
            key=lambda s: s.start,
        )
        self.datelines = datelines(article.body)
        self.persons = [e for e in article.entities if e.label == "PERSON" and not self._in_dateline(e.start)]
        self.orgs = [e for e in article.entities if e.label in _ORG_LABELS and not self._in_dateline(e.start)]

    def _in_dateline(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.datelines)

    def resolve(self, head: Token) -> Speaker | None:
        """Return the :class:`Speaker` for the phrase headed by ``head``, or None."""
        if head.lower_ in NOT_SPEAKERS or is_relay(head):
            return None
        if self._in_dateline(head.idx):
            # "JERUSALEM (Reuters) - Israel on Thursday said": the subject is the apposition.
            real = next((c for c in head.children if c.dep_ == "appos" and not self._in_dateline(c.idx)), None)
            return self.resolve(real) if real is not None else None
        body = self.article.body
        start, end = phrase_bounds(head)
        # The phrase never reaches back into a dateline ("KYIV, Ukraine (AP) — Ukraine says").
        start = max([start, *(e for s, e in self.datelines if s <= start < e <= head.idx)])
        text = body[start:end]
        if head.pos_ == "PRON":
            start, end, text = head.idx, head.idx + len(head.text), head.text
        actor = self._actor_at(head.idx, head.idx + len(head.text)) or self._actor_at(start, end)
        if actor is not None:
            return Speaker(actor.id, actor.name, text, start, end)
        if head.pos_ == "PRON":
            # An unresolved pronoun still marks the words as someone's: keep it as the name.
            return self._pronoun(head, text, start, end) or Speaker(None, self._self_name(head), text, start, end)
        name = self._entity_name(head.idx, head.idx + len(head.text)) or _strip_article(text)
        return Speaker(None, name, text, start, end)

    def _self_name(self, head: Token) -> str:
        # "I said" in a first-person piece is its author.
        if head.lower_ == "i" and self.article.byline:
            return self.article.byline
        return head.text

    def _actor_at(self, start: int, end: int) -> Actor | None:
        for span in self.spans:
            if span.start < end and start < span.end:
                return span.actor
            if span.start >= end:
                break
        return None

    def _pronoun(self, head: Token, text: str, start: int, end: int) -> Speaker | None:
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            actor = self._preceding_actor(start, {"person"})
            if actor is not None:
                return Speaker(actor.id, actor.name, text, start, end)
            ent = _last_before(self.persons, start)
            if ent is not None:
                return Speaker(None, self._full_name(ent.text, ent.start), text, start, end)
            return None
        if lower == "it":
            actor = self._preceding_actor(start, {"organisation", "country", "group"})
            if actor is not None:
                return Speaker(actor.id, actor.name, text, start, end)
            ent = _last_before(self.orgs, start)
            if ent is not None:
                return Speaker(None, ent.text, text, start, end)
            return None
        # "they", "we", "I": too often generic or inside quoted speech to name safely.
        return None

    def _preceding_actor(self, start: int, kinds: set[str]) -> Actor | None:
        best = None
        for span in self.spans:
            if span.end > start:
                break
            if self._in_dateline(span.start):
                continue
            if span.actor.kind in kinds and not _is_pronoun_text(self.article.body[span.start : span.end]):
                best = span.actor
        return best

    def _entity_name(self, start: int, end: int) -> str | None:
        for ent in self.article.entities:
            if ent.start < end and start < ent.end:
                # spaCy often labels a lone surname ORG or GPE; widen it when a person ends with it.
                return self._full_name(ent.text, ent.start)
        return None

    def _full_name(self, name: str, before: int) -> str:
        """Widen a surname ("Raisi", "Mr. Raisi") to the longest earlier PERSON name ending with it."""
        words = [w for w in name.split() if w.lower().rstrip(".") not in HONORIFICS and w.lower() not in HONORIFICS]
        if not words:
            return name
        last = words[-1]
        best = " ".join(words)
        for ent in self.persons:
            if ent.start >= before:
                break
            if ent.text.split()[-1] == last and len(ent.text) > len(best):
                best = ent.text
        return best


def _last_before(ents: list, start: int):  # type: ignore[no-untyped-def]
    best = None
    for ent in ents:
        if ent.end <= start:
            best = ent
        else:
            break
    return best


def _is_pronoun_text(text: str) -> bool:
    return text.lower() in PERSON_PRONOUNS or text.lower() in {"they", "it", "we", "i"}


def _strip_article(text: str) -> str:
    for lead in ("the ", "The "):
        if text.startswith(lead):
            return text[len(lead) :]
    return text
