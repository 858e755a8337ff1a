"""Quotes, reported speech and claims: speakers, spans, framing, and what the store keeps."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import sitroom
from sitroom.model import Analysis, Attribution


def _said(analysis: Analysis) -> set[tuple[str | None, str]]:
    """(speaker, content) pairs: the speaker's entity, else the source as written."""
    text = analysis.article.text
    return {
        ((a.source.entity or a.source.text) if a.source else None, a.content.of(text)) for a in analysis.attributions
    }


def _one(analysis: Analysis, content_start: str) -> Attribution:
    text = analysis.article.text
    (found,) = [a for a in analysis.attributions if a.content.of(text).lstrip('“"').startswith(content_start)]
    return found


def test_reference_report_quotes_have_their_speakers(reference_analysis: Analysis) -> None:
    said = _said(reference_analysis)
    assert ("Rudy Giuliani", "“Let’s have trial by combat!”") in said
    assert ("members of the audience", "“We can’t hear you!”") in said
    assert ("About 20 aides", "“Save our country”") in said
    # PolNeAR's convention, which the tagger learnt: the content keeps its quote marks and takes
    # in both tweets the verb introduces.
    assert (
        "Donald Trump",
        "“Our Country has had enough, they won’t take it anymore!” and "
        "“We Hear you (and love you) from the Oval Office.”",
    ) in said
    assert ("Mike Pence", "he wouldn’t oppose Joe Biden’s win") in said
    assert ("Donald Trump", "he wouldn’t concede") in said
    # `He has now tweeted to ask people to ‘stay peaceful’`: he is Mr Trump, named the sentence before.
    assert ("Donald Trump", "to ask people to ‘stay peaceful’") in said
    assert ("Alexei Woltornist", "The Department of Homeland Security") in {(s, c[:35]) for s, c in said}
    # `Mr Pence released a letter ..., saying he wouldn’t object`: the letter's writer, not Mr Trump.
    assert ("Mike Pence", "he wouldn’t object to Mr Biden’s victory") in said
    # `said X and announced Y`: both are the mayor's, and the first content stops before `and`.
    assert ("Muriel Bowser", "the District is “absolutely prepared” for protests") in said
    assert ("Muriel Bowser", "that that at least ten people were arrested overnight related to the protests") in said
    # `“...,” she said` two paragraphs after the mayor was named.
    assert (
        "Muriel Bowser",
        "“We had several arrests related to that activity, but not a single one of them was a DC resident,”",
    ) in said
    assert ("Rudy Giuliani", "that voting machines were “crooked,”") in said


def test_reference_quote_running_into_the_next_sentence(reference_analysis: Analysis) -> None:
    text = reference_analysis.article.text
    hope = _one(reference_analysis, "Hope Mike")
    assert hope.direct and hope.source is not None and hope.source.entity == "Donald Trump"
    assert [p.of(text) for p in hope.continued] == ["“If Mike Pence does the right thing, we win the election.”"]
    for a in reference_analysis.attributions:
        assert a.cue.of(text) == a.cue_text


def test_reference_claim_disputed_and_answered(reference_analysis: Analysis) -> None:
    text = reference_analysis.article.text
    (claim,) = [c for c in reference_analysis.claims if c.framing != "asserted"]
    assert claim.content.of(text) == "that voting machines were “crooked,”"
    assert reference_analysis.attributions[claim.attribution].source.entity == "Rudy Giuliani"  # type: ignore[union-attr]
    assert claim.framing == "disputed"
    assert [s.of(text) for s in claim.signals] == ["baselessly", "There is no evidence"]
    assert (
        claim.counter is not None
        and claim.counter.of(text).strip() == "There is no evidence of widespread voter fraud."
    )
    # A call to act is reported speech, not a claim about the world.
    claimed = {c.content.of(text) for c in reference_analysis.claims}
    assert "“Let’s have trial by combat!”" not in claimed


QUOTES = """The river crest arrived before dawn, and Governor Sarah Whitfield toured the levee at noon.

“We were lucky this time,” Ms Whitfield said. “The next storm will not wait for us to finish the wall.”

Councillor Tom Hale spoke after her: “The pumps failed twice last night.”

“Nobody on my street slept. The water came up through the drains and the cellars filled in an hour.

“By morning the whole block was out with buckets,” said Mr Hale, who has lived there since 1990.

"It is the worst flood in fifty years," a spokesman for the water board said.
"""


