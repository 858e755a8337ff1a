"""`sitroom batch`: read, clean and analyse articles in a PySpark job, write Parquet partitioned by
publication date, and load that Parquet into a store.

Each Spark task gets a list of input files (JSON Lines, WARC, HTML, dated text), reads them with
sitroom's own readers (warcio for WARC) inside the task, and analyses their articles in batches
with the spaCy pipeline loaded once per Python worker (a cached model; Spark reuses its workers),
so the model loads once per executor, not per article. Rows carry the article's keys, the exact
analysis as JSON (`codec.py`) and, for inputs that could not be read, the error. The Parquet is
for DuckDB and Spark users as it is; `load_parquet` stores it in SQLite, article by article, so a
load that dies is simply run again.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..codec import analysis_from_json, analysis_to_json
from ..errors import E211, InputError, SitroomError
from ..model import Analysis, Article
from ..settings import Options
from ..sources import READERS, find_inputs, input_suffix, read_path
from ..store import Store

BATCH_ARTICLES = 16  # articles analysed together: the model is faster on full batches
COLUMNS = ("id", "source", "published", "title", "url", "origin", "pipeline", "analysis", "error")


@dataclass(frozen=True)
class BatchReport:
    articles: int
    failed: int
    output: str
    errors: tuple[str, ...] = ()  # the first few read errors, as lines

    def summary(self) -> str:
        return f"analysed {self.articles}, failed {self.failed}, written to {self.output}"


ERRORS = "_errors"  # the read errors, beside the articles: readers of the Parquet skip `_` folders
SUCCESS = "_SUCCESS"  # written by Spark when the job's output is committed whole


def output_location(output: str | Path) -> str:
    """Where the batch writes: a URL with a scheme as given (`hdfs://nn/news`, `s3a://bucket/x`,
    `file:///data/out`), a local path made absolute. (A `Path` would fold `hdfs://` to `hdfs:/`.)"""
    text = str(output)
    return text if "://" in text else str(Path(text).resolve())


def analyze_files(
    tasks: Iterable[tuple[str, int, int]], model: str, max_bytes: int, events: bool = True
) -> Iterator[dict[str, Any]]:
    """Rows for the articles of some input files: the work of one Spark task (or of a test). A task
    is (path, shard, shards): the file's items whose position modulo `shards` is `shard`, so one
    big WARC can be shared among tasks."""

    def items() -> Iterator[Article | InputError]:
        for path, shard, shards in tasks:
            for position, item in enumerate(read_path(Path(path), max_bytes)):
                if position % shards == shard:
                    yield item

    return _rows(items(), model, events)


def analyze_fetched(
    files: Iterable[tuple[str, bytes]], model: str, max_bytes: int, events: bool = True
) -> Iterator[dict[str, Any]]:
    """Rows for input files that Spark read from one of its file systems (`binaryFiles`: each
    file's URL and bytes, so `hdfs://`, `s3a://` and `file://` inputs are read by the executors):
    each is written to a local file of the task, read as any local input, and its articles and
    errors keep the URL as their origin."""

    def items(folder: Path) -> Iterator[Article | InputError]:
        for k, (url, data) in enumerate(files):
            local = folder / f"{k}{input_suffix(Path(urlsplit(url).path))}"
            local.write_bytes(data)
            for item in read_path(local, max_bytes):
                if isinstance(item, InputError):
                    yield replace(item, origin=item.origin.replace(str(local), url, 1))
                else:
                    yield replace(item, origin=(item.origin or str(local)).replace(str(local), url, 1))
            local.unlink()

    with tempfile.TemporaryDirectory(prefix="sitroom-batch-") as folder:
        yield from _rows(items(Path(folder)), model, events)


def _rows(items: Iterator[Article | InputError], model: str, events: bool) -> Iterator[dict[str, Any]]:
    from ..ingest import analyze_articles

    pending: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            yield {c: None for c in COLUMNS} | {"origin": item.origin, "error": str(item)}
            continue
        pending.append(item)
        if len(pending) >= BATCH_ARTICLES:
            yield from (_row(a) for a in analyze_articles(pending, model, events))
            pending = []
    if pending:
        yield from (_row(a) for a in analyze_articles(pending, model, events))


def _row(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "id": article.id,
        "source": article.source,
        "published": article.published.isoformat(),
        "title": article.title,
        "url": article.url,
        "origin": article.origin,
        "pipeline": analysis.pipeline,
        "analysis": analysis_to_json(analysis),
        "error": None,
    }


def run_batch(
    inputs: list[str | Path],
    output: str | Path,
    options: Options,
    master: str | None = None,
    environment: Path | None = None,
) -> BatchReport:
    """Analyse every article under `inputs` on Spark and add it to the Parquet at `output`,
    partitioned by publication date (`published=YYYY-MM-DD/`). A batch appends: a second batch into
    the same output keeps the first (a job killed before its commit leaves nothing but Spark's
    `_temporary`, which readers skip). Read errors go to `output/_errors/` as JSON lines. `master`
    is `local[2]` when not given, or what spark-submit was told when it started this."""
    from pyspark.sql.types import StringType, StructField, StructType

    location = output_location(output)
    urls = [p for p in inputs if isinstance(p, str) and "://" in p]  # a Path would fold `hdfs://` to `hdfs:/`
    files = [str(p.resolve()) for p in find_inputs([Path(p) for p in inputs if p not in urls])]
    spark = _session(master, environment)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        parallelism = spark.sparkContext.defaultParallelism
        # Few large files (a WARC) are shared out by item; many files go whole, one task each.
        shards = max(1, -(-parallelism // max(len(files), 1))) if len(files) < parallelism * 2 else 1
        tasks = [(path, k, shards) for path in files for k in range(shards)]
        slices = max(1, min(len(tasks), parallelism * 4))
        model, max_bytes, events = options.model, options.max_input_bytes, options.events
        rows = spark.sparkContext.parallelize(tasks, slices).mapPartitions(
            lambda paths: ([r[c] for c in COLUMNS] for r in analyze_files(paths, model, max_bytes, events))
        )
        missing = [url for url in urls if not _exists(spark, url)]
        found = [url for url in urls if url not in missing]
        if missing:
            rows = rows.union(
                spark.sparkContext.parallelize(
                    [
                        [None] * 5 + [url, None, None, f"{url}: E111 cannot read: no such file or folder"]
                        for url in missing
                    ]
                )
            )
        if found:  # read by the executors through Spark's file systems, not by this driver
            fetched = spark.sparkContext.binaryFiles(",".join(found), max(1, parallelism * 2))
            rows = rows.union(
                fetched.filter(lambda f: input_suffix(Path(urlsplit(f[0]).path)) in READERS).mapPartitions(
                    lambda part: ([r[c] for c in COLUMNS] for r in analyze_fetched(part, model, max_bytes, events))
                )
            )
        schema = StructType([StructField(c, StringType(), True) for c in COLUMNS])
        frame = spark.createDataFrame(rows, schema).cache()
        failed = frame.filter("error IS NOT NULL").select("origin", "error")
        failed.write.mode("append").json(f"{location}/{ERRORS}")
        good = frame.filter("error IS NULL").drop("error")
        # a day's rows together: a file a day, not one a task and every day that task saw
        good.repartition("published").write.mode("append").partitionBy("published").parquet(location)
        count = good.count()
        errors = [f"{r.origin}: {r.error}" for r in failed.limit(20).collect()]
        failures = failed.count()
    finally:
        spark.stop()
    return BatchReport(count, failures, location, tuple(errors))


def _exists(spark: Any, url: str) -> bool:
    """Whether the file or folder at `url` is there, asked of the file system Spark would read it from."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(url)
    return bool(path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(path))


UNDER_SUBMIT = "PYSPARK_GATEWAY_PORT"  # set by spark-submit in the Python driver it starts


def _session(master: str | None, environment: Path | None) -> Any:
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.appName("sitroom batch")
        .config("spark.ui.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
    )
    if os.environ.get(UNDER_SUBMIT) and master is None:
        # started by spark-submit: its --master, --archives and spark.pyspark.python stand
        return builder.getOrCreate()
    builder = builder.master(master or "local[2]")
    # PySpark started from Python takes the executors' Python from PYSPARK_PYTHON when the context
    # starts (spark.pyspark.python is spark-submit's), so it is set for the start and put back.
    python = os.environ.get("PYSPARK_PYTHON", sys.executable)  # executors on this machine run this Python
    if environment is not None:
        # The packed environment (scripts/pack_spark_env.sh) goes to every executor, unpacked in its
        # working folder: sitroom, spaCy and the model travel with the job, nothing is installed there.
        builder = builder.config("spark.archives", f"{environment.resolve()}#environment")
        python = "./environment/bin/python"
    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = python
    try:
        return builder.getOrCreate()
    finally:
        if before is None:
            del os.environ["PYSPARK_PYTHON"]
        else:
            os.environ["PYSPARK_PYTHON"] = before


class BatchOutputError(SitroomError):
    pass


def read_parquet(output: Path, batch_rows: int = 64) -> Iterator[Analysis]:
    """The analyses a batch wrote, a day at a time in publication order (the order a feed would
    have brought them), read in record batches so that memory stays that of a few rows however
    large the output. An output without Spark's `_SUCCESS` was left by a job that did not finish
    (or is no batch output): BatchOutputError (E211)."""
    import pyarrow.dataset as ds

    if not (output / SUCCESS).exists():
        raise BatchOutputError("E211", E211.format(path=output))
    days = sorted(p for p in output.iterdir() if p.is_dir() and p.name.startswith("published="))
    for day in days:  # `_temporary`, `.spark-staging-*` and `_errors` are no day, and are skipped
        dataset = ds.dataset(day, format="parquet", exclude_invalid_files=True)
        for batch in dataset.to_batches(columns=["analysis"], batch_size=batch_rows):
            for text in batch.column(0).to_pylist():
                yield analysis_from_json(text)


def load_parquet(store: Store, output: Path) -> tuple[int, int]:
    """Store what a batch wrote; (stored, already there). Each article is its own transaction."""
    stored = unchanged = 0
    for analysis in read_parquet(output):
        if store.save(analysis):
            stored += 1
        else:
            unchanged += 1
    return stored, unchanged
