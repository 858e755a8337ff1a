"""Readers, one per input format; each yields Article, or InputError for what it cannot read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, input_error
from ..model import Article
from .dated_text import read_dated_text
from .html import read_html
from .jsonl import read_jsonl
from .warc import read_warc

__all__ = ["READERS", "find_inputs", "input_suffix", "read_inputs", "read_path"]

READERS = {
    ".txt": read_dated_text,
    ".jsonl": read_jsonl,
    ".json": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def input_suffix(path: Path) -> str:
    """The suffix that picks the reader: `.warc.gz` as a whole, else the last one."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def find_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files of known types inside folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and input_suffix(child) in READERS:
                    yield child
        else:
            yield path


def read_path(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    if not path.exists():
        yield input_error(str(path), "E111", reason="no such file or folder")
        return
    reader = READERS.get(input_suffix(path))
    if reader is None:
        yield input_error(str(path), "E112", suffix=path.suffix)
        return
    yield from reader(path, max_bytes)


def read_inputs(paths: Iterable[Path], max_bytes: int) -> Iterator[Article | InputError]:
    for path in find_inputs(paths):
        yield from read_path(path, max_bytes)