def test_quote_shapes_and_speakers() -> None:
    analysis = sitroom.analyze(QUOTES, published="2024-03-02")
    text = analysis.article.text
    lucky = _one(analysis, "We were lucky")
    assert lucky.source is not None and lucky.source.entity == "Sarah Whitfield" and lucky.direct
    assert [p.of(text) for p in lucky.continued] == ["“The next storm will not wait for us to finish the wall.”"]
    # Named before a colon, quoted after it.
    pumps = _one(analysis, "The pumps failed")
    assert pumps.source is not None and pumps.source.entity == "Tom Hale"
    # A quote over two paragraphs (the first left open), its cue in the second.
    buckets = _one(analysis, "By morning")
    assert buckets.source is not None and buckets.source.entity == "Tom Hale"
    assert [p.of(text)[:20] for p in buckets.continued] == ["“Nobody on my street"]
    # Straight quote marks; an unnamed source kept as written.
    worst = _one(analysis, "It is the worst flood")
    assert worst.direct and worst.source is not None and worst.source.text == "a spokesman for the water board"


CLAIMS = """Mr Dale falsely said the dam had been inspected in May.

The contractor claimed, without offering evidence, that the gauges were sabotaged.

Ms Orr said the pumps were running. The board said the levee would hold.
There is no evidence that the levee was ever tested.

The mayor asked residents to stay home.
"""


@pytest.fixture(scope="module")
def claims_analysis() -> Analysis:
    return sitroom.analyze(CLAIMS, published="2024-03-02")


def test_claim_framings(claims_analysis: Analysis) -> None:
    text = claims_analysis.article.text
    framed = {c.content.of(text): (c.framing, [s.of(text) for s in c.signals]) for c in claims_analysis.claims}
    assert framed["the dam had been inspected in May"] == ("false", ["falsely"])
    assert framed["that the gauges were sabotaged"] == ("unsupported", ["without offering evidence"])
    # The counter answers the claim it shares words with, not merely the nearest one.
    assert framed["the levee would hold"] == ("unsupported", ["There is no evidence"])
    assert framed["the pumps were running"] == ("asserted", [])
    # `asked residents to stay home` is reported speech but not a claim.
    assert all("stay home" not in content for content in framed)
    assert any("stay home" in a.content.of(text) for a in claims_analysis.attributions)


def test_claims_are_stored_shown_and_exported(store, claims_analysis: Analysis, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from sitroom.cli import cli

    store.save(claims_analysis)
    stored = store.analysis(claims_analysis.article.id)
    assert stored.claims == claims_analysis.claims and stored.attributions == claims_analysis.attributions
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "--db", str(store.path), claims_analysis.article.id[:8]])
    assert shown.exit_code == 0, shown.output
    assert "false       Dale: the dam had been inspected in May  ['falsely']" in shown.output
    out = tmp_path / "csv"
    exported = runner.invoke(cli, ["export", "--db", str(store.path), "--format", "csv", "--output", str(out)])
    assert exported.exit_code == 0, exported.output
    with (out / "claims.csv").open(encoding="utf-8") as rows:
        framings = {row["content"]: row["framing"] for row in csv.DictReader(rows)}
    assert framings["that the gauges were sabotaged"] == "unsupported"


def test_every_framing_and_signal_is_documented() -> None:
    from sitroom.model import FRAMINGS
    from sitroom.nlp.claims import SIGNAL_WORDS

    docs = (Path(__file__).resolve().parents[1] / "docs" / "claims.md").read_text(encoding="utf-8")
    for framing in FRAMINGS:
        assert f"| `{framing}` |" in docs, framing
    for word, framing in SIGNAL_WORDS.items():
        row = next(line for line in docs.splitlines() if line.startswith(f"| `{framing}` |"))
        assert f"`{word}`" in row, word


def test_a_speaker_described_by_title_is_the_person_of_that_title() -> None:
    report = (
        "Sen. Ted Cruz spoke in Des Moines on Monday, after Gov. Terry Branstad.\n\n"
        "“We will win this state,” the senator said.\n\n"
        "The governor said turnout would be high."
    )
    analysis = sitroom.analyze(report, published="2016-01-04")
    text = analysis.article.text
    speakers = {a.source.text: a.source.entity for a in analysis.attributions if a.source}
    assert speakers["the senator"] == "Ted Cruz"
    assert speakers["The governor"] == "Terry Branstad"
    assert all(a.cue.of(text) == a.cue_text for a in analysis.attributions)
