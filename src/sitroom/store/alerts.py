"""Alert rules, their matches and notifications in SQLite. `record_matches` runs inside the
transaction that stores the article, so a report is matched exactly once."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..corpus.alerts import (
    BASELINE_WINDOWS,
    Match,
    Rule,
    event_matches,
    rule_from_dict,
    rule_to_dict,
    spike_reason,
    top_priority,
)
from ..errors import SitroomError, store_error
from ..model import Analysis
from .database import now


@dataclass(frozen=True)
class Notification:
    id: int
    article_id: str
    situation_id: int | None
    priority: str
    rules: tuple[str, ...]
    summary: str
    created_at: str
    state: str  # pending, sending, sent, retry (due again at next_attempt_at), failed (for good)
    sent_at: str | None = None
    error: str | None = None
    attempts: int = 0
    next_attempt_at: str | None = None


def save_rules(conn: sqlite3.Connection, rules: Sequence[Rule]) -> None:
    """Add rules, or replace the ones of the same name."""
    conn.executemany(
        "INSERT INTO alert_rules (name, spec, silenced, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET spec = excluded.spec, silenced = excluded.silenced,"
        " updated_at = excluded.updated_at",
        [(r.name, json.dumps(rule_to_dict(r)), int(r.silenced), now()) for r in rules],
    )


def load_rules(conn: sqlite3.Connection) -> list[Rule]:
    """The stored rules that hold today's bounds; one saved before a bound existed is left out
    rather than failing every ingest (`sitroom doctor` names it, through `invalid_rules`)."""
    return [rule for rule in _stored_rules(conn) if isinstance(rule, Rule)]


def invalid_rules(conn: sqlite3.Connection) -> list[str]:
    """Why each stored rule that today's bounds refuse is refused."""
    return [rule for rule in _stored_rules(conn) if isinstance(rule, str)]


def _stored_rules(conn: sqlite3.Connection) -> list[Rule | str]:
    """Each stored rule, or the reason it no longer holds."""
    found: list[Rule | str] = []
    for spec, silenced in conn.execute("SELECT spec, silenced FROM alert_rules ORDER BY name"):
        try:
            found.append(replace(rule_from_dict(json.loads(spec)), silenced=bool(silenced)))
        except SitroomError as exc:
            found.append(exc.message)
    return found


def silence(conn: sqlite3.Connection, name: str, silenced: bool) -> None:
    if conn.execute("UPDATE alert_rules SET silenced = ? WHERE name = ?", (int(silenced), name)).rowcount == 0:
        raise store_error("E207", name=name)


def delete_rule(conn: sqlite3.Connection, name: str) -> None:
    if conn.execute("DELETE FROM alert_rules WHERE name = ?", (name,)).rowcount == 0:
        raise store_error("E207", name=name)


def record_matches(conn: sqlite3.Connection, analysis: Analysis, situation_id: int) -> Notification | None:
    """Match a newly stored article against the rules; one notification for all it matches."""
    rules = [r for r in load_rules(conn) if not r.silenced]
    if not rules:
        return None
    article = analysis.article
    matches = event_matches(rules, analysis)
    matches += _spikes(conn, [r for r in rules if r.spike is not None], situation_id, article.published)
    stamp = now()
    conn.executemany(
        "INSERT OR IGNORE INTO alert_matches VALUES (?, ?, ?, ?, ?, ?)",
        [(m.rule, article.id, m.event, situation_id, m.reason, stamp) for m in matches],
    )
    if not matches:
        return None
    summary = _summary(analysis, matches)
    names = tuple(dict.fromkeys(m.rule for m in matches))
    priority = top_priority(matches)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO alert_notifications (article_id, situation_id, priority, rules, summary, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article.id, situation_id, priority, json.dumps(list(names)), summary, stamp),
    )
    if cursor.rowcount == 0:
        return None
    return Notification(
        int(cursor.lastrowid or 0), article.id, situation_id, priority, names, summary, stamp, "pending"
    )


def _spikes(conn: sqlite3.Connection, rules: Sequence[Rule], situation_id: int, day: date) -> list[Match]:
    found = []
    for rule in rules:
        assert rule.spike is not None
        since = day - timedelta(days=rule.spike.window_days * (BASELINE_WINDOWS + 1))
        by_day = {
            date.fromisoformat(d): n
            for d, n in conn.execute(
                "SELECT day, reports FROM situation_days WHERE situation_id = ? AND day > ? AND day <= ?",
                (situation_id, since.isoformat(), day.isoformat()),
            )
        }
        reason = spike_reason(rule.spike, by_day, day)
        if reason is None:
            continue
        fresh = conn.execute(
            "INSERT OR IGNORE INTO alert_spikes VALUES (?, ?, ?)", (rule.name, situation_id, day.isoformat())
        ).rowcount
        if fresh:
            found.append(Match(rule.name, rule.priority, -1, f"situation {situation_id}: {reason}"))
    return found


def _summary(analysis: Analysis, matches: Sequence[Match]) -> str:
    first = min(matches, key=lambda m: (m.priority != top_priority(matches), m.event < 0))
    if first.event < 0:
        return f"{first.rule}: {first.reason}"
    event = analysis.events[first.event]
    sentence = " ".join(event.evidence.of(analysis.article.text).split())
    return f"{first.rule}: {event.type} ({first.reason}) — “{sentence[:200]}”"


def notifications(conn: sqlite3.Connection, limit: int = 50, state: str | None = None) -> list[Notification]:
    sql = "SELECT * FROM alert_notifications"
    params: list[object] = []
    if state:
        sql += " WHERE state = ?"
        params.append(state)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [_notification(row) for row in conn.execute(sql, params)]


LEASE_SECONDS = 120  # a notification being sent is not handed out again before this
MAX_ATTEMPTS = 8  # then it is `failed` for good, and shown so
BACKOFF_SECONDS = 30  # before the second attempt; doubled each time, at most an hour


def notification_states(conn: sqlite3.Connection) -> dict[str, int]:
    """How many notifications are in each state (pending, sending, sent, retry, failed)."""
    return {row[0]: row[1] for row in conn.execute("SELECT state, COUNT(*) FROM alert_notifications GROUP BY state")}


def claim_next(conn: sqlite3.Connection) -> Notification | None:
    """Lease the next notification due: pending, due for a retry, or left `sending` by a sender
    whose lease ran out (it died: at least once, so it is sent again). None when none is due."""
    stamp = now()
    row = conn.execute(
        "SELECT * FROM alert_notifications WHERE (state = 'pending')"
        " OR (state = 'retry' AND next_attempt_at <= ?) OR (state = 'sending' AND leased_until <= ?)"
        " ORDER BY id LIMIT 1",
        (stamp, stamp),
    ).fetchone()
    if row is None:
        return None
    until = (datetime.fromisoformat(stamp) + timedelta(seconds=LEASE_SECONDS)).isoformat(timespec="seconds")
    conn.execute(
        "UPDATE alert_notifications SET state = 'sending', leased_until = ?, attempts = attempts + 1 WHERE id = ?",
        (until, row["id"]),
    )
    return _notification(conn.execute("SELECT * FROM alert_notifications WHERE id = ?", (row["id"],)).fetchone())


def requeue_failed(conn: sqlite3.Connection) -> int:
    """Give the notifications that failed for good a fresh set of attempts, due now; how many."""
    cursor = conn.execute(
        "UPDATE alert_notifications SET state = 'retry', attempts = 0, next_attempt_at = ? WHERE state = 'failed'",
        (now(),),
    )
    return cursor.rowcount


def mark_sent(conn: sqlite3.Connection, notification_id: int, error: str | None) -> None:
    """Sent; or, with an error, due again after a backoff, or `failed` after MAX_ATTEMPTS."""
    stamp = now()
    if error is None:
        conn.execute(
            "UPDATE alert_notifications SET state = 'sent', sent_at = ?, error = NULL, leased_until = NULL"
            " WHERE id = ?",
            (stamp, notification_id),
        )
        return
    (attempts,) = conn.execute("SELECT attempts FROM alert_notifications WHERE id = ?", (notification_id,)).fetchone()
    if attempts >= MAX_ATTEMPTS:
        conn.execute(
            "UPDATE alert_notifications SET state = 'failed', error = ?, leased_until = NULL WHERE id = ?",
            (error, notification_id),
        )
        return
    wait = min(BACKOFF_SECONDS * 2 ** (attempts - 1), 3600)
    due = (datetime.fromisoformat(stamp) + timedelta(seconds=wait)).isoformat(timespec="seconds")
    conn.execute(
        "UPDATE alert_notifications SET state = 'retry', next_attempt_at = ?, error = ?, leased_until = NULL"
        " WHERE id = ?",
        (due, error, notification_id),
    )


def _notification(row: sqlite3.Row) -> Notification:
    return Notification(
        id=row["id"],
        article_id=row["article_id"],
        situation_id=row["situation_id"],
        priority=row["priority"],
        rules=tuple(json.loads(row["rules"])),
        summary=row["summary"],
        created_at=row["created_at"],
        state=row["state"],
        sent_at=row["sent_at"],
        error=row["error"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
    )
