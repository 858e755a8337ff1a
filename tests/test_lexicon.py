"""Word lists kept as data, and the analysis version that follows the rules and their data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitroom.errors import SitroomError
from sitroom.nlp import lexicon, pipeline


def test_a_word_list_is_its_lemmas_without_comments() -> None:
    hazards = lexicon.word_list("hazards")
    assert {"earthquake", "tsunami", "sea"} <= hazards
    assert not any(word.startswith("#") or not word for word in hazards)
    assert lexicon.word_list("weapons").isdisjoint(hazards)


def test_a_missing_word_list_is_a_clear_error() -> None:
    with pytest.raises(SitroomError, match="E304"):
        lexicon.word_list("no-such-list")


def test_the_analysis_version_changes_with_a_word_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = Path(pipeline.__file__).resolve().parent.parent
    copy = tmp_path / "sitroom"
    shutil.copytree(package / "nlp", copy / "nlp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(package / "data", copy / "data")
    shutil.copy(package / "clean.py", copy / "clean.py")
    monkeypatch.setattr(pipeline, "_PACKAGE", copy)
    pipeline.analysis_version.cache_clear()
    try:
        before = pipeline.analysis_version()
        assert before == pipeline.analysis_version.__wrapped__()  # the same files, the same version
        with (copy / "data" / "en" / "hazards.txt").open("a", encoding="utf-8") as handle:
            handle.write("sandstorm\n")
        assert pipeline.analysis_version.__wrapped__() != before
    finally:
        pipeline.analysis_version.cache_clear()
