"""Score event-mention detection against ECB+ actions, beside plain baselines.

    python eval/event_mentions.py [--split test|dev] [--model PATH] [--check] [-v]

Gold: every `ACTION_*` and `NEG_ACTION_*` mention in the sentences ECB+ annotated
(`ECBplus_coreference_sentences.csv`) of the split's topics (test: 36-45, never trained or tuned
on; dev: the topics tuning is done on). Each sentence is parsed on its own with sitroom's
pipeline. A predicted mention is right when it is one gold mention exactly (first to last
character: `exact`), or, more leniently, when it overlaps one (`overlap`; one-to-one).
Rows, each P/R/F1:
- every verb: each token the parser calls a verb;
- keywords: each token whose lemma is in the rules' trigger list (`TRIGGER_LEMMAS`);
- rules: the triggers of the events `nlp/events.py` extracts (only the kinds sitroom types);
- model: the trained tagger (`nlp/event_mentions.py`), shipped weights unless `--model`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, SHARED_DATA, check_floors
from ecbplus import SPLITS
from event_corpora import ecbplus_texts, parse_texts
from sitroom.nlp.event_mentions import MODEL_PATH, find_event_mentions, load_mention_tagger
from sitroom.nlp.events import TRIGGER_LEMMAS, extract_events
from sitroom.nlp.parse import Sentence

Pair = tuple[int, int]


def match(predicted: Iterable[Pair], gold: set[Pair], exact: bool) -> PRF:
    predicted = sorted(set(predicted))
    if exact:
        return PRF(len(set(predicted) & gold), len(predicted), len(gold))
    free = sorted(gold)
    correct = 0
    for start, end in predicted:
        hit = next((g for g in free if g[0] < end and start < g[1]), None)
        if hit is not None:
            free.remove(hit)
            correct += 1
    return PRF(correct, len(predicted), len(gold))


def systems(sentences: list[Sentence], tagger: object, text: str) -> dict[str, list[Pair]]:
    tokens = [t for s in sentences for t in s.tokens]
    events = extract_events([(s, False) for s in sentences], (), (), text)
    return {
        "every verb": [(t.span.start, t.span.end) for t in tokens if t.pos == "VERB"],
        "keywords (rules' trigger list)": [
            (t.span.start, t.span.end) for t in tokens if t.lemma.lower() in TRIGGER_LEMMAS
        ],
        "rules (events sitroom types)": [(e.trigger.start, e.trigger.end) for e in events],
        "model": [(m.start, m.end) for s in sentences for m in find_event_mentions(s, tagger)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the model's misses and extras")
    args = parser.parse_args()
    if not (SHARED_DATA / "ecbplus").is_dir():
        print(f"error: {SHARED_DATA / 'ecbplus'} not found: the scorer reads ECB+ from ../shared/data", file=sys.stderr)
        return 2
    texts = ecbplus_texts(SPLITS[args.split])
    tagger = load_mention_tagger(str(args.model))
    totals: dict[str, list[PRF]] = {}
    for text, sentences in zip(texts, parse_texts(texts), strict=True):
        gold = text.mention_spans
        for name, found in systems(sentences, tagger, text.text).items():
            exact, overlap = totals.setdefault(name, [PRF(0, 0, 0), PRF(0, 0, 0)])
            totals[name] = [exact + match(found, gold, True), overlap + match(found, gold, False)]
            if args.verbose and name == "model":
                missed = [text.text[a:b] for a, b in sorted(gold - set(found))]
                extra = [text.text[a:b] for a, b in sorted(set(found) - gold)]
                if missed or extra:
                    print(f"{text.document}: missed {missed} extra {extra}")
    gold_count = sum(len(t.mention_spans) for t in texts)
    print(f"ECB+ {args.split} topics: {len(texts)} annotated sentences, {gold_count} gold action mentions")
    print(f"{'':<34} {'exact':<30} overlap")
    for name, (exact, overlap) in totals.items():
        print(f"{name:<34} {exact.row():<30} {overlap.row()}")
    exact, overlap = totals["model"]
    figures = {"exact_f1": round(100 * exact.f1, 1), "overlap_f1": round(100 * overlap.f1, 1)}
    if args.check:
        return 0 if check_floors(f"event_mentions_ecbplus_{args.split}", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
