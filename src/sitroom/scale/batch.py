"""`sitroom batch`: read, clean and analyse articles in a PySpark job, write Parquet partitioned by
publication date, and load that Parquet into a store.

Each Spark task gets a list of input files (JSON Lines, WARC, HTML, dated text), or a part of one
big WARC (cut at record boundaries by the driver, so each page is read and extracted by one task
only), reads them with sitroom's own readers (warcio for WARC) inside the task, and analyses their articles in batches
with the spaCy pipeline loaded once per Python worker (a cached model; Spark reuses its workers),
so the model loads once per executor, not per article. Rows carry the article's keys, the exact
analysis as JSON (`codec.py`) and, for inputs that could not be read, the error. Beside them, in
`_tables/`, the export's flat tables (events, entities, mentions, attributions, claims, dates,
places, captions) as typed Parquet, so that DuckDB and Spark users count events by type without
reading JSON. The Parquet is for them as it is; `load_parquet` stores it in SQLite, article by article, so a
load that dies is simply run again.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..codec import analysis_from_json, analysis_to_json
from ..errors import E211, InputError, SitroomError
from ..model import Analysis, Article
from ..settings import Options
from ..sources import READERS, WarcPart, find_inputs, input_suffix, read_path, read_warc_part, warc_parts
from ..store import Store
from ..store.export import TABLES, column_type, table_rows

BATCH_ARTICLES = 16  # articles analysed together: the model is faster on full batches
COLUMNS = ("id", "source", "published", "title", "url", "origin", "pipeline", "analysis", "error")
FLAT_TABLES = tuple(name for name in TABLES if name != "articles")  # the articles are the rows themselves


@dataclass(frozen=True)
class BatchReport:
    articles: int
    failed: int
    output: str
    errors: tuple[str, ...] = ()  # the first few read errors, as lines

    def summary(self) -> str:
        return f"analysed {self.articles}, failed {self.failed}, written to {self.output}"


ERRORS = "_errors"  # the read errors, beside the articles: readers of the Parquet skip `_` folders
FLAT = "_tables"  # the flat tables, one folder each, partitioned by batch and publication date
SUCCESS = "_SUCCESS"  # written by Spark when the job's output is committed whole


def output_location(output: str | Path) -> str:
    """Where the batch writes: a URL with a scheme as given (`hdfs://nn/news`, `s3a://bucket/x`,
    `file:///data/out`), a local path made absolute. (A `Path` would fold `hdfs://` to `hdfs:/`.)"""
    text = str(output)
    return text if "://" in text else str(Path(text).resolve())


@dataclass(frozen=True)
class Task:
    """One input file's share of the work of a Spark task: a part of a WARC (`part`), else the
    file's items whose position modulo `shards` is `shard` (a big JSON Lines file is cheap to read
    and is shared out by line)."""

    path: str
    part: WarcPart | None = None
    shard: int = 0
    shards: int = 1


def input_tasks(path: str, shares: int, max_bytes: int) -> list[Task]:
    """How one input file is shared among `shares` tasks."""
    if shares > 1 and input_suffix(Path(path)) in (".warc", ".warc.gz"):
        return [Task(path, part=part) for part in warc_parts(Path(path), max_bytes, shares)]
    return [Task(path, shard=k, shards=shares) for k in range(shares)]


def analyze_files(tasks: Iterable[Task], model: str, max_bytes: int, events: bool = True) -> Iterator[dict[str, Any]]:
    """Rows for the articles of some input files: the work of one Spark task (or of a test)."""

    def items() -> Iterator[Article | InputError]:
        for task in tasks:
            if task.part is not None:
                yield from read_warc_part(Path(task.path), max_bytes, task.part)
                continue
            for position, item in enumerate(read_path(Path(task.path), max_bytes)):
                if position % task.shards == task.shard:
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
    from pyspark.sql.functions import lit
    from pyspark.sql.types import StringType, StructField, StructType

    location = output_location(output)
    batch = uuid.uuid4().hex[:12]
    urls = [p for p in inputs if isinstance(p, str) and "://" in p]  # a Path would fold `hdfs://` to `hdfs:/`
    files = [str(p.resolve()) for p in find_inputs([Path(p) for p in inputs if p not in urls])]
    spark = _session(master, environment)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        parallelism = spark.sparkContext.defaultParallelism
        # Few large files (a WARC) are shared out by part; many files go whole, one task each.
        shares = max(1, -(-parallelism // max(len(files), 1))) if len(files) < parallelism * 2 else 1
        model, max_bytes, events = options.model, options.max_input_bytes, options.events
        tasks = [task for path in files for task in input_tasks(path, shares, max_bytes)]
        slices = max(1, min(len(tasks), parallelism * 4))
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
        good = frame.filter("error IS NULL").drop("error").withColumn("batch", lit(batch))
        _drop_uncommitted_tables(spark, location)
        _write_flat_tables(spark, good, location, batch)
        # The articles last: their commit (and `_SUCCESS`) is the batch's. A day's rows together:
        # a file a day, not one a task and every day that task saw.
        good.repartition("published").write.mode("append").partitionBy("published").parquet(location)
        count = good.count()
        errors = [f"{r.origin}: {r.error}" for r in failed.limit(20).collect()]
        failures = failed.count()
    finally:
        spark.stop()
    return BatchReport(count, failures, location, tuple(errors))


def flat_rows(analysis_json: str, batch: str) -> Iterator[tuple[str, list[Any]]]:
    """(table, row) for each row of the flat tables of one analysis, columns in the table's order
    and then the batch and the publication date it is partitioned by."""
    analysis = analysis_from_json(analysis_json)
    published = analysis.article.published.isoformat()
    for name, rows in table_rows([analysis]).items():
        if name in FLAT_TABLES:
            for row in rows:
                yield name, [row[c] for c in TABLES[name]] + [batch, published]


def _write_flat_tables(spark: Any, good: Any, location: str, batch: str) -> None:
    from pyspark.sql.types import BooleanType, DoubleType, LongType, StringType, StructField, StructType

    spark_type = {"int64": LongType(), "bool": BooleanType(), "float64": DoubleType(), "string": StringType()}
    records = good.select("analysis").rdd.flatMap(lambda row: flat_rows(row[0], batch)).cache()
    for name in FLAT_TABLES:
        fields = [StructField(c, spark_type[column_type(name, c)], True) for c in TABLES[name]]
        schema = StructType([*fields, StructField("batch", StringType()), StructField("published", StringType())])
        rows = records.filter(lambda record, name=name: record[0] == name).map(lambda record: record[1])
        frame = spark.createDataFrame(rows, schema)
        frame.repartition("published").write.mode("append").partitionBy("batch", "published").parquet(
            f"{location}/{FLAT}/{name}"
        )
    records.unpersist()


def _drop_uncommitted_tables(spark: Any, location: str) -> None:
    """Remove the flat tables of batches whose articles were never committed (a driver killed after
    writing the tables and before the articles), so that a rerun does not count them twice. The
    batches committed are those the articles' own rows name."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    tables = jvm.org.apache.hadoop.fs.Path(f"{location}/{FLAT}")
    fs = tables.getFileSystem(conf)
    if not fs.exists(tables):
        return
    committed: set[str] = set()
    if fs.exists(jvm.org.apache.hadoop.fs.Path(f"{location}/{SUCCESS}")):
        articles = spark.read.parquet(location)
        if "batch" in articles.columns:
            committed = {r[0] for r in articles.select("batch").distinct().collect() if r[0] is not None}
    for table in fs.listStatus(tables):
        for part in fs.listStatus(table.getPath()):
            name = part.getPath().getName()
            if name.startswith("batch=") and name.removeprefix("batch=") not in committed:
                fs.delete(part.getPath(), True)


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
