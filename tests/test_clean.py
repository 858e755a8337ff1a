from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitroom.clean import clean, is_date_line, parse_credit, story_start
from sitroom.model import make_article
from sitroom.sources import read_path

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("AP Photo/Julio Cortez", "Julio Cortez", "AP"),
        ("AP", None, "AP"),
        ("Nine", None, "Nine"),
        ("Greg Nash/Pool via AP", "Greg Nash", "AP"),
        ("Scott Olson via Getty Images.", "Scott Olson", "Getty Images"),
        ("Robert Galbraith / Reuters.", "Robert Galbraith", "Reuters"),
        ("REUTERS/Jonathan Ernst", "Jonathan Ernst", "Reuters"),
        ("Photo by Jane Doe/AFP", "Jane Doe", "AFP"),
        ("Getty.", None, "Getty"),
    ],
)
def test_parse_credit(credit: str, photographer: str | None, agency: str) -> None:
    parts = parse_credit(credit)
    assert parts is not None
    assert (parts.photographer, parts.agency) == (photographer, agency)


@pytest.mark.parametrize("text", ["R-Texas", "John Smith said", "in 2019", "see above"])
def test_not_a_credit(text: str) -> None:
    assert parse_credit(text) is None


def test_captions_split_from_body_with_credits_and_folded() -> None:
    (article,) = list(read_path(FIXTURES / "march-2023-05-02.txt", 5_000_000))
    doc = clean(article)
    text = article.text
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds == ["body", "caption", "body", "caption", "body", "body", "caption"]
    assert all("(AP" not in p.span.of(text) and "Getty" not in p.span.of(text) for p in doc.body)
    march, getty = doc.captions
    assert march.text == "Nurses march along Avenida da Liberdade in Lisbon, Tuesday, May 2, 2023."
    assert [(p.credit.photographer, p.credit.agency) for p in march.places] == [
        ("Ana Brito", "AP"),
        ("Rui Costa", "AP"),
    ]
    assert [p.credit.span.of(text) for p in march.places] == ["(AP Photo/Ana Brito) (AP)", "(AP Photo/Rui Costa) (AP)"]
    assert all(p.text_span.of(text) == march.text for p in march.places)
    assert (getty.text, getty.places[0].credit.photographer) == ("", "Scott Olson")


def test_paragraph_spans_point_at_the_exact_characters() -> None:
    text = "  First line.  \n\n\tSecond line (Nine)\r\nThird."
    doc = clean(make_article(text, date(2021, 1, 1), source="t"))
    assert [p.span.of(text) for p in doc.paragraphs] == ["First line.", "Second line (Nine)", "Third."]
    assert [p.kind for p in doc.paragraphs] == ["body", "caption", "body"]


def test_the_outlet_crediting_its_own_photo_is_a_credit() -> None:
    text = "Workers gather at the gate. (Kelso Courier)\nThe strike went on. (Kelso Courier)."
    doc = clean(make_article(text, date(2024, 6, 5), source="Kelso Courier"))
    assert [p.kind for p in doc.paragraphs] == ["caption", "body"]


def test_reference_report_has_no_caption_left_in_the_body(reference_path: Path) -> None:
    (article,) = list(read_path(reference_path, 5_000_000))
    doc = clean(article)
    text = article.text
    assert not [p for p in doc.body if "(AP" in p.span.of(text) or "(Nine)" in p.span.of(text)]
    places = [place for caption in doc.captions for place in caption.places]
    assert len(places) == 11 and len(doc.captions) == 9
    assert all(place.credit is not None and place.credit.agency in {"AP", "Nine"} for place in places)
    photographers = {place.credit.photographer for place in places}
    assert {"Julio Cortez", "John Minchillo", "Evan Vucci", "Greg Nash", "Andrew Harnik"} <= photographers
    repeated = [c for c in doc.captions if c.text.startswith("People attend a rally")]
    assert len(repeated) == 1 and len(repeated[0].places) == 2


def test_a_line_of_a_million_characters_is_read_in_pieces_at_sentence_ends() -> None:
    from sitroom.clean import MAX_PARAGRAPH_CHARS

    line = "The river rose again in Tulsa. " * 36_000
    article = make_article("Lead paragraph.\n" + line + "\nLast paragraph.", date(2024, 1, 5), source="test")
    body = clean(article).body
    assert body[0].span.of(article.text) == "Lead paragraph." and body[-1].span.of(article.text) == "Last paragraph."
    pieces = [p.span.of(article.text) for p in body[1:-1]]
    assert len(pieces) > 100 and all(len(p) <= MAX_PARAGRAPH_CHARS for p in pieces)
    assert all(p.startswith("The river") and p.endswith("Tulsa.") for p in pieces)
    assert sum(len(p) for p in pieces) + len(pieces) - 1 == len(line.rstrip())


