"""The dated plain-text form: a first line `date YYYY-MM-DD`, then the report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, input_error
from ..model import Article, make_article
from ._common import date_from_name, parse_iso_date, read_text_file, source_from_name

# The header may be preceded by blanks and followed by a line end (LF, CRLF or a lone CR) or a space.
_HEADER = re.compile(r"\A\s*date[ \t]+(\S*)[ \t]*(?:\r?\n|\r|[ \t]|\Z)", re.IGNORECASE)


def read_dated_text(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    origin = str(path)
    raw = read_text_file(path, max_bytes)
    if isinstance(raw, InputError):
        yield raw
        return
    header = _HEADER.match(raw)
    if header:
        published = parse_iso_date(header.group(1))
        if published is None:
            yield input_error(f"{origin}:1", "E106", value=header.group(1))
            return
        text = raw[header.end() :]
    else:
        published = date_from_name(path)
        if published is None:
            yield input_error(origin, "E105")
            return
        text = raw
    if not text.strip():
        yield input_error(origin, "E107")
        return
    yield make_article(text, published, source=source_from_name(path), origin=origin)
