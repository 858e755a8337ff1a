"""Score each report's casualty tolls: how many killed and how many injured, exactly right.

    python eval/casualties.py [--gold eval/gold/casualties/tolls-v1.tsv] [--data ../shared/data] [-v]

Gold (`docs/events.md`, "Casualty tolls"): for reports of `eval/gold/events/` (or TimeML reports
named by their path under the data folder), the number of people
the report says were killed and injured in the incident it is about (0 when it says none, `-`
when it gives no figure, `?` not scored). sitroom's toll is `nlp.tolls.report_tolls`. Beside it,
a keyword baseline: the largest number (digits or a number word) within three words before
`killed`, `dead`, `died` or `deaths` (`injured`, `wounded`, `hurt`), none when there is none.
Printed: for killed and for injured, the share of reports exactly right, and both together.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, check_floors, floors_name
from event_corpora import timeml_article
from events import read_gold
from sitroom.ingest import analyze_article
from sitroom.nlp.counts import parse_number
from sitroom.nlp.tolls import report_tolls
from sitroom.settings import Options

KINDS = ("killed", "injured")
_KEYWORDS = {
    "killed": r"killed|dead|died|deaths",
    "injured": r"injured|wounded|hurt",
}
_BEFORE = re.compile(r"((?:[\w,.-]+\s+){1,3})$")


def read_tolls(path: Path) -> dict[str, dict[str, int | None]]:
    """Each report's gold toll of each kind: a number, None (no figure given); `?` is left out."""
    tolls: dict[str, dict[str, int | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("report\t"):
            continue
        report, *values = line.split("\t")
        tolls[report] = {
            kind: None if value == "-" else int(value)
            for kind, value in zip(KINDS, values, strict=True)
            if value != "?"
        }
    return tolls


def keyword_tolls(text: str) -> dict[str, int]:
    """The baseline: the largest number in the three words before a harm word."""
    found: dict[str, int] = {}
    for kind, words in _KEYWORDS.items():
        for match in re.finditer(rf"\b(?:{words})\b", text):
            before = _BEFORE.search(text[max(0, match.start() - 60) : match.start()])
            if before is None:
                continue
            for word in before.group(1).split():
                value = parse_number(word.strip(",."))
                if value is not None:
                    found[kind] = max(found.get(kind, 0), value)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold" / "casualties" / "tolls-v1.tsv")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each report's tolls")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"error: no gold tolls at {args.gold}", file=sys.stderr)
        return 2
    gold_tolls = read_tolls(args.gold)
    model = Options().model
    right = {(system, kind): 0 for system in ("sitroom", "keywords") for kind in KINDS}
    scored = dict.fromkeys(KINDS, 0)
    for report, gold in sorted(gold_tolls.items()):
        if report.endswith(".tml"):
            article = timeml_article(args.data / report)
        else:
            _, article = read_gold(ROOT / "eval" / "gold" / "events" / f"{report}.json", args.data)
        analysis = analyze_article(article, model)
        found = {"sitroom": report_tolls(analysis), "keywords": keyword_tolls(article.text)}
        for kind, value in gold.items():
            scored[kind] += 1
            for system, tolls in found.items():
                right[system, kind] += tolls.get(kind) == value
        if args.verbose:
            said = "  ".join(f"{k} gold {gold.get(k, '?')} sitroom {found['sitroom'].get(k)}" for k in KINDS)
            print(f"  {report:<45} {said}")
    print(f"{len(gold_tolls)} reports; tolls exactly right (a number, 0, or none where the report gives none)")
    figures: dict[str, float] = {}
    for system in ("sitroom", "keywords"):
        shares = {kind: 100 * right[system, kind] / max(scored[kind], 1) for kind in KINDS}
        both = 100 * sum(right[system, kind] for kind in KINDS) / max(sum(scored.values()), 1)
        each = "  ".join(f"{k} {shares[k]:5.1f}% ({right[system, k]} of {scored[k]})" for k in KINDS)
        print(f"  {system:<9} {each}  both {both:5.1f}%")
        if system == "sitroom":
            figures = {"killed_right": round(shares["killed"], 1), "injured_right": round(shares["injured"], 1)}
    if args.check:
        return 0 if check_floors(floors_name("casualties", args.gold), figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
