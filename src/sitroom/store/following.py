"""Followed sources, the pages they offer and the versions of each page, in SQLite.

A page goes `due` → `fetched` (its response archived) → `stored` (analysed; its article is the
latest version), and is rechecked on a schedule while it is young; a page that cannot be had is
tried again with backoff and then `failed`, a page robots.txt keeps from sitroom `refused`. Each
step is one transaction, so a follower killed at any point starts again where it stopped: what was
archived is read from the archive, not fetched again.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import store_error
from ..sources.feeds import FeedItem, SourceSpec

LATENCIES_KEPT = 20
NEVER = "9999-12-31T00:00:00+00:00"  # due_at of a page no longer rechecked


def stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


@dataclass(frozen=True)
class FollowedSource:
    id: int
    url: str
    name: str
    kind: str | None
    language: str | None
    country: str | None
    interval_s: int
    enabled: bool
    next_poll_at: str
    etag: str | None
    last_modified: str | None
    last_polled_at: str | None
    last_success_at: str | None
    last_status: str | None
    last_error: str | None
    last_error_at: str | None
    failures: int
    items_seen: int
    latencies: tuple[int, ...]

    @property
    def median_latency_ms(self) -> int | None:
        return int(statistics.median(self.latencies)) if self.latencies else None

    def health(self, failing_after: int) -> str:
        """`disabled`, `new` (never polled), `failing` (failing_after errors in a row), `error`
        (the last poll failed) or `ok`."""
        if not self.enabled:
            return "disabled"
        if self.last_polled_at is None:
            return "new"
        if self.failures >= failing_after:
            return "failing"
        return "error" if self.failures else "ok"

    def spec(self) -> SourceSpec:
        return SourceSpec(self.url, self.name, self.language, self.country, self.interval_s)


def _source(row: sqlite3.Row) -> FollowedSource:
    return FollowedSource(
        id=row["id"],
        url=row["url"],
        name=row["name"],
        kind=row["kind"],
        language=row["language"],
        country=row["country"],
        interval_s=row["interval_s"],
        enabled=bool(row["enabled"]),
        next_poll_at=row["next_poll_at"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_polled_at=row["last_polled_at"],
        last_success_at=row["last_success_at"],
        last_status=row["last_status"],
        last_error=row["last_error"],
        last_error_at=row["last_error_at"],
        failures=row["failures"],
        items_seen=row["items_seen"],
        latencies=tuple(json.loads(row["latencies"])),
    )


def add_sources(
    conn: sqlite3.Connection, specs: Sequence[SourceSpec], interval_s: int, at: datetime
) -> list[tuple[FollowedSource, bool]]:
    """Follow each source (due at once), or update the name, language, country or interval of
    one already followed; each with whether it is new."""
    done = []
    for spec in specs:
        row = conn.execute("SELECT id FROM followed_sources WHERE url = ?", (spec.url,)).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO followed_sources (url, name, language, country, interval_s, added_at, next_poll_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    spec.url,
                    spec.name or spec.url,
                    spec.language,
                    spec.country,
                    spec.interval_s or interval_s,
                    stamp(at),
                    stamp(at),
                ),
            )
            source_id, new = cursor.lastrowid, True
        else:
            source_id, new = row["id"], False
            conn.execute(
                "UPDATE followed_sources SET name = COALESCE(?, name), language = COALESCE(?, language),"
                " country = COALESCE(?, country), interval_s = COALESCE(?, interval_s) WHERE id = ?",
                (spec.name, spec.language, spec.country, spec.interval_s, source_id),
            )
        done.append((source_by_id(conn, int(source_id)), new))  # type: ignore[arg-type]
    return done


def source_by_id(conn: sqlite3.Connection, source_id: int) -> FollowedSource:
    return _source(conn.execute("SELECT * FROM followed_sources WHERE id = ?", (source_id,)).fetchone())


def all_sources(conn: sqlite3.Connection) -> list[FollowedSource]:
    return [_source(row) for row in conn.execute("SELECT * FROM followed_sources ORDER BY id")]


def find_source(conn: sqlite3.Connection, key: str) -> FollowedSource:
    """The source whose id, URL or name is `key`."""
    rows = conn.execute(
        "SELECT * FROM followed_sources WHERE CAST(id AS TEXT) = ? OR url = ? OR name = ? ORDER BY id", (key, key, key)
    ).fetchall()
    if not rows:
        raise store_error("E408", key=key)
    if len(rows) > 1:
        raise store_error("E411", key=key, count=len(rows))
    return _source(rows[0])


def set_enabled(conn: sqlite3.Connection, source_id: int, enabled: bool, at: datetime) -> None:
    conn.execute(
        "UPDATE followed_sources SET enabled = ?, failures = CASE WHEN ? THEN 0 ELSE failures END,"
        " next_poll_at = CASE WHEN ? THEN ? ELSE next_poll_at END WHERE id = ?",
        (int(enabled), int(enabled), int(enabled), stamp(at), source_id),
    )


def remove_source(conn: sqlite3.Connection, source_id: int) -> None:
    """Stop following a source; the articles it brought stay stored."""
    conn.execute("DELETE FROM followed_sources WHERE id = ?", (source_id,))


def due_sources(conn: sqlite3.Connection, at: datetime) -> list[FollowedSource]:
    rows = conn.execute(
        "SELECT * FROM followed_sources WHERE enabled = 1 AND next_poll_at <= ? ORDER BY next_poll_at, id",
        (stamp(at),),
    )
    return [_source(row) for row in rows]


def _latencies(conn: sqlite3.Connection, source_id: int, latency_ms: int) -> str:
    row = conn.execute("SELECT latencies FROM followed_sources WHERE id = ?", (source_id,)).fetchone()
    kept = [*json.loads(row["latencies"]), latency_ms][-LATENCIES_KEPT:]
    return json.dumps(kept)


def record_feed(
    conn: sqlite3.Connection,
    source: FollowedSource,
    *,
    status: str,
    kind: str | None,
    title: str | None = None,
    etag: str | None,
    last_modified: str | None,
    latency_ms: int,
    items: Sequence[FeedItem],
    at: datetime,
) -> int:
    """A poll that worked: the source's state (named by the feed's title if it was added without a
    name), and its items as pages to fetch. An item already
    known whose feed date changed is due again (the page was updated). How many items are new to
    the store."""
    new = 0
    offered = conn.executemany(
        "INSERT OR IGNORE INTO source_items VALUES (?, ?)", [(source.id, item.url) for item in items]
    ).rowcount
    for item in items:
        row = conn.execute("SELECT feed_updated, state FROM followed_pages WHERE url = ?", (item.url,)).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO followed_pages (url, source_id, title, published, feed_updated, state, first_seen_at,"
                " due_at) VALUES (?, ?, ?, ?, ?, 'due', ?, ?)",
                (item.url, source.id, item.title, _iso(item.published), item.updated, stamp(at), stamp(at)),
            )
            new += 1
        elif item.updated and row["feed_updated"] != item.updated:
            conn.execute(
                "UPDATE followed_pages SET feed_updated = ?, due_at = ?, attempts = 0,"
                " state = CASE WHEN state IN ('stored', 'failed') THEN (CASE WHEN article_id IS NULL"
                " THEN 'due' ELSE 'stored' END) ELSE state END WHERE url = ?",
                (item.updated, stamp(at), item.url),
            )
    conn.execute(
        "UPDATE followed_sources SET kind = COALESCE(?, kind), etag = COALESCE(?, etag),"
        " name = CASE WHEN name = url AND ? IS NOT NULL THEN ? ELSE name END,"
        " last_modified = COALESCE(?, last_modified), last_polled_at = ?, last_success_at = ?, last_status = ?,"
        " failures = 0, items_seen = items_seen + ?, latencies = ?, next_poll_at = ? WHERE id = ?",
        (
            kind,
            etag,
            title,
            title,
            last_modified,
            stamp(at),
            stamp(at),
            status,
            max(offered, 0),
            _latencies(conn, source.id, latency_ms),
            stamp(at + timedelta(seconds=source.interval_s)),
            source.id,
        ),
    )
    return new


def record_feed_failure(
    conn: sqlite3.Connection, source: FollowedSource, error: str, latency_ms: int, at: datetime, backoff_cap_s: int
) -> None:
    """A poll that failed: the error on the source, and its next poll later the more it fails
    (twice the interval a failure in a row, up to `backoff_cap_s`), so one dead feed costs little."""
    failures = source.failures + 1
    wait = min(source.interval_s * 2 ** (failures - 1), max(backoff_cap_s, source.interval_s))
    conn.execute(
        "UPDATE followed_sources SET last_polled_at = ?, last_status = ?, last_error = ?, last_error_at = ?,"
        " failures = ?, latencies = ?, next_poll_at = ? WHERE id = ?",
        (
            stamp(at),
            error,
            error,
            stamp(at),
            failures,
            _latencies(conn, source.id, latency_ms),
            stamp(at + timedelta(seconds=wait)),
            source.id,
        ),
    )


@dataclass(frozen=True)
class Page:
    url: str
    source_id: int
    source_name: str
    state: str
    title: str | None
    published: date | None
    etag: str | None
    last_modified: str | None
    attempts: int
    checks: int
    article_id: str | None
    record: tuple[str, int, int] | None  # the archived response: file, offset, length
    fetched_at: str | None
    error: str | None


_PAGE = "SELECT p.*, s.name AS source_name FROM followed_pages p JOIN followed_sources s ON s.id = p.source_id"


def _page(row: sqlite3.Row) -> Page:
    record = (row["warc_file"], row["warc_offset"], row["warc_length"]) if row["warc_file"] else None
    return Page(
        url=row["url"],
        source_id=row["source_id"],
        source_name=row["source_name"],
        state=row["state"],
        title=row["title"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        etag=row["etag"],
        last_modified=row["last_modified"],
        attempts=row["attempts"],
        checks=row["checks"],
        article_id=row["article_id"],
        record=record,
        fetched_at=row["fetched_at"],
        error=row["error"],
    )


def due_pages(conn: sqlite3.Connection, at: datetime, limit: int) -> list[Page]:
    """Pages to fetch now: new ones and retries, then stored ones due for a recheck; enabled
    sources only."""
    rows = conn.execute(
        f"{_PAGE} WHERE p.state IN ('due', 'stored') AND p.due_at <= ? AND s.enabled = 1"
        " ORDER BY p.state = 'stored', p.due_at LIMIT ?",
        (stamp(at), limit),
    )
    return [_page(row) for row in rows]


def fetched_pages(conn: sqlite3.Connection) -> list[Page]:
    """Pages archived but not yet stored (a follower stopped between the two finds them here)."""
    return [_page(row) for row in conn.execute(f"{_PAGE} WHERE p.state = 'fetched' ORDER BY p.fetched_at, p.url")]


def page(conn: sqlite3.Connection, url: str) -> Page | None:
    row = conn.execute(f"{_PAGE} WHERE p.url = ?", (url,)).fetchone()
    return _page(row) if row else None


def page_fetched(
    conn: sqlite3.Connection,
    url: str,
    record: tuple[str, int, int],
    etag: str | None,
    last_modified: str | None,
    at: datetime,
) -> None:
    conn.execute(
        "UPDATE followed_pages SET state = 'fetched', warc_file = ?, warc_offset = ?, warc_length = ?, etag = ?,"
        " last_modified = ?, fetched_at = ?, error = NULL WHERE url = ?",
        (*record, etag, last_modified, stamp(at), url),
    )


def page_checked(conn: sqlite3.Connection, url: str, next_due: datetime | None) -> None:
    """A recheck found the page as stored (a 304, or the same text)."""
    conn.execute(
        "UPDATE followed_pages SET state = 'stored', checks = checks + 1, due_at = ?, error = NULL WHERE url = ?",
        (stamp(next_due) if next_due else NEVER, url),
    )


def page_failed(
    conn: sqlite3.Connection, page: Page, error: str, state: str, next_due: datetime | None, at: datetime
) -> None:
    """A fetch that failed. `state` is where the page goes: `due` again at `next_due`, `failed`,
    `refused`, or `stored` for a recheck of a stored page (its article stays the latest version).
    The error is the source's latest too, so `sitroom sources` shows it."""
    conn.execute(
        "UPDATE followed_pages SET state = ?, attempts = attempts + 1, error = ?, due_at = ? WHERE url = ?",
        (state, error, stamp(next_due) if next_due else NEVER, page.url),
    )
    conn.execute(
        "UPDATE followed_sources SET last_error = ?, last_error_at = ? WHERE id = ?",
        (error, stamp(at), page.source_id),
    )


