"""The situation room in a real browser: Debian's chromium driven by Playwright, as a person would."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from sitroom.settings import Options
from sitroom.sources import read_path
from sitroom.store import Store
from sitroom.web import create_app
from sitroom.web.app import ensure_token

CHROMIUM = Path(os.environ.get("SITROOM_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("SITROOM_ARTIFACTS", Path(__file__).parent / "artifacts"))
FOLLOW_UP = {
    "date": "2021-01-07",
    "source": "Capital Wire",
    "title": "More arrests after the Capitol riot",
    "text": "Police in Washington, D.C. arrested 52 more people overnight after the riot at the Capitol, "
    "Mayor Muriel Bowser said on Thursday. A curfew stayed in force across the city.",
}


def _browser_path() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    import uvicorn

    db = tmp_path / "room.db"
    with Store(db) as store:
        token = ensure_token(store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(db, Options(db=str(db))), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not running.started and time.time() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", str(token)
    running.should_exit = True
    thread.join(timeout=10)


def test_a_person_follows_the_capitol_riot(server: tuple[str, str], reference_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, token = server
    auth = {"Authorization": f"Bearer {token}"}
    (article,) = list(read_path(reference_path, 5_000_000))
    report = {"date": article.published.isoformat(), "source": "reference", "text": article.text}
    ingested = httpx.post(f"{base}/api/articles?wait=true", json=report, headers=auth, timeout=120)
    assert ingested.status_code == 200, ingested.text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_browser_path()), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/")
        card = page.locator(".card", has_text="Pro-Trump supporters have stormed the US capitol")
        expect(card).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "situations.png"), full_page=True)

        card.get_by_role("link").click()
        arrest = page.locator("li.incident[data-type=arrest]", has_text="at least ten people were arrested overnight")
        expect(arrest).to_be_visible()
        expect(arrest.locator(".count").first).to_contain_text("10")
        expect(arrest.locator(".hl.count")).to_have_text("at least ten")
        expect(arrest.locator(".hl.event")).to_have_text("arrested")
        expect(page.locator("svg.map circle").first).to_be_visible()
        # Land under the dots (Natural Earth, shipped), and every place as text beside the map.
        expect(page.locator("svg.map path.land").first).to_be_visible()
        expect(page.locator("ul.placelist")).to_contain_text("Capitol")
        page.screenshot(path=str(ARTIFACTS / "situation.png"), full_page=True)
        page.screenshot(path=str(ARTIFACTS / "situation-top.png"))  # the one in the README

        # The filter with one date left empty: `since=` is no bound, not an error page.
        situation_url = page.url
        page.fill("form.filter input[name=until]", "2021-01-31")
        page.click("form.filter button[type=submit]")
        expect(page.locator("li.incident[data-type=arrest]").first).to_be_visible()
        assert "since=&" in page.url and "until=2021-01-31" in page.url
        page.goto(situation_url)

        arrest.locator("a.source").first.click()
        expect(page.locator("article .hl.quote").first).to_be_visible()
        expect(page.locator("article .hl.claim").first).to_be_visible()
        expect(page.locator(".caption").first).to_contain_text("Trump supporters")
        page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)

        page.goto(base + "/alerts")
        page.fill("#token", token)
        page.click("#save-token")
        page.fill("#new-rule input[name=name]", "arrests in Washington")
        page.select_option("#new-rule select[name=priority]", "flash")
        page.select_option("#new-rule select[name=event_types]", ["arrest"])
        page.fill("#new-rule input[name=place]", "Washington, D.C.")
        page.fill("#new-rule input[name=radius_km]", "30")
        page.click("#new-rule button[type=submit]")
        expect(page.locator("tr[data-rule='arrests in Washington']")).to_be_visible()

        # A new matching report arrives; the alert shows up on the open page without a reload.
        assert httpx.post(f"{base}/api/articles", json=FOLLOW_UP, headers=auth, timeout=120).status_code == 202
        live = page.locator(".live-alert.flash")
        expect(live).to_contain_text("arrests in Washington", timeout=15_000)
        expect(page.locator("#alert-list .alert-item")).to_have_count(1)
        page.screenshot(path=str(ARTIFACTS / "alerts.png"), full_page=True)
        live.get_by_role("button", name="Dismiss this alert").click()
        expect(page.locator(".live-alert")).to_have_count(0)
        expect(page.locator("#alert-list .alert-item")).to_have_count(1)  # the page's list keeps it

        # The brief of the situation, printable, each line citing the reports it comes from.
        page.goto(situation_url)
        page.get_by_role("link", name="Brief").click()
        expect(page.locator("article.brief h2", has_text="What happened")).to_be_visible()
        expect(page.locator("article.brief li", has_text="at least ten").locator(".cite a").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "brief.png"), full_page=True)

        # A report of the open situation arrives: the page names it, without a reload or a jump.
        page.goto(situation_url)
        page.locator("form.filter input[name=place]").focus()
        next_day = {
            "date": "2021-01-07",
            "source": "Metro Desk",
            "title": "Congress finalises the Election result after Pro-Trump supporters stormed the US Capitol",
            "text": "Congress finalised the Election result early on Thursday, hours after Pro-Trump supporters "
            "stormed the US Capitol and sent it into lockdown. Vice President Mike Pence returned to the "
            "chamber, the National Guard was called in, and Donald Trump supporters clashed with police "
            "near the Washington Monument and the Ellipse.",
        }
        assert httpx.post(f"{base}/api/articles", json=next_day, headers=auth, timeout=120).status_code == 202
        expect(page.locator("#situation-live")).to_contain_text(next_day["title"], timeout=15_000)
        expect(page.locator("form.filter input[name=place]")).to_be_focused()

        # The situations list takes in a new story without a reload.
        page.goto(base + "/")
        expect(card).to_be_visible()
        card.locator("h2 a").focus()  # a reader on the list with the keyboard
        flood = {
            "date": "2021-01-08",
            "source": "River Desk",
            "title": "Floods close schools across Tulsa",
            "text": "Floodwaters closed 14 schools across Tulsa on Friday, the city said.",
        }
        assert httpx.post(f"{base}/api/articles", json=flood, headers=auth, timeout=120).status_code == 202
        expect(page.locator(".card", has_text="Floods close schools across Tulsa")).to_be_visible(timeout=15_000)
        expect(card.locator("h2 a")).to_be_focused()  # the refresh kept the reader's place

        page.set_viewport_size({"width": 390, "height": 800})  # a phone
        page.goto(base + "/")
        expect(card).to_be_visible()
        page.keyboard.press("Tab")
        expect(page.locator(".skip")).to_be_focused()
        page.screenshot(path=str(ARTIFACTS / "situations-phone.png"), full_page=True)
        browser.close()


def test_a_script_url_from_stored_data_cannot_run(server: tuple[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    base, token = server
    hostile = {
        "date": "2021-01-08",
        "source": "Feed Import",
        "url": "javascript:document.title='owned'",
        "text": "Floodwaters closed 14 schools across Tulsa on Friday, the city said.",
    }
    stored = httpx.post(
        f"{base}/api/articles?wait=true", json=hostile, headers={"Authorization": f"Bearer {token}"}, timeout=120
    )
    article_id = stored.json()["articles"][0]["id"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_browser_path()), args=["--no-sandbox"])
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"{base}/articles/{article_id}")
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.get_by_role("link", name="original").count() == 0
        title = page.title()
        # Even a script link put into the page (as an older template did) is refused by the page's policy.
        page.evaluate(
            "() => { const a = document.createElement('a'); a.id = 'planted';"
            " a.href = \"javascript:document.title='owned';alert('owned')\"; a.textContent = 'x';"
            " document.body.append(a); }"
        )
        page.click("#planted")
        page.wait_for_timeout(300)
        assert page.title() == title != "owned" and dialogs == []
        browser.close()


def test_pages_answer_while_a_batch_is_analysed(server: tuple[str, str]) -> None:
    """A posted batch is a job: accepted at once, its progress readable, the pages answering meanwhile
    (how fast: `benchmarks/web_latency.py --during-batch`)."""
    from playwright.sync_api import expect, sync_playwright

    base, token = server
    batch = [
        {**FOLLOW_UP, "title": f"Report {k}", "text": FOLLOW_UP["text"] + f" Officers made arrest number {k}." * 30}
        for k in range(30)
    ]
    with httpx.Client(timeout=60) as http, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_browser_path()), args=["--no-sandbox"])
        page = browser.new_page()
        accepted = http.post(f"{base}/api/articles", json=batch, headers={"Authorization": f"Bearer {token}"})
        assert accepted.status_code == 202 and accepted.json()["total"] == 30
        status = accepted.json()["status"]
        assert page.goto(f"{base}/").status == 200
        expect(page.locator("h1")).to_be_visible()
        assert http.get(f"{base}/api/updates").status_code == 200
        # The page was read in the browser while the batch was still queued or analysed, not after it.
        assert http.get(f"{base}{status}").json()["state"] in ("queued", "running")
        browser.close()
        deadline = time.time() + 120
        while (job := http.get(f"{base}{status}").json())["state"] in ("queued", "running"):
            assert 0 <= job["done"] <= 30 and time.time() < deadline
            time.sleep(0.2)
        assert job["state"] == "done" and job["done"] == 30 and len(job["articles"]) == 30


def test_a_reader_pages_deep_and_searches(tmp_path: Path, reference_path: Path) -> None:
    """Paging to the 500th situation of the list, and a search with OR finding the reference first."""
    import uvicorn
    from playwright.sync_api import expect, sync_playwright

    from sitroom.ingest import ingest

    db = tmp_path / "deep.db"
    reports = tmp_path / "reports"
    reports.mkdir()
    first = date(2000, 1, 1)
    for k in range(520):  # a report a month apart each: no two can share a situation
        day = first + timedelta(days=30 * k)
        (reports / f"r{k:03}.txt").write_text(
            f"date {day.isoformat()}\nResidents of Placeville {k} counted {k + 2} new street lamps on their road.\n",
            encoding="utf-8",
        )
    with Store(db) as store:
        ingest(store, [reports, reference_path], Options(db=str(db)))
        assert store.situation_count() == 521
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = uvicorn.Server(
        uvicorn.Config(create_app(db, Options(db=str(db))), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not running.started and time.time() < deadline:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(_browser_path()), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            (fivehundredth,) = httpx.get(f"{base}/api/situations?order=started&offset=499&limit=1").json()
            page.goto(base + "/?order=started")
            for _ in range(9):
                page.get_by_role("link", name="Next page").first.click()
            expect(page.locator("#shown")).to_have_text("451–500 of 521 situations")
            page.locator(f"a[href='/situations/{fivehundredth['id']}']").first.click()
            expect(page.locator("h1")).to_have_text(fivehundredth["title"])

            page.goto(base + "/")
            page.fill("#q", "curfew OR lockdown")
            page.press("#q", "Enter")
            hits = page.locator("xpath=//h2[starts-with(., 'Articles matching')]/following-sibling::ul[1]/li")
            expect(hits).to_have_count(1)  # the one report that says either word; no street lamps
            expect(hits.first.locator(".snippet")).to_contain_text("lockdown")
            expect(page.locator("#situations")).to_contain_text("No situation matches")  # not "no situations yet"
            page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
            browser.close()
    finally:
        running.should_exit = True
        thread.join(timeout=10)


def test_a_person_checks_the_followed_sources_and_a_revised_page(server: tuple[str, str], tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from playwright.sync_api import expect, sync_playwright

    from sitroom.follow import FollowConfig, poll
    from sitroom.sources.feeds import SourceSpec

    from .news_site import Answer, NewsSite, article_page, atom

    base, _ = server
    story = [
        "CORK - Two people were injured when a crane collapsed on the quays on Tuesday, the fire brigade said.",
        "The quays were closed to traffic for the afternoon.",
    ]
    config = FollowConfig(host_delay_s=0, timeout_s=2, retries=0, rechecks_s=(0, 0, 0))
    with NewsSite() as site, Store(tmp_path / "room.db") as store:
        site.routes["/crane.html"] = article_page("Crane collapses on the quays", "2026-12-01", story)
        site.routes["/atom.xml"] = atom([(site.url("/crane.html"), "Crane", "2026-12-01T10:00:00Z")])
        site.routes["/dead.xml"] = Answer(500, b"", "text/plain")
        store.add_sources(
            [SourceSpec(site.url("/atom.xml"), "Quay News"), SourceSpec(site.url("/dead.xml"), "Dead")], 600
        )
        poll(store, Options(), config)
        revised = [story[0].replace("Two people were injured", "Four people were injured"), story[1]]
        site.routes["/crane.html"] = article_page("Crane collapses on the quays", "2026-12-01", revised)
        poll(store, Options(), config, at=datetime.now(UTC))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_browser_path()), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/")
        page.get_by_role("link", name="Sources").click()
        quay = page.locator("tr", has_text="Quay News")
        expect(quay.locator(".badge.health")).to_have_text("ok")
        expect(quay).to_contain_text("1 stored")
        dead = page.locator("tr", has_text="Dead")
        expect(dead.locator(".badge.health")).to_have_text("error")
        expect(dead).to_contain_text("E401 HTTP 500")
        page.screenshot(path=str(ARTIFACTS / "sources.png"), full_page=True)
        page.goto(base + "/")
        page.locator(".card", has_text="Crane collapses").get_by_role("link").first.click()
        page.get_by_role("link", name="Crane collapses on the quays").first.click()
        versions = page.locator("section.versions")
        expect(versions).to_contain_text("version 2 (this one)")
        expect(versions.locator("del").first).to_have_text("2")
        expect(versions.locator("ins").first).to_have_text("4")
        page.screenshot(path=str(ARTIFACTS / "versions.png"), full_page=True)
        page.get_by_role("link", name="its situation").click()
        expect(page.locator(".revised").first).to_contain_text("2 → 4")
        page.go_back()
        versions.get_by_role("link", name="version 1").click()
        expect(page.locator("article.text")).to_contain_text("Two people were injured")
        browser.close()
