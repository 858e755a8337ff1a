"""The tense a date expression sits in, read from spaCy's parse: is `Friday` last Friday or next?"""

from __future__ import annotations

from typing import Any

from .dates import Tense

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "prepare"})
_SETTING_A_DAY = frozenset({"set", "schedule", "reschedule", "pencil", "fix", "slate", "book"})


def tense_at(doc: Any, char: int) -> Tense | None:
    """Tense of the verb that governs the token at character `char` of a parsed doc."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0]
    for _ in range(8):  # climb to the governing verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        if verb.dep_ == "prep" and verb.lower_ == "for" and verb.head.lemma_ in _SETTING_A_DAY:
            return "future"  # `a trial date was set for October 28`: the day set is to come, whatever the tense
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return verb_tense(verb)


def verb_tense(verb: Any) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes} | {verb.lower_}
    if words & _FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        return "future"
    if verb.lemma_ in _FUTURE_HEADS and any(c.dep_ == "xcomp" for c in verb.children) and not _past(verb):
        return "future"
    if verb.lemma_ in {"plan", "schedule"} and any(a.dep_ == "auxpass" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return "future"  # `two marches are planned for Monday`, not `a service planned for Saturday was canceled`
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS and not _past(verb.head):
        return "future"  # `plan to march on Saturday`: the date sits under `march`
    if _past(verb):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return "present"
    return None


def _past(verb: Any) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBD"
        or any(a.tag_ == "VBD" for a in auxes)
        or any(a.lower_ in {"has", "have", "had"} for a in auxes)
    )
