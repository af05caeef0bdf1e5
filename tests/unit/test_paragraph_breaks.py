"""A paragraph break ends a sentence, so a headline or caption without final punctuation never
joins the next sentence (its words would become that sentence's actors)."""

from __future__ import annotations

from newsgraph.nlp import load_nlp


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    doc = load_nlp()("Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by 1,400 pounds.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts == ["Labour plans maternity pay rise", "Maternity pay for new mothers is to rise by 1,400 pounds."]


def test_a_single_line_break_inside_a_sentence_does_not_split_it() -> None:
    doc = load_nlp()("Iran and Russia agreed on Thursday\nto expand their cooperation.")
    assert len(list(doc.sents)) == 1
