"""Score event extraction against hand-annotated gold files.

    python eval/events.py [--gold eval/gold/events] [--data ../shared/data] [--check] [-v]

Each gold file names a report and lists its events: type, a distinctive piece of the evidence
sentence, count (value and qualifier) or null, date value or null, and whether it stands in a
caption (guidelines: docs/events.md). A system event matches a gold one when the type and the
caption flag agree and its evidence sentence holds the gold words. Gold files marked `held_out` were
annotated blind (before the extractor first ran on them) and get their own line. Two figures:
- evidence: P/R/F1 of events with the right type and evidence sentence;
- tuple: P/R/F1 of (type, count, date) tuples: matched, and count and date right too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, ROOT, SHARED_DATA, check_floors
from sitroom.ingest import analyze_article
from sitroom.model import Analysis, Event
from sitroom.settings import Options
from sitroom.sources import read_path


def _count_of(event: Event) -> dict[str, object] | None:
    return None if event.count is None else {"value": event.count.value, "qualifier": event.count.qualifier}


def score(gold: dict, analysis: Analysis, verbose: bool) -> tuple[PRF, PRF]:
    text = analysis.article.text
    system = list(analysis.events)
    used: set[int] = set()
    found = right = 0
    for g in gold["events"]:
        caption = bool(g.get("caption", False))
        match = next(
            (
                i
                for i, e in enumerate(system)
                if i not in used
                and e.type == g["type"]
                and e.in_caption == caption
                and g["evidence"] in e.evidence.of(text)
            ),
            None,
        )
        if match is None:
            if verbose:
                print(f"    missed {g['type']:<12} {g['evidence']!r}")
            continue
        used.add(match)
        found += 1
        event = system[match]
        date = event.date.value if event.date else None
        if _count_of(event) == g["count"] and date == g["date"]:
            right += 1
        elif verbose:
            print(
                f"    wrong  {g['type']:<12} {g['evidence']!r}: count {_count_of(event)} date {date}; "
                f"gold count {g['count']} date {g['date']}"
            )
    if verbose:
        for i, e in enumerate(system):
            if i not in used:
                print(f"    extra  {e.type:<12} {e.trigger_text!r} in {e.evidence.of(text).strip()[:90]!r}")
    total = len(gold["events"])
    return PRF(found, len(system), total), PRF(right, len(system), total)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold" / "events")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every missed, wrong and extra event")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: {args.data} not found: the scorer reads the reports from ../shared/data", file=sys.stderr)
        return 2
    evidence_total = tuple_total = held_evidence = held_tuple = PRF(0, 0, 0)
    print(f"{'report':<36} {'evidence':<30} tuple (type, count, date)")
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        (article,) = list(read_path(args.data / gold["file"], 10**7))
        if args.verbose:
            print(gold_path.stem)
        evidence, tuples = score(gold, analyze_article(article, Options().model), args.verbose)
        evidence_total += evidence
        tuple_total += tuples
        if gold.get("held_out"):
            held_evidence += evidence
            held_tuple += tuples
        print(f"{gold_path.stem:<36} {evidence.row():<30} {tuples.row()}")
    print(f"{'held-out reports (micro)':<36} {held_evidence.row():<30} {held_tuple.row()}")
    print(f"{'all (micro)':<36} {evidence_total.row():<30} {tuple_total.row()}")
    figures = {
        "evidence_precision": round(100 * evidence_total.precision, 1),
        "evidence_recall": round(100 * evidence_total.recall, 1),
        "tuple_precision": round(100 * tuple_total.precision, 1),
        "tuple_recall": round(100 * tuple_total.recall, 1),
    }
    if args.check:
        return 0 if check_floors("events", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
