"""SQLite ownership: WAL, named migrations, per-thread readers, one serialised writer and a
background checkpointer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import store_error
from .migrations import MIGRATIONS

CHECKPOINT_EVERY_S = 0.5  # how often the WAL is copied into the database file, off the writer's path
# Backstop: should the checkpointer fall behind, the writer itself checkpoints at this many WAL pages.
WAL_LIMIT_PAGES = 16384


class Database:
    """One SQLite file. Reads use a connection per thread; every write goes through
    `write()`, which holds one lock and one connection in `BEGIN IMMEDIATE`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._writer = self._connect()
        self._writer.execute(f"PRAGMA wal_autocheckpoint={WAL_LIMIT_PAGES}")
        self._migrate()
        self._stop = threading.Event()
        self._checkpointer = threading.Thread(target=self._checkpoint, name="sitroom-checkpoint", daemon=True)
        self._checkpointer.start()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against process crashes in WAL mode; only power loss can lose the last commit.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    def _migrate(self) -> None:
        known = {name for name, _ in MIGRATIONS}
        with self.write() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {row["name"] for row in conn.execute("SELECT name FROM migrations")}
            for name in sorted(applied - known):
                raise store_error("E203", path=self.path, name=name)
            for name, sql in MIGRATIONS:
                if name in applied:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, now()))

    def _checkpoint(self) -> None:
        """Copy committed WAL pages into the database file every CHECKPOINT_EVERY_S, beside the
        writer rather than in its path: a checkpoint ends in an fsync of the database file whose
        cost grows with the file. A PASSIVE checkpoint takes no lock that writers or readers wait
        on; the pages committed while it ran are then copied with this process's writer held off
        for that short moment, so that the WAL is all copied and the next write starts it over."""
        conn = self._connect()
        try:
            while not self._stop.wait(CHECKPOINT_EVERY_S):
                try:
                    _, pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    if copied < pages:
                        with self._write_lock:
                            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.OperationalError:
                    continue  # another process is checkpointing; the next round catches up
        finally:
            conn.close()

    @property
    def reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all of it lands or none of it does."""
        with self._write_lock:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        self._stop.set()
        self._checkpointer.join()
        self._writer.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
