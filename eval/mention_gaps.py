"""How far the trained event-mention tagger reaches where the rules miss, on the events gold.

    python eval/mention_gaps.py

For every report of `eval/gold/events/`: the gold events sitroom's rules miss (matched as
`eval/events.py` matches them), how many of those hold a word the tagger (`nlp/event_mentions.py`)
marks inside their evidence, and how many of the tagger's mentions in the same reports are neither
inside a gold event's evidence nor a trigger the rules already typed. The two counts bound what a
step typing the tagger's mentions could add: the events it could find, and the candidates it would
have to reject to find them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA
from events import matching, of_event, read_gold
from sitroom.ingest import analyze_article
from sitroom.model import Span
from sitroom.nlp import load_pipeline
from sitroom.nlp.event_mentions import find_event_mentions, load_mention_tagger
from sitroom.nlp.pipeline import read_units
from sitroom.settings import Options


def main() -> int:
    model = Options().model
    nlp, tagger = load_pipeline(model), load_mention_tagger()
    missed = reached = mentions = others = 0
    for path in sorted((ROOT / "eval" / "gold" / "events").glob("*.json")):
        gold, article = read_gold(path, SHARED_DATA)
        text = article.text
        analysis = analyze_article(article, model)
        system = [of_event(e, text) for e in analysis.events]
        (reading,) = read_units(nlp, [(text, Span(0, len(text)))])
        found = [m for sentence in reading.parsed for m in find_event_mentions(sentence, tagger)]
        evidence = [(s, s + len(g["evidence"])) for g in gold["events"] if (s := text.find(g["evidence"])) >= 0]
        triggers = [(e.trigger.start, e.trigger.end) for e in analysis.events]
        used: set[int] = set()
        for event in gold["events"]:
            match = matching(event, system, used)
            if match is not None:
                used.add(match)
                continue
            missed += 1
            start = text.find(event["evidence"])
            end = start + len(event["evidence"])
            reached += start >= 0 and any(start <= m.start < end for m in found)
        mentions += len(found)
        others += sum(not any(a <= m.start < b for a, b in evidence + triggers) for m in found)
    print(f"gold events the rules miss: {missed}; with a tagger mention in their evidence: {reached}")
    print(f"tagger mentions in the gold reports: {mentions}; neither gold evidence nor a rules' trigger: {others}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
