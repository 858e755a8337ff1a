"""One poll of the followed sources: due feeds fetched, their new items' pages fetched and archived,
then analysed and stored as any other input (situations, timelines and alerts follow).

A poll first finishes what a stopped one left: pages archived but not stored are read back from
the archive, not fetched again. Feeds and pages are fetched concurrently (asyncio), each host
politely (follow/fetch.py); one slow or failing source holds up only itself. A page fetched again
that changed is stored as a new version of the page (store/following.py); the earlier version's
article stays stored and is marked superseded.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError, coded, input_error
from ..ingest import analyses_in_order
from ..model import Article
from ..settings import FollowConfig, Options
from ..sources import screened
from ..sources.feeds import FeedError, feed_items
from ..sources.html import article_from_html, decode_page
from ..store import Store, following
from .archive import Archive, Record, archive_folder, read_record
from .fetch import Fetcher, FetchFailure


@dataclass
class PollReport:
    sources: int = 0
    source_errors: int = 0
    new_items: int = 0
    fetched: int = 0
    not_modified: int = 0
    page_errors: int = 0
    stored: int = 0
    versions: int = 0  # pages stored again as a new version
    unchanged: int = 0
    fetch_s: float = 0.0  # seconds fetching (feeds and pages)
    store_s: float = 0.0  # seconds analysing and storing what was fetched

    def summary(self) -> str:
        return (
            f"polled {self.sources} sources ({self.source_errors} failed), {self.new_items} new items;"
            f" fetched {self.fetched} pages ({self.not_modified} not modified, {self.page_errors} failed);"
            f" stored {self.stored}, new versions {self.versions}, unchanged {self.unchanged}"
        )


Say = Callable[[str], None]


def poll(
    store: Store,
    options: Options,
    config: FollowConfig | None = None,
    *,
    at: datetime | None = None,
    archive: Archive | None = None,
    say: Say | None = None,
    analyse: bool = True,
) -> PollReport:
    """Poll every source due at `at` (now), fetch and store what is new; the report. A follower
    that polls again and again passes one `archive`, so its responses go on in one file. With
    `analyse` off, pages are fetched and archived only, and stored by the next poll that analyses."""
    config = config or FollowConfig()
    at = at or datetime.now(UTC)
    report = PollReport()
    folder = archive_folder(store.path)
    tell = say or (lambda _: None)
    own = archive is None
    archive = archive or Archive(folder, config.archive_bytes)
    try:
        if analyse:
            _store_fetched(store, options, config, folder, report, at, tell)  # what a stopped poll left
        started = time.monotonic()
        asyncio.run(_fetch_round(store, config, options.max_input_bytes, archive, report, at, tell))
        report.fetch_s = time.monotonic() - started
    finally:
        if own:
            archive.close()
    if analyse:
        started = time.monotonic()
        _store_fetched(store, options, config, folder, report, at, tell)
        report.store_s = time.monotonic() - started
    return report


async def _fetch_round(
    store: Store, config: FollowConfig, max_bytes: int, archive: Archive, report: PollReport, at: datetime, tell: Say
) -> None:
    fetcher = Fetcher(
        timeout_s=config.timeout_s,
        max_bytes=max_bytes,
        host_delay_s=config.host_delay_s,
        host_connections=config.host_connections,
        retries=config.retries,
        robots=config.robots,
    )
    fetching = _Round(store, config, fetcher, archive, report, at, tell, asyncio.Semaphore(config.connections))
    try:
        sources = following.due_sources(store.db.reader, at)
        report.sources = len(sources)
        await asyncio.gather(*(fetching.poll_source(s) for s in sources))
        pages = following.due_pages(store.db.reader, at, config.pages_per_poll)
        await asyncio.gather(*(fetching.fetch_page(p) for p in pages))
    finally:
        await fetcher.close()


@dataclass
class _Round:
    """What one poll's fetching shares: where it writes, how it fetches, what it tells."""

    store: Store
    config: FollowConfig
    fetcher: Fetcher
    archive: Archive
    report: PollReport
    at: datetime
    tell: Say
    slots: asyncio.Semaphore  # requests at once, all hosts together

    async def poll_source(self, source: following.FollowedSource) -> None:
        async with self.slots:
            if not await self.fetcher.allowed(source.url):
                self.feed_failed(source, coded("E406", host=_host(source.url), url=source.url), 0)
                return
            found = await self.fetcher.get(source.url, source.etag, source.last_modified)
        if isinstance(found, FetchFailure):
            self.feed_failed(source, str(found), found.elapsed_ms)
            return
        self.archive.write(found)
        if found.status >= 400 or (found.status >= 300 and found.status != 304):
            self.feed_failed(source, coded("E401", status=found.status, url=source.url), found.elapsed_ms)
            return
        feed = None
        if found.status != 304:
            try:
                feed = feed_items(found.body, found.final_url, found.header("Content-Type") or "")
            except FeedError as exc:
                self.feed_failed(source, coded("E405", reason=exc), found.elapsed_ms)
                return
        with self.store.db.write() as conn:
            self.report.new_items += following.record_feed(
                conn,
                source,
                status=f"ok {found.status}" if feed else "not modified 304",
                kind=feed.kind if feed else None,
                title=(feed.title or "").strip()[:200] or None if feed else None,
                etag=found.header("ETag"),
                last_modified=found.header("Last-Modified"),
                latency_ms=found.elapsed_ms,
                items=feed.items if feed else (),
                at=self.at,
            )

    def feed_failed(self, source: following.FollowedSource, error: str, latency_ms: int) -> None:
        self.report.source_errors += 1
        self.tell(f"error: source {source.id} {source.name}: {error}")
        with self.store.db.write() as conn:
            following.record_feed_failure(conn, source, error, latency_ms, self.at, self.config.backoff_cap_s)

    async def fetch_page(self, page: following.Page) -> None:
        recheck = page.article_id is not None
        async with self.slots:
            if not await self.fetcher.allowed(page.url):
                self.page_failed(page, coded("E406", host=_host(page.url), url=page.url), "refused", None)
                return
            found = await self.fetcher.get(
                page.url, page.etag if recheck else None, page.last_modified if recheck else None
            )
        if isinstance(found, FetchFailure):
            tries = page.attempts + 1
            again = found.transient and tries < self.config.page_attempts
            due = self.at + timedelta(seconds=60 * 2**tries) if again else _next_check(page, self.config, self.at)
            self.page_failed(page, str(found), "stored" if recheck else ("due" if again else "failed"), due)
            return
        self.report.fetched += 1
        if found.status == 304 and recheck:
            self.report.not_modified += 1
            with self.store.db.write() as conn:
                following.page_checked(conn, page.url, _next_check(page, self.config, self.at))
            return
        record = self.archive.write(found)
        if found.status >= 300:  # 4xx, or a 304 never asked for: the page is not there (taken down)
            error = coded("E401", status=found.status, url=page.url)
            self.page_failed(page, error, "stored" if recheck else "failed", None)
            return
        with self.store.db.write() as conn:
            following.page_fetched(
                conn,
                page.url,
                (record.file, record.offset, record.length),
                found.header("ETag"),
                found.header("Last-Modified"),
                self.at,
            )

    def page_failed(self, page: following.Page, error: str, state: str, due: datetime | None) -> None:
        self.report.page_errors += 1
        self.tell(f"error: {page.url}: {error}")
        with self.store.db.write() as conn:
            following.page_failed(conn, page, error, state, due, self.at)


