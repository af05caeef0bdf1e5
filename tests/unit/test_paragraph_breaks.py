"""A paragraph break ends a sentence, so a headline or caption without final punctuation never
joins the next sentence (its words would become that sentence's actors)."""

from __future__ import annotations

from newsgraph.nlp import load_nlp


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    doc = load_nlp()("Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by 1,400 pounds.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts == ["Labour plans maternity pay rise", "Maternity pay for new mothers is to rise by 1,400 pounds."]


def test_a_windows_paragraph_break_ends_a_sentence_too() -> None:
    doc = load_nlp()("Labour plans maternity pay rise\r\n\r\nMaternity pay for new mothers is to rise by 1,400 pounds.")
    assert next(s.text.strip() for s in doc.sents) == "Labour plans maternity pay rise"


def test_a_single_line_break_inside_a_sentence_does_not_split_it() -> None:
    doc = load_nlp()("Iran and Russia agreed on Thursday\nto expand their cooperation.")
    assert len(list(doc.sents)) == 1


def test_a_lower_or_upper_case_dateline_is_cut_off_its_sentence() -> None:
    doc = load_nlp()("dharwad: police arrested over 50 bjp workers on thursday.")
    assert [s.text for s in doc.sents] == ["dharwad:", "police arrested over 50 bjp workers on thursday."]


def test_a_name_colon_quote_and_a_speech_colon_stay_whole() -> None:
    nlp = load_nlp()
    assert len(list(nlp("Blair: I will go on.").sents)) == 1
    assert len(list(nlp("The ministry said: we will act.").sents)) == 1
