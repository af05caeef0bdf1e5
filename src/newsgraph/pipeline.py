"""The pipeline: structure → spaCy → extraction stages, over streams of raw documents.

``Pipeline.run`` takes raw documents (or rejections passed through from the readers) and
yields articles or rejections in input order. It batches texts through ``nlp.pipe`` and,
with workers, spreads batches over a supervised process pool (``scale.pool``): each worker
loads spaCy once, a worker stuck on one article past ``article_time_budget`` is killed and
replaced, and only that article is rejected. A failure in one article never stops the batch:
it becomes a ``Rejected`` with the stage and error, unless ``on_error="raise"``.

Articles whose id is in ``skip`` (already stored, e.g. after an interrupted ingest) are
structured — which gives the id cheaply — but not annotated; they come out with
``extra["skipped"]`` set.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Literal

import numpy as np

from newsgraph.config import Settings, load_settings
from newsgraph.dedupe import fingerprint
from newsgraph.errors import StageError
from newsgraph.model import Article, RawDocument, Rejected
from newsgraph.nlp import load_nlp
from newsgraph.readers.warc import CRAWL_DATE_PREFIX
from newsgraph.registry import StageMeta, check_order
from newsgraph.structure.build import build_article, normalise_published

LOGGER = logging.getLogger(__name__)
Item = RawDocument | Rejected
Result = Article | Rejected
ErrorMode = Literal["raise", "record"]
Tick = Callable[[float], None]
# Raw input above this is refused before structure: its body would exceed MAX_BODY_CHARS anyway,
# unless it is nearly all markup (a page of 5 MB holds at most a few hundred kB of article).
MAX_RAW_CHARS = 5_000_000
# spaCy's time grows with text length: each 100,000 characters of a batch earn one time budget.
_CHARS_PER_BUDGET = 100_000


class StoredIds:
    """A compact, picklable set of article ids: sorted 64-bit hashes (8 bytes an id).

    Shipped to every worker so it can skip stored articles; a million ids take 8 MB.
    """

    def __init__(self, ids: Iterable[str] = ()) -> None:
        hashes = np.fromiter((_id_hash(i) for i in ids), dtype=np.uint64)
        self._hashes = np.unique(hashes)

    def __len__(self) -> int:
        return int(self._hashes.size)

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str) or not self._hashes.size:
            return False
        value = np.uint64(_id_hash(article_id))
        index = int(np.searchsorted(self._hashes, value))
        return index < self._hashes.size and self._hashes[index] == value


def _id_hash(article_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest(), "little")


class Pipeline:
    """Runs the configured stages over articles.

    Args:
        settings: validated settings; defaults when None.
        on_error: "record" turns a failing article into a rejection; "raise" re-raises.
    """

    def __init__(self, settings: Settings | None = None, on_error: ErrorMode = "record") -> None:
        self.settings = settings or load_settings()
        # Modules named in pipeline.plugins register extra stages when imported (in every worker).
        for module in self.settings.raw.get("pipeline", {}).get("plugins", ()):
            importlib.import_module(module)
        self.stages: list[StageMeta] = check_order(self.settings.stages)
        self.on_error = on_error

    def structure(self, item: Item) -> Result:
        """Raw document → article without NLP (or the rejection passed through), fingerprinted."""
        if isinstance(item, Rejected):
            return item
        size = len(item.text or "") + len(item.html or "")
        if size > MAX_RAW_CHARS:
            # Parsing a 20 MB page only to reject its body as too large costs seconds: refuse it first.
            return Rejected(item.source, "too_large", f"{size} characters of input is over the {MAX_RAW_CHARS} limit for one article", id=item.id)
        try:
            built = build_article(item)
            if isinstance(built, Article):
                built = _crawl_date_fallback(replace(built, fingerprint=fingerprint(built.body)))
            return built
        except Exception as err:  # a reader bug must not stop the batch
            if self.on_error == "raise":
                raise
            LOGGER.warning("structure failed on %s: %s", item.source, err)
            return Rejected(item.source, "structure_error", f"{type(err).__name__}: {err}", id=item.id)

    def annotate(self, articles: list[Article], tick: Tick | None = None) -> list[Result]:
        """Run spaCy and every extraction stage over a batch of structured articles."""
        nlp = load_nlp()
        budget = self.settings.article_time_budget
        if tick:
            chars = sum(len(a.body) for a in articles)
            tick(budget * max(1.0, chars / _CHARS_PER_BUDGET))
        docs = nlp.pipe((a.body for a in articles), batch_size=self.settings.batch_size)
        results: list[Result] = []
        for article, doc in zip(articles, docs, strict=True):
            results.append(self._extract(article, doc))
            if tick:
                tick(budget)
        return results

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

    def process_batch(self, items: list[Item], skip: StoredIds | None = None, tick: Tick | None = None) -> list[Result]:
        """Structure and annotate one batch, keeping input order.

        Args:
            items: raw documents or rejections.
            skip: ids not to annotate (returned structured, with ``extra["skipped"]``).
            tick: called with the seconds the next step may take (the pool's heartbeat).
        """
        budget = self.settings.article_time_budget
        structured: list[Result] = []
        for item in items:
            structured.append(self.structure(item))
            if tick:
                tick(budget)
        todo: list[Article] = []
        for index, result in enumerate(structured):
            if isinstance(result, Article):
                if skip is not None and result.id in skip:
                    structured[index] = replace(result, extra={**result.extra, "skipped": True})
                else:
                    todo.append(result)
        annotated = iter(self.annotate(todo, tick)) if todo else iter(())
        return [next(annotated) if isinstance(r, Article) and not r.extra.get("skipped") else r for r in structured]

    def run(
        self, items: Iterable[Item], workers: int | None = None, *, skip: StoredIds | None = None, isolate: bool | None = None
    ) -> Iterator[Result]:
        """Yield results for ``items`` in input order.

        Args:
            items: raw documents (or rejections, passed through).
            workers: processes; default ``settings.workers`` (one per core).
            skip: ids of stored articles, not annotated again.
            isolate: run in worker processes even with one worker, so that the time budget is
                enforced by abandoning a stuck article; default: only when ``workers > 1``.
        """
        workers = self.settings.workers if workers is None else workers
        batches = _batched(items, self.settings.batch_size)
        if workers <= 1 and not isolate:
            for batch in batches:
                yield from self.process_batch(batch, skip=skip)
            return
        from newsgraph.scale.pool import SupervisedPool

        pool = SupervisedPool(max(1, workers), self.settings, self.on_error, skip=skip)
        for results in pool.imap(batches):
            yield from results


def _crawl_date_fallback(article: Article) -> Article:
    # A WARC record's crawl time comes as a tagged warning: it dates the article only when the
    # page itself gave no date, and the tag is not a warning for the user.
    tagged = [w for w in article.warnings if w.startswith(CRAWL_DATE_PREFIX)]
    if not tagged:
        return article
    warnings = [w for w in article.warnings if not w.startswith(CRAWL_DATE_PREFIX)]
    published = article.published
    if published is None:
        published = normalise_published(tagged[0][len(CRAWL_DATE_PREFIX) :])
        warnings = [w for w in warnings if not w.startswith("no publication date found")]
        warnings.append("publication date is the crawl time (WARC-Date): the page gives none")
    return replace(article, published=published, warnings=tuple(warnings))


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch
