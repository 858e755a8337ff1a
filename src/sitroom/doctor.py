"""`sitroom doctor`: look at a store and the model and say, in plain words, what is wrong.

Looks only: the store is opened read-only, so a doctor never changes what it examines."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .store.migrations import MIGRATIONS


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def examine(db: Path, model: str) -> list[Finding]:
    return [*_store(db), *_model(model)]


def _store(db: Path) -> list[Finding]:
    if not db.exists():
        return [Finding(False, f"There is no store at {db}: `sitroom ingest --db {db} ...` makes one.")]
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        return [Finding(False, f"{db} cannot be read as a SQLite database: {exc}.")]
    found: list[Finding] = []
    with conn:
        try:
            _contents(conn, found)
        except sqlite3.DatabaseError as exc:  # damage the checks ran into: said, never a crash
            found.append(
                Finding(
                    False,
                    f"Part of the store cannot be read ({exc}): restore it from a backup (`sitroom backup`"
                    " makes one), or ingest the reports again into a new store.",
                )
            )
    free = shutil.disk_usage(db.resolve().parent).free
    if free < 1 << 30:
        found.append(Finding(False, f"Only {free >> 20} MB free beside the store; ingest may fail when it fills."))
    return found


def _contents(conn: sqlite3.Connection, found: list[Finding]) -> None:
    """The checks of an open store, each finding added to `found` as it is made."""
    check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    found.append(
        Finding(True, "The database file is intact (integrity check passed).")
        if check == "ok"
        else Finding(False, f"The database file is damaged: {check}. Restore it from a copy.")
    )
    applied = {r[0] for r in conn.execute("SELECT name FROM migrations")} if _has(conn, "migrations") else set()
    known = [name for name, _ in MIGRATIONS]
    newer = sorted(applied - set(known))
    behind = [name for name in known if name not in applied]
    if newer:
        found.append(Finding(False, f"The store was made by a newer sitroom ({newer[0]}); upgrade sitroom."))
    elif behind:
        found.append(
            Finding(True, f"The store is {len(behind)} schema step(s) behind; the next sitroom command updates it.")
        )
    else:
        found.append(Finding(True, "The store's schema is up to date."))
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        found.append(Finding(False, f"The journal mode is {mode}, not WAL: readers may wait on writers."))
    if not _has(conn, "articles"):
        return
    articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    found.append(Finding(True, f"{articles} articles stored."))
    if _has(conn, "situation_articles"):
        unplaced = conn.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN situation_articles s ON s.article_id = a.id"
            " WHERE s.article_id IS NULL"
        ).fetchone()[0]
        if unplaced:
            found.append(Finding(False, f"{unplaced} articles have no situation: run `sitroom situations backfill`."))
    from .nlp.pipeline import analysis_version

    older = conn.execute(
        "SELECT COUNT(*) FROM articles WHERE pipeline NOT LIKE ?", (f"%+sitroom.{analysis_version()}",)
    ).fetchone()[0]
    if older:
        found.append(
            Finding(
                True,
                f"{older} articles were analysed by an older sitroom; their analyses stay as they were"
                " (ingest them into a new store to analyse them again).",
            )
        )
    if _has(conn, "alert_notifications"):
        waiting = conn.execute("SELECT COUNT(*) FROM alert_notifications WHERE state = 'retry'").fetchone()[0]
        failed = conn.execute("SELECT COUNT(*) FROM alert_notifications WHERE state = 'failed'").fetchone()[0]
        if waiting:
            found.append(
                Finding(
                    False,
                    f"{waiting} alerts were not delivered yet and will be retried (`sitroom alerts` shows"
                    " why; `sitroom alerts send` tries now).",
                )
            )
        if failed:
            found.append(
                Finding(False, f"{failed} alerts could not be sent after every retry: check the webhook or command")
            )
    if _has(conn, "alert_rules"):
        from .store.alerts import invalid_rules

        for reason in invalid_rules(conn):
            found.append(Finding(False, f"A stored watch rule is not used: {reason}. Load it again, fixed."))
    if _has(conn, "followed_sources") and _has(conn, "source_items"):
        found.extend(_followed(conn))


def _followed(conn: sqlite3.Connection) -> list[Finding]:
    from .settings import FollowConfig
    from .store.following import all_sources

    conn.row_factory = sqlite3.Row
    sources = all_sources(conn)
    failing = [s for s in sources if s.health(FollowConfig().failing_after) == "failing"]
    if not failing:
        return [Finding(True, f"{len(sources)} sources followed, none failing.")] if sources else []
    names = ", ".join(f"#{s.id} {s.name}" for s in failing[:5]) + (" ..." if len(failing) > 5 else "")
    return [
        Finding(
            False,
            f"{len(failing)} followed sources are failing ({names}): `sitroom sources` says why;"
            " `sitroom sources enable SOURCE` polls one again now.",
        )
    ]


def _model(model: str) -> list[Finding]:
    from .errors import SitroomError
    from .nlp.pipeline import load_pipeline, pipeline_id

    try:
        nlp = load_pipeline(model)
    except SitroomError as exc:
        return [Finding(False, f"The language model cannot be loaded: {exc.message}.")]
    return [Finding(True, f"The language model loads: {pipeline_id(nlp)}.")]


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None
    )
