"""A second reader of the patterns' events: the sentence classifier (``extract.event_typer``).

Every sentence whose PLOVER events, coded by our patterns, are all of one type is read by the
classifier, which gives each PLOVER type (and NONE) a probability from the whole sentence. Those
probabilities stay in ``article.extra[TYPE_PROBABILITIES]`` (event id -> probability of its type);
an event whose type the classifier all but rules out (below ``VETO_BELOW``) is dropped as a
likely false act. (An event's ``confidence`` is another measure: ``extract.event_confidence``.)
The patterns still decide what the act is, who does it to whom, when and where; the classifier
only vetoes.

Why no more than a veto: letting the classifier add acts where no pattern matched raised type
recall on our held-out sets by about three points, but on real BBC articles about nine in ten
of the acts it added were wrong (plans, hopes, refusals to comment, warnings of risks), against
the project's rule that a wrong event costs more than a missing one. docs/schema.md gives the
figures.

The stage is not in the default ``pipeline.stages``: reading a sentence costs about 20 ms of a
core, which on the BBC corpus took ingest from 1.17 to 1.37 times the bare spaCy time (the
throughput target is 1.3). Add it after ``extract.events`` to use it. Without the optional
``typer`` extra (``newsgraph.embed``) it changes nothing and says so once.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsgraph import embed
from newsgraph.extract import event_typer
from newsgraph.model import Article, Event
from newsgraph.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# The classifier's probability for an event's type below which the event is dropped. Chosen on
# PLOVER GSR dev, India dev, the held-out halves of our own sets and the audited BBC events
# (docs/schema.md gives the figures).
VETO_BELOW = 0.01
# Where ``score_events`` leaves the classifier's probability of each read event's type.
TYPE_PROBABILITIES = "event_type_probabilities"
_warned: list[bool] = []


@stage("extract.typed_events", requires=("article.events",), assigns=("article.events",))
def extract_typed_events(article: Article, doc: Doc) -> Article:
    """Read each PLOVER event's sentence with the classifier; drop the events it rules out."""
    return drop_vetoed(score_events(article, doc))


def drop_vetoed(article: Article, below: float = VETO_BELOW) -> Article:
    """``article`` without the events whose type the classifier gave less than ``below``."""
    probabilities = article.extra.get(TYPE_PROBABILITIES, {})
    kept = tuple(e for e in article.events if not vetoed(e, article.events, probabilities, below))
    return article if len(kept) == len(article.events) else dataclasses.replace(article, events=kept)


def vetoed(event: Event, events: Sequence[Event], probabilities: Mapping[str, float], below: float = VETO_BELOW) -> bool:
    """Whether the classifier rules ``event`` out: it gave the type (``probabilities``, by event id)
    less than ``below``, and the event is its sentence's only kind of act. The classifier reads a
    sentence's main act, so it says nothing of a second act beside it ("troops opened fire,
    killing two, and arrested 20")."""
    probability = probabilities.get(event.id)
    if probability is None or probability >= below:
        return False
    return all(e.plover in {None, event.plover} for e in events if e.sentence_start == event.sentence_start)


def score_events(article: Article, doc: Doc | None = None) -> Article:
    """``article`` with ``extra[TYPE_PROBABILITIES]``: the classifier's probability of each PLOVER
    event's type for its sentence, where the sentence reports one kind of act (an event beside
    another kind of act is not read)."""
    if not event_typer.available():
        if not _warned:
            _warned.append(True)
            log.warning("extract.typed_events is off: %s", embed.INSTALL_HINT)
        return article
    # Only sentences with one kind of act are read: the veto applies to nothing else, and each
    # sentence read costs about 20 ms of one core.
    kinds: dict[tuple[int, int], set[str]] = {}
    for event in article.events:
        if event.plover:
            kinds.setdefault((event.sentence_start, event.sentence_end), set()).add(event.plover)
    spans = sorted(span for span, types in kinds.items() if len(types) == 1)
    if not spans:
        return article
    model = event_typer.load_model()
    probabilities = model.probabilities(embed.load_encoder().encode([article.body[s:e] for s, e in spans]))
    by_span = {span: dict(zip(model.classes, row.tolist(), strict=True)) for span, row in zip(spans, probabilities, strict=True)}
    read = {e.id: round(by_span[span].get(e.plover, 0.0), 4)
            for e in article.events if e.plover and (span := (e.sentence_start, e.sentence_end)) in by_span}
    return dataclasses.replace(article, extra={**article.extra, TYPE_PROBABILITIES: read})
