"""Score who-did-what-to-whom against MEANTIME's participants, beside a positional baseline.

    python eval/participants.py [--check]

Gold: every MEANTIME event mention with an Arg0 (who did it) or Arg1 (to whom or what) participant
annotated in its own sentence (PropBank roles of `HAS_PARTICIPANT`). Each sentence is parsed on
its own with sitroom's pipeline; for each gold event whose first word the parser calls a verb,
sitroom's roles come from `nlp.events.event_roles`, the code every extracted event takes its actor
and target from, applied whatever the event's type. A role is right when its phrase (the head
word's subtree, as sitroom cuts participants) overlaps a gold participant of that role.
Printed: actor (Arg0) and target (Arg1) P/R/F1, and attachment (both roles together), beside the
baseline that takes the nearest noun phrase before the verb as Arg0 and the nearest after it as
Arg1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, SHARED_DATA, check_floors
from event_corpora import MEANTIME, meantime_roles, parse_texts
from sitroom.nlp.events import event_roles, phrase_span
from sitroom.nlp.parse import Sentence, Token

Piece = tuple[int, int]


def _overlaps(span: Piece | None, gold: tuple[Piece, ...]) -> bool:
    return span is not None and any(span[0] < end and start < span[1] for start, end in gold)


def _score(predicted: Piece | None, gold: tuple[Piece, ...]) -> PRF:
    right = _overlaps(predicted, gold)
    return PRF(int(right), int(predicted is not None), int(bool(gold)))


def _nearest_phrases(sentence: Sentence, verb: Token) -> tuple[Piece | None, Piece | None]:
    """The baseline: the nearest noun phrase head before the verb, and the nearest after it."""
    nouns = [t for t in sentence.tokens if t.pos in {"NOUN", "PROPN", "PRON"}]
    before = [t for t in nouns if t.i < verb.i]
    after = [t for t in nouns if t.i > verb.i]
    return (
        phrase_span(sentence, before[-1]) if before else None,
        phrase_span(sentence, after[0]) if after else None,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    args = parser.parse_args()
    if not MEANTIME.is_dir():
        print(f"error: {SHARED_DATA / 'meantime'} not found: the scorer reads MEANTIME there", file=sys.stderr)
        return 2
    annotated = meantime_roles()
    totals = {name: [PRF(0, 0, 0), PRF(0, 0, 0)] for name in ("sitroom", "nearest phrases")}
    events = 0
    for (_, roled), sentences in zip(annotated, parse_texts([text for text, _ in annotated]), strict=True):
        tokens = [(t, s) for s in sentences for t in s.tokens]
        for event in roled:
            start = event.trigger[0][0]
            found = next(((t, s) for t, s in tokens if t.span.start == start), None)
            if found is None or found[0].pos != "VERB":
                continue
            verb, sentence = found
            events += 1
            actor, target = event_roles(sentence, verb)
            systems = {
                "sitroom": (
                    phrase_span(sentence, actor) if actor is not None else None,
                    phrase_span(sentence, target) if target is not None else None,
                ),
                "nearest phrases": _nearest_phrases(sentence, verb),
            }
            for name, (arg0, arg1) in systems.items():
                totals[name][0] += _score(arg0, event.arg0)
                totals[name][1] += _score(arg1, event.arg1)
    print(f"MEANTIME: {events} verb event mentions with a participant in their sentence")
    print(f"{'':<17} {'actor (Arg0)':<28} {'target (Arg1)':<28} attachment (both)")
    figures = {}
    for name, (arg0, arg1) in totals.items():
        both = arg0 + arg1
        print(f"{name:<17} {arg0.row():<28} {arg1.row():<28} {both.row()}")
        if name == "sitroom":
            figures = {"attachment_f1": round(100 * both.f1, 1)}
    if args.check:
        return 0 if check_floors("participants_meantime", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
