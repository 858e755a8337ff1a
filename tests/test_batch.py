"""The Spark batch: the same analyses as one process, article for article, over a WARC the test builds."""

from __future__ import annotations

import os
import shutil
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
