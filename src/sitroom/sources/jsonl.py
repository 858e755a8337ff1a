"""JSON Lines: one article a line, `{"text", "date", "title"?, "url"?, "source"?}`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, input_error
from ..model import Article, make_article
from ._common import half_pair_error, parse_iso_date, source_from_name


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """Streams the file; the size limit applies to each line, so a large batch file is fine."""
    default_source = source_from_name(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield input_error(str(path), "E111", reason=exc.strerror or str(exc))
        return
    with handle:
        seen_any = False
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            seen_any = True
            origin = f"{path}:{number}"
            if len(line) > max_bytes:
                yield input_error(origin, "E104", size=len(line), limit=max_bytes)
                continue
            yield _article_from_line(line, origin, default_source)
        if not seen_any:
            yield input_error(str(path), "E103")


def _article_from_line(line: bytes, origin: str, default_source: str) -> Article | InputError:
    if b"\x00" in line:
        return input_error(origin, "E101")
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return input_error(origin, "E102", byte=line[exc.start], offset=exc.start)
    except json.JSONDecodeError as exc:
        return input_error(origin, "E108", reason=f"{exc.msg} at column {exc.colno}")
    except RecursionError:  # `[[[[...` deeper than Python's parser will go
        return input_error(origin, "E118", limit=sys.getrecursionlimit())
    return article_from_record(record, origin, default_source)


def article_from_record(record: object, origin: str, default_source: str) -> Article | InputError:
    """One article from a decoded JSON object (a line of a file, or a body posted to the API)."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return input_error(origin, "E109")
    if not record["text"].strip():
        return input_error(origin, "E107")
    raw_date = record.get("date")
    published = parse_iso_date(str(raw_date)[:10]) if raw_date is not None else None
    if published is None:
        return input_error(origin, "E106", value=raw_date)
    fields = {
        "text": record["text"],
        "source": str(record.get("source") or default_source),
        "title": _optional_str(record.get("title")),
        "url": _optional_str(record.get("url")),
    }
    half = half_pair_error(origin, *fields.values())
    if half is not None:
        return half
    return make_article(
        fields["text"],
        published,
        source=fields["source"],
        title=fields["title"],
        url=fields["url"],
        origin=origin,
    )


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
