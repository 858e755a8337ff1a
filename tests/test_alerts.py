"""Watch rules: what fires, once, and how notifications leave."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import sitroom
from sitroom.cli import cli
from sitroom.corpus.alerts import parse_rules
from sitroom.ingest import ingest
from sitroom.notify import send_pending
from sitroom.settings import Options
from sitroom.store import Store

RULES = """
[[rule]]
name = "arrests in Washington"
priority = "flash"
event_types = ["arrest"]
near = { place = "Washington, D.C.", radius_km = 30 }

[[rule]]
name = "big arrests"
priority = "urgent"
event_types = ["arrest", "charge"]
min_count = 5

[[rule]]
name = "arrests in Paris"
event_types = ["arrest"]
near = { place = "Paris", radius_km = 50 }
"""


def test_arrests_in_washington_fire_once(tmp_path: Path, reference_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        store.add_rules(parse_rules(RULES, "rules.toml"))
        ingest(store, [reference_path], Options())
        ingest(store, [reference_path], Options())  # seen again: nothing new
        (alert,) = store.notifications()
        # One notification for the report, with every rule it matched, at the most pressing priority.
        assert alert.priority == "flash"
        assert set(alert.rules) == {"arrests in Washington", "big arrests"}
        assert "at least ten people were arrested overnight" in alert.summary
        matched = store.db.reader.execute("SELECT DISTINCT rule FROM alert_matches").fetchall()
        assert {r[0] for r in matched} == {"arrests in Washington", "big arrests"}


def test_silenced_rules_stay_quiet(tmp_path: Path, reference_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_rules(parse_rules(RULES, "rules.toml"))
        for name in ("arrests in Washington", "big arrests"):
            store.silence_rule(name)
        ingest(store, [reference_path], Options())
        assert store.notifications() == []


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ('[[rule]]\nname = "x"\nevent_types = ["looting"]', "unknown event type 'looting'"),
        ('[[rule]]\nname = "x"\nwhen = 3\nevent_types = ["arrest"]', "unknown field 'when'"),
        ('[[rule]]\nevent_types = ["arrest"]', "needs a name"),
        ('[[rule]]\nname = "x"\npriority = "high"\nevent_types = ["arrest"]', "priority must be one of"),
        ('[[rule]]\nname = "x"', "gives nothing to match"),
        ('[[rule]]\nname = "x"\nnear = { place = "Nowhereville", radius_km = 5 }', "no place called"),
        ("[[rule]\nname =", "not TOML"),
        # Bounds: a rule that would make every later ingest fail is refused when it is loaded.
        ('[[rule]]\nname = "x"\nspike = { window_days = 100000, factor = 2.0, min_reports = 3 }', "window_days"),
        ('[[rule]]\nname = "x"\nspike = { window_days = "7", factor = 2.0, min_reports = 3 }', "window_days"),
        ('[[rule]]\nname = "x"\nnear = { place = "Washington, D.C.", radius_km = -5 }', "radius_km must be above 0"),
        ('[[rule]]\nname = "x"\nnear = { place = "Tulsa", radius_km = "far" }', "radius_km must be a number"),
        ('[[rule]]\nname = "x"\nnear = { latitude = 95, longitude = 0, radius_km = 5 }', "latitude must be"),
    ],
)
def test_bad_rules_are_named(toml: str, problem: str) -> None:
    with pytest.raises(sitroom.SitroomError, match="E206") as caught:
        parse_rules(toml, "watch.toml")
    assert "watch.toml" in str(caught.value) and problem in str(caught.value)


SPIKE = """
[[rule]]
name = "surge"
priority = "urgent"
spike = { window_days = 1, factor = 2.0, min_reports = 3 }
"""
STRIKE = (
    "Dock workers at the Port of Kelso stayed off the job as the Harbour Workers Union and the Kelso Port "
    "Authority failed to agree on a contract. Union leader Priya Raman said the strike would go on. ({n})"
)


def test_spike_needs_volume_and_fires_once(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        store.add_rules(parse_rules(SPIKE, "spike.toml"))
        store.save(sitroom.analyze(STRIKE.format(n=0), published="2024-06-03", source="a"))
        assert store.notifications() == []  # one report in a quiet place does not fire
        for n in range(1, 5):
            store.save(sitroom.analyze(STRIKE.format(n=n), published="2024-06-04", source=f"s{n}"))
        (alert,) = store.notifications()
        assert alert.rules == ("surge",) and "3 reports in 1 day(s)" in alert.summary


def test_notifications_are_sent_once(tmp_path: Path, reference_path: Path) -> None:
    out = tmp_path / "received.jsonl"
    receiver = f"{sys.executable} -c \"import sys; open({str(out)!r}, 'a').write(sys.stdin.read() + chr(10))\""
    with Store(tmp_path / "n.db") as store:
        store.add_rules(parse_rules(RULES, "rules.toml"))
        ingest(store, [reference_path], Options())
        assert len(send_pending(store, None, receiver).sent) == 1
        assert send_pending(store, None, receiver).sent == []
        (alert,) = store.notifications()
        assert alert.state == "sent"
    lines = out.read_text().splitlines()
    assert len(lines) == 1 and '"priority": "flash"' in lines[0]


def test_watch_ingests_what_appears_and_prints_alerts(tmp_path: Path, reference_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["alerts", "load", "--db", db, str(rules)]).exit_code == 0
    shutil.copy(reference_path, inbox / reference_path.name)
    watched = runner.invoke(cli, ["watch", "--db", db, "--once", "--interval", "0", str(inbox)])
    assert watched.exit_code == 0, watched.output
    assert "stored 1" in watched.output and "[FLASH]" in watched.output
    again = runner.invoke(cli, ["watch", "--db", db, "--once", "--interval", "0", str(inbox)])
    assert "[FLASH]" not in again.output  # already stored and already alerted
    listed = runner.invoke(cli, ["alerts", "--db", db])
    assert listed.output.count("[FLASH]") == 1


def test_a_report_written_in_washington_about_arrests_elsewhere_does_not_fire(tmp_path: Path) -> None:
    text = (
        "Immigration raids drew criticism from Democrats on Monday.\n\n"
        "In Washington, lawmakers met at the Capitol. The White House said nothing, and Washington stayed quiet.\n\n"
        "Agents arrested 121 people over the weekend, officials said."
    )
    with Store(tmp_path / "w.db") as store:
        store.add_rules(parse_rules(RULES, "rules.toml"))
        store.save(sitroom.analyze(text, published="2016-01-12"))
        assert [n.rules for n in store.notifications()] == [("big arrests",)]  # the count, not the place


def test_notifications_are_posted_to_a_webhook_once(tmp_path: Path, reference_path: Path) -> None:
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received: list[dict[str, object]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        with Store(tmp_path / "h.db") as store:
            store.add_rules(parse_rules(RULES, "rules.toml"))
            ingest(store, [reference_path], Options())
            assert len(send_pending(store, url, None).sent) == 1
            assert send_pending(store, url, None).sent == []
            assert store.notifications()[0].state == "sent"
        dead = tmp_path / "dead.db"
        with Store(dead) as store:  # an unreachable hook: kept for a retry after a backoff, not dropped
            store.add_rules(parse_rules(RULES, "rules.toml"))
            ingest(store, [reference_path], Options())
            delivery = send_pending(store, "http://127.0.0.1:9/nothing", None)
            assert delivery.sent == [] and len(delivery.failed) == 1
            (waiting,) = store.notifications()
            assert waiting.state == "retry" and waiting.attempts == 1 and "webhook" in (waiting.error or "")
            assert send_pending(store, url, None).sent == []  # not due yet
            with store.db.write() as conn:  # the backoff has passed
                conn.execute("UPDATE alert_notifications SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
            assert len(send_pending(store, url, None).sent) == 1
            assert store.notifications()[0].state == "sent"
    finally:
        server.shutdown()
    assert len(received) == 2 and received[0]["priority"] == "flash" and "arrests in Washington" in received[0]["rules"]


def test_a_stored_rule_out_of_bounds_is_left_out_not_fatal(tmp_path: Path) -> None:
    import json
    import sqlite3

    from sitroom.doctor import examine

    db = tmp_path / "old.db"
    Store(db).close()
    old_spec = {"name": "surge", "spike": {"window_days": 100_000, "factor": 2.0, "min_reports": 3}}
    with sqlite3.connect(db) as conn:  # as a sitroom without bounds would have saved it
        conn.execute(
            "INSERT INTO alert_rules (name, spec, silenced, updated_at) VALUES (?, ?, 0, '2024-01-01')",
            ("surge", json.dumps(old_spec)),
        )
    (tmp_path / "in.txt").write_text("date 2024-03-02\nPolice arrested 12 people in Tulsa.\n", encoding="utf-8")
    with Store(db) as store:
        assert store.rules() == []
        report = ingest(store, [tmp_path / "in.txt"], Options(db=str(db)))
        assert report.stored == 1 and report.failed == 0
    findings = [f.text for f in examine(db, Options().model) if not f.ok]
    assert any("surge" in text and "window_days" in text for text in findings)


def _store_with_alerts(path: Path, count: int) -> Store:
    store = Store(path)
    store.add_rules(parse_rules('[[rule]]\nname = "strikes"\nevent_types = ["protest"]\n', "rules.toml"))
    for n in range(count):
        store.save(sitroom.analyze(STRIKE.format(n=n), published="2024-06-03", source=f"outlet {n}"))
    assert len(store.notifications()) == count
    return store


def test_a_sender_that_dies_mid_send_loses_nothing(tmp_path: Path) -> None:
    with _store_with_alerts(tmp_path / "d.db", 2) as store:
        leased = store.claim_notification()  # then the process is killed before marking it
        assert leased is not None and leased.state == "sending"
        other = store.claim_notification()
        assert other is not None and other.id != leased.id  # the lease holds it from a second sender
        store.mark_sent(other.id)
        assert store.claim_notification() is None
        with store.db.write() as conn:  # the lease runs out
            conn.execute("UPDATE alert_notifications SET leased_until = '2000-01-01T00:00:00+00:00'")
        again = store.claim_notification()
        assert again is not None and again.id == leased.id and again.attempts == 2


def test_a_failing_channel_stops_the_round_and_gives_up_after_the_last_attempt(tmp_path: Path) -> None:
    from sitroom.store.alerts import MAX_ATTEMPTS

    with _store_with_alerts(tmp_path / "f.db", 3) as store:
        delivery = send_pending(store, None, "false")  # a command that fails
        assert len(delivery.failed) == 1 and "exited 1" in delivery.failed[0][1]
        states = sorted(n.state for n in store.notifications())
        assert states == ["pending", "pending", "retry"]  # the two others wait for the next round
        for _ in range(MAX_ATTEMPTS):
            with store.db.write() as conn:
                conn.execute("UPDATE alert_notifications SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
            send_pending(store, None, "false")
        first = min(store.notifications(), key=lambda n: n.id)
        assert first.state == "failed" and first.attempts == MAX_ATTEMPTS


def test_ingest_says_when_an_alert_was_not_delivered_and_alerts_send_retries(
    tmp_path: Path, reference_path: Path
) -> None:
    db = str(tmp_path / "w.db")
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["alerts", "load", "--db", db, str(rules)]).exit_code == 0
    ran = runner.invoke(cli, ["ingest", "--quiet", "--db", db, "--alert-command", "false", str(reference_path)])
    assert ran.exit_code == 0 and "warning: alerts: 0 sent, 1 waiting to be sent, 0 failed for good" in ran.stderr
    listed = runner.invoke(cli, ["alerts", "--db", db]).stdout
    assert "not delivered, attempt 1" in listed and "exited 1" in listed
    with Store(db) as store, store.db.write() as conn:  # the backoff has passed
        conn.execute("UPDATE alert_notifications SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
    sent = runner.invoke(cli, ["alerts", "send", "--db", db, "--alert-command", "true"])
    assert sent.exit_code == 0 and "alerts: 1 sent" in sent.stdout
    assert runner.invoke(cli, ["alerts", "send", "--db", db]).exit_code == 1  # no channel given
    with Store(db) as store, store.db.write() as conn:  # as if every attempt had failed
        conn.execute("UPDATE alert_notifications SET state = 'failed'")
    again = runner.invoke(cli, ["alerts", "send", "--retry-failed", "--db", db, "--alert-command", "true"])
    assert "1 failed alerts due again" in again.stdout and "alerts: 1 sent" in again.stdout


def test_a_file_written_in_bursts_is_read_once_whole(tmp_path: Path) -> None:
    import os
    import time

    from sitroom.watch import FolderWatcher

    watcher = FolderWatcher(tmp_path, settle=0.6)
    report = tmp_path / "report.txt"
    report.write_text("date 2024-06-03\nDock workers walked off the job", encoding="utf-8")
    assert watcher.ready() == []
    time.sleep(0.3)
    assert watcher.ready() == [] and watcher.settling == 1  # held still, but written too lately
    with report.open("a", encoding="utf-8") as more:  # the second burst
        more.write(" at the Port of Kelso on Monday.\n")
    assert watcher.ready() == []
    time.sleep(0.7)
    assert watcher.ready() == [report] and watcher.settling == 0
    assert watcher.ready() == []  # handed out once
    os.utime(report)  # touched again: written anew, so read again once settled
    time.sleep(0.7)
    watcher.ready()
    assert watcher.ready() == [report]


class _Hook:
    """A webhook on 127.0.0.1 that records each notification's id, answers `status`, takes
    `delay_s` over each answer, and answers only once its `gate` is open."""

    def __init__(self, status: int = 204, delay_s: float = 0.0) -> None:
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.status, self.delay_s, self.received = status, delay_s, []
        self.gate = threading.Event()
        self.gate.set()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                hook.gate.wait(30)
                time.sleep(hook.delay_s)
                if hook.status < 300:
                    hook.received.append(body["id"])
                self.send_response(hook.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _lease_runs_out(store: Store) -> None:
    with store.db.write() as conn:  # as after LEASE_SECONDS, and the backoff
        conn.execute(
            "UPDATE alert_notifications SET leased_until = '2000-01-01T00:00:00+00:00',"
            " next_attempt_at = '2000-01-01T00:00:00+00:00'"
        )


def test_a_sender_killed_mid_send_then_restarted_delivers_every_alert_at_least_once(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    db = tmp_path / "k.db"
    _store_with_alerts(db, 6).close()
    hook = _Hook(delay_s=0.4)
    try:
        command = [sys.executable, "-m", "sitroom", "alerts", "send", "--alert-webhook", hook.url, "--db", str(db)]
        sender = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(hook.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait()
        with Store(db) as store:
            ids = {n.id for n in store.notifications()}
            assert len(ids) == 6 and len(set(hook.received)) < 6  # killed before the end
            _lease_runs_out(store)
        again = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        with Store(db) as store:
            assert {n.state for n in store.notifications()} == {"sent"}
        assert set(hook.received) == ids  # every one at least once; a repeat carries the same id
    finally:
        hook.close()


def test_a_webhook_down_then_up_gets_every_alert_after_the_retry(tmp_path: Path) -> None:
    hook = _Hook(status=503)
    try:
        with _store_with_alerts(tmp_path / "u.db", 3) as store:
            first = send_pending(store, hook.url, None)
            assert first.sent == [] and len(first.failed) == 1 and "503" in first.failed[0][1]
            hook.status = 204  # the receiver is back
            _lease_runs_out(store)
            assert len(send_pending(store, hook.url, None).sent) == 3
            assert {n.state for n in store.notifications()} == {"sent"}
            assert sorted(hook.received) == sorted(n.id for n in store.notifications())
    finally:
        hook.close()


def test_the_sender_delivers_from_its_own_thread_while_reports_are_stored(tmp_path: Path) -> None:
    from sitroom.notify import Sender

    hook = _Hook()
    hook.gate.clear()  # the webhook hangs until the reports are stored
    try:
        with _store_with_alerts(tmp_path / "s.db", 0) as store:
            sender = Sender(store, hook.url, None, interval_s=0.1).start()
            for n in range(3):
                store.save(sitroom.analyze(STRIKE.format(n=n), published="2024-06-03", source=f"outlet {n}"))
                sender.wake()
            # every report stored, and its alert raised, while the first alert is still on its way
            assert len(store.notifications()) == 3 and hook.received == []
            hook.gate.set()
            done = sender.close(wait_s=30)
            assert len(done.sent) == 3 and sorted(hook.received) == sorted(n.id for n in store.notifications())
    finally:
        hook.close()
