"""Draw the sample of sentences for the PLOVER coding gold (`eval/gold/plover/`).

    python eval/plover_sample.py [--seed 2026] [--size 60] [--fresh] [--exclude GOLD.tsv ...] > sample.tsv

Sentences of 8 to 60 words from the TimeBank reports that are not Wall Street Journal business
news (APW, NYT, CNN, ABC, PRI, VOA, AP, ea, ed: 51 reports of 1996-1998 news), split at sentence
ends in the text as the TimeML files give it (tags dropped), drawn with a fixed seed. Each row:
file, start and end of the sentence in that text, and the sentence (for the annotator; the gold
file keeps only file and offsets, the scorer reads the words from ../shared/data). `--fresh` leaves
out the reports the events gold uses (the rules were written on them) and `--exclude` the sentences
of earlier PLOVER gold files: the draw for a sample scored blind (the events gold grows, so a draw
is reproduced at the commit that added its gold).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_corpora import TIMEML, timeml_article

GOLD = Path(__file__).resolve().parent / "gold"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'])")


def sentences() -> list[tuple[str, int, int, str]]:
    found = []
    for path in sorted(TIMEML.glob("TimeBank/*.tml")):
        if path.name.lower().startswith("wsj"):
            continue
        text = timeml_article(path).text
        start = 0
        for piece in _SENTENCE_END.split(text):
            begin = text.index(piece, start)
            end = begin + len(piece)
            start = end
            words = piece.split()
            if 8 <= len(words) <= 60 and "\n\n" not in piece.strip():
                found.append((path.name, begin, end, " ".join(words)))
    return found


def events_gold_reports() -> set[str]:
    """The reports the events gold uses."""
    return {json.loads(f.read_text(encoding="utf-8"))["file"].split("/")[-1] for f in GOLD.glob("events/*.json")}


def gold_sentences(paths: list[Path]) -> set[tuple[str, int]]:
    """The sentences (file, start) of PLOVER gold files."""
    drawn = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if not line.startswith("#") and len(fields) >= 3 and fields[1].isdigit():
                drawn.add((fields[0], int(fields[1])))
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--fresh", action="store_true", help="leave out the reports the events gold uses")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="PLOVER gold files drawn before")
    args = parser.parse_args()
    reports = events_gold_reports() if args.fresh else set()
    drawn = gold_sentences(args.exclude)
    pool = [s for s in sentences() if s[0] not in reports and (s[0], s[1]) not in drawn]
    for name, start, end, words in random.Random(args.seed).sample(pool, args.size):
        print(f"{name}\t{start}\t{end}\t{words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
