from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from sitroom.cli import cli
from sitroom.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_sample_show_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = run("ingest", "--sample", "-q", "--db", db)
    assert code == 0 and "read 7, stored 7, unchanged 0, failed 0" in out
    code, out, _ = run("list", "--db", db)
    ids = re.findall(r"^([0-9a-f]{16})", out, re.M)
    assert code == 0 and len(ids) == 7
    flood = next(line.split()[0] for line in out.splitlines() if "riverton-flood-2024-03-14" in line)
    code, out, _ = run("show", flood[:8], "--db", db)
    assert code == 0
    assert "photographer: Dana Whitfield  agency: AP" in out
    assert re.search(r"person\s+Helen Ashcroft\s+3\s+", out)
    code, out, _ = run("show", flood, "--json", "--db", db)
    assert json.loads(out)["id"] == flood

    code, out, _ = run("export", "--format", "jsonl", "-o", str(tmp_path / "all.jsonl"), "--db", db)
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert code == 0 and sorted(json.loads(line)["id"] for line in lines) == sorted(ids)
    code, _, _ = run("export", "--format", "csv", "-o", str(tmp_path / "csv"), "--db", db)
    with (tmp_path / "csv" / "mentions.csv").open(encoding="utf-8") as handle:
        mentions = list(csv.DictReader(handle))
    assert code == 0 and any(m["name"] == "Helen Ashcroft" and m["text"] == "Ms Ashcroft" for m in mentions)
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    arrest = next(e for e in events if e["type"] == "arrest" and e["count"] == "4")
    assert arrest["date_value"] == "2024-03-14TNI" and "arrested four people overnight" in arrest["evidence"]
    with (tmp_path / "csv" / "dates.csv").open(encoding="utf-8") as handle:
        assert any(d["text"] == "tonight" and d["value"] == "2024-03-14TNI" for d in csv.DictReader(handle))
    code, _, _ = run("export", "--format", "parquet", "-o", str(tmp_path / "pq"), "--db", db)
    assert code == 0 and pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 7
    assert pq.read_table(tmp_path / "pq" / "mentions.parquet").num_rows == len(mentions)


def test_failures_are_named_and_set_the_exit_status(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("date 2021-01-06\nCrowds gathered in Boston.", encoding="utf-8")
    (tmp_path / "late.txt").write_text("date 06/01/2021\nText.", encoding="utf-8")
    code, out, err = run("ingest", "-q", "--db", str(tmp_path / "s.db"), str(tmp_path))
    assert code == 1
    assert f"error: {tmp_path / 'late.txt'}:1: E106 malformed date '06/01/2021'" in err
    assert "read 1, stored 1, unchanged 0, failed 1" in out


def test_unknown_article_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("show", "ffff", "--db", str(tmp_path / "s.db"))
    assert code == 1 and "E201 no article matches 'ffff'" in err


def test_every_setting_and_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, setting.name
    for name in cli.commands:
        assert f"`sitroom {name}" in readme, name


def test_hostile_inputs_are_one_error_line_each_and_the_good_ones_are_stored(tmp_path: Path) -> None:
    import os

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text("date 2024-01-02\nFloodwaters closed 14 schools in Tulsa.\n", encoding="utf-8")
    (inbox / "half-pair.jsonl").write_text(
        '{"text": "Police arrested \\ud800 ten people.", "date": "2024-01-02"}\n', encoding="utf-8"
    )
    (inbox / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (inbox / "year1.txt").write_text("date 0001-01-01\nProtests go on tomorrow.\n", encoding="utf-8")
    (inbox / "year9999.txt").write_text("date 9999-12-31\nProtests go on next year.\n", encoding="utf-8")
    (inbox / "utf16.txt").write_text("date 2024-01-03\nThe levee held in Tulsa on Tuesday.\n", encoding="utf-16")
    (inbox / "cr.txt").write_bytes(b"date 2024-01-04\rThe mayor of Tulsa thanked the volunteers.\r")
    (inbox / "long-paragraph.txt").write_text(
        "date 2024-01-05\n" + "The river rose again in Tulsa. " * 1_000 + "\n", encoding="utf-8"
    )
    os.mkfifo(inbox / "pipe.txt")
    latin1 = os.fsencode(inbox) + b"/caf\xe9.txt"
    with open(latin1, "wb") as handle:
        handle.write(b"date 2024-01-06\nThe cafe in Tulsa reopened.\n")
    folder = os.fsencode(inbox) + b"/d\xe9p\xeaches"  # a folder whose name is not UTF-8
    os.mkdir(folder)
    with open(folder + b"/report.txt", "wb") as handle:
        handle.write(b"date 2024-01-07\nThe bakery in Tulsa reopened.\n")
    code, out, err = run("ingest", "-q", "--db", str(tmp_path / "s.db"), str(inbox))
    assert code == 1 and "Traceback" not in err
    assert "half-pair.jsonl:1: E115" in err and "deep.jsonl:1: E118" in err
    assert "year1.txt: E116 date 0001-01-01" in err and "year9999.txt: E116" in err
    assert "read 6, stored 6, unchanged 0, failed 4" in out, out + err
    code, out, _ = run("list", "--db", str(tmp_path / "s.db"))
    assert code == 0 and len(re.findall(r"^[0-9a-f]{16}", out, re.M)) == 6
    assert "unknown outlet" in out and "d\xe9p" not in out  # a folder's name names no outlet
    # A pipe named on the command line is refused, not read (a read would wait forever).
    code, out, err = run("ingest", "-q", "--db", str(tmp_path / "s.db"), str(inbox / "pipe.txt"))
    assert code == 1 and "pipe.txt: E117 not a regular file" in err


def test_a_damaged_store_is_one_error_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database, only words " * 200)
    for command in (["list"], ["situations"], ["timeline", "1"]):
        done = subprocess.run(
            [sys.executable, "-m", "sitroom", *command, "--db", str(garbage)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("error: E208 the store cannot be read (file is not a database)")


def test_the_timeline_takes_the_web_rooms_filter(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert run("ingest", "--sample", "-q", "--db", db)[0] == 0
    code, out, _ = run("situations", "--db", db)
    flood = re.search(r"^\s*(\d+)\b.*(Floodwaters|Marrow)", out, re.M)
    assert code == 0 and flood, out
    code, everything, _ = run("timeline", flood.group(1), "--json", "--db", db)
    events = json.loads(everything)
    assert code == 0 and len({e["type"] for e in events}) > 1
    kind = events[0]["type"]
    code, some, _ = run("timeline", flood.group(1), "--json", "--type", kind, "--db", db)
    kept = json.loads(some)
    assert code == 0 and kept and {e["type"] for e in kept} == {kind} and len(kept) < len(events)
    code, _, err = run("timeline", flood.group(1), "--since", "soon", "--db", db)
    assert code == 2 and "since: not a date" in err
