"""HTTP as a polite follower does it: conditional requests, robots.txt, a minimum delay and a cap of
connections per host, a time limit on the whole request, bodies read up to a size limit, and quick
retries with backoff for what may pass (timeouts, refused connections, 5xx)."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from protego import Protego

from .. import __version__
from ..errors import coded

USER_AGENT = f"sitroom/{__version__} (news follower)"
ROBOTS_AGENT = "sitroom"
MAX_REDIRECTS = 5
CRAWL_DELAY_CAP_S = 60.0  # a robots.txt asking for more is held to this


@dataclass(frozen=True)
class Fetched:
    """A response, whole: what the archive keeps and the follower reads."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    request_headers: tuple[tuple[str, str], ...]
    elapsed_ms: int

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(frozen=True)
class FetchFailure:
    """Why there is no response: an error code of errors.py with its words, and whether a later
    try may do better."""

    url: str
    code: str
    reason: str  # the status line: code and words
    transient: bool
    elapsed_ms: int = 0

    def __str__(self) -> str:
        return self.reason


@dataclass
class _Host:
    slots: asyncio.Semaphore
    delay_s: float
    client: httpx.AsyncClient
    last_start: float = 0.0
    gate: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: Protego | None = None
    robots_read: bool = False
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # the first asker reads it, the rest wait


class Fetcher:
    """One per poll, inside its event loop."""

    def __init__(
        self,
        *,
        timeout_s: float,
        max_bytes: int,
        host_delay_s: float,
        host_connections: int,
        retries: int,
        robots: bool = True,
    ) -> None:
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.host_delay_s = host_delay_s
        self.host_connections = host_connections
        self.retries = retries
        self.robots = robots
        self._hosts: dict[str, _Host] = {}
        self._tls = ssl.create_default_context()  # one for all hosts: making one costs milliseconds

    async def close(self) -> None:
        for host in self._hosts.values():
            await host.client.aclose()

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        host = self._hosts.get(key)
        if host is None:
            # A client a host: httpcore looks over every connection of its pool for each request,
            # so one pool for all hosts costs the follower more CPU the more hosts it asks at once.
            client = httpx.AsyncClient(
                timeout=httpx.Timeout(self.timeout_s),
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT},
                limits=httpx.Limits(max_connections=self.host_connections),
                verify=self._tls,
            )
            host = _Host(asyncio.Semaphore(self.host_connections), self.host_delay_s, client)
            self._hosts[key] = host
        return host

    async def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets sitroom fetch `url` (read once a poll). A robots.txt
        that is missing, or cannot be had, allows everything; its Crawl-delay slows the host."""
        if not self.robots:
            return True
        host = self._host(url)
        async with host.robots_lock:
            if not host.robots_read:
                host.robots_read = True
                parts = urlsplit(url)
                found = await self._get(host, f"{parts.scheme}://{parts.netloc}/robots.txt", {})
                if isinstance(found, Fetched) and found.status == 200:
                    host.robots = Protego.parse(found.body.decode("utf-8", errors="replace"))
                    delay = host.robots.crawl_delay(ROBOTS_AGENT)
                    if delay:
                        host.delay_s = max(host.delay_s, min(float(delay), CRAWL_DELAY_CAP_S))
        return host.robots is None or host.robots.can_fetch(url, ROBOTS_AGENT)

    async def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched | FetchFailure:
        """GET `url`, conditional when an ETag or Last-Modified is known; a transient failure is
        tried again `retries` times, waiting 0.5 s, then 1 s..."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = self._host(url)
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(0.5 * 2 ** (attempt - 1))
            found = await self._get(host, url, headers)
            if isinstance(found, Fetched) and found.status >= 500:
                found = FetchFailure(url, "E401", coded("E401", status=found.status, url=url), True, found.elapsed_ms)
            if not (isinstance(found, FetchFailure) and found.transient):
                break
        return found

    async def _get(self, host: _Host, url: str, headers: Mapping[str, str]) -> Fetched | FetchFailure:
        async with host.slots:
            async with host.gate:  # requests to one host start at least delay_s apart
                wait = host.last_start + host.delay_s - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.last_start = time.monotonic()
            started = time.monotonic()
            try:
                async with asyncio.timeout(self.timeout_s):
                    return await self._read(host.client, url, headers, started)
            except (TimeoutError, httpx.TimeoutException):
                return _failure(url, "E402", True, started, seconds=self.timeout_s)
            except httpx.TooManyRedirects:
                return _failure(url, "E403", False, started, limit=MAX_REDIRECTS)
            except httpx.TransportError as exc:
                return _failure(url, "E407", True, started, reason=str(exc) or type(exc).__name__)
            except _TooBig as exc:
                return _failure(url, "E404", False, started, limit=exc.limit)

    async def _read(self, client: httpx.AsyncClient, url: str, headers: Mapping[str, str], started: float) -> Fetched:
        async with client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise _TooBig(self.max_bytes)
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise _TooBig(self.max_bytes)
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                headers=tuple(response.headers.multi_items()),
                body=b"".join(chunks),
                request_headers=tuple(response.request.headers.multi_items()),
                elapsed_ms=_ms(started),
            )


class _TooBig(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _failure(url: str, code: str, transient: bool, started: float, **values: object) -> FetchFailure:
    return FetchFailure(url, code, coded(code, url=url, **values), transient, _ms(started))


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
