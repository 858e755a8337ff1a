"""Draw a fresh sample of reports to annotate blind for the events gold.

    python eval/draw_sample.py [--seed 2030] [--ecbplus 3] [--aquaint 2] [--timebank 1] [--meantime 2]
                               [--ecbplus-other 0] [--min-words 80] [--max-words 450] [--data ../shared/data]

Candidates: ECB+ test-topic reports (36-45), AQUAINT and TimeBank reports (TempEval-3 train) and
MEANTIME reports, and with `--ecbplus-other` the reports of ECB+ topics 1-35 (the topics the
event-mention tagger of `eval/event_mentions.py` is trained and tuned on: the event rules never
read them, and the tagger plays no part in the events scored, so they are unseen news for the
rules; crimes, fires, quakes, trials and sport the test topics have run out of), each as sitroom
reads it (`eval/event_corpora.py`), of `--min-words` to
`--max-words` words. Passed over: reports already in `eval/gold/events/`, and near copies of them
(more than a tenth of their five-word shingles shared: a wire story rewritten, a page run twice),
which would not be unseen. Each collection's candidates are shuffled with the seed and the first
ones kept. Prints the files with their word counts; it never runs the extractor, so the gold can be
written before sitroom has seen the reports.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA
from event_corpora import ecbplus_article, meantime_article, timeml_article
from events import read_gold
from sitroom.model import Article

GOLD = ROOT / "eval" / "gold" / "events"
NEAR_COPY = 0.1  # Jaccard similarity of five-word shingles above which a report is a copy
# ECB+ reports carry no date of their own; the date does not matter for drawing.
READERS: dict[str, Callable[[Path], Article]] = {
    "ecbplus": lambda path: ecbplus_article(path, date(2012, 1, 1)),
    "aquaint": timeml_article,
    "timebank": timeml_article,
    "meantime": meantime_article,
    "ecbplus_other": lambda path: ecbplus_article(path, date(2012, 1, 1)),
}


def candidates(data: Path) -> dict[str, list[Path]]:
    ecbplus = [p for topic in range(36, 46) for p in sorted((data / "ecbplus" / "topics" / str(topic)).glob("*.xml"))]
    return {
        "ecbplus": ecbplus,
        "aquaint": sorted((data / "tempeval3-train" / "AQUAINT").glob("*.tml")),
        "timebank": sorted((data / "tempeval3-train" / "TimeBank").glob("*.tml")),
        "meantime": sorted((data / "meantime" / "intra_cross-doc_annotation").glob("*/*.xml")),
        # last, so that the draws of the pools above stay what they were for a seed
        "ecbplus_other": [
            p for topic in range(1, 36) for p in sorted((data / "ecbplus" / "topics" / str(topic)).glob("*.xml"))
        ],
    }


def shingles(text: str) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i : i + 5]) for i in range(max(len(words) - 4, 1))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2030)
    for name, size in (("ecbplus", 3), ("aquaint", 2), ("timebank", 1), ("meantime", 2), ("ecbplus_other", 0)):
        flag = name.replace("_", "-")
        parser.add_argument(f"--{flag}", type=int, default=size, help=f"reports to draw from {flag}")
    parser.add_argument("--min-words", type=int, default=80)
    parser.add_argument("--max-words", type=int, default=450)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    gold_paths = sorted(GOLD.glob("*.json"))
    used = {Path(json.loads(p.read_text(encoding="utf-8"))["file"]).stem for p in gold_paths}
    used_shingles = [shingles(read_gold(p, args.data)[1].text) for p in gold_paths]
    rng = random.Random(args.seed)
    for name, pool in candidates(args.data).items():
        wanted = getattr(args, name)
        fresh = [p for p in pool if p.stem not in used]
        rng.shuffle(fresh)
        for path in fresh:
            if wanted == 0:
                break
            try:
                text = READERS[name](path).text
            except ValueError as exc:  # a report with no date cannot be scored: the next one
                print(f"# passed over, unreadable as a dated report: {exc}")
                continue
            if not args.min_words <= len(text.split()) <= args.max_words:
                continue
            mine = shingles(text)
            overlap = max((len(mine & u) / len(mine | u) for u in used_shingles), default=0.0)
            if overlap > NEAR_COPY:
                print(f"# passed over, a near copy of a gold report ({overlap:.2f}): {path.relative_to(args.data)}")
                continue
            print(f"{name}\t{path.relative_to(args.data)}\t{len(text.split())} words")
            wanted -= 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
