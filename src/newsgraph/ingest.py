"""Library entry points behind the CLI: extract articles to JSON, or ingest them into a store.

``ingest`` is resumable: it reads the ids already stored before it starts, and the pipeline
skips those articles after the (cheap) structure step, before spaCy. Every batch is written in
one transaction, so a run killed at any point loses at most the batch in flight, which the next
run redoes. Near-duplicates (``dedupe``) are linked with ``duplicate_of`` as they arrive, and
the merged events (``storage.merge``) are rebuilt at the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.dedupe import DuplicateIndex
from newsgraph.model import Article, RawDocument, Rejected
from newsgraph.pipeline import Pipeline, StoredIds
from newsgraph.readers import read_inputs
from newsgraph.storage.base import Store, WriteResult

LOGGER = logging.getLogger(__name__)

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
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    published: str | None = None,
    workers: int | None = 1,
    skip: StoredIds | None = None,
    isolate: bool | None = None,
    urls: Iterable[str | Path] = (),
    fetch_links: bool = False,
) -> Iterator[Article | Rejected]:
    """Run the pipeline over ``paths`` (and the URL list files ``urls``); yield results in input order."""
    pipeline = Pipeline(settings)
    items = read_inputs(paths, url_lists=urls, settings=settings, fetch_links=fetch_links)
    yield from pipeline.run(with_published(items, published), workers=workers, skip=skip, isolate=isolate)


def stored_ids(store: Store) -> StoredIds:
    """The ids of every stored article, compactly (for resuming)."""
    return StoredIds(row["id"] for row in store.query("SELECT id FROM articles"))


def duplicate_index(store: Store) -> DuplicateIndex:
    """A near-duplicate index of the stored originals."""
    index = DuplicateIndex()
    rows = store.query("SELECT id, fingerprint FROM articles WHERE duplicate_of IS NULL AND fingerprint IS NOT NULL ORDER BY ingested_at, id")
    index.update((row["id"], row["fingerprint"]) for row in rows)
    return index


def link_duplicate(article: Article, index: DuplicateIndex) -> Article:
    """Set ``duplicate_of`` when ``article`` is a near-duplicate of an earlier original; else index it."""
    if not article.fingerprint:
        return article
    original = index.find(article.fingerprint)
    if original is not None and original != article.id:
        return replace(article, duplicate_of=original)
    index.add(article.id, article.fingerprint)
    return article


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    *,
    published: str | None = None,
    workers: int | None = None,
    on_result: Callable[[Article | Rejected], None] | None = None,
    urls: Iterable[str | Path] = (),
    fetch_links: bool = False,
    merge: bool = True,
) -> WriteResult:
    """Extract ``paths`` and write the results to ``store``, one transaction per batch.

    Re-ingesting an article already stored changes nothing (counted as a duplicate) and costs
    no NLP. A directory written by ``newsgraph spark`` is loaded as it is.

    Args:
        paths: files, directories, URLs, or Spark output directories.
        store: the open store.
        settings: pipeline and store settings.
        published: date for inputs that carry none.
        workers: processes (default one per core); always isolated so stuck articles are abandoned.
        on_result: called with each result (progress display).
        urls: files listing URLs to fetch, one a line.
        fetch_links: fetch the articles of feed entries that carry only a summary.
        merge: rebuild the merged events afterwards.
    """
    from newsgraph.storage.parquet import is_spark_output, load_spark_output

    paths = list(paths)
    total = WriteResult()
    spark_dirs = [p for p in paths if is_spark_output(p)]
    for directory in spark_dirs:
        total.add(load_spark_output(directory, store))
    rest = [p for p in paths if p not in spark_dirs]
    if rest or urls:
        _ingest_pipeline(
            rest, store, settings, total, published=published, workers=workers, on_result=on_result, urls=urls, fetch_links=fetch_links
        )
    if merge:
        _rebuild_merged(store)
    return total


def _ingest_pipeline(
    paths: list[str | Path],
    store: Store,
    settings: Settings,
    total: WriteResult,
    *,
    published: str | None,
    workers: int | None,
    on_result: Callable[[Article | Rejected], None] | None,
    urls: Iterable[str | Path],
    fetch_links: bool,
) -> None:
    skip = stored_ids(store)
    index = duplicate_index(store)
    batch: list[Article | Rejected] = []
    results = extract(paths, settings, published=published, workers=workers, skip=skip, isolate=True, urls=urls, fetch_links=fetch_links)
    for result in results:
        if on_result:
            on_result(result)
        if isinstance(result, Article) and result.extra.get("skipped"):
            total.duplicates += 1  # stored by an earlier run: nothing to write
            continue
        if isinstance(result, Article):
            result = link_duplicate(result, index)
            total.near_duplicates += result.duplicate_of is not None
        batch.append(result)
        if len(batch) >= settings.store_batch_size:
            total.add(store.write(batch))
            batch = []
    if batch:
        total.add(store.write(batch))


def _rebuild_merged(store: Store) -> None:
    conn = getattr(store, "conn", None)
    if conn is None:
        return  # a store without SQL access keeps per-article events only
    from newsgraph.storage.merge import rebuild_merged_events

    rebuild_merged_events(conn)
