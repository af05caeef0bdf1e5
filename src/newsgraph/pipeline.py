"""The pipeline: structure → spaCy → extraction stages, over streams of raw documents.

``Pipeline.run`` takes raw documents (or rejections passed through from the readers) and
yields articles or rejections in input order. It batches texts through ``nlp.pipe`` and,
with several workers, spreads batches over a process pool (each worker loads spaCy once).
A failure in one article never stops the batch: it becomes a ``Rejected`` with the stage
and error, unless ``on_error="raise"``.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Literal

from newsgraph.config import Settings, load_settings
from newsgraph.errors import StageError
from newsgraph.model import Article, RawDocument, Rejected
from newsgraph.nlp import load_nlp
from newsgraph.registry import StageMeta, check_order
from newsgraph.structure.build import build_article

LOGGER = logging.getLogger(__name__)
Item = RawDocument | Rejected
Result = Article | Rejected
ErrorMode = Literal["raise", "record"]


class Pipeline:
    """Runs the configured stages over articles.

    Args:
        settings: validated settings; defaults when None.
        on_error: "record" turns a failing article into a rejection; "raise" re-raises.
    """

    def __init__(self, settings: Settings | None = None, on_error: ErrorMode = "record") -> None:
        self.settings = settings or load_settings()
        self.stages: list[StageMeta] = check_order(self.settings.stages)
        self.on_error = on_error

    def structure(self, item: Item) -> Result:
        """Raw document → article without NLP (or the rejection passed through)."""
        if isinstance(item, Rejected):
            return item
        try:
            return build_article(item)
        except Exception as err:  # a reader bug must not stop the batch
            if self.on_error == "raise":
                raise
            LOGGER.warning("structure failed on %s: %s", item.source, err)
            return Rejected(item.source, "structure_error", f"{type(err).__name__}: {err}", id=item.id)

    def annotate(self, articles: list[Article]) -> list[Result]:
        """Run spaCy and every extraction stage over a batch of structured articles."""
        nlp = load_nlp()
        docs = nlp.pipe((a.body for a in articles), batch_size=self.settings.batch_size)
        return [self._extract(article, doc) for article, doc in zip(articles, docs, strict=True)]

    def _extract(self, article: Article, doc: object) -> Result:
        started = time.monotonic()
        budget = self.settings.article_time_budget
        for meta in self.stages:
            try:
                article = meta.func(article, doc)
            except Exception as err:
                if self.on_error == "raise":
                    raise StageError(meta.name, article.id, err) from err
                LOGGER.warning("stage %s failed on %s: %s", meta.name, article.id, err)
                return Rejected(article.source, "stage_error", f"{meta.name}: {type(err).__name__}: {err}", id=article.id)
            if time.monotonic() - started > budget:
                return Rejected(
                    article.source,
                    "time_budget",
                    f"extraction took over {budget:.0f}s (at stage {meta.name}); raise pipeline.article_time_budget to allow it",
                    id=article.id,
                )
        return article

    def process_batch(self, items: list[Item]) -> list[Result]:
        """Structure and annotate one batch, keeping input order."""
        structured = [self.structure(item) for item in items]
        articles = [r for r in structured if isinstance(r, Article)]
        annotated = iter(self.annotate(articles)) if articles else iter(())
        return [next(annotated) if isinstance(r, Article) else r for r in structured]

    def run(self, items: Iterable[Item], workers: int | None = None) -> Iterator[Result]:
        """Yield results for ``items`` in input order, using ``workers`` processes."""
        workers = self.settings.workers if workers is None else workers
        batches = _batched(items, self.settings.batch_size)
        if workers <= 1:
            for batch in batches:
                yield from self.process_batch(batch)
            return
        context = multiprocessing.get_context("spawn" if _has_threads() else "fork")
        with context.Pool(workers, initializer=_init_worker, initargs=(self.settings, self.on_error)) as pool:
            # imap keeps input order and streams: at most a few batches are in flight.
            for results in pool.imap(_worker_batch, batches, chunksize=1):
                yield from results


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def _has_threads() -> bool:
    import threading

    return threading.active_count() > 1


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings, on_error: ErrorMode) -> None:
    global _WORKER
    _WORKER = Pipeline(settings, on_error)
    load_nlp()


def _worker_batch(batch: list[Item]) -> list[Result]:
    assert _WORKER is not None, "worker used before _init_worker"
    return _WORKER.process_batch(batch)
