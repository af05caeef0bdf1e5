"""Run the pipeline on Spark partitions and write the store's tables as Parquet.

The driver lists the input files and spreads them over partitions; each partition runs
:meth:`Pipeline.process_batch` in its Python worker, where the pipeline and the spaCy model are
built once per process (:func:`_pipeline`, kept across tasks as Spark reuses Python workers),
never per row. Results are flattened with the store's own ``rows.article_rows`` and written as
one Parquet dataset per table (``articles/``, ``events/``, ...) with the store's schema, plus
a ``_newsgraph.json`` marker that ``newsgraph ingest DIR`` recognises to load them into DuckDB.

Input files must be readable at the same path from every executor (local mode, or a shared
filesystem on a cluster; see docs/scale.md). pyspark is imported only here, lazily.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import ConfigError

MARKER = "_newsgraph.json"
_PIPELINES: dict[Any, Any] = {}
# Spark SQL types for the store's Arrow types (storage.duckdb.arrow_schema).
_SPARK_TYPES = {"string": "StringType", "int64": "LongType", "double": "DoubleType", "timestamp[us]": "TimestampType"}


def _require_pyspark() -> Any:
    try:
        import pyspark  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError as err:
        raise ConfigError(
            "pyspark is not installed; install it with `.venv/bin/pip install 'newsgraph[spark]'` "
            "(or `pip install pyspark`), and a Java 17 runtime"
        ) from err
    return SparkSession


def _pipeline(settings: Settings) -> Any:
    # One pipeline (and one spaCy model, via load_nlp's cache) per Python worker process.
    key = (settings.stages, settings.batch_size, settings.article_time_budget)
    if key not in _PIPELINES:
        from newsgraph.nlp import load_nlp
        from newsgraph.pipeline import Pipeline

        _PIPELINES[key] = Pipeline(settings)
        load_nlp()
    return _PIPELINES[key]


def process_partition(paths: Iterable[str], settings: Settings) -> Iterator[tuple[str, str, Any]]:
    """Run the pipeline over the files of one partition.

    Yields ``("article", id, rows_by_table)`` for each article and ``("rejection", source, row)``
    for each rejection: articles are keyed so that the driver can keep one copy of each id.
    """
    from newsgraph.model import Article
    from newsgraph.pipeline import _batched
    from newsgraph.readers.files import read_file
    from newsgraph.storage.rows import article_rows, rejection_row

    pipeline = _pipeline(settings)
    now = datetime.now(UTC).replace(tzinfo=None)
    items = (item for path in paths for item in read_file(Path(path)))
    for batch in _batched(items, settings.batch_size):
        for result in pipeline.process_batch(batch):
            if isinstance(result, Article):
                yield ("article", result.id, article_rows(result, now))
            else:
                yield ("rejection", result.source, rejection_row(result, now))


def spark_schema(table: str) -> Any:
    """The Spark schema of a store table, from its Arrow schema."""
    from pyspark.sql import types

    from newsgraph.storage.duckdb import arrow_schema

    return types.StructType(
        [types.StructField(f.name, getattr(types, _SPARK_TYPES[str(f.type)])(), True) for f in arrow_schema(table)]
    )


def run_spark(
    inputs: Iterable[str | Path],
    out: str | Path,
    settings: Settings,
    *,
    master: str | None = "local[2]",
    partitions: int | None = None,
    spark: Any = None,
) -> dict[str, Any]:
    """Process ``inputs`` on Spark and write Parquet tables under ``out``.

    Args:
        inputs: files or directories (listed on the driver).
        out: output directory (overwritten table by table).
        settings: pipeline settings, shipped to the executors.
        master: Spark master URL; None to use the one spark-submit provides.
        partitions: number of partitions (default: 4 per default parallelism slot).
        spark: an existing SparkSession (tests).

    Returns:
        Counts and timing: ``articles``, ``rejections``, ``seconds``, ``words``.
    """
    from newsgraph.readers.files import iter_paths
    from newsgraph.storage.schema import TABLES, columns

    session_cls = _require_pyspark()
    from pyspark import StorageLevel

    paths = [str(p) for p in iter_paths(inputs)]
    if not paths:
        raise ConfigError("no input files found for the Spark job")
    own = spark is None
    if own:
        builder = session_cls.builder.appName("newsgraph")
        if master:
            builder = builder.master(master)
        if master and master.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
            # Local workers must run this interpreter (the venv with newsgraph and the model).
            os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = builder.config("spark.python.worker.reuse", "true").getOrCreate()
    started = time.monotonic()
    try:
        sc = spark.sparkContext
        slices = partitions or max(1, min(len(paths), sc.defaultParallelism * 4))
        results = sc.parallelize(paths, slices).mapPartitions(lambda part: process_partition(part, settings))
        results.persist(StorageLevel.MEMORY_AND_DISK)  # every table reads it: run the NLP once
        # The same article may come from two files: keep one copy per id, as the store would.
        articles = results.filter(lambda r: r[0] == "article").map(lambda r: (r[1], r[2])).reduceByKey(lambda a, _b: a)
        articles.persist(StorageLevel.MEMORY_AND_DISK)
        counts: dict[str, Any] = {}
        for table in TABLES:
            names = columns(table)
            if table == "rejections":
                rows = results.filter(lambda r: r[0] == "rejection").map(lambda r, n=names: tuple(r[2][c] for c in n))
            else:
                rows = articles.flatMap(lambda kv, t=table, n=names: [tuple(row[c] for c in n) for row in kv[1][t]])
            frame = spark.createDataFrame(rows, spark_schema(table))
            frame.write.mode("overwrite").parquet(str(Path(out) / table))
        counts["articles"] = articles.count()
        counts["rejections"] = results.filter(lambda r: r[0] == "rejection").count()
        counts["words"] = articles.map(lambda kv: len(kv[1]["articles"][0]["body"].split())).sum()
        counts["seconds"] = round(time.monotonic() - started, 2)
        results.unpersist()
        articles.unpersist()
    finally:
        if own:
            spark.stop()
    marker = {"format": "newsgraph-spark", "tables": list(TABLES), "stages": list(settings.stages), **counts}
    (Path(out) / MARKER).write_text(json.dumps(marker, indent=2), encoding="utf-8")
    return counts