def test_a_line_with_no_blank_is_cut_hard() -> None:
    article = make_article("x" * 25_000, date(2024, 1, 5), source="test")
    assert [len(p.span) for p in clean(article).body] == [10_000, 10_000, 5_000]


def test_a_dateline_is_the_reports_place_never_a_participant() -> None:
    import sitroom

    shooting = sitroom.analyze(
        "INDIANAPOLIS, Ind. – Two people were killed in a shooting on the city's east side on Saturday.",
        published="2024-06-01",
    )
    dateline = shooting.document.dateline
    assert dateline is not None and dateline.span.of(shooting.article.text) == "INDIANAPOLIS, Ind. – "
    (killing,) = [e for e in shooting.events if e.type == "assault"]
    assert killing.target is not None and killing.target.text == "Two people"  # not INDIANAPOLIS
    assert killing.count is not None and killing.count.value == 2
    assert "INDIANAPOLIS" in {p.name for p in shooting.places}
    # The killing's sentence names no place: it happened at the report's place, said as inherited.
    assert killing.place is not None and killing.place.text == "INDIANAPOLIS" and killing.place_inherited
    here = sitroom.analyze("BOSTON (AP) — Police arrested 3 people in Chicago on Monday.", published="2024-06-01")
    (arrest,) = here.events
    assert arrest.place is not None and arrest.place.text == "Chicago" and not arrest.place_inherited
    for line, expected in (
        ("WASHINGTON (AP) — Police arrested 52 people.", "WASHINGTON (AP) — "),
        ("LONDON, March 3 (Reuters) - Police arrested 12 protesters.", "LONDON, March 3 (Reuters) - "),
        ("NEW DELHI: Police arrested 7 people.", "NEW DELHI: "),
        ("BYLINE: John Smith", None),
        ("The POLICE - said nothing.", None),
    ):
        found = sitroom.analyze(line, published="2024-06-01").document.dateline
        assert (found.span.of(line) if found else None) == expected, line


def test_with_no_dateline_an_event_with_no_place_takes_the_town_its_lead_names() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "A powerful earthquake struck near Valparaiso, Chile, on Tuesday.\n\n"
        "Rescuers deployed soldiers overnight and police arrested three looters in Santiago.",
        published="2020-01-01",
    )
    deployed, arrested = (e for e in analysis.events if e.type in {"deploy", "arrest"})
    assert deployed.place is not None and deployed.place.text == "Valparaiso" and deployed.place_inherited
    assert arrested.place is not None and arrested.place.text == "Santiago" and not arrested.place_inherited
    # A country is too wide to say where: the event keeps no place.
    wide = sitroom.analyze(
        "Protests spread across Chile on Tuesday.\n\nPolice arrested three people.", published="2020-01-01"
    )
    (arrest,) = (e for e in wide.events if e.type == "arrest")
    assert arrest.place is None


def test_a_lead_naming_only_a_country_leaves_events_to_the_town_the_report_names_most() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "Gunmen attacked a market in Kenya on Thursday.\n\n"
        "Officials in Nairobi condemned the raid.\n\n"
        "Two people were killed and four were wounded, police said.\n\n"
        "Mombasa was calm by night, and schools in Mombasa opened again on Friday.",
        published="2011-11-10",
    )
    killed = next(e for e in analysis.events if "killed" in e.trigger_text)
    assert killed.place is not None and killed.place.text == "Mombasa" and killed.place_inherited


def test_a_dateline_on_a_line_of_its_own_is_the_place_of_what_is_said_there() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "HAVANA (AP) --\n\nPresident Fidel Castro announced on Sunday that the envoy would give up his immunity.\n",
        published="2000-04-03",
    )
    text = analysis.article.text
    assert analysis.document.dateline is not None and analysis.document.dateline.span.of(text) == "HAVANA (AP) --"
    assert [p.span.of(text)[:9] for p in analysis.document.body] == ["President"]  # no empty paragraph
    (statement,) = [e for e in analysis.events if e.type == "statement"]
    assert statement.place is not None and statement.place.text == "HAVANA" and statement.place_inherited
    havana = next(p for p in analysis.places if p.name.upper() == "HAVANA")
    assert abs(havana.latitude - 23.1) < 0.2 and abs(havana.longitude + 82.4) < 0.2


def test_a_datelines_town_is_its_place_when_the_recogniser_takes_only_its_state() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "BUFFALO, N.Y. (AP) --\n\nAbout 500 people attended a memorial service for a physician on Sunday.\n\n"
        "DAR ES SALAAM, Tanzania (AP) _ Rescuers searched the rubble.",
        published="1999-10-24",
    )
    text = analysis.article.text
    rally = next(e for e in analysis.events if e.type == "rally")
    assert rally.place is not None and rally.place.entity == "Buffalo" and rally.place_inherited
    # Wire copy of the 1990s closes a dateline with an underscore.
    from sitroom.clean import dateline_place

    found = dateline_place("DAR ES SALAAM, Tanzania (AP) _ Rescuers searched the rubble.")
    assert found is not None and "DAR ES SALAAM, Tanzania (AP) _"[found[0] : found[1]] == "DAR ES SALAAM"
    assert text.startswith("BUFFALO")


