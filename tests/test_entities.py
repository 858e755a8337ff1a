from __future__ import annotations

from datetime import date

import sitroom
from sitroom.model import Analysis, Span
from sitroom.nlp.entities import fold_entities
from sitroom.nlp.pipeline import NamedSpan


def forms(analysis: Analysis, name: str) -> set[str]:
    (entity,) = [e for e in analysis.entities if e.name == name]
    return {m.text for m in entity.mentions}


def test_reference_report_folds_every_name_of_a_person(reference_analysis: Analysis) -> None:
    people = {e.name for e in reference_analysis.entities if e.kind == "person"}
    assert {"Donald Trump", "Mike Pence", "Rudy Giuliani", "Joe Biden", "Muriel Bowser"} <= people
    assert {"Mr Trump", "President Donald Trump", "Trump"} <= forms(reference_analysis, "Donald Trump")
    assert {"Mr Pence", "Vice President Mike Pence", "Mike Pence", "Mike"} <= forms(reference_analysis, "Mike Pence")
    assert {"Mr Giuliani", "Rudy Giuliani"} <= forms(reference_analysis, "Rudy Giuliani")
    # No second entity for a short form.
    assert not people & {"Trump", "Pence", "Giuliani", "Mike", "Biden"}


def test_every_mention_points_at_its_own_text(reference_analysis: Analysis) -> None:
    text = reference_analysis.article.text
    for entity in reference_analysis.entities:
        for mention in entity.mentions:
            assert mention.span.of(text) == mention.text


def test_credits_are_not_entities(reference_analysis: Analysis) -> None:
    text = reference_analysis.article.text
    credit_spans = [p.credit.span for c in reference_analysis.document.captions for p in c.places if p.credit]
    for entity in reference_analysis.entities:
        for mention in entity.mentions:
            assert not any(c.start <= mention.span.start < c.end for c in credit_spans), mention
    assert "Julio Cortez" not in {e.name for e in reference_analysis.entities}
    assert "AP Photo/Julio Cortez" in text


def test_repeated_caption_is_read_once(reference_analysis: Analysis) -> None:
    (caption,) = [c for c in reference_analysis.document.captions if c.text.startswith("People attend a rally")]
    second = caption.places[1].text_span
    mentions = [m for e in reference_analysis.entities for m in e.mentions]
    assert not [m for m in mentions if second.start <= m.span.start < second.end]
    first = caption.places[0].text_span
    assert [m for m in mentions if first.start <= m.span.start < first.end and m.in_caption]


def test_analyze_api_without_a_database() -> None:
    text = (
        "Senator Maria Lopez visited Tucson on Monday.\n\n"
        "Ms Lopez met farmers there. Lopez said the drought was the worst in a decade.\n\n"
        "The Arizona Farm Bureau thanked Maria Lopez."
    )
    analysis = sitroom.analyze(text, published="2023-03-06")
    assert analysis.article.published == date(2023, 3, 6)
    assert forms(analysis, "Maria Lopez") == {"Senator Maria Lopez", "Ms Lopez", "Lopez", "Maria Lopez"}


def named(text: str, name: str, label: str, title: str = "") -> NamedSpan:
    start = text.index(title + (" " if title else "") + name)
    return NamedSpan(Span(start, start + len(title) + (1 if title else 0) + len(name)), label, title, name)


def surname_owner(text: str) -> str:
    found = []
    for full in ("Bill Clinton", "Hillary Clinton"):
        found.append((named(text, full, "PERSON"), False))
    bare = text.rindex("Clinton said")
    found.append((NamedSpan(Span(bare, bare + 7), "PERSON", "", "Clinton"), False))
    (owner,) = [e.name for e in fold_entities(found, text) if any(m.span.start == bare for m in e.mentions)]
    return owner


def test_a_shared_surname_alone_is_the_person_introduced_first() -> None:
    assert surname_owner("Bill Clinton spoke for his wife Hillary Clinton. Clinton said so.") == "Bill Clinton"
    assert surname_owner("Hillary Clinton came with her husband Bill Clinton. Clinton said so.") == "Hillary Clinton"


def test_a_given_name_alone_is_not_folded_when_two_people_share_it() -> None:
    text = "Mike Pence and Mike Johnson met. Mike left."
    mike = text.index("Mike left")
    found = [
        (named(text, "Mike Pence", "PERSON"), False),
        (named(text, "Mike Johnson", "PERSON"), False),
        (NamedSpan(Span(mike, mike + 4), "PERSON", "", "Mike"), False),
    ]
    names = sorted(e.name for e in fold_entities(found, text))
    assert names == ["Mike", "Mike Johnson", "Mike Pence"]


def test_acronym_and_aliases_fold() -> None:
    text = "The Department of Homeland Security said DHS was ready. The U.S. and the United States."
    found = [
        (named(text, "Department of Homeland Security", "ORG"), False),
        (named(text, "DHS", "ORG"), False),
        (named(text, "U.S.", "GPE"), False),
        (named(text, "United States", "GPE"), False),
    ]
    entities = {e.name: len(e.mentions) for e in fold_entities(found, text)}
    assert entities == {"Department of Homeland Security": 2, "United States": 2}


def test_a_name_written_where_something_is_is_a_place_the_gazetteer_knows() -> None:
    text = "The temblor rattled homes in Napa. Napa officials met. Aides had a role in Clinton's campaign."
    found = [
        (named(text, "Napa", "ORG"), False),
        (NamedSpan(Span(text.index("Napa officials"), text.index("Napa officials") + 4), "ORG", "", "Napa"), False),
        (named(text, "Clinton", "PERSON"), False),
    ]
    kinds = {(e.name, e.kind, len(e.mentions)) for e in fold_entities(found, text)}
    # both mentions of Napa are the place; a possessive after `in` is still the person
    assert kinds == {("Napa", "place", 2), ("Clinton", "person", 1)}


def test_a_surname_after_in_stays_the_person() -> None:
    text = "Hillary Clinton spoke. Donors trust in Clinton more than ever."
    found = [(named(text, "Hillary Clinton", "PERSON"), False)]
    bare = text.rindex("Clinton")
    found.append((NamedSpan(Span(bare, bare + 7), "PERSON", "", "Clinton"), False))
    assert [(e.name, e.kind) for e in fold_entities(found, text)] == [("Hillary Clinton", "person")]


def test_a_big_city_of_several_words_the_recogniser_passed_over_is_read_from_the_gazetteer() -> None:
    from sitroom.nlp.places import city_names_in

    text = "After touring Tanzanian capital Dar es Salaam Thursday, he flew to Rio de Janeiro. The Boston Red Sox won."
    assert [text[a:b] for a, b in city_names_in(text)] == ["Dar es Salaam", "Rio de Janeiro"]
    analysis = sitroom.analyze(
        "After touring Tanzanian capital Dar es Salaam Thursday, the FBI chief flew home.", "1998-08-21"
    )
    places = {e.name: e.kind for e in analysis.entities if e.kind == "place"}
    assert places == {"Dar es Salaam": "place"}
    (tour,) = [e for e in analysis.events if e.trigger_text == "touring"]
    assert tour.type == "consult" and tour.place is not None and tour.place.entity == "Dar es Salaam"
