"""WARC archives (Common Crawl news is WARC): each HTML response is one article, read with warcio.

Each record is read up to the size limit, so a huge or bomb-like record is refused on its own and
the archive goes on; a broken archive stops with an error naming the record it reached."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, input_error
from ..model import Article
from ._common import parse_iso_date, source_from_name
from .html import article_from_html, decode_page

_HTML = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    problem = _screen(path, max_bytes)
    if problem is not None:
        yield problem
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield input_error(str(path), "E111", reason=exc.strerror or str(exc))
        return
    number = 0
    found_any = False
    with handle:
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type not in {"response", "resource"}:
                    continue
                number += 1
                origin = f"{path}#{number}"
                kind = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or ""
                )
                if not kind.lower().startswith(_HTML):
                    continue
                found_any = True
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield input_error(origin, "E114", limit=max_bytes)
                    continue
                page = decode_page(body, kind)
                url = record.rec_headers.get_header("WARC-Target-URI")
                day = parse_iso_date((record.rec_headers.get_header("WARC-Date") or "")[:10])
                yield article_from_html(page, origin, day, source_from_name(path), url)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield input_error(f"{path}#{number + 1}", "E111", reason=f"broken WARC: {exc}")
            return
    if not found_any:
        yield input_error(str(path), "E110")


def _screen(path: Path, max_bytes: int) -> InputError | None:
    """Stream through the archive once, in bounded memory, before warcio reads it: it must start
    as a WARC, and no line may be longer than the size limit (warcio reads header lines whole, so
    a gzip bomb of one endless line would otherwise fill the memory)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as raw:
            if raw.read(5) != b"WARC/":
                return input_error(str(path), "E111", reason="not a WARC archive (no WARC/ header)")
            run = 5
            while chunk := raw.read(1 << 20):
                lines = chunk.split(b"\n")
                longest = max(run + len(lines[0]), *(len(line) for line in lines[1:-1])) if len(lines) > 1 else 0
                run = len(lines[-1]) if len(lines) > 1 else run + len(chunk)
                if max(longest, run) > max_bytes:
                    return input_error(str(path), "E114", limit=max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        return input_error(str(path), "E111", reason=f"broken WARC: {exc}")
    return None