def page_stored(
    conn: sqlite3.Connection,
    page: Page,
    article_id: str | None,
    error: str | None,
    next_due: datetime | None,
    at: datetime,
) -> int | None:
    """The page's fetched response was analysed into `article_id` (None: no article in it, with
    `error` saying why). The version this made (1, 2...), or None when it is the text already stored.
    Run again after a crash between storing and this, it records the same version once."""
    if article_id is None:
        conn.execute(
            "UPDATE followed_pages SET state = CASE WHEN article_id IS NULL THEN 'failed' ELSE 'stored' END,"
            " error = ?, due_at = ? WHERE url = ?",
            (error, stamp(next_due) if next_due else NEVER, page.url),
        )
        conn.execute(
            "UPDATE followed_sources SET last_error = ?, last_error_at = ? WHERE id = ?",
            (error, stamp(at), page.source_id),
        )
        return None
    latest = conn.execute(
        "SELECT version, article_id FROM page_versions WHERE url = ? ORDER BY version DESC LIMIT 1", (page.url,)
    ).fetchone()
    version = None
    if latest is None or latest["article_id"] != article_id:
        version = (latest["version"] if latest else 0) + 1
        file, offset, length = page.record or (None, None, None)
        conn.execute(
            "INSERT INTO page_versions VALUES (?, ?, ?, ?, ?, ?, ?)",
            (page.url, version, article_id, page.fetched_at or stamp(at), file, offset, length),
        )
    conn.execute(
        "UPDATE followed_pages SET state = 'stored', article_id = ?, error = NULL, due_at = ?,"
        " checks = checks + CASE WHEN ? THEN 1 ELSE 0 END WHERE url = ?",
        (article_id, stamp(next_due) if next_due else NEVER, int(latest is not None), page.url),
    )
    return version


