"""A news site on 127.0.0.1 for the follower's tests: feeds of every kind, article pages written for
the tests, and the ways real sites fail (500s, slow answers, redirect loops, huge pages, broken
feeds, robots.txt). It answers conditional requests as a web server does and logs every request."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[["Request"], "Answer"]


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before answering
    conditional: bool = True  # ETag and Last-Modified from the body; 304 when they match


MODIFIED = formatdate(1764547200, usegmt=True)  # one fixed date: bodies decide what changed


class NewsSite:
    def __init__(self) -> None:
        self.routes: dict[str, Answer | Handler] = {}
        self.log: list[Request] = []
        self._lock = threading.Lock()
        site = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                with site._lock:
                    site.log.append(request)
                    route = site.routes.get(self.path.split("?")[0])
                answer = route(request) if callable(route) else route
                if answer is None:
                    answer = Answer(404, b"not here", "text/plain")
                if answer.delay_s:
                    time.sleep(answer.delay_s)
                headers = dict(answer.headers)
                if answer.conditional and answer.status == 200:
                    etag = '"' + hashlib.sha1(answer.body).hexdigest()[:16] + '"'
                    headers.setdefault("ETag", etag)
                    headers.setdefault("Last-Modified", MODIFIED)
                    if request.headers.get("if-none-match") == etag:
                        self._send(304, b"", headers, answer.content_type)
                        return
                self._send(answer.status, answer.body, headers, answer.content_type)

            def _send(self, status: int, body: bytes, headers: dict[str, str], content_type: str) -> None:
                try:
                    self.send_response(status)
                    if status != 304:
                        self.send_header("Content-Type", content_type)
                        self.send_header("Content-Length", str(len(body)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the follower gave up on this answer (a timeout, a size limit)

            def log_message(self, *_: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.log if r.path.split("?")[0] == path]

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def article_page(title: str, day: str, paragraphs: list[str]) -> Answer:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{day}T09:00:00Z">'
        f'<meta property="og:site_name" content="Harbour Courier"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Harbour Courier</footer></body></html>"
    )
    return Answer(body=page.encode())


def rss(items: list[tuple[str, str, str]], title: str = "Harbour Courier") -> Answer:
    """items: (link, title, RFC 822 date)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate></item>"
        for link, t, d in items
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'
    return Answer(body=feed.encode(), content_type="application/rss+xml")


def atom(items: list[tuple[str, str, str]], title: str = "Harbour Courier") -> Answer:
    """items: (link, title, ISO date)."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{d}</updated></entry>'
        for link, t, d in items
    )
    feed = (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:courier</id><updated>2026-12-01T00:00:00Z</updated>{entries}</feed>"
    )
    return Answer(body=feed.encode(), content_type="application/atom+xml")


def json_feed(items: list[tuple[str, str, str]]) -> Answer:
    import json

    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Courier",
        "items": [{"id": link, "url": link, "title": t, "date_published": d} for link, t, d in items],
    }
    return Answer(body=json.dumps(document).encode(), content_type="application/feed+json")


def news_sitemap(items: list[tuple[str, str, str]]) -> Answer:
    urls = "".join(
        f"<url><loc>{link}</loc><news:news><news:publication><news:name>Harbour Courier</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{t}</news:title></news:news></url>"
        for link, t, d in items
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>"
    )
    return Answer(body=body.encode(), content_type="application/xml")
