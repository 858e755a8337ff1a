"""Hostile input, generated: every reader and analyze() give a clear error or a result, never a crash."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitroom
from sitroom.errors import InputError, SitroomError
from sitroom.model import Article
from sitroom.sources import read_path

LIMIT = 200_000
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_all(path: Path) -> list[Article | InputError]:
    items = list(read_path(path, LIMIT))
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert item.code.startswith("E1") and str(path) in item.origin
        else:
            assert item.text.strip()
    return items


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["r.txt", "r.jsonl", "r.html", "r.warc", "r.warc.gz"]))
def test_random_bytes(tmp_path_factory, data: bytes, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    _read_all(path)


@FUZZ
@given(text=st.text(max_size=2000), day=st.text(max_size=12))
def test_random_unicode_and_dates(tmp_path_factory, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "a.txt").write_text(f"date {day}\n{text}", encoding="utf-8", errors="surrogatepass")
    (folder / "b.jsonl").write_text(json.dumps({"date": day, "text": text}) + "\n", encoding="utf-8")
    (folder / "c.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8", errors="surrogatepass")
    for path in sorted(folder.iterdir()):
        _read_all(path)


@settings(max_examples=25, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=1500))
def test_analyze_gives_a_result_with_sound_spans(text: str) -> None:
    try:
        analysis = sitroom.analyze(text, published="2024-01-01")
    except SitroomError:
        return
    length = len(analysis.article.text)
    spans = [m.span for e in analysis.entities for m in e.mentions]
    spans += [e.evidence for e in analysis.events] + [a.content for a in analysis.attributions]
    assert all(0 <= s.start <= s.end <= length for s in spans)


def test_deep_html_and_giant_lines(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * 20_000 + "Police closed the bridge in Tulsa on Monday." + "</div>" * 20_000)
    _read_all(deep)
    line = tmp_path / "line.jsonl"
    line.write_text(json.dumps({"date": "2024-01-01", "text": "word " * 100_000}) + "\n")
    (item,) = _read_all(line)
    assert isinstance(item, InputError) and item.code == "E104"


def test_gzip_bomb_in_a_warc_is_refused_within_bounds(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.warc.gz"
    with gzip.open(bomb, "wb") as out:  # 50 MB of zeros, a few tens of KB on disk
        for _ in range(50):
            out.write(b"\0" * (1 << 20))
    tracemalloc.start()
    items = _read_all(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items and all(isinstance(i, InputError) for i in items)
    assert peak < 20 * (1 << 20)


def test_a_50_mb_input_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "big-2024-01-01.txt"
    with big.open("wb") as out:
        out.write(b"date 2024-01-01\n")
        out.seek(50 * (1 << 20))
        out.write(b"end")
    tracemalloc.start()
    (item,) = list(read_path(big, 5_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(item, InputError) and item.code == "E104"
    assert peak < 10 * (1 << 20)
