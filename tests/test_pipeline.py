"""Pipeline: order, skipping stored ids, the enforced time budget and crash isolation in workers."""

from __future__ import annotations

import os
import time

import pytest

from newsgraph.config import load_settings
from newsgraph.model import Article, RawDocument, Rejected
from newsgraph.pipeline import Pipeline, StoredIds
from newsgraph.registry import stage

# Stages a test can put in a pipeline: this module is imported by every worker through
# pipeline.plugins, which registers them there too.
HANG = "xyzzyhang"
CRASH = "xyzzycrash"


@stage("test.hang", requires=(), assigns=())
def _hang(article: Article, doc: object) -> Article:
    if HANG in article.body:
        time.sleep(3600)
    return article


@stage("test.crash", requires=(), assigns=())
def _crash(article: Article, doc: object) -> Article:
    if CRASH in article.body:
        os._exit(3)  # like a segfault in a C extension: the worker vanishes
    return article


def _settings(*extra: str, budget: float = 30.0, batch: int = 4):
    return load_settings(
        overrides=[
            'pipeline.stages=["extract.entities", "extract.dates", "extract.tone"' + "".join(f', "{s}"' for s in extra) + "]",
            f'pipeline.plugins=["{__name__}"]',
            f"pipeline.article_time_budget={budget}",
            f"pipeline.batch_size={batch}",
        ]
    )


def _doc(i: int, marker: str = "") -> RawDocument:
    body = (
        f"Headline number {i}\n\nPrime Minister Tony Blair said in London on Monday that talks with Unison over pay "
        f"number {i} would resume {marker}.\n\nThe union welcomed the offer and said its members would vote next week."
    )
    return RawDocument(source=f"doc{i}", text=body)


def test_pipeline_keeps_input_order_across_workers():
    docs = [_doc(i) for i in range(10)] + [Rejected("bad", "empty")]
    results = list(Pipeline(_settings()).run(docs, workers=2))
    assert [r.source for r in results] == [d.source for d in docs]
    assert all(isinstance(r, Article) and r.fingerprint for r in results[:10])


def test_pipeline_skips_stored_ids_before_nlp():
    pipeline = Pipeline(_settings())
    first = pipeline.process_batch([_doc(1), _doc(2)])
    skip = StoredIds([first[0].id])
    again = pipeline.process_batch([_doc(1), _doc(2)], skip=skip)
    assert again[0].extra.get("skipped") and not again[0].entities
    assert not again[1].extra.get("skipped") and again[1].entities


def test_pipeline_stored_ids_membership():
    ids = StoredIds(["a", "b", "c"])
    assert "a" in ids and "c" in ids and "d" not in ids and len(ids) == 3
    assert "x" not in StoredIds()


def test_pipeline_abandons_stuck_article_and_keeps_the_rest():
    docs = [_doc(0), _doc(1, HANG), _doc(2), _doc(3)]
    started = time.monotonic()
    results = list(Pipeline(_settings("test.hang", budget=10)).run(docs, workers=1, isolate=True))
    assert time.monotonic() - started < 120
    assert [r.source for r in results] == ["doc0", "doc1", "doc2", "doc3"]
    assert isinstance(results[1], Rejected) and results[1].reason == "time_budget"
    assert all(isinstance(r, Article) for r in (results[0], results[2], results[3]))


def test_pipeline_survives_worker_crash():
    docs = [_doc(0), _doc(1, CRASH), _doc(2)]
    results = list(Pipeline(_settings("test.crash")).run(docs, workers=2))
    assert isinstance(results[1], Rejected) and results[1].reason == "worker_crash"
    assert isinstance(results[0], Article) and isinstance(results[2], Article)


def test_pipeline_in_process_records_stage_error():
    pipeline = Pipeline(_settings())
    pipeline.stages.append(type(pipeline.stages[0])("boom", lambda a, d: 1 / 0, (), ()))
    result = pipeline.process_batch([_doc(5)])[0]
    assert isinstance(result, Rejected) and result.reason == "stage_error" and "ZeroDivisionError" in result.detail


@pytest.mark.parametrize("workers", [0, 2])
def test_pipeline_empty_input(workers):
    assert list(Pipeline(_settings()).run([], workers=workers)) == []


@pytest.mark.slow
def test_pipeline_recycles_workers_without_losing_articles():
    settings = load_settings(
        overrides=['pipeline.stages=["extract.entities"]', "pipeline.recycle_after=2", "pipeline.batch_size=2"]
    )
    docs = [_doc(i) for i in range(7)]
    results = list(Pipeline(settings).run(docs, workers=1, isolate=True))
    assert [r.source for r in results] == [d.source for d in docs]
    assert all(isinstance(r, Article) for r in results)
