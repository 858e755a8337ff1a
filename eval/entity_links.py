"""Score entities across articles: do mentions of one person, organisation or place in different
reports land on one identity, and mentions of two on two?

    python eval/entity_links.py [--split test|dev|train] [--check]

Gold: the ECB+ cross-document coreference of human participants (people, organisations) and
locations in the reports of one split of topics (eval/ecbplus.py; test topics 36-45 by default).
The reports are stored one by one into a fresh store in the stream order of the situation scorer.
A gold mention counts when a sitroom entity mention covers its last token (sitroom ties names,
not pronouns or descriptions); the share of gold name mentions covered is printed as coverage.
Over every pair of covered mentions from two different reports: precision, recall and F1 of the
pairs put together (same identity) against the pairs that are one gold instance. Beside sitroom's
identities, the plain baselines: the same canonical name string (each article's own folding, no
linking across articles) and the same mention text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, check_floors
from ecbplus import ECBPLUS, SPLITS, Report, read_split
from sitroom.ingest import analyze_articles
from sitroom.settings import Options
from sitroom.store import Store

KINDS = {"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation"}


def gold_mentions(report: Report) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, instance) of the report's people, organisations and places that the
    annotators tied across documents."""
    root = ET.parse(ECBPLUS / str(report.topic) / f"{report.name}.xml").getroot()
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return []
    kinds, tokens = {}, {}
    for markable in markables:
        kind = KINDS.get(markable.tag, "place" if markable.tag.startswith("LOC_") else None)
        if kind and len(markable):
            kinds[markable.get("m_id")] = kind
            tokens[markable.get("m_id")] = [t.get("t_id", "") for t in markable]
    found = []
    for relation in relations.iter("CROSS_DOC_COREF"):
        instance = relation.get("note", "")
        for source in relation.iter("source"):
            m_id = source.get("m_id")
            if m_id in kinds:
                span = report.span_of(tokens[m_id][-1:])  # the last token: the head of a name
                if span:
                    found.append((span[0], span[1], kinds[m_id], instance))
    return found


def pair_scores(items: list[tuple[str, str, str]]) -> PRF:
    """Items (report, gold instance, system label): pairs from two reports, scored."""
    by_pair: Counter[tuple[str, str]] = Counter((gold, label) for _, gold, label in items)
    by_gold: Counter[str] = Counter(gold for _, gold, _ in items)
    by_label: Counter[str] = Counter(label for _, _, label in items)
    # Pairs within one report are left out: count them per report and subtract.
    per_report: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for report, gold, label in items:
        per_report[report].append((gold, label))

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    within_pair = within_gold = within_label = 0
    for members in per_report.values():
        within_pair += pairs(Counter(members))
        within_gold += pairs(Counter(g for g, _ in members))
        within_label += pairs(Counter(lab for _, lab in members))
    return PRF(pairs(by_pair) - within_pair, pairs(by_label) - within_label, pairs(by_gold) - within_gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="test")
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    args = parser.parse_args()
    stream = read_split(SPLITS[args.split])
    analyses = analyze_articles([article for _, article in stream], Options().model)
    rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    gold_total = covered = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "links.db") as store:
        for (report, _), analysis in zip(stream, analyses, strict=True):
            store.save(analysis)
            identities = store.entity_identities(analysis.article.id)
            spans = [
                (m.span.start, m.span.end, m.text, entity.name, identity)
                for entity, identity in zip(analysis.entities, identities, strict=True)
                for m in entity.mentions
            ]
            for start, end, kind, instance in gold_mentions(report):
                gold_total += 1
                match = next((s for s in spans if s[0] <= start and end <= s[1]), None)
                if match is None:
                    continue
                covered += 1
                for group in ("all", kind):
                    rows[f"{group}:sitroom"].append((report.name, instance, str(match[4])))
                    rows[f"{group}:name"].append((report.name, instance, match[3]))
                    rows[f"{group}:text"].append((report.name, instance, match[2].casefold()))
    print(
        f"ECB+ {args.split}: {len(stream)} reports, {gold_total} gold name and description mentions tied across"
        f" reports, {covered} covered by a sitroom entity mention ({100 * covered / max(gold_total, 1):.1f}%)"
    )
    print("pairs of mentions from two reports          P      R     F1")
    figures = {}
    for group in ("all", "person", "organisation", "place"):
        methods = (("sitroom", "sitroom identities"), ("name", "same canonical name"), ("text", "same text"))
        for method, label in methods:
            items = rows.get(f"{group}:{method}", [])
            score = pair_scores(items)
            print(f"  {group:<13} {label:<22} {score.row()}")
            if method == "sitroom":
                figures[f"{group}_pairwise_f1"] = round(100 * score.f1, 1)
    if args.check:
        return 0 if check_floors(f"entity_links_ecbplus_{args.split}", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
