"""Library entry points behind the CLI: extract articles to JSON, or ingest them into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.model import Article, RawDocument, Rejected
from newsgraph.pipeline import Pipeline
from newsgraph.readers import read_inputs
from newsgraph.storage.base import Store, WriteResult

# Fields of the extract contract, in the order they are printed (docs/schema.md).
OUTPUT_FIELDS = (
    "id", "source", "url", "site", "headline", "published", "byline", "captions", "related", "paragraphs",
    "body", "language", "entities", "places", "dates", "actors", "events", "quotes", "claims", "tone",
    "themes", "warnings", "duplicate_of",
)


def article_json(article: Article) -> dict[str, Any]:
    """The public JSON object of one article (the ``extract`` output contract)."""
    data = article.to_dict()
    return {key: data[key] for key in OUTPUT_FIELDS}


def with_published(items: Iterable[RawDocument | Rejected], published: str | None) -> Iterator[RawDocument | Rejected]:
    """Give every raw document without a date of its own the date ``published``."""
    for item in items:
        if published and isinstance(item, RawDocument) and not item.published:
            yield replace(item, published=published)
        else:
            yield item


def extract(
    paths: Iterable[str | Path], settings: Settings, *, published: str | None = None, workers: int | None = 1
) -> Iterator[Article | Rejected]:
    """Run the pipeline over ``paths`` and yield results in input order (no database)."""
    pipeline = Pipeline(settings)
    yield from pipeline.run(with_published(read_inputs(paths), published), workers=workers)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    *,
    published: str | None = None,
    workers: int | None = None,
    on_result: Callable[[Article | Rejected], None] | None = None,
) -> WriteResult:
    """Extract ``paths`` and write the results to ``store``, one transaction per batch.

    Re-ingesting an article already stored changes nothing (counted as a duplicate).
    """
    total = WriteResult()
    batch: list[Article | Rejected] = []
    for result in extract(paths, settings, published=published, workers=workers):
        batch.append(result)
        if on_result:
            on_result(result)
        if len(batch) >= settings.store_batch_size:
            total.add(store.write(batch))
            batch = []
    if batch:
        total.add(store.write(batch))
    return total
