"""Draw the sample of sentences for the PLOVER coding gold (`eval/gold/plover/`).

    python eval/plover_sample.py [--seed 2026] [--size 60] > sample.tsv

Sentences of 8 to 60 words from the TimeBank reports that are not Wall Street Journal business
news (APW, NYT, CNN, ABC, PRI, VOA, AP, ea, ed: 51 reports of 1996-1998 news), split at sentence
ends in the text as the TimeML files give it (tags dropped), drawn with a fixed seed. Each row:
file, start and end of the sentence in that text, and the sentence (for the annotator; the gold
file keeps only file and offsets, the scorer reads the words from ../shared/data).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_corpora import TIMEML, timeml_article

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=60)
    args = parser.parse_args()
    for name, start, end, words in random.Random(args.seed).sample(sentences(), args.size):
        print(f"{name}\t{start}\t{end}\t{words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
