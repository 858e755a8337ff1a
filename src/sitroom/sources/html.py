"""HTML pages: main text, title and date found by trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import trafilatura

from ..errors import InputError, input_error
from ..model import Article, make_article
from ._common import date_from_name, parse_iso_date, read_text_file, source_from_name


def read_html(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    origin = str(path)
    page = read_text_file(path, max_bytes)
    if isinstance(page, InputError):
        yield page
        return
    try:
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        yield input_error(origin, "E111", reason=f"HTML parse failed: {exc}")
        return
    text = getattr(found, "text", None) if found is not None else None
    if not text or len(re.findall(r"[^\W\d_]{2,}", text)) < 3:  # markup debris is not a report
        yield input_error(origin, "E110")
        return
    published = parse_iso_date(str(getattr(found, "date", "") or "")[:10]) or date_from_name(path)
    if published is None:
        yield input_error(origin, "E113")
        return
    url = getattr(found, "url", None) or None
    site = getattr(found, "sitename", None) or (urlparse(url).hostname if url else None)
    yield make_article(
        text,
        published,
        source=str(site or source_from_name(path)),
        title=getattr(found, "title", None) or None,
        url=url,
        origin=origin,
    )
