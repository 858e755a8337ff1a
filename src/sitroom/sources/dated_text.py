"""The dated plain-text form: a first line `date YYYY-MM-DD`, an optional line `source OUTLET`, then
the report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, input_error, printable
from ..model import Article, make_article
from ._common import date_from_name, parse_iso_date, read_text_file, source_from_name

# The header may be preceded by blanks and followed by a line end (LF, CRLF or a lone CR) or a space.
_HEADER = re.compile(r"\A\s*date[ \t]+(\S*)[ \t]*(?:\r?\n|\r|[ \t]|\Z)", re.IGNORECASE)
# An optional second header line names the outlet: `source Riverton Gazette`.
# Lower case only, so a report that opens with `Source of the fire...` keeps its first line.
_SOURCE = re.compile(r"\Asource[ \t]+([^\r\n]*\S)[ \t]*(?:\r?\n|\r)")


def read_dated_text(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    origin = str(path)
    raw = read_text_file(path, max_bytes)
    if isinstance(raw, InputError):
        yield raw
        return
    header = _HEADER.match(raw)
    source = source_from_name(path)
    if header:
        published = parse_iso_date(header.group(1))
        if published is None:
            yield input_error(f"{origin}:1", "E106", value=header.group(1))
            return
        text = raw[header.end() :]
        named = _SOURCE.match(text)
        if named:
            source = printable(named.group(1).strip()) or source
            text = text[named.end() :]
    else:
        published = date_from_name(path)
        if published is None:
            yield input_error(origin, "E105")
            return
        text = raw
    if not text.strip():
        yield input_error(origin, "E107")
        return
    yield make_article(text, published, source=source, origin=origin)
