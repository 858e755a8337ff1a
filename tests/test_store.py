from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sitroom
from sitroom.cli import sample_dir
from sitroom.ingest import ingest
from sitroom.settings import Options
from sitroom.store import Store
from sitroom.store.migrations import MIGRATIONS

from .conftest import FIXTURES


def test_round_trip_keeps_the_whole_analysis(store: Store) -> None:
    report = ingest(store, [FIXTURES / "march-2023-05-02.txt"], Options())
    assert (report.read, report.stored, report.failed) == (1, 1, 0)
    (summary,) = store.articles()
    stored = store.analysis(summary.id[:6])
    fresh = sitroom.analyze_article(
        next(iter(sitroom.sources.read_path(FIXTURES / "march-2023-05-02.txt", 10**6))), Options().model
    )
    # Everything comes back: document, entities, dates, events, places, attributions.
    assert stored == fresh
    assert stored.entities and stored.dates and stored.attributions


def test_ingest_is_idempotent(store: Store) -> None:
    first = ingest(store, [sample_dir()], Options())
    counts = store.counts()
    second = ingest(store, [sample_dir()], Options())
    assert first.stored == first.read == 7 and first.failed == 0
    assert (second.read, second.stored, second.unchanged) == (7, 0, 7)
    assert store.counts() == counts


def test_the_same_article_twice_in_one_run_is_stored_once(store: Store, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("date 2021-01-06\nThe same report about Lisbon.", encoding="utf-8")
    report = ingest(store, [tmp_path], Options())
    assert (report.read, report.stored, report.unchanged) == (2, 1, 1)


def test_bad_files_do_not_stop_the_batch(store: Store, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date 2021-01-06\nPolice closed Main Street in Tulsa.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # an image named .txt
    seen = []
    report = ingest(store, [tmp_path], Options(), on_error=seen.append)
    assert (report.stored, report.failed) == (1, 1)
    assert [e.code for e in seen] == ["E101"]


def test_schema_is_migrated_once_and_search_works(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with sitroom.open(path) as store:
        ingest(store, [sample_dir()], Options())
    with sitroom.open(path) as store:  # reopening applies nothing twice
        assert [a.source for a in store.articles(query="dock AND strike")] and store.integrity() == "ok"
        assert {a.published.year for a in store.articles(query="floodwaters")} == {2024}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in conn.execute("SELECT name FROM migrations")]
    assert applied == [name for name, _ in MIGRATIONS] and applied[0] == "0001_initial"


def make_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    base = (sample_dir() / "riverton-flood-2024-03-14.txt").read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"report-{i:03d}.txt").write_text(base + f"\nUpdate number {i} from the river.\n", encoding="utf-8")


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_killed_ingest_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "killed.db"
    make_corpus(corpus, 60)
    command = [sys.executable, "-m", "sitroom", "ingest", "-q", "--db", str(db), str(corpus)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored_count(db) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = stored_count(db)
    assert 5 <= partial < 60, "the kill must land midway for this test to mean anything"

    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"read 60, stored {60 - partial}, unchanged {partial}, failed 0" in done.stdout
    with sitroom.open(db) as store:
        assert store.integrity() == "ok"
        assert store.counts()["articles"] == 60
        ids = [row[0] for row in store.db.reader.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids))
        # Every stored article is whole: its entities and mentions are there.
        bare = store.db.reader.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)"
        ).fetchone()[0]
        assert bare == 0


def test_two_workers_store_the_same_as_one(tmp_path: Path) -> None:
    with sitroom.open(tmp_path / "one.db") as one, sitroom.open(tmp_path / "two.db") as two:
        ingest(one, [sample_dir()], Options(workers=1))
        ingest(two, [sample_dir()], Options(workers=2))
        assert [a.article.id for a in one.analyses()] == [a.article.id for a in two.analyses()]
        assert [a.entities for a in one.analyses()] == [a.entities for a in two.analyses()]


def test_the_log_is_copied_into_the_database_file_beside_the_writer(tmp_path: Path) -> None:
    from sitroom.store import database

    path = tmp_path / "c.db"
    db = database.Database(path)
    try:
        for i in range(50):
            with db.write() as conn:
                conn.execute("INSERT INTO server_settings VALUES (?, ?)", (f"key{i}", "value"))
        deadline = time.monotonic() + 10 * database.CHECKPOINT_EVERY_S
        copied = 0
        while copied < 50 and time.monotonic() < deadline:
            time.sleep(database.CHECKPOINT_EVERY_S)
            # The database file alone, without its write-ahead log, as a crash of the log would leave it.
            (tmp_path / "alone.db").write_bytes(path.read_bytes())
            alone = sqlite3.connect(tmp_path / "alone.db")
            try:
                copied = alone.execute("SELECT COUNT(*) FROM server_settings WHERE key LIKE 'key%'").fetchone()[0]
            except sqlite3.DatabaseError:
                # not even the schema copied yet, or the file read while the checkpoint thread was
                # writing it (`database disk image is malformed`): read it again at the next round
                copied = 0
            finally:
                alone.close()
        assert copied == 50  # the writer never checkpointed (the log is far below its limit): the thread did
    finally:
        db.close()


def test_a_backup_is_a_whole_store_and_never_overwrites(tmp_path: Path) -> None:
    import pytest

    with Store(tmp_path / "live.db") as store:
        store.save(sitroom.analyze("Police arrested 12 people in Kelso on Monday.", published="2024-06-03"))
        copy = tmp_path / "copy.db"
        assert store.backup(copy) > 0
        store.save(sitroom.analyze("Dock workers went on strike in Kelso on Tuesday.", published="2024-06-04"))
        with pytest.raises(sitroom.SitroomError, match="E209"):
            store.backup(copy)
    with Store(copy) as restored:
        assert len(restored.articles()) == 1 and len(restored.situations()) == 1
    assert not (tmp_path / "copy.db.partial").exists()


def test_a_dateline_paragraph_is_stored_and_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        analysis = sitroom.analyze("WASHINGTON (AP) — Police arrested 52 people.", published="2024-06-01")
        store.save(analysis)
        again = store.analysis(analysis.article.id)
        assert again.document == analysis.document and again.document.dateline is not None
        (arrest,) = again.events
        assert again.events == analysis.events and arrest.place_inherited  # WASHINGTON, from the dateline
