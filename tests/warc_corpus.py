"""Build a small WARC archive from dated text reports, as a crawler would have stored their pages."""

from __future__ import annotations

import html
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitroom.model import Article


def page_of(article: Article) -> bytes:
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    title = html.escape(paragraphs[0])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{article.published.isoformat()}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def write_warc(articles: Sequence[Article], path: Path) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for k, article in enumerate(articles):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example.org/{k}/{article.source}",
                "response",
                payload=BytesIO(page_of(article)),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{article.published.isoformat()}T12:00:00Z"},
            )
            writer.write_record(record)
    return path
