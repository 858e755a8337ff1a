"""Feeds, news sitemaps and URL lists: the items a followed source offers, and OPML lists of sources.

Pure functions over the bytes fetched: `feed_items` tells the kind of document and reads its
items (RSS and Atom through feedparser, JSON Feed and sitemaps by their own formats, a plain list
of URLs line by line); `canonical_url` gives the one form a story's URL is known by, so that one
story offered by two feeds, or with tracking parameters, is fetched once.
"""

from __future__ import annotations

import json
import re
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import courlan
import feedparser

from ..errors import coded
from ._common import parse_iso_date

FEED_KINDS = ("rss", "atom", "json", "sitemap", "list")


class FeedError(ValueError):
    """A document that is none of the kinds a source can be, or a broken one."""


@dataclass(frozen=True)
class FeedItem:
    url: str  # canonical
    title: str | None = None
    published: date | None = None
    updated: str | None = None  # as the feed gives it: a new value means the page changed


@dataclass(frozen=True)
class Feed:
    kind: str  # one of FEED_KINDS
    title: str | None
    items: tuple[FeedItem, ...]


def is_web_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, default port, fragment and tracking parameters (`utm_*`,
    `fbclid`...) dropped; the URL as given when it cannot be normalised."""
    try:
        # not courlan's strict mode: it drops every parameter it does not know (`?sid=456`
        # names the story on many sites), where the plain mode drops the trackers only
        return courlan.normalize_url(url.strip()).split("#", 1)[0]
    except (ValueError, AttributeError):
        return url.strip()


def feed_items(body: bytes, url: str, content_type: str = "") -> Feed:
    """The items of a feed, sitemap or URL list fetched from `url`; FeedError when it is none."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{") or "json" in content_type.lower():
        return _json_feed(body, url)
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(body, url)
    if head.startswith(b"<"):
        return _xml_feed(body, url)
    return _url_list(body, url)


def _item(link: str | None, base: str, **values: object) -> FeedItem | None:
    if not link:
        return None
    absolute = urljoin(base, link.strip())
    return FeedItem(canonical_url(absolute), **values) if is_web_url(absolute) else None  # type: ignore[arg-type]


def _xml_feed(body: bytes, url: str) -> Feed:
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    version = parsed.get("version") or ""
    if not version or not (version.startswith("rss") or version.startswith("atom")):
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise FeedError(f"not a feed: {reason}")
    items = []
    for entry in parsed.entries:
        published = _struct_day(entry.get("published_parsed") or entry.get("updated_parsed"))
        found = _item(
            entry.get("link"),
            url,
            title=entry.get("title") or None,
            published=published,
            updated=_entry_date(entry),
        )
        if found is not None:
            items.append(found)
    if parsed.get("bozo") and not items:
        raise FeedError(f"broken feed: {parsed.get('bozo_exception')}")
    kind = "atom" if version.startswith("atom") else "rss"
    return Feed(kind, parsed.feed.get("title") or None, tuple(items))


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's date as written: its update time, else its publication time. (Asked for
    `updated` when an entry has none, feedparser warns and gives `published`.)"""
    return entry.get("updated") if "updated" in entry else entry.get("published")


def _struct_day(value: object) -> date | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(timegm(value), UTC).date()  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _json_feed(body: bytes, url: str) -> Feed:
    """JSON Feed 1.0 and 1.1 (jsonfeed.org)."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"broken JSON Feed: {exc}") from exc
    if not isinstance(document, dict) or "jsonfeed.org/version" not in str(document.get("version", "")):
        raise FeedError("not a JSON Feed: no jsonfeed.org version")
    entries = document.get("items")
    if not isinstance(entries, list):
        raise FeedError("broken JSON Feed: items is not a list")
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        stamp = entry.get("date_published") or entry.get("date_modified")
        found = _item(
            link if isinstance(link, str) else None,
            url,
            title=entry.get("title") if isinstance(entry.get("title"), str) else None,
            published=_iso_day(stamp),
            updated=str(entry.get("date_modified") or stamp or "") or None,
        )
        if found is not None:
            items.append(found)
    title = document.get("title")
    return Feed("json", title if isinstance(title, str) else None, tuple(items))


