"""Score entity folding: are the mentions of each person, body and place tied to the right entity?

    python eval/entities.py [--gold eval/gold/entities] [--data ../shared/data] [--check] [-v]

Gold files (written by hand from the texts) list each entity's canonical name and the forms the
article names it by. Gold mentions are the forms' whole-word, case-sensitive occurrences, longest
first, in the parts sitroom reads (body paragraphs and each caption's first place; credits are not
text). Spans listed under `ignore` (titles of songs, laws) count neither way.

Figures (micro-averaged over mentions):
- link:     a system mention is right when it overlaps a gold mention and its entity's name is the
            gold entity's name. P = right / system mentions, R = right / gold mentions.
- found:    mention detection alone (overlap), whatever the entity.
- pairwise: for pairs of found mentions, are they in one entity in both? (naming left out)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, ROOT, SHARED_DATA, check_floors
from sitroom.ingest import analyze_article
from sitroom.model import Analysis, Span
from sitroom.settings import Options
from sitroom.sources import read_path


@dataclass(frozen=True)
class Scores:
    link: PRF
    found: PRF
    pairwise: PRF

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.link + other.link, self.found + other.found, self.pairwise + other.pairwise)


def norm(name: str) -> str:
    name = re.sub(r"[.’']", "", name).casefold().strip()
    return name[4:] if name.startswith("the ") else name


def regions(analysis: Analysis) -> list[Span]:
    doc = analysis.document
    return [p.span for p in doc.body] + [c.places[0].text_span for c in doc.captions]


def find_forms(text: str, forms: list[tuple[str, str]], where: list[Span]) -> list[tuple[Span, str]]:
    """Occurrences of (form, owner) pairs, longest form first, never overlapping."""
    taken: list[tuple[Span, str]] = []
    for form, owner in sorted(forms, key=lambda f: -len(f[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
        for region in where:
            for match in pattern.finditer(text, region.start, region.end):
                span = Span(match.start(), match.end())
                if not any(s.start < span.end and span.start < s.end for s, _ in taken):
                    taken.append((span, owner))
    return sorted(taken)


def score(gold: dict, analysis: Analysis, verbose: bool = False) -> Scores:
    text = analysis.article.text
    where = regions(analysis)
    forms = [(form, e["name"]) for e in gold["entities"] for form in e["forms"]]
    forms += [(form, "") for form in gold.get("ignore", [])]
    found_gold = find_forms(text, forms, where)
    ignored = [s for s, owner in found_gold if owner == ""]
    gold_mentions = [(s, owner) for s, owner in found_gold if owner]

    def overlaps(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    system = [
        (m.span, e.name) for e in analysis.entities for m in e.mentions if not any(overlaps(m.span, s) for s in ignored)
    ]
    used: set[int] = set()
    pairs: list[tuple[str, str]] = []  # (system entity, gold entity) of each found mention
    right = 0
    for span, sys_name in sorted(system):
        match = next((i for i, (g, _) in enumerate(gold_mentions) if i not in used and overlaps(span, g)), None)
        if match is None:
            if verbose:
                print(f"    extra  {span.of(text)!r} -> {sys_name}")
            continue
        used.add(match)
        gold_name = gold_mentions[match][1]
        pairs.append((sys_name, gold_name))
        if norm(sys_name) == norm(gold_name):
            right += 1
        elif verbose:
            print(f"    wrong  {span.of(text)!r} -> {sys_name}, gold {gold_name}")
    if verbose:
        for i, (g, name) in enumerate(gold_mentions):
            if i not in used:
                print(f"    missed {g.of(text)!r} ({name}) at {g.start}")
    same_sys = same_gold = same_both = 0
    for (s1, g1), (s2, g2) in combinations(pairs, 2):
        same_sys += s1 == s2
        same_gold += g1 == g2
        same_both += s1 == s2 and g1 == g2
    return Scores(
        link=PRF(right, len(system), len(gold_mentions)),
        found=PRF(len(pairs), len(system), len(gold_mentions)),
        pairwise=PRF(same_both, same_sys, same_gold),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold" / "entities")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong, extra and missed mention")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: {args.data} not found: the scorer reads the reports from ../shared/data", file=sys.stderr)
        return 2
    total: Scores | None = None
    print(f"{'report':<32} {'link':<30} {'found':<30} pairwise")
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        (article,) = list(read_path(args.data / gold["file"], 10**7))
        if args.verbose:
            print(gold_path.stem)
        scores = score(gold, analyze_article(article, Options().model), args.verbose)
        total = scores if total is None else total + scores
        print(f"{gold_path.stem:<32} {scores.link.row():<30} {scores.found.row():<30} {scores.pairwise.row()}")
    assert total is not None, f"no gold files in {args.gold}"
    print(f"{'all (micro)':<32} {total.link.row():<30} {total.found.row():<30} {total.pairwise.row()}")
    figures = {
        "link_precision": round(100 * total.link.precision, 1),
        "link_recall": round(100 * total.link.recall, 1),
        "pairwise_precision": round(100 * total.pairwise.precision, 1),
        "pairwise_recall": round(100 * total.pairwise.recall, 1),
    }
    if args.check:
        return 0 if check_floors("entities", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
