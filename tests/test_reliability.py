"""Faults: kill -9 during a Parquet load and during watch, writers and a reader at once, the doctor."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi.testclient import TestClient

import sitroom
from sitroom.codec import analysis_to_json
from sitroom.model import article_id
from sitroom.settings import Options
from sitroom.store import Store
from sitroom.web import create_app

from .test_store import make_corpus, stored_count


def _assert_whole(db: Path, expected: int) -> None:
    """Every article once, each with its place in the corpus, and a sound file."""
    with Store(db) as store:
        assert store.integrity() == "ok"
        counts = store.db.reader.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(DISTINCT id) FROM articles),"
            " (SELECT COUNT(*) FROM corpus_profiles), (SELECT COUNT(*) FROM situation_articles)"
        ).fetchone()
        assert tuple(counts) == (expected,) * 4


def _kill_when(process: subprocess.Popen[bytes], db: Path, at_least: int) -> int:
    deadline = time.monotonic() + 120
    while stored_count(db) < at_least and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return stored_count(db)


def test_killed_parquet_load_resumes(tmp_path: Path) -> None:
    base = sitroom.analyze(
        "Police arrested 12 people in Kelso on Monday night after the dock strike turned violent.",
        published="2024-06-04",
    )
    rows = []
    for k in range(400):  # the same report from 400 outlets: 400 articles to load
        source = f"outlet-{k}"
        article = replace(base.article, source=source, id=article_id(base.article.text, source))
        analysis = replace(base, document=replace(base.document, article=article))
        rows.append({"id": article.id, "published": "2024-06-04", "analysis": analysis_to_json(analysis)})
    out = tmp_path / "parquet" / "published=2024-06-04"
    out.mkdir(parents=True)
    pq.write_table(
        pa.Table.from_pylist([{k: v for k, v in r.items() if k != "published"} for r in rows]), out / "a.parquet"
    )
    (tmp_path / "parquet" / "_SUCCESS").touch()  # as Spark marks an output committed whole
    db = tmp_path / "load.db"
    command = [sys.executable, "-m", "sitroom", "load", "--db", str(db), str(tmp_path / "parquet")]
    partial = _kill_when(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE), db, 20)
    assert 20 <= partial < 400, "the kill must land midway"
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"stored {400 - partial}, unchanged {partial}" in done.stdout
    _assert_whole(db, 400)


def test_killed_watch_resumes(tmp_path: Path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "watch.db"
    make_corpus(inbox, 40)
    watch = [sys.executable, "-m", "sitroom", "watch", "--db", str(db), "--interval", "0.1", str(inbox)]
    partial = _kill_when(subprocess.Popen(watch, stdout=subprocess.PIPE, stderr=subprocess.PIPE), db, 5)
    assert 5 <= partial < 40, "the kill must land midway"
    done = subprocess.run([*watch, "--once"], capture_output=True, text=True, check=True)
    assert f"read 40, stored {40 - partial}, unchanged {partial}" in done.stdout
    _assert_whole(db, 40)


def test_two_writers_and_a_reader_never_see_a_locked_database(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    Store(db).close()
    make_corpus(tmp_path / "a", 25)
    make_corpus(tmp_path / "b", 25)
    for k, path in enumerate(sorted((tmp_path / "b").iterdir())):  # different texts from the first corpus
        path.write_text(path.read_text(encoding="utf-8") + f"\nA second writer's note {k}.\n", encoding="utf-8")
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "sitroom", "ingest", "-q", "--db", str(db), str(tmp_path / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    client = TestClient(create_app(db, Options(db=str(db))))
    statuses: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            for url in ("/", "/api/situations", "/api/updates", "/api/alerts"):
                statuses.append(client.get(url).status_code)

    reader = threading.Thread(target=read)
    reader.start()
    outputs = [w.communicate(timeout=300) for w in writers]
    stop.set()
    reader.join()
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "stored 25" in out
    assert statuses and set(statuses) == {200}
    _assert_whole(db, 50)


def test_doctor_says_what_is_wrong(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    with Store(db) as store:
        store.save(sitroom.analyze("Crowds gathered in Boston on Monday.", published="2021-01-04"))
        with store.db.write() as conn:
            conn.execute("DELETE FROM situation_articles")
    done = subprocess.run([sys.executable, "-m", "sitroom", "doctor", "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "integrity check passed" in done.stdout and "1 articles have no situation" in done.stdout
    assert "The language model loads" in done.stdout
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    junk = subprocess.run(
        [sys.executable, "-m", "sitroom", "doctor", "--db", str(tmp_path / "junk.db")], capture_output=True, text=True
    )
    assert junk.returncode == 1 and "cannot be read as a SQLite database" in junk.stdout
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM situation_articles").fetchone()[0] == 0  # unchanged


def test_damage_inside_the_data_is_named_never_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "hurt.db"
    with Store(db) as store:
        for n in range(12):
            text = f"Floodwaters closed {n + 3} schools in Tulsa on Monday, report {n} said. " * 20
            store.save(sitroom.analyze(text, published="2024-03-04", source=f"outlet {n}"))
    data = bytearray(db.read_bytes())
    page = 4096
    hit = next(k for k in range(len(data) // page - 1, 1, -1) if b"Floodwaters" in data[k * page : (k + 1) * page])
    data[hit * page : hit * page + 64] = b"\xff" * 64  # a page's header, ruined
    db.write_bytes(bytes(data))
    doctor = subprocess.run(
        [sys.executable, "-m", "sitroom", "doctor", "--db", str(db)], capture_output=True, text=True
    )
    assert doctor.returncode == 1 and "Traceback" not in doctor.stderr
    assert (
        "FIX  The database file is damaged" in doctor.stdout or "FIX  Part of the store cannot be read" in doctor.stdout
    )
    listed = subprocess.run([sys.executable, "-m", "sitroom", "list", "--db", str(db)], capture_output=True, text=True)
    assert "Traceback" not in listed.stderr
    assert listed.returncode == 0 or "E208" in listed.stderr


_SERVER_WITH_AN_ANALYSER = """
import datetime, sys, time
from sitroom.model import Article
from sitroom.settings import Options
from sitroom.web.jobs import IngestJobs

jobs = IngestJobs()
report = Article(id="x", source="s", published=datetime.date(2024, 3, 14), text="Police arrested ten people on Monday.")
(analysis,) = jobs.analyse([report], Options().model, True)
assert analysis.events, "analysed in the other process"
print(*jobs._analyser._processes, flush=True)
time.sleep(120)
"""


def _ended(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            return any(line.startswith("State:") and "Z" in line for line in status)  # a zombie has ended
    except FileNotFoundError:
        return True


def test_the_analysing_process_of_the_web_room_ends_with_the_server() -> None:
    """A server killed outright leaves no analysing process behind, holding its model and output."""
    server = subprocess.Popen([sys.executable, "-c", _SERVER_WITH_AN_ANALYSER], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    analyser = int(server.stdout.readline())
    assert not _ended(analyser)
    server.kill()
    server.wait()
    deadline = time.time() + 15
    while not _ended(analyser) and time.time() < deadline:
        time.sleep(0.2)
    assert _ended(analyser)
