from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitroom.errors import InputError
from sitroom.sources import read_inputs, read_path

LIMIT = 5_000_000


def read_one(path: Path, limit: int = LIMIT):
    items = list(read_path(path, limit))
    assert len(items) == 1, items
    return items[0]


def test_dated_text_with_header_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("date 2021-01-06\nFirst paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    article = read_one(path)
    assert article.published == date(2021, 1, 6)
    assert article.text == "First paragraph.\n\nSecond paragraph.\n"
    assert article.source == "unknown outlet"  # the folder's name is not an outlet
    assert article.origin == str(path)


def test_dated_text_names_its_outlet_on_a_source_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("date 2021-01-06\nsource Capital Wire \nFirst paragraph.\n", encoding="utf-8")
    article = read_one(path)
    assert (article.source, article.text) == ("Capital Wire", "First paragraph.\n")
    opening = tmp_path / "opening.txt"  # a report that opens with the word keeps its first line
    opening.write_text("date 2021-01-06\nSource of the fire was a heater.\n", encoding="utf-8")
    assert read_one(opening).text == "Source of the fire was a heater.\n"


def test_dated_text_with_leading_space_and_text_on_the_header_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(" date 2021-01-06 Pro-Trump supporters have stormed the US capitol.\n\nMore.", encoding="utf-8")
    article = read_one(path)
    assert article.published == date(2021, 1, 6)
    assert article.text.startswith("Pro-Trump supporters")


def test_date_and_source_from_the_file_name_when_there_is_no_date_line(tmp_path: Path) -> None:
    path = tmp_path / "nyt_2016-05-04_some-slug.txt"
    path.write_text("A report without a date line.", encoding="utf-8")
    article = read_one(path)
    assert (article.published, article.source) == (date(2016, 5, 4), "nyt")


def test_same_text_and_source_give_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("date 2021-01-06\nSame  words.", encoding="utf-8")
    (tmp_path / "a" / "two.txt").write_text("date 2021-01-06\nSame words.\n", encoding="utf-8")
    one, two = list(read_inputs([tmp_path / "a"], LIMIT))
    assert one.id == two.id


def test_bad_files_are_reported_with_name_and_reason(tmp_path: Path) -> None:
    cases = {
        "binary.txt": (b"date 2021-01-06\n\x00\x01\x02", "E101"),
        "latin1.txt": ("date 2021-01-06\nCaf\xe9 society".encode("latin-1"), "E102"),
        "empty.txt": (b"  \n", "E103"),
        "nodate.txt": (b"Just text, no date anywhere.", "E105"),
        "baddate.txt": (b"date 2021-13-45\nText.", "E106"),
        "notext.txt": (b"date 2021-01-06\n   \n", "E107"),
    }
    for name, (data, code) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        error = read_one(path)
        assert isinstance(error, InputError), name
        assert error.code == code, (name, error)
        assert str(path) in str(error)


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("date 2021-01-06\n" + "word " * 100, encoding="utf-8")
    error = read_one(path, limit=100)
    assert isinstance(error, InputError) and error.code == "E104"
    assert "limit of 100 bytes" in error.reason


def test_jsonl_reads_good_lines_and_names_the_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "One.", "date": "2021-01-06", "title": "T1", "url": "http://x/1", "source": "ap"}),
        "{not json",
        json.dumps({"text": "Two.", "date": "06/01/2021"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "Three.", "date": "2021-01-07T10:00:00Z"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path, LIMIT))
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.text for a in articles] == ["One.", "Three."]
    assert articles[0].title == "T1" and articles[0].source == "ap" and articles[0].url == "http://x/1"
    assert articles[1].published == date(2021, 1, 7)
    assert [(e.origin, e.code) for e in errors] == [
        (f"{path}:2", "E108"),
        (f"{path}:3", "E106"),
        (f"{path}:4", "E109"),
    ]


def test_html_page_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "".join(f"<p>Paragraph {i} of the report about the storm that hit the coast.</p>" for i in range(6))
    path.write_text(
        "<html><head><title>Storm hits coast</title>"
        '<meta property="article:published_time" content="2022-09-28T10:00:00Z"></head>'
        f"<body><nav>Home | Weather</nav><article><h1>Storm hits coast</h1>{body}</article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    article = read_one(path)
    assert not isinstance(article, InputError), article
    assert article.published == date(2022, 9, 28)
    assert article.title == "Storm hits coast"
    assert "Paragraph 5 of the report" in article.text
    assert "Copyright" not in article.text


def test_broken_html_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken_2022-01-01.html"
    path.write_text("<html><body><div><<<>>></", encoding="utf-8")
    error = read_one(path)
    assert isinstance(error, InputError) and error.code in {"E110", "E111"}


def test_unknown_suffix_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    assert read_one(tmp_path / "notes.docx").code == "E112"
    assert read_one(tmp_path / "nowhere.txt").code == "E111"