@dataclass(frozen=True)
class PageVersion:
    url: str
    version: int
    article_id: str
    fetched_at: str
    record: tuple[str, int, int] | None


def versions_of(conn: sqlite3.Connection, article_id: str) -> list[PageVersion]:
    """Every version of the page (or pages) an article is a version of, oldest first."""
    rows = conn.execute(
        "SELECT * FROM page_versions WHERE url IN (SELECT url FROM page_versions WHERE article_id = ?)"
        " ORDER BY url, version",
        (article_id,),
    )
    return [
        PageVersion(
            r["url"],
            r["version"],
            r["article_id"],
            r["fetched_at"],
            (r["warc_file"], r["warc_offset"], r["warc_length"]) if r["warc_file"] else None,
        )
        for r in rows
    ]


def superseded(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """For each of these articles that a later version of its page replaced: the latest version's article."""
    found: dict[str, str] = {}
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT v.article_id, p.article_id AS latest FROM page_versions v JOIN followed_pages p ON p.url = v.url"
            f" WHERE v.article_id IN ({marks}) AND p.article_id != v.article_id",
            chunk,
        )
        found.update({r["article_id"]: r["latest"] for r in rows})
    return found


def earlier_versions(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, list[str]]:
    """For each of these articles that is a later version of a followed page: the articles of the
    page's earlier versions, oldest first (one query a 500 ids, so a long story costs a few)."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT v.article_id AS later, w.article_id AS earlier FROM page_versions v"
            f" JOIN page_versions w ON w.url = v.url AND w.version < v.version"
            f" WHERE v.article_id IN ({marks}) ORDER BY v.article_id, w.version",
            chunk,
        )
        for row in rows:
            found.setdefault(row["later"], []).append(row["earlier"])
    return found


def page_counts(conn: sqlite3.Connection) -> dict[int, dict[str, int]]:
    """Per source, how many of its pages are in each state."""
    counts: dict[int, dict[str, int]] = {}
    for row in conn.execute("SELECT source_id, state, COUNT(*) AS n FROM followed_pages GROUP BY source_id, state"):
        counts.setdefault(row["source_id"], {})[row["state"]] = row["n"]
    return counts


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
