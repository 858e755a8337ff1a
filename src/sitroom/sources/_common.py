"""What every reader shares: bounded reads, decoding, and dates found in file names."""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

from ..errors import InputError, input_error, printable

# Half of a UTF-16 pair: JSON can spell one (`\\ud800`), but it is no character and cannot be stored.
_HALF_PAIR = re.compile("[\ud800-\udfff]")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# `publisher_2016-05-04_slug.txt`: the part before the date names the source.
_NAME_SOURCE = re.compile(r"^([A-Za-z][\w.-]*?)_\d{4}-\d{2}-\d{2}(?:_|\.)")


def read_bounded(path: Path, limit: int) -> bytes | InputError:
    """The file's bytes, or an error if it cannot be read or is over the limit."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            return input_error(origin, "E104", size=size, limit=limit)
        data = path.read_bytes()
    except OSError as exc:
        return input_error(origin, "E111", reason=exc.strerror or str(exc))
    if not data.strip():
        return input_error(origin, "E103")
    return data


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, origin: str) -> str | InputError:
    """UTF-8 (with or without a byte-order mark), or UTF-16/32 that says so with its mark;
    anything else is reported, not guessed."""
    for mark, encoding in _BOMS:  # UTF-32 LE first: its mark begins with UTF-16 LE's
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                return input_error(origin, "E102", byte=data[exc.start], offset=exc.start)
    if b"\x00" in data[:8192]:
        return input_error(origin, "E101")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return input_error(origin, "E102", byte=data[exc.start], offset=exc.start)


def read_text_file(path: Path, limit: int) -> str | InputError:
    """The whole file as text, or the first problem found reading it."""
    data = read_bounded(path, limit)
    return data if isinstance(data, InputError) else decode_text(data, str(path))


def parse_iso_date(value: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def date_from_name(path: Path) -> date | None:
    for match in _NAME_DATE.finditer(path.name):
        found = parse_iso_date(match.group(0))
        if found:
            return found
    return None


UNKNOWN_SOURCE = "unknown outlet"


def source_from_name(path: Path) -> str:
    """`nyt_2016-05-04_slug.txt` -> `nyt`; otherwise the outlet is not known. A folder's name is
    not taken for one: it names where the files were put (`data`, `downloads`), not who wrote them."""
    match = _NAME_SOURCE.match(path.name)
    if match:
        return printable(match.group(1).lower()) or UNKNOWN_SOURCE
    return UNKNOWN_SOURCE


def half_pair_error(origin: str, *fields: str | None) -> InputError | None:
    """E115 for the first field holding half of a UTF-16 pair, else None."""
    for field in fields:
        half = _HALF_PAIR.search(field or "")
        if half is not None:
            return input_error(origin, "E115", char=half.group(0), offset=half.start())
    return None
