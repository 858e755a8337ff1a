"""List the words TimeML annotators mark as events most often that no trigger list of sitroom holds.

    python eval/trigger_gaps.py [--top 150]

Reads every TimeBank and AQUAINT report of `../shared/data/tempeval3-train`, takes the EVENTs of
class OCCURRENCE and I_ACTION (things that happen and acts, not states or reporting), and counts
their lemmas. Printed: each lemma that is not in `TRIGGER_LEMMAS` (the words any rule starts
from), most frequent first. Most are outside the taxonomy (`rise`, `buy`, `offer`); the few that
name an event of a type sitroom has (`killing`, `deployment`, `withdrawal`) are candidates for
`src/sitroom/data/en/event_nouns.tsv` or `event_verbs.tsv`. It reads annotations, not sitroom's
output, so it looks for what the lists lack on news they were not written on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED_DATA
from sitroom.nlp import load_pipeline
from sitroom.nlp.events.words import TRIGGER_LEMMAS
from sitroom.settings import Options

_EVENT = re.compile(r'<EVENT[^>]*class="(OCCURRENCE|I_ACTION)"[^>]*>([^<]*)</EVENT>')


def event_words(data: Path) -> Counter[str]:
    """Each annotated word of an occurrence or an act, lowercased, with how often it is marked."""
    words: Counter[str] = Counter()
    for path in sorted((data / "tempeval3-train").glob("*/*.tml")):
        for _, word in _EVENT.findall(path.read_text(encoding="utf-8")):
            if word.strip():
                words[word.strip().lower()] += 1
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    nlp = load_pipeline(Options().model)
    lemmas: Counter[str] = Counter()
    for word, n in event_words(args.data).items():
        lemmas[nlp(word)[0].lemma_.lower() if " " not in word else word] += n
    missing = [(lemma, n) for lemma, n in lemmas.most_common() if lemma not in TRIGGER_LEMMAS]
    covered = sum(n for lemma, n in lemmas.items() if lemma in TRIGGER_LEMMAS)
    print(f"{sum(lemmas.values())} event words, {covered} of them a trigger lemma; not in any list:")
    print(" ".join(f"{lemma}:{n}" for lemma, n in missing[: args.top]))


if __name__ == "__main__":
    main()
