"""The Spark batch: the same analyses as one process, article for article, over a WARC the test builds."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitroom.ingest import analyze_articles
from sitroom.scale.batch import load_parquet, read_parquet, run_batch
from sitroom.settings import Options
from sitroom.sources import read_path
from sitroom.store import Store

from .conftest import SHARED, shared_path
from .warc_corpus import write_warc


def _java() -> None:
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("java is missing; .ci/run installs it for Spark")
        pytest.skip("java not installed (Spark needs it)")


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = sorted(shared_path(SHARED / "polnear" / "dev" / "text").glob("*.txt"))[:10]
    articles = [next(iter(read_path(p, 10**7))) for p in texts]
    return write_warc(articles, tmp_path_factory.mktemp("warc") / "polnear.warc.gz")


def test_warc_reader_reads_every_page(warc: Path) -> None:
    items = list(read_path(warc, 10**7))
    assert len(items) == 10 and all(hasattr(a, "text") for a in items)


def test_a_warc_cut_into_parts_is_read_once_page_by_page(
    warc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from sitroom.scale.batch import Task, analyze_files, input_tasks
    from sitroom.sources import warc as warc_reader
    from sitroom.sources import warc_parts

    whole = [(a.origin, a.id) for a in read_path(warc, 10**7)]  # type: ignore[union-attr]
    parts = warc_parts(warc, 10**7, 3)
    assert len(parts) == 3 and parts[0].start == 0 and parts[-1].stop is None
    assert all(a.stop == b.start for a, b in itertools.pairwise(parts))
    extracted = []
    real = warc_reader.article_from_html
    monkeypatch.setattr(warc_reader, "article_from_html", lambda *a: extracted.append(a[1]) or real(*a))
    tasks = input_tasks(str(warc), 3, 10**7)
    assert [t.part for t in tasks] == parts
    read = [(a.origin, a.id) for t in tasks for a in read_path_part(t)]
    assert read == whole  # every page once, numbered as a whole read numbers it
    assert sorted(extracted) == sorted(origin for origin, _ in whole)  # and extracted once, not once a part
    # one gzip stream over the whole archive cannot be entered midway: read whole by one task
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(warc.read_bytes()))
    one_stream = tmp_path / "one-stream.warc.gz"
    one_stream.write_bytes(gzip.compress(plain.read_bytes()))
    plain_tasks = input_tasks(str(plain), 3, 10**7)
    assert len(plain_tasks) == 3
    assert [a.id for t in plain_tasks for a in read_path_part(t)] == [i for _, i in whole]
    assert [p.stop for p in warc_parts(one_stream, 10**7, 3)] == [None]
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(warc.read_bytes()[: len(warc.read_bytes()) // 2])
    assert [p.stop for p in warc_parts(damaged, 10**7, 3)] == [None]
    rows = list(analyze_files([Task(str(damaged), part=warc_parts(damaged, 10**7, 3)[0])], Options().model, 10**7))
    assert rows[-1]["error"] and "E111" in rows[-1]["error"]


def read_path_part(task: object) -> list:
    from sitroom.sources import read_warc_part

    return list(read_warc_part(Path(task.path), 10**7, task.part))  # type: ignore[attr-defined]


def test_spark_job_equals_one_process(warc: Path, tmp_path: Path) -> None:
    _java()
    options = Options()
    single = {a.article.id: a for a in analyze_articles(list(read_path(warc, 10**7)), options.model)}  # type: ignore[arg-type]
    report = run_batch([warc], tmp_path / "out", options, master="local[2]")
    assert report.articles == 10 and report.failed == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith("published="))
    batch = {a.article.id: a for a in read_parquet(tmp_path / "out")}
    assert batch.keys() == single.keys()
    for article_id, analysis in single.items():
        assert batch[article_id] == analysis, article_id
    with Store(tmp_path / "s.db") as store:
        assert load_parquet(store, tmp_path / "out") == (10, 0)
        assert load_parquet(store, tmp_path / "out") == (0, 10)
        for article_id, analysis in single.items():
            assert store.analysis(article_id) == analysis


def test_a_second_batch_keeps_the_first_and_spark_and_pyarrow_read_the_output(warc: Path, tmp_path: Path) -> None:
    import json

    import pyarrow.dataset as ds
    from click.testing import CliRunner

    from sitroom.cli import cli

    _java()
    out = tmp_path / "out"
    other = tmp_path / "other"
    other.mkdir()
    (other / "late.jsonl").write_text(
        json.dumps({"text": "Dock workers struck at the port of Harwick on Monday.", "date": "2024-06-03"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    first = run_batch([warc], out, Options(), master="local[2]")
    assert first.failed == 0 and (out / "_SUCCESS").exists()
    second = run_batch([other], str(out), Options(), master="local[2]")  # a second batch into the same output
    assert second.articles == 1 and second.failed == 1 and "E108" in second.errors[0]
    # the first batch's articles are all still there, the second's beside them, the errors apart
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table(columns=["id", "published"])
    assert table.num_rows == 11
    errors = [json.loads(line) for f in (out / "_errors").glob("*.json") for line in f.read_text().splitlines()]
    assert len(errors) == 1 and "E108" in errors[0]["error"]
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
    try:
        assert spark.read.parquet(str(out)).count() == 11  # `_errors` and `_SUCCESS` are skipped
    finally:
        spark.stop()
    with Store(tmp_path / "s.db") as store:
        assert load_parquet(store, out) == (11, 0)
    # the flat tables beside them, typed: DuckDB counts events by type with no JSON
    import duckdb

    con = duckdb.connect()

    events = f"{out}/_tables/events/*/*/*.parquet"
    by_type = f"SELECT type, count(*) FROM read_parquet('{events}', hive_partitioning=true) GROUP BY type"

    def events_by_type() -> dict[str, int]:
        expected: dict[str, int] = {}
        for analysis in read_parquet(out):
            for event in analysis.events:
                expected[event.type] = expected.get(event.type, 0) + 1
        return expected

    assert dict(con.sql(by_type).fetchall()) == events_by_type() and sum(events_by_type().values()) > 10
    kinds = con.sql(f"SELECT typeof(count), typeof(in_caption) FROM read_parquet('{events}') LIMIT 1").fetchall()
    assert kinds == [("BIGINT", "BOOLEAN")]
    read = f"read_parquet('{out}/published=*/*.parquet', hive_partitioning=true)"
    assert con.sql(f"SELECT count(DISTINCT id), count(DISTINCT batch) FROM {read}").fetchall() == [(11, 2)]
    # a batch killed after writing its tables and before its articles: the next batch drops them
    orphan = out / "_tables" / "events" / "batch=killed0000" / "published=2024-06-03"
    orphan.mkdir(parents=True)
    shutil.copy(next((out / "_tables" / "events").glob("batch=*/published=*/*.parquet")), orphan / "part.parquet")
    run_batch([other], str(out), Options(), master="local[2]")
    assert not orphan.parent.exists()  # and the tables of the batches committed are all kept
    assert dict(con.sql(by_type).fetchall()) == events_by_type()
    con.close()
    (out / "_SUCCESS").unlink()  # as a job killed before its commit leaves it
    runner = CliRunner()
    refused = runner.invoke(cli, ["load", str(out), "--db", str(tmp_path / "t.db")])
    assert refused.exit_code == 1 and "E211" in refused.output
    failed = runner.invoke(cli, ["batch", str(other), "-o", str(tmp_path / "third"), "--db", str(tmp_path / "u.db")])
    assert failed.exit_code == 1 and "1 inputs failed" in failed.output


def test_an_output_url_keeps_its_scheme() -> None:
    from sitroom.scale.batch import output_location

    assert output_location("hdfs://namenode:8020/news/out") == "hdfs://namenode:8020/news/out"
    assert output_location("file:///data/out") == "file:///data/out"
    assert output_location("relative/out").startswith("/")


def _packed_environment() -> Path:
    """The packed environment `.ci/run` builds with scripts/pack_spark_env.sh (SITROOM_SPARK_ENV)."""
    found = os.environ.get("SITROOM_SPARK_ENV")
    if not found or not Path(found).exists():
        if os.environ.get("CI"):
            pytest.fail("SITROOM_SPARK_ENV is missing; .ci/run packs it with scripts/pack_spark_env.sh")
        pytest.skip("no packed environment: scripts/pack_spark_env.sh OUT.tar.gz, then SITROOM_SPARK_ENV=OUT.tar.gz")
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("the worker's own mount namespace needs root and unshare")
    return Path(found)


def test_a_standalone_cluster_whose_worker_lacks_sitroom_gives_the_single_process_result(
    warc: Path, tmp_path: Path
) -> None:
    from .spark_cluster import StandaloneCluster

    _java()
    environment = _packed_environment()
    options = Options()
    single = {a.article.id: a for a in analyze_articles(list(read_path(warc, 10**7)), options.model)}  # type: ignore[arg-type]
    with StandaloneCluster(tmp_path / "cluster") as cluster:
        report = run_batch([warc], tmp_path / "out", options, master=cluster.master_url, environment=environment)
    assert report.articles == 10 and report.failed == 0
    batch = {a.article.id: a for a in read_parquet(tmp_path / "out")}
    assert batch == single
    # the executors ran the packed environment's Python, unpacked in their own folder
    logs = "".join(p.read_text(errors="replace") for p in (tmp_path / "cluster" / "work").glob("*/*/stderr"))
    assert "Unpacking an archive" in logs and "environment" in logs


def test_a_driver_killed_mid_batch_and_run_again_writes_each_article_once(warc: Path, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    _java()
    out = tmp_path / "out"
    command = [sys.executable, "-m", "sitroom", "batch", str(warc), "-o", str(out), "--db", str(tmp_path / "b.db")]
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while not (out / "_temporary").exists() and driver.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the job is writing its tasks' files
    assert driver.poll() is None, "the kill must land while the job runs"
    os.killpg(driver.pid, signal.SIGKILL)  # the driver and its JVM
    driver.wait()
    assert not (out / "_SUCCESS").exists()
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    ids = ds.dataset(out, format="parquet", partitioning="hive").to_table(columns=["id"])["id"].to_pylist()
    assert len(ids) == 10 and len(set(ids)) == 10


def test_inputs_given_as_urls_are_read_by_the_executors(warc: Path, tmp_path: Path) -> None:
    _java()
    gone = f"file://{tmp_path}/no-such.warc.gz"
    report = run_batch([f"file://{warc}", gone], tmp_path / "out", Options(), master="local[2]")
    assert report.articles == 10 and report.failed == 1 and "no-such.warc.gz: E111" in report.errors[0]
    analyses = list(read_parquet(tmp_path / "out"))
    origins = [a.article.origin or "" for a in analyses]  # the URL as Spark's file system writes it (file:/...)
    assert len(analyses) == 10 and all(o.startswith("file:") and f"{warc}#" in o for o in origins), origins[:2]
    single = {a.article.id for a in analyze_articles(list(read_path(warc, 10**7)), Options().model)}  # type: ignore[arg-type]
    assert {a.article.id for a in analyses} == single