def _next_check(page: following.Page, config: FollowConfig, at: datetime) -> datetime | None:
    """When to look at a stored page again: after each of `rechecks_s`, counted from now."""
    checks = page.checks + (1 if page.article_id is not None else 0)
    if checks >= len(config.rechecks_s):
        return None
    return at + timedelta(seconds=config.rechecks_s[checks])


def _host(url: str) -> str:
    return urlsplit(url).netloc


# -- storing what was fetched -----------------------------------------------------------------

BATCH = 256  # pages read back and analysed at a time (in `options.workers` processes)


def _store_fetched(
    store: Store, options: Options, config: FollowConfig, folder: Path, report: PollReport, at: datetime, tell: Say
) -> None:
    """Read every archived, not yet stored page back from the archive; analyse and store the
    articles, a batch at a time, and record each page's version."""
    pages = following.fetched_pages(store.db.reader)
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        read = [(page, _article(folder, page)) for page in batch]
        fresh = [a for _, a in read if isinstance(a, Article) and not store.has_article(a.id)]
        unique = list({a.id: a for a in fresh}.values())
        for analysis in analyses_in_order(iter(unique), options):
            store.save(analysis)
        for page, article in read:
            _record_stored(store, page, article, config, report, at, tell)


def _article(folder: Path, page: following.Page) -> Article | InputError:
    assert page.record is not None
    try:
        archived = read_record(folder, Record(*page.record))
    except (OSError, ValueError, EOFError) as exc:
        return input_error(page.url, "E412", reason=f"its archived response cannot be read ({exc})")
    kind = next((v for k, v in archived.headers if k.lower() == "content-type"), "")
    fetched = datetime.fromisoformat(page.fetched_at).date() if page.fetched_at else None
    found = article_from_html(
        decode_page(archived.body, kind), page.url, page.published or fetched, page.source_name, url=page.url
    )
    return screened(found) if isinstance(found, Article) else found


def _record_stored(
    store: Store,
    page: following.Page,
    article: Article | InputError,
    config: FollowConfig,
    report: PollReport,
    at: datetime,
    tell: Say,
) -> None:
    due = _next_check(page, config, at)
    with store.db.write() as conn:
        if isinstance(article, InputError):
            error = f"{article.code} {article.reason}"
            following.page_stored(conn, page, None, error, due, at)
        else:
            version = following.page_stored(conn, page, article.id, None, due, at)
    if isinstance(article, InputError):
        report.page_errors += 1
        tell(f"error: {page.url}: {article.code} {article.reason}")
    elif version is None:
        report.unchanged += 1
    elif version == 1:
        report.stored += 1
    else:
        report.versions += 1
        tell(f"{page.url}: version {version}")
