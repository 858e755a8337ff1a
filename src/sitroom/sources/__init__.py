"""Readers, one per input format; each yields Article, or InputError for what it cannot read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import InputError, input_error, printable
from ..model import Article
from ._common import half_pair_error
from .dated_text import read_dated_text
from .html import read_html
from .jsonl import read_jsonl
from .warc import WarcPart, read_warc, warc_parts

__all__ = [
    "READERS",
    "WarcPart",
    "find_inputs",
    "input_suffix",
    "read_inputs",
    "read_path",
    "read_warc_part",
    "screened",
    "warc_parts",
]

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


# Publication dates sitroom reads: wide enough for archives, narrow enough that date arithmetic
# (`next year`, `a century ago`) stays on the calendar.
FIRST_YEAR, LAST_YEAR = 1800, 2200


def read_path(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    if not path.exists():
        yield input_error(str(path), "E111", reason="no such file or folder")
        return
    if not path.is_file() and not path.is_dir():  # a FIFO would block the reader forever
        yield input_error(str(path), "E117")
        return
    reader = READERS.get(input_suffix(path))
    if reader is None:
        yield input_error(str(path), "E112", suffix=path.suffix)
        return
    for found in reader(path, max_bytes):
        yield found if isinstance(found, InputError) else screened(found)


def read_warc_part(path: Path, max_bytes: int, part: WarcPart) -> Iterator[Article | InputError]:
    """One part of an archive cut by `warc_parts`, read as `read_path` reads the whole."""
    for found in read_warc(path, max_bytes, part):
        yield found if isinstance(found, InputError) else screened(found)


def screened(article: Article) -> Article | InputError:
    """The article as sitroom can store and print it, or why not: a date off the calendar sitroom
    reads, text holding half a UTF-16 pair; a path that is not UTF-8 made printable."""
    origin = printable(article.origin or article.source)
    if not FIRST_YEAR <= article.published.year <= LAST_YEAR:
        return input_error(origin, "E116", value=article.published.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
    half = half_pair_error(origin, article.text, article.title, article.url)
    if half is not None:
        return half
    if article.origin is not None and article.origin != origin:
        return replace(article, origin=origin)
    return article


def read_inputs(paths: Iterable[Path], max_bytes: int) -> Iterator[Article | InputError]:
    for path in find_inputs(paths):
        yield from read_path(path, max_bytes)
