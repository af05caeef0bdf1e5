"""extract.event_confidence: every event's chance of being right, learned from audits of real news."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.stages import annotate

from newsgraph.extract import event_confidence
from newsgraph.extract.event_confidence import ConfidenceModel, features, load_model
from newsgraph.model import Article
from newsgraph.nlp import load_nlp


def _scored(body: str) -> Article:
    return annotate(body, "2010-06-01T10:00:00")


def test_the_shipped_model_weighs_exactly_the_features_the_code_computes() -> None:
    # (a feature added or renamed without retraining would silently weigh nothing)
    body = "Israeli jets bombed Hamas positions in the Gaza Strip on Sunday."
    article = _scored(body)
    model = load_model()
    assert model is not None, f"{event_confidence.WEIGHTS} is missing: run scripts/train_event_confidence.py"
    assert set(model.weights) == set(features(article.events[0], article, load_nlp()(body)))
    meta = json.loads(event_confidence.WEIGHTS.read_text(encoding="utf-8"))
    assert "judged events" in meta["trained_on"]


def test_every_event_gets_a_probability() -> None:
    article = _scored("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday. "
                      "France and Germany signed a defence agreement in Paris on Friday.")
    assert len(article.events) >= 3
    assert all(e.confidence is not None and 0.0 < e.confidence < 1.0 for e in article.events)


def test_a_plain_attack_between_named_sides_ranks_far_above_a_conditional_threat() -> None:
    (attack,) = _scored("Israeli jets bombed Hamas positions in the Gaza Strip on Sunday.").events
    (threat,) = _scored("Britain may threaten sanctions against Iran if it rejects the offer.").events
    assert (attack.cameo_root, threat.modality) == ("19", "hypothetical")
    assert attack.confidence is not None and threat.confidence is not None
    # far above: over even odds against under one in three, and 0.3 apart, whatever refit moves them a little
    assert attack.confidence > 0.5 and threat.confidence < 1 / 3 and attack.confidence - threat.confidence > 0.3


def test_features_read_quotation_names_and_missing_targets() -> None:
    body = 'Labour warned that the Tories would cut public services. "Will Russia invade Ukraine?" he asked.'
    article = _scored(body)
    doc = load_nlp()(body)
    (warning,) = [e for e in article.events if e.text == "warned"]
    named = features(warning, article, doc)
    assert named["target_none"] == 1.0 and named["source_named"] == 1.0 and named["in_quote"] == 0.0
    assert named["root=01"] == 1.0 and sum(v for k, v in named.items() if k.startswith("root=")) == 1.0
    quoted = dataclasses.replace(warning, start=body.index("invade"), end=body.index("invade") + 6,
                                 sentence_start=body.index('"Will'), sentence_end=len(body))
    named = features(quoted, article, doc)
    assert named["in_quote"] == 1.0


def test_the_model_is_a_logistic_regression_over_named_features() -> None:
    model = ConfidenceModel(weights={"a": 2.0, "b": -1.0}, bias=0.0)
    assert model.probability({}) == pytest.approx(0.5)
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2))
    assert model.probability({"a": 1.0, "b": 1.0}) < model.probability({"a": 1.0})
    assert model.probability({"a": 1e6}) == pytest.approx(1.0)  # no overflow


def test_without_weights_events_keep_no_confidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_model(tmp_path / "absent.json") is None
    monkeypatch.setattr(event_confidence, "load_model", lambda: None)
    article = _scored("Israeli jets bombed Hamas positions in the Gaza Strip on Sunday.")
    assert article.events and all(e.confidence is None for e in article.events)