def test_small_towns_are_read_only_where_the_article_puts_them_and_never_over_a_city() -> None:
    from sitroom.nlp.places import resolve_place

    healdsburg = resolve_place("Healdsburg", frozenset({"US"}), frozenset({"CA"}))
    assert healdsburg is not None and abs(healdsburg.latitude - 38.61) < 0.05
    assert resolve_place("Healdsburg") is None  # a town of 11,000 named with no state or country around it
    cobb = resolve_place("Cobb", frozenset({"US"}), frozenset({"CA"}))  # 1,778 people: local news happens there
    assert cobb is not None and abs(cobb.latitude - 38.82) < 0.05 and resolve_place("Cobb") is None
    capital = resolve_place("Washington", frozenset({"US"}), frozenset({"NJ"}))  # not Washington, N.J.
    assert capital is not None and abs(capital.latitude - 38.9) < 0.1
    # a part of a state puts the article in it: Santa Rosa is the Californian one
    import sitroom

    quake = sitroom.analyze(
        "An earthquake struck Northern California on Thursday, about 26 miles north of Santa Rosa.",
        published="2013-01-10",
    )
    santa_rosa = next(p for p in quake.places if p.name == "Santa Rosa")
    assert abs(santa_rosa.latitude - 38.44) < 0.05 and abs(santa_rosa.longitude + 122.71) < 0.05


def test_a_name_always_written_after_the_is_a_region_not_a_town() -> None:
    import sitroom

    quake = sitroom.analyze("A magnitude 4.6 quake was recorded in the North Bay this morning.", published="2013-03-14")
    assert [p.name for p in quake.places] == []  # California's North Bay, not the town in Ontario
    hague = sitroom.analyze("Delegates met in the Hague on Monday.", published="2013-03-14")
    assert [p.label for p in hague.places] == ["The Hague (11, NL)"]  # a town whose name holds `the`


def test_units_are_parsed_in_batches_of_bounded_characters() -> None:
    from sitroom.model import Span
    from sitroom.nlp.pipeline import BATCH_CHARS, _parsed

    class Recorder:
        def __init__(self) -> None:
            self.batches: list[list[str]] = []

        def pipe(self, texts: list[str], batch_size: int) -> list[str]:
            self.batches.append(list(texts))
            return [t.upper() for t in texts]

    text = "".join(f"{k:05d}" + "x" * 9_995 for k in range(25)) + "short"
    units = [(text, Span(k * 10_000, (k + 1) * 10_000)) for k in range(25)] + [(text, Span(250_000, 250_005))]
    nlp = Recorder()
    parsed = list(_parsed(nlp, units, batch_size=256))
    assert parsed == [unit.of(t).upper() for t, unit in units]  # every unit, in order
    assert len(nlp.batches) >= 3 and all(sum(map(len, b)) <= BATCH_CHARS for b in nlp.batches)
    few = Recorder()
    list(_parsed(few, units[:6], batch_size=4))
    assert [len(b) for b in few.batches] == [4, 2]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 28, 2005", True),
        ("Posted: Nov 27, 2005 12:41PM", True),
        ("DECEMBER 16, 2008", True),
        ("At 5", False),  # no month or day of the week
        ("Ten people are killed", False),
    ],
)
def test_a_date_line_only_says_when(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_the_story_begins_after_a_standfirst_over_its_date_line() -> None:
    text = "Ten people are killed.\n\nThe survey puts it at 6.1.\n\nNovember 28, 2005\n\nTen people were killed."
    assert text[story_start(text) :].strip() == "Ten people were killed."
    assert story_start("November 28, 2005\n\nTen people were killed.") == 0  # a date line first: all story
    long_lead = " ".join(["word"] * 40) + ".\n\nNovember 28, 2005\n\nMore."
    assert story_start(long_lead) == 0  # a paragraph of story before it: the date is inside the story


def test_a_headline_in_sentence_case_under_a_title_that_only_dates_the_report() -> None:
    text = "Man accused of Millom murder\n\nA man has been remanded in custody."
    assert text[story_start(text, "10 June 2013 Last updated at 14: 00 GMT") :].strip() == (
        "A man has been remanded in custody."
    )
    assert story_start(text, "Millom murder: man in court") == 0  # a real title: the first line is story
    assert story_start(text) == 0
    told = "A man has been remanded in custody.\n\nHe denies it."
    assert story_start(told, "10 June 2013") == 0  # a sentence first: the story itself
