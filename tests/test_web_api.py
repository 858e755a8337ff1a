"""The REST API and the pages, through FastAPI's test client: tokens, limits, escaping, JSON twins."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitroom.settings import Options
from sitroom.store import Store
from sitroom.web import create_app
from sitroom.web.app import ensure_token
from sitroom.web.links import allowed_hosts, web_link

FLOOD = {
    "date": "2024-03-14",
    "source": "Riverton Gazette",
    "title": "Floods in <script>alert(1)</script> Riverton",
    "text": "Police arrested 12 people overnight in Tulsa, Mayor Helen Ashcroft said on Thursday. "
    "<script>alert('x')</script> The Marrow River flooded the Eastbank district.",
}


@pytest.fixture
def client(tmp_path: Path) -> tuple[TestClient, str]:
    db = tmp_path / "web.db"
    with Store(db) as store:
        token = ensure_token(store)
    assert token
    # Batches analysed in the server's own process here (a process of their own is what the
    # browser tests run, each posted batch there starting one).
    app = create_app(db, Options(db=str(db), max_input_bytes=20_000, workers=0))
    return TestClient(app), token


def test_writing_needs_the_token(client: tuple[TestClient, str]) -> None:
    http, token = client
    assert http.post("/api/articles?wait=true", json=FLOOD).status_code == 401
    assert (
        http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": "Bearer wrong"}).status_code == 401
    )
    # Never in a URL (where logs and history keep it): a token in the query string is no token.
    assert http.post(f"/api/articles?wait=true&token={token}", json=FLOOD).status_code == 401
    assert http.post(f"/api/articles?wait=true&access_token={token}", json=FLOOD).status_code == 401
    done = http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    assert done.status_code == 200, done.text
    (stored,) = done.json()["articles"]
    assert stored["stored"] and stored["situation"]
    again = http.post("/api/articles?wait=true", json=[FLOOD], headers={"Authorization": f"Bearer {token}"})
    assert again.json()["articles"][0]["stored"] is False  # idempotent
    for page in ("/", f"/situations/{stored['situation']}", f"/articles/{stored['id']}", "/alerts"):
        assert token not in http.get(page).text


def test_bad_input_is_a_clear_4xx(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    broken = http.post("/api/articles?wait=true", content=b'{"text": "x", "date":', headers=auth)
    assert broken.status_code == 400 and "bad JSON" in broken.json()["detail"]
    undated = http.post("/api/articles?wait=true", json={"text": "Words."}, headers=auth)
    assert undated.status_code == 400 and "E106" in undated.json()["detail"]
    nested = http.post("/api/articles?wait=true", content=b"[" * 9_000 + b"]" * 9_000, headers=auth)
    assert nested.status_code == 400 and "nested too deep" in nested.json()["detail"]
    half = http.post("/api/articles?wait=true", content=b'{"text": "a \\udc00 b", "date": "2024-01-01"}', headers=auth)
    assert half.status_code == 400 and "E115" in half.json()["detail"]
    huge = http.post("/api/articles?wait=true", json={"text": "x" * 30_000, "date": "2024-01-01"}, headers=auth)
    assert huge.status_code == 413
    bad_rule = http.post("/api/alerts/rules", json={"name": "r", "event_types": ["looting"]}, headers=auth)
    assert bad_rule.status_code == 400 and "unknown event type" in bad_rule.json()["detail"]
    assert http.get("/api/situations/999").status_code == 404
    assert http.get("/api/articles/ffff").status_code == 404


def test_pages_escape_article_text_and_have_json_twins(client: tuple[TestClient, str]) -> None:
    http, token = client
    article_id = http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"}).json()[
        "articles"
    ][0]["id"]
    page = http.get(f"/articles/{article_id}").text
    assert "<script>alert('x')</script>" not in page and "&lt;script&gt;" in page
    assert '<span class="hl' in page  # spans marked
    twin = http.get(f"/api/articles/{article_id}").json()
    assert twin["id"] == article_id and twin["situation"]
    situations = http.get("/api/situations").json()
    (situation,) = situations
    assert "<script>" not in http.get("/").text.replace('<script src="/static/app.js" defer></script>', "")
    detail = http.get(f"/api/situations/{situation['id']}").json()
    arrest = next(t for t in detail["timeline"] if t["type"] == "arrest")
    assert arrest["counts"][0]["value"] == 12
    html = http.get(f"/situations/{situation['id']}").text
    assert '<span class="hl count"' in html and "<svg" in html
    assert http.get("/entities/Helen Ashcroft").status_code == 200
    schema = http.get("/openapi.json").json()
    assert "/api/articles" in schema["paths"] and "/api/alerts/rules" in schema["paths"]
    posting = schema["paths"]["/api/articles"]["post"]
    assert posting["security"] == [{"bearer": []}] and {"401", "413"} <= set(posting["responses"])
    assert "text" in posting["requestBody"]["content"]["application/json"]["schema"]["oneOf"][0]["properties"]
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    # A route that names one thing says it may not be there, and what its error looks like.
    missing = schema["paths"]["/api/situations/{situation_id}"]["get"]["responses"]["404"]
    assert missing["content"]["application/json"]["schema"]["required"] == ["detail"]
    assert http.get("/api/situations/999999").json().keys() == {"detail", "code"}
    assert "404" in schema["paths"]["/api/alerts/rules/{name}"]["delete"]["responses"]
    assert http.get("/docs").status_code == 404  # no page that would pull scripts from a CDN


def test_export_is_what_the_filter_shows(client: tuple[TestClient, str]) -> None:
    http, token = client
    http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    (situation,) = http.get("/api/situations").json()
    everything = http.get(f"/api/situations/{situation['id']}/export?format=json").json()
    arrests = http.get(f"/api/situations/{situation['id']}/export?format=json&type=arrest").json()
    assert len(arrests) < len(everything) and {t["type"] for t in arrests} == {"arrest"}
    csv_text = http.get(f"/api/situations/{situation['id']}/export?format=csv&type=arrest").text
    assert csv_text.splitlines()[0].startswith("situation,incident,type") and len(csv_text.splitlines()) == 1 + len(
        arrests
    )
    geo = http.get(f"/api/situations/{situation['id']}/export?format=geojson").json()
    assert geo["type"] == "FeatureCollection"


def test_search_finds_situations_articles_and_entities(client: tuple[TestClient, str]) -> None:
    http, token = client
    http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    page = http.get("/?q=Ashcroft").text
    assert "/entities/Helen%20Ashcroft" in page and "/articles/" in page
    assert http.get("/api/entities?q=ashcr").json()[0]["name"] == "Helen Ashcroft"
    assert http.get("/api/entities?q=x").status_code == 422  # too short: a clear 4xx


def test_quotes_have_their_own_api_and_follow_the_filter(client: tuple[TestClient, str]) -> None:
    http, token = client
    http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    (quote,) = http.get("/api/quotes?entity=Helen Ashcroft").json()
    assert quote["cue"] == "said" and "arrested 12 people" in quote["content"]
    assert http.get("/api/quotes?q=ARRESTED 12").json() and not http.get("/api/quotes?q=nothing like this").json()
    (situation,) = http.get("/api/situations").json()
    assert http.get(f"/api/situations/{situation['id']}?actor=Ashcroft").json()["quotes"]
    assert not http.get(f"/api/situations/{situation['id']}?actor=Nobody").json()["quotes"]


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/story?id=1", "https://example.org/story?id=1"),
        ("HTTP://Example.org/a", "HTTP://Example.org/a"),
        ("javascript:alert(document.domain)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("//evil.example/x", None),
        ("/articles/1", None),
        ("https:alert(1)", None),
        ("", None),
        (None, None),
    ],
)
def test_only_web_addresses_become_links(url: str | None, link: str | None) -> None:
    assert web_link(url) == link


def test_a_stored_script_url_is_never_a_link(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    hostile = {**FLOOD, "text": FLOOD["text"] + " Schools closed.", "url": " javascript:alert(localStorage.token)"}
    article_id = http.post("/api/articles?wait=true", json=hostile, headers=auth).json()["articles"][0]["id"]
    response = http.get(f"/articles/{article_id}")
    assert re.search(r"href=\"\s*javascript", response.text, re.I) is None and "original</a>" not in response.text
    assert "original:  javascript:alert(localStorage.token)" in response.text  # shown, as text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    fine = {**FLOOD, "text": FLOOD["text"] + " Roads closed.", "url": "https://gazette.example/floods"}
    article_id = http.post("/api/articles?wait=true", json=fine, headers=auth).json()["articles"][0]["id"]
    assert (
        '<a href="https://gazette.example/floods" rel="noreferrer noopener">original</a>'
        in http.get(f"/articles/{article_id}").text
    )


def test_a_loopback_server_answers_only_to_loopback_names(tmp_path: Path) -> None:
    db = tmp_path / "hosts.db"
    Store(db).close()
    app = create_app(db, Options(db=str(db)), hosts=allowed_hosts("127.0.0.1"))
    http = TestClient(app, base_url="http://127.0.0.1:8600")
    assert http.get("/api/situations").status_code == 200
    assert http.get("/api/situations", headers={"Host": "localhost:8600"}).status_code == 200
    # A page elsewhere whose name was made to resolve to 127.0.0.1 (DNS rebinding) is refused.
    assert http.get("/api/situations", headers={"Host": "attacker.example:8600"}).status_code == 400
    assert allowed_hosts("0.0.0.0") is None  # bound to every address on purpose: reachable by any name
    assert allowed_hosts("::1") is None


def test_a_date_left_empty_in_the_filter_is_no_bound(client: tuple[TestClient, str]) -> None:
    http, token = client
    http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    (situation,) = http.get("/api/situations").json()
    base = f"/situations/{situation['id']}"
    everything = http.get(f"/api/situations/{situation['id']}").json()["timeline"]
    page = http.get(f"{base}?since=&until=2024-03-31&type=")
    assert page.status_code == 200 and "arrest" in page.text
    assert http.get(f"/api/situations/{situation['id']}?since=&until=").json()["timeline"] == everything
    assert http.get(f"/api/situations/{situation['id']}?since=2024-04-01").json()["timeline"] == []
    wrong = http.get(f"/api/situations/{situation['id']}?since=March")
    assert wrong.status_code == 400 and "since: not a date" in wrong.json()["detail"]


def test_a_rule_name_is_not_silently_taken_over(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    rule = {"name": "arrests", "event_types": ["arrest"]}
    assert http.post("/api/alerts/rules", json=rule, headers=auth).status_code == 200
    again = http.post("/api/alerts/rules", json={**rule, "event_types": ["protest"]}, headers=auth)
    assert again.status_code == 409 and "replace=true" in again.json()["detail"]
    assert http.get("/api/alerts/rules").json()[0]["event_types"] == ["arrest"]
    replaced = http.post("/api/alerts/rules?replace=true", json={**rule, "event_types": ["protest"]}, headers=auth)
    assert replaced.status_code == 200 and http.get("/api/alerts/rules").json()[0]["event_types"] == ["protest"]
    negative = http.post(
        "/api/alerts/rules", json={"name": "near", "near": {"place": "Tulsa", "radius_km": -5}}, headers=auth
    )
    assert negative.status_code == 400 and "radius_km must be above 0" in negative.json()["detail"]


def test_pages_answer_errors_as_pages_and_the_api_as_json(client: tuple[TestClient, str]) -> None:
    http, _ = client
    browser = {"Accept": "text/html,application/xhtml+xml"}
    missing = http.get("/situations/999", headers=browser)
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in missing.text and "E204" in missing.text
    wrong = http.get("/situations/abc", headers=browser)
    assert wrong.status_code == 400 and "<h1>Cannot show that</h1>" in wrong.text
    nowhere = http.get("/no/such/page", headers=browser)
    assert nowhere.status_code == 404 and "<h1>Not found</h1>" in nowhere.text
    api = http.get("/api/situations/999", headers=browser)
    assert api.status_code == 404 and api.json()["code"] == "E204"
    assert http.get("/situations/abc").status_code == 422  # a script asking for JSON keeps FastAPI's shape


def test_situations_page_filter_and_order(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    # Three stories: two a day apart in June, one in March (closed by June's clock).
    reports = [
        {"date": "2024-03-14", "source": "a", "text": "The Marrow River flooded the Eastbank district of Riverton."},
        {"date": "2024-06-03", "source": "b", "text": "Dock workers at the Port of Kelso went on strike on Monday."},
        {"date": "2024-06-04", "source": "c", "text": "The dock strike at the Port of Kelso went into a second day."},
        {"date": "2024-06-04", "source": "d", "text": "A bakery on Mill Street in Kelso won a prize for its bread."},
    ]
    assert http.post("/api/articles?wait=true", json=reports, headers=auth).status_code == 200
    everything = http.get("/api/situations").json()
    assert {s["status"] for s in everything} == {"active", "closed"}
    closed = http.get("/api/situations?status=closed").json()
    assert [s["first"] for s in closed] == ["2024-03-14"]
    assert all(s["status"] == "active" for s in http.get("/api/situations?status=active").json())
    by_reports = http.get("/api/situations?order=reports").json()
    assert by_reports[0]["articles"] == max(s["articles"] for s in everything)
    first, second = http.get("/api/situations?limit=1").json(), http.get("/api/situations?limit=1&offset=1").json()
    assert first[0]["id"] != second[0]["id"]
    assert http.get("/api/situations?status=forgotten").status_code == 422
    page = http.get("/?status=closed&order=reports").text
    assert "1–1 of 1 situation" in page and 'aria-current="page">closed' in page


def test_names_with_a_slash_are_reached(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    report = {"date": "2024-06-03", "source": "a", "text": "The band AC/DC played in Kelso on Monday night."}
    assert http.post("/api/articles?wait=true", json=report, headers=auth).status_code == 200
    answer = http.get("/api/entities/AC/DC")  # a 404 before: the name's `/` split the path
    assert answer.status_code == 200 and answer.json()["name"] == "AC/DC"
    rule = {"name": "strikes/walkouts", "event_types": ["protest"]}
    assert http.post("/api/alerts/rules", json=rule, headers=auth).status_code == 200
    assert http.post("/api/alerts/rules/strikes/walkouts/silence", headers=auth).json() == {
        "name": "strikes/walkouts",
        "silenced": True,
    }
    assert http.delete("/api/alerts/rules/strikes/walkouts", headers=auth).json()["deleted"] is True
    assert http.get("/api/alerts/rules").json() == []


def test_search_ranks_matches_understands_operators_and_shows_no_paths(client: tuple[TestClient, str]) -> None:
    from sitroom.web.room import fts_query as _fts

    assert _fts('strike OR "port authority" -x') == '"strike" OR "port authority" "-x"'
    assert _fts("AND dock NOT NOT") == '"dock"'
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    reports = [
        {
            "date": "2024-06-05",
            "source": "a",
            "text": "A strike was mentioned once in a long report on the harbour budget.",
        },
        {
            "date": "2024-06-03",
            "source": "b",
            "title": "Strike",
            "text": "The dock strike went on. Strike, strike, strike.",
        },
        {"date": "2024-06-04", "source": "c", "text": "Floodwaters closed schools in low-lying Riverton on Tuesday."},
    ]
    assert http.post("/api/articles?wait=true", json=reports, headers=auth).status_code == 200
    ranked = http.get("/api/articles?q=strike").json()
    assert [a["source"] for a in ranked] == ["b", "a"]  # the report about the strike first
    assert [a["source"] for a in http.get("/api/articles?q=strike&order=newest").json()] == ["a", "b"]
    assert {a["source"] for a in http.get("/api/articles?q=strike OR floodwaters").json()} == {"a", "b", "c"}
    assert "strike" in ranked[0]["snippet"].lower()
    page = http.get("/?q=floodwaters").text
    assert "Report from c" in page and "schools in low-lying Riverton" in page
    # `low-lying` is among the key words: a `-` matched it, and so every situation with a hyphen.
    assert http.get("/api/situations?q=-").json() == []
    assert http.get("/api/situations?q=low-lying").json()


def test_exports_are_saved_under_names_that_say_what_they_are(client: tuple[TestClient, str]) -> None:
    http, token = client
    http.post("/api/articles?wait=true", json=FLOOD, headers={"Authorization": f"Bearer {token}"})
    (situation,) = http.get("/api/situations").json()
    sid = situation["id"]
    for fmt, suffix in (("csv", "csv"), ("json", "json"), ("geojson", "geojson")):
        answer = http.get(f"/api/situations/{sid}/export?format={fmt}")
        assert answer.headers["content-disposition"] == (
            f'attachment; filename="sitroom-situation-{sid}-timeline.{suffix}"'
        )
    brief = http.get(f"/api/situations/{sid}/sitrep?format=md")
    assert brief.headers["content-disposition"].endswith(f'filename="sitroom-situation-{sid}-brief.md"')


def test_an_outlet_page_lists_its_reports_and_the_situations_it_reported(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    for day, outlet in (
        ("2024-03-14", "Riverton / Gazette"),
        ("2024-03-15", "Riverton / Gazette"),
        ("2024-03-15", "Wire"),
    ):
        http.post(
            "/api/articles?wait=true",
            json={
                **FLOOD,
                "date": day,
                "source": outlet,
                "title": f"Flood {day} {outlet}",
                "text": f"{FLOOD['text']} ({day}, {outlet})",
            },
            headers=auth,
        )
    outlet = http.get("/api/outlets/Riverton / Gazette").json()
    assert outlet["reports"] == 2 and [a["published"] for a in outlet["latest"]] == ["2024-03-15", "2024-03-14"]
    assert sum(s["reports"] for s in outlet["situations"]) == 2
    page = http.get("/outlets/Riverton / Gazette")
    assert page.status_code == 200 and "Flood 2024-03-14 Riverton / Gazette" in page.text
    assert http.get("/api/outlets/Nobody").status_code == 404
    assert "/outlets/Wire" in http.get(f"/articles/{http.get('/api/outlets/Wire').json()['latest'][0]['id']}").text


def test_a_posted_batch_is_a_job_whose_progress_can_be_read(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    accepted = http.post(
        "/api/articles", json=[FLOOD, {**FLOOD, "text": FLOOD["text"] + " More rain fell."}], headers=auth
    )
    assert accepted.status_code == 202
    job = accepted.json()
    assert job["total"] == 2 and job["status"] == f"/api/jobs/{job['job']}"
    deadline = time.time() + 60
    while (job := http.get(f"/api/jobs/{job['job']}").json())["state"] in ("queued", "running"):
        assert time.time() < deadline
        time.sleep(0.1)
    assert job["state"] == "done" and job["done"] == 2
    assert all(http.get(f"/api/articles/{a['id']}").status_code == 200 for a in job["articles"])
    assert http.get("/api/jobs/nosuchjob").status_code == 404
    assert "202" in http.get("/openapi.json").json()["paths"]["/api/articles"]["post"]["responses"]


def test_the_situation_list_filters_by_size_days_place_and_event_type(client: tuple[TestClient, str]) -> None:
    http, token = client
    auth = {"Authorization": f"Bearer {token}"}
    strike = {
        "date": "2024-06-03",
        "source": "Harbour News",
        "title": "Dock workers strike at the Port of Kelso",
        "text": "Dock workers walked off the job at the Port of Kelso on Monday, halting cargo traffic.",
    }
    for report in (FLOOD, {**FLOOD, "date": "2024-03-15", "text": FLOOD["text"] + " The river fell."}, strike):
        assert http.post("/api/articles?wait=true", json=report, headers=auth).status_code == 200
    every = http.get("/api/situations").json()
    assert len(every) == 2
    (flood,) = [s for s in every if s["articles"] == 2]
    assert [s["id"] for s in http.get("/api/situations?min_reports=2").json()] == [flood["id"]]
    assert [s["id"] for s in http.get("/api/situations?until=2024-04-01").json()] == [flood["id"]]
    assert [s["id"] for s in http.get("/api/situations?since=2024-06-01").json()] != [flood["id"]]
    assert [s["id"] for s in http.get("/api/situations?type=arrest").json()] == [flood["id"]]
    assert [s["id"] for s in http.get("/api/situations?place=Tulsa").json()] == [flood["id"]]
    assert http.get("/api/situations?place=Nowhere%20at%20all").json() == []
    assert http.get("/api/situations?since=soon").status_code == 400
    assert len(http.get("/api/situations?order=alerts").json()) == 2
    page = http.get("/?min_reports=2&since=")  # a date left empty in the form is no bound
    assert page.status_code == 200 and "1–1 of 1 situation" in page.text
    assert "min_reports=2&order=" in page.text  # the order links carry the filter
