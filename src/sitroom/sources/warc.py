"""WARC archives (Common Crawl news is WARC): each HTML response is one article, read with warcio.

Each record is read up to the size limit, so a huge or bomb-like record is refused on its own and
the archive goes on; a broken archive stops with an error naming the record it reached. A big
archive can be read in parts (`warc_parts`): byte ranges that each start at a record, found in one
pass, so that parallel readers each read and extract their own pages, not the whole archive."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, input_error
from ..model import Article
from ._common import parse_iso_date, source_from_name
from .html import article_from_html, decode_page

_HTML = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPart:
    """The records of an archive from byte `start` (a record's first byte) up to `stop` (the next
    part's start; None: the end), and how many responses come before it, so that each page keeps
    its number (`path#7`) whichever part reads it."""

    start: int = 0
    stop: int | None = None
    before: int = 0


WHOLE = WarcPart()


def read_warc(path: Path, max_bytes: int, part: WarcPart = WHOLE) -> Iterator[Article | InputError]:
    if part == WHOLE:  # a part was screened by `warc_parts` when the archive was cut
        problem = _screen(path, max_bytes)
        if problem is not None:
            yield problem
            return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield input_error(str(path), "E111", reason=exc.strerror or str(exc))
        return
    number = part.before
    found_any = False
    with handle:
        try:
            handle.seek(part.start)
            records = ArchiveIterator(handle)
            for record in records:
                # `offset` is where this record starts (get_record_offset() would read it first)
                if part.stop is not None and records.offset >= part.stop:
                    break
                if record.rec_type not in {"response", "resource"}:
                    continue
                number += 1
                origin = f"{path}#{number}"
                kind = _content_type(record)
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
    if not found_any and part == WHOLE:
        yield input_error(str(path), "E110")


def _content_type(record: object) -> str:
    http, warc = record.http_headers, record.rec_headers  # type: ignore[attr-defined]
    return (http.get_header("Content-Type") if http else None) or warc.get_header("Content-Type") or ""


def warc_parts(path: Path, max_bytes: int, parts: int) -> list[WarcPart]:
    """Cut an archive into up to `parts` parts of about as many pages each, at record boundaries
    found in one pass that decompresses but extracts nothing. An archive that cannot be cut (not
    one gzip member a record, as WARC files are written; damaged; refused by the screen) is one
    part, read whole, so that its error is reported as a whole read reports it."""
    if parts <= 1 or _screen(path, max_bytes) is not None:
        return [WHOLE]
    starts: list[tuple[int, int]] = []  # each page's record offset, and the responses before it
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            responses = 0
            for record in records:
                if record.rec_type not in {"response", "resource"}:
                    continue
                if _content_type(record).lower().startswith(_HTML):
                    starts.append((records.get_record_offset(), responses))
                responses += 1
        if path.name.lower().endswith(".gz") and not _members_start_at(path, [offset for offset, _ in starts]):
            return [WHOLE]
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error):
        return [WHOLE]
    size = -(-len(starts) // parts)
    if len(starts) <= 1 or size >= len(starts):
        return [WHOLE]
    cuts = starts[::size]
    return [
        WarcPart(0 if k == 0 else offset, cuts[k + 1][0] if k + 1 < len(cuts) else None, 0 if k == 0 else before)
        for k, (offset, before) in enumerate(cuts)
    ]


def _members_start_at(path: Path, offsets: list[int]) -> bool:
    """Whether a gzip member starts at each offset (one whole-file gzip stream cannot be entered midway)."""
    with path.open("rb") as raw:
        for offset in offsets:
            raw.seek(offset)
            if raw.read(2) != b"\x1f\x8b":
                return False
    return True


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
