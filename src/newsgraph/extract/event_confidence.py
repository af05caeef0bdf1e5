"""How likely an event is to be right: a confidence learned from independent audits of real news.

Each event gets ``confidence``, a probability (0-1) that the event is right in every part (the
act, its source, its target and its modality), from a logistic regression over features of the
event and its parse. The regression is fitted by ``scripts/train_event_confidence.py`` on the
judged events of ``bench/data/event_audits.tsv`` (independent audits of BBC and PolNeAR
articles; each still-standing event learns its verdict). Its weights ship, with their feature names, in
``knowledge/data/event_confidence.json``. The figures it was chosen on are in docs/schema.md.

Why features of the event and not of the sentence's words: about 800 judged events are enough to learn
which kinds of event go wrong (a reaction coded with no target, an act read inside a quotation,
a generic source, a lone noun trigger) but far too few to learn which words do.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.extract.events_syntax import steps_to_root
from newsgraph.model import Article, Event, EventArg

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEIGHTS = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "event_confidence.json"

_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_MODALITIES = ("asserted", "negated", "hypothetical", "future")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who", "which", "that"})
_QUOTE_MARKS = frozenset('"“”')
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})


def features(event: Event, article: Article, doc: Doc | None, by_sentence: dict[int, list[Event]] | None = None) -> dict[str, float]:
    """The named features of ``event``: 1.0/0.0 flags and a few values scaled to about 0-1.
    ``by_sentence`` (from :func:`events_by_sentence`) saves regrouping the article's events for
    each event, which is quadratic in a long document's events."""
    out: dict[str, float] = {f"root={r}": float(event.cameo_root == r) for r in _ROOTS}
    out.update({f"modality={m}": float(event.modality == m) for m in _MODALITIES})
    out.update(_arg_features("source", event.source, event, doc))
    out.update(_arg_features("target", event.target, event, doc))
    out["target_none"] = float(event.target is None)
    out["same_country"] = float(event.target is not None and event.source.country is not None and event.source.country == event.target.country)
    out["specific_code"] = float(len(event.cameo) > 3 or not event.cameo.endswith("0"))
    out["reported_by"] = float(event.reported_by is not None)
    out["has_place"] = float(event.place is not None)
    out["has_date_text"] = float(bool(event.date_text))
    out["multiword_trigger"] = float(" " in event.text.strip())
    sentence = article.body[event.sentence_start : event.sentence_end]
    before = article.body[event.sentence_start : event.start]
    out["in_quote"] = float(sum(ch in _QUOTE_MARKS for ch in before) % 2 == 1)
    out["sentence_length"] = min(len(sentence.split()), 80) / 80
    same_sentence = (by_sentence if by_sentence is not None else events_by_sentence(article.events)).get(event.sentence_start, [])
    out["events_in_sentence"] = min(len(same_sentence), 6) / 6
    out["kinds_in_sentence"] = min(len({e.cameo_root for e in same_sentence}), 4) / 4
    out.update(_parse_features(event, doc))
    return out


def events_by_sentence(events: tuple[Event, ...] | list[Event]) -> dict[int, list[Event]]:
    """Events grouped by the start of their sentence."""
    grouped: dict[int, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.sentence_start, []).append(event)
    return grouped


def _arg_features(role: str, arg: EventArg | None, event: Event, doc: Doc | None) -> dict[str, float]:
    if arg is None:
        return {f"{role}_{name}": 0.0 for name in ("country", "sector", "named", "pronoun", "in_sentence", "resolved")}
    words = arg.text.strip()
    return {
        f"{role}_country": float(arg.country is not None),
        f"{role}_sector": float(arg.sector is not None),
        f"{role}_named": float(_is_named(arg, doc)),
        f"{role}_pronoun": float(words.lower() in _PRONOUNS),
        f"{role}_in_sentence": float(event.sentence_start <= arg.start < event.sentence_end),
        f"{role}_resolved": float(arg.actor_id is not None),
    }


def _is_named(arg: EventArg, doc: Doc | None) -> bool:
    """Whether the argument's words name someone: a proper noun or a name the parser found
    ("Vladimir Putin", "Labour"; not "officials")."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand") if doc is not None and arg.end > arg.start else None
    if span is None:  # no parse (or a span lost): a capital past the first word
        return any(w[:1].isupper() for w in arg.text.split()[1:])
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_TYPES for t in span)


def _parse_features(event: Event, doc: Doc | None) -> dict[str, float]:
    names = ("trigger_verb", "trigger_noun", "trigger_root", "depth", "passive", "in_clause", "negation_nearby")
    span = doc.char_span(event.start, event.end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return dict.fromkeys(names, 0.0)
    head = min(span, key=lambda t: (steps_to_root(t), t.i))  # the span's token nearest the root
    return {
        "trigger_verb": float(head.pos_ in {"VERB", "AUX"}),
        "trigger_noun": float(head.pos_ in {"NOUN", "PROPN"}),
        "trigger_root": float(head.dep_ == "ROOT"),
        "depth": min(steps_to_root(head), 6) / 6,
        "passive": float(any(c.dep_ in _PASSIVE_DEPS for c in head.children)),
        "in_clause": float(head.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"}),
        "negation_nearby": float(any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in head.head.children)),
    }


@dataclasses.dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    bias: float

    def probability(self, named: dict[str, float]) -> float:
        score = self.bias + sum(w * named.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self, **meta: object) -> str:
        return json.dumps({"bias": self.bias, "weights": self.weights, **meta}, indent=1, sort_keys=True) + "\n"


@functools.cache
def load_model(path: Path = WEIGHTS) -> ConfidenceModel | None:
    """The shipped model, or None where its weights file is absent (events then keep no confidence)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ConfidenceModel(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]))


def score(article: Article, doc: Doc | None) -> Article:
    """``article`` with each event's ``confidence`` set from the shipped model."""
    model = load_model()
    if model is None or not article.events:
        return article
    grouped = events_by_sentence(article.events)
    scored = tuple(dataclasses.replace(e, confidence=round(model.probability(features(e, article, doc, grouped)), 4)) for e in article.events)
    return dataclasses.replace(article, events=scored)