def _iso_day(value: object) -> date | None:
    return parse_iso_date(value[:10]) if isinstance(value, str) else None


_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _sitemap(body: bytes, url: str) -> Feed:
    """A sitemap's URLs; with Google's news extension, each one's title and publication date."""
    try:
        root = ElementTree.fromstring(body)  # expat expands no external entities
    except ElementTree.ParseError as exc:
        raise FeedError(f"broken sitemap: {exc}") from exc
    items = []
    for node in root.iter(f"{_SITEMAP}url"):
        news = node.find(f"{_NEWS}news")
        title = news.findtext(f"{_NEWS}title") if news is not None else None
        stamp = news.findtext(f"{_NEWS}publication_date") if news is not None else None
        modified = node.findtext(f"{_SITEMAP}lastmod")
        found = _item(
            node.findtext(f"{_SITEMAP}loc"),
            url,
            title=(title or "").strip() or None,
            published=_iso_day((stamp or modified or "").strip()),
            updated=(modified or stamp or "").strip() or None,
        )
        if found is not None:
            items.append(found)
    return Feed("sitemap", None, tuple(items))


def _url_list(body: bytes, url: str) -> Feed:
    """One URL a line; blank lines and `#` comments skipped. Anything else is not a list."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError("not a feed, sitemap or list of URLs: not UTF-8 text") from exc
    items = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found = _item(line, url) if is_web_url(urljoin(url, line)) and " " not in line else None
        if found is None:
            raise FeedError(f"not a feed, sitemap or list of URLs: line {line[:60]!r}")
        items.append(found)
    if not items:
        raise FeedError("not a feed, sitemap or list of URLs: no URL in it")
    return Feed("list", None, tuple(items))


# -- OPML: the list format feed readers import and export -------------------------------------


@dataclass(frozen=True)
class SourceSpec:
    """A source to follow, as added by hand or read from OPML."""

    url: str
    name: str | None = None
    language: str | None = None
    country: str | None = None
    interval_s: int | None = None


def read_opml(text: str) -> list[SourceSpec]:
    """Every outline with an `xmlUrl`, nested folders included; FeedError when it is not OPML."""
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise FeedError(f"not OPML: {exc}") from exc
    if root.tag != "opml":
        raise FeedError(f"not OPML: the root element is <{root.tag}>")
    found = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        name = outline.get("title") or outline.get("text")
        language = outline.get("language")
        found.append(SourceSpec(url, name or None, language or None, outline.get("country") or None))
    return found


def write_opml(sources: list[SourceSpec], title: str = "sitroom sources") -> str:
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    body = ElementTree.SubElement(root, "body")
    for source in sources:
        attributes = {"type": "rss", "text": source.name or source.url, "xmlUrl": source.url}
        if source.name:
            attributes["title"] = source.name
        if source.language:
            attributes["language"] = source.language
        if source.country:
            attributes["country"] = source.country
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
MIN_INTERVAL_S = 60


def source_spec(
    url: str,
    name: str | None = None,
    language: str | None = None,
    country: str | None = None,
    interval_s: int | None = None,
) -> SourceSpec:
    """A source to follow, checked the same way from the command line, OPML and the API:
    ValueError saying what is wrong."""
    url = url.strip()
    if not is_web_url(url):
        raise ValueError(coded("E410", url=url))
    if language is not None and not _LANGUAGE.match(language):
        raise ValueError(f"{language!r} is not a language code such as en or pt-BR")
    if interval_s is not None and interval_s < MIN_INTERVAL_S:
        raise ValueError(f"a source is polled at most once a minute (interval {interval_s} s)")
    return SourceSpec(url, name or None, language, country or None, interval_s)
