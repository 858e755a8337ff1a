"""HTML pages: main text, title and date found by trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import trafilatura

from ..errors import InputError, input_error
from ..model import Article, make_article
from ._common import date_from_name, parse_iso_date, read_text_file, source_from_name


def read_html(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    page = read_text_file(path, max_bytes)
    if isinstance(page, InputError):
        yield page
        return
    yield article_from_html(page, str(path), date_from_name(path), source_from_name(path))


def article_from_html(
    page: str, origin: str, fallback_date: date | None, fallback_source: str, url: str | None = None
) -> Article | InputError:
    """The article of one HTML page (a file, or a response in a WARC archive)."""
    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        return input_error(origin, "E111", reason=f"HTML parse failed: {exc}")
    text = getattr(found, "text", None) if found is not None else None
    if not text or len(re.findall(r"[^\W\d_]{2,}", text)) < 3:  # markup debris is not a report
        return input_error(origin, "E110")
    published = parse_iso_date(str(getattr(found, "date", "") or "")[:10]) or fallback_date
    if published is None:
        return input_error(origin, "E113")
    url = getattr(found, "url", None) or url or None
    site = getattr(found, "sitename", None) or (urlparse(url).hostname if url else None)
    return make_article(
        text,
        published,
        source=str(site or fallback_source),
        title=getattr(found, "title", None) or None,
        url=url,
        origin=origin,
    )


def decode_page(body: bytes, content_type: str) -> str:
    """A fetched or archived page as text: the charset its Content-Type names, else UTF-8, with
    bytes that do not decode replaced rather than refused (a page is read for its words)."""
    charset = "utf-8"
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"') or "utf-8"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body.decode("utf-8", errors="replace")
