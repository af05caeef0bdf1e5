"""extract.typed_events: the sentence classifier's probability of each event's type, and its veto."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from tests.stages import annotate

from newsgraph.config import load_settings
from newsgraph.errors import ConfigError
from newsgraph.extract import event_typer, typed_events
from newsgraph.extract.typed_events import TYPE_PROBABILITIES, VETO_BELOW, extract_typed_events, score_events, vetoed
from newsgraph.ingest import extract
from newsgraph.model import Event, EventArg
from newsgraph.nlp import load_nlp
from newsgraph.registry import check_order

needs_typer = pytest.mark.skipif(not event_typer.available(), reason=f"the typer extra is not installed: {event_typer.embed.INSTALL_HINT}")


def _event(plover: str | None, sentence_start: int = 0, ident: str = "e") -> Event:
    arg = EventArg(None, "Russia", "RUS", "GOV", "Russia", 0, 6)
    return Event(ident, arg, None, "190", "19", 4, -10.0, plover, None, None, None, None, None, "asserted", None,
                 "Russia shelled Kharkiv.", 7, 14, "shelled", sentence_start, 23)


def test_veto_needs_a_low_probability_and_a_sentence_of_one_kind_of_act() -> None:
    low = _event("ASSAULT")
    assert vetoed(low, [low], {"e": VETO_BELOW / 2})
    assert not vetoed(low, [low], {"e": VETO_BELOW})
    assert not vetoed(low, [low], {})  # never read: kept
    # beside another kind of act in its sentence, the classifier (which reads the main act) says nothing of it
    other = _event("COERCE", ident="f")
    assert not vetoed(low, [low, other], {"e": VETO_BELOW / 2, "f": 0.9})
    # ... but an act in another sentence does not shield it
    assert vetoed(low, [low, _event("COERCE", sentence_start=40, ident="g")], {"e": VETO_BELOW / 2, "g": 0.9})


def _typed(body: str) -> list[Event]:
    article = annotate(body, "2010-06-01T10:00:00")
    return list(extract_typed_events(article, load_nlp()(body)).events)


@needs_typer
def test_a_plain_attack_keeps_its_event_with_a_high_probability() -> None:
    body = "Israeli jets bombed Hamas positions in the Gaza Strip on Sunday."
    scored = score_events(annotate(body, "2010-06-01T10:00:00"), load_nlp()(body))
    (attack,) = [e for e in scored.events if e.plover]
    assert attack.plover == "ASSAULT"
    assert scored.extra[TYPE_PROBABILITIES][attack.id] > 0.5
    assert [e.plover for e in _typed(body) if e.plover] == ["ASSAULT"]


@needs_typer
def test_a_figure_of_speech_the_patterns_took_for_an_act_is_vetoed() -> None:
    # (an audit of BBC politics found this kind of false "offer": 030, AGREE)
    body = "The Labour leader offered the emotional high point of the evening."
    assert [e.plover for e in annotate(body, "2016-03-01T10:00:00").events] == ["AGREE"]  # the patterns' false act
    assert not [e for e in _typed(body) if e.plover]


def test_without_the_extra_the_stage_changes_nothing_and_says_why(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(event_typer, "available", lambda: False)
    monkeypatch.setattr(typed_events, "_warned", [])
    body = "Israeli jets bombed Hamas positions in the Gaza Strip on Sunday."
    article = annotate(body)
    with caplog.at_level(logging.WARNING):
        assert extract_typed_events(article, load_nlp()(body)) == article
    assert "typer extra" in caplog.text


def test_the_stage_is_opt_in_and_fits_only_after_events() -> None:
    defaults = load_settings().stages
    assert "extract.typed_events" not in defaults  # off by default: it costs ingest time (docs/schema.md)
    at = defaults.index("extract.events") + 1
    check_order([*defaults[:at], "extract.typed_events", *defaults[at:]])
    with pytest.raises(ConfigError, match="reorder"):
        check_order(["extract.entities", "extract.typed_events"])


@needs_typer
def test_ingest_with_the_stage_added_drops_the_false_act_and_keeps_the_attack(tmp_path: Path) -> None:
    defaults = load_settings()
    at = defaults.stages.index("extract.events") + 1
    settings = dataclasses.replace(defaults, stages=(*defaults.stages[:at], "extract.typed_events", *defaults.stages[at:]))
    page = tmp_path / "story.txt"
    page.write_text(
        "Labour leader gives speech\n\nLONDON, June 1, 2010\n\n"
        "The Labour leader offered the emotional high point of the evening. "
        "Israeli jets bombed Hamas positions in the Gaza Strip on Sunday.\n",
        encoding="utf-8",
    )
    (article,) = list(extract([page], settings))
    typed = {e.plover: e for e in article.events if e.plover}
    assert "AGREE" not in typed
    assert typed["ASSAULT"].source.country == "ISR"
    assert article.extra[TYPE_PROBABILITIES][typed["ASSAULT"].id] > 0.5  # the classifier read the attack's sentence
