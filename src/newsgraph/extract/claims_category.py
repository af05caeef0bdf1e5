"""Read a claim's category from the counted noun and the words it hangs from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.claims_vocab import CONTEXT, LIGHT_VERBS, NOUN_CATEGORY, PATH_PREPS, TRANSITIVE

if TYPE_CHECKING:
    from spacy.tokens import Token

_BY_LEMMA = {lemma: cat for cat, lemmas in CONTEXT.items() for lemma in lemmas}
# Regular inflections, for words the tagger lemmatised badly ("corpses", "Kills").
_BY_FORM = {
    lemma + suffix: cat
    for lemma, cat in _BY_LEMMA.items()
    for suffix in ("s", "es", "ed", "d", "ing")
    if len(lemma) > 3
}
_MAX_CLIMB = 8
_SUBJECTS = frozenset({"nsubj", "csubj"})


def category_of(tok: Token) -> str | None:
    """The category for the count whose noun (or number) is ``tok``, or None.

    A noun that is itself a casualty ("16 deaths") decides; otherwise what happened
    to the counted ("arrested dozens of protesters") wins over what they are
    ("2,000 protesters"), which is the fallback.
    """
    noun_category = NOUN_CATEGORY.get(tok.lemma_.lower()) or NOUN_CATEGORY.get(tok.lower_.removesuffix("s"))
    if noun_category in {"KILL", "WOUND"}:
        return noun_category
    return _modifier_category(tok) or _governor_category(tok) or noun_category


def _lemma_category(tok: Token) -> str | None:
    if tok.pos_ == "PROPN":
        # Title-case headlines ("Bombardment Kills 20 Civilians") tag verbs as names.
        return _BY_FORM.get(tok.lower_) if tok.is_title and tok.i > 0 else None
    return _BY_LEMMA.get(tok.lemma_.lower()) or _BY_FORM.get(tok.lower_)


def _modifier_category(tok: Token) -> str | None:
    # "30 injured people", "people killed in the raid", "people who were wounded".
    for child in tok.children:
        if child.dep_ not in {"amod", "acl", "relcl", "compound"}:
            continue
        cat = _lemma_category(child)
        if cat is None and child.dep_ in {"acl", "relcl"}:
            cat = next(
                (
                    _lemma_category(g)
                    for g in child.children
                    if g.dep_ in {"acomp", "xcomp", "oprd"} and _lemma_category(g)
                ),
                None,
            )
        if cat is not None:
            return cat
    return None


def _governor_category(tok: Token) -> str | None:
    """Climb to the first verb above the count; light verbs pass the question on."""
    node = tok
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.lower_ not in PATH_PREPS:
            return None  # "evacuated from two villages": the villages are not evacuated
        if node.dep_ in {"relcl", "advcl", "ccomp", "parataxis"} and node.pos_ in {"VERB", "AUX"}:
            return None  # the count's own clause ended without a category word
        is_agent = node.dep_ in _SUBJECTS and head.lemma_.lower() in TRANSITIVE
        node = head
        if node.pos_ not in {"VERB", "AUX"}:
            cat = _lemma_category(node) or _compound_category(node)
            if cat is not None:
                return cat
            continue
        if is_agent:
            return None  # "dozens of strikes killed 16": the strikes are not killed
        cat = _lemma_category(node) or _compound_category(node)
        if cat is not None:
            return cat
        if node.lemma_.lower() not in LIGHT_VERBS:
            return None
        cat = _light_verb_category(node, tok)
        if cat is not None:
            return cat
    return None


def _light_verb_category(verb: Token, count: Token) -> str | None:
    """A category word near a light verb: "the toll reached 20", "were among those killed"."""
    own = {t.i for t in count.subtree}
    frontier = [(child, 1) for child in verb.children if child.i not in own]
    while frontier:
        tok, depth = frontier.pop(0)
        if tok.dep_ in {"nsubj", "nsubjpass", "xcomp", "acomp", "oprd", "attr", "prep", "pobj", "acl", "relcl"}:
            cat = _lemma_category(tok) or _compound_category(tok)
            if cat is not None:
                return cat
            if depth < 3 and not (tok.pos_ == "VERB" and tok.lemma_.lower() not in LIGHT_VERBS):
                frontier.extend((child, depth + 1) for child in tok.children if child.i not in own)
    return None


def _compound_category(tok: Token) -> str | None:
    # "death toll": the category sits on the compound modifier.
    for child in tok.children:
        if child.dep_ in {"compound", "amod", "acomp", "oprd"}:
            cat = _lemma_category(child)
            if cat is not None:
                return cat
    return None
