"""Score the PLOVER code sitroom gives a sentence, as political-event coders code one.

    python eval/plover.py [--gold eval/gold/plover/timebank-sentences.tsv] [--check] [-v]

Gold: sentences of TimeBank news, each with the PLOVER type of the interaction it reports, or
NONE (guidelines in docs/events.md, "PLOVER coding of sentences"; drawn by
`eval/plover_sample.py`). Each sentence is analysed on its own, dated by its report's DCT.
sitroom's code of a sentence is the PLOVER type of its first event that has one, NONE when it
has none. Printed beside it:
- keywords: the type of the first word of the sentence (by lemma) in a plain list of words for
  each PLOVER type (`KEYWORDS` below), NONE when there is none;
- majority: every sentence NONE.
Figures: accuracy over all sentences; over the sentences that report an interaction, the share
coded right and the share left NONE; over the NONE sentences, the share given a type.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sitroom
from common import ROOT, SHARED_DATA, check_floors
from event_corpora import TIMEML, timeml_article
from sitroom.nlp import load_pipeline
from sitroom.settings import Options

KEYWORDS: dict[str, tuple[str, ...]] = {
    "AGREE": ("agree", "agreement", "sign", "deal", "treaty", "accord"),
    "CONSULT": ("meet", "meeting", "visit", "talk", "summit", "negotiate"),
    "SUPPORT": ("praise", "support", "endorse", "applaud", "welcome"),
    "CONCEDE": ("concede", "apologize", "regret", "admit"),
    "COOPERATE": ("cooperate", "cooperation", "collaborate"),
    "AID": ("aid", "assistance", "relief", "donate"),
    "RETREAT": ("withdraw", "retreat", "release", "withdrawal"),
    "REQUEST": ("urge", "demand", "ask", "appeal", "request", "call"),
    "ACCUSE": ("accuse", "condemn", "criticize", "blame", "charge", "investigate", "allege"),
    "REJECT": ("reject", "deny", "refuse", "object", "oppose", "boycott"),
    "THREATEN": ("threaten", "warn", "threat"),
    "PROTEST": ("protest", "demonstrate", "march", "rally", "riot", "demonstration"),
    "SANCTION": ("sanction", "embargo", "expel"),
    "MOBILIZE": ("deploy", "troop", "mobilize", "mass"),
    "COERCE": ("arrest", "detain", "ban", "curfew", "seize", "forbid"),
    "ASSAULT": ("attack", "kill", "bomb", "shoot", "stab", "wound", "beat", "abduct", "capture", "death"),
}
_KEYWORD_TYPE = {word: kind for kind, words in KEYWORDS.items() for word in words}


@dataclass(frozen=True)
class Coded:
    text: str
    gold: str
    codes: dict[str, str]  # system -> code


def read_gold(path: Path) -> list[tuple[Path, int, int, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, start, end, code = line.split("\t")[:4]
        rows.append((TIMEML / "TimeBank" / name, int(start), int(end), code))
    return rows


def sitroom_code(text: str, published: str) -> str:
    events = sitroom.analyze(text, published=published).events
    return next((e.plover for e in sorted(events, key=lambda e: e.trigger.start) if e.plover), "NONE")


def keyword_code(text: str, nlp: object) -> str:
    return next((_KEYWORD_TYPE[t.lemma_.lower()] for t in nlp(text) if t.lemma_.lower() in _KEYWORD_TYPE), "NONE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold" / "plover" / "timebank-sentences.tsv")
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every sentence sitroom codes wrong")
    args = parser.parse_args()
    if not TIMEML.is_dir():
        print(f"error: {SHARED_DATA / 'tempeval3-train'} not found: the scorer reads TimeBank there", file=sys.stderr)
        return 2
    nlp = load_pipeline(Options().model)
    coded = []
    for path, start, end, gold in read_gold(args.gold):
        article = timeml_article(path)
        text = article.text[start:end]
        codes = {
            "sitroom": sitroom_code(text, article.published.isoformat()),
            "keywords": keyword_code(text, nlp),
            "majority (NONE)": "NONE",
        }
        coded.append(Coded(text, gold, codes))
        if args.verbose and codes["sitroom"] != gold:
            print(f"gold {gold:<9} sitroom {codes['sitroom']:<9} {text[:110]}")
    typed = [c for c in coded if c.gold != "NONE"]
    untyped = [c for c in coded if c.gold == "NONE"]
    print(f"{len(coded)} sentences, {len(typed)} report an interaction, {len(untyped)} NONE")
    print(f"{'system':<17} {'accuracy':>9} {'typed right':>12} {'typed left NONE':>16} {'NONE given a type':>18}")
    figures = {}
    for system in coded[0].codes:
        accuracy = sum(c.codes[system] == c.gold for c in coded) / len(coded)
        right = sum(c.codes[system] == c.gold for c in typed) / len(typed)
        missed = sum(c.codes[system] == "NONE" for c in typed) / len(typed)
        alarms = sum(c.codes[system] != "NONE" for c in untyped) / len(untyped)
        shares = f"{100 * accuracy:>8.1f}% {100 * right:>11.1f}% {100 * missed:>15.1f}% {100 * alarms:>17.1f}%"
        print(f"{system:<17} {shares}")
        if system == "sitroom":
            figures = {"accuracy": round(100 * accuracy, 1), "typed_right": round(100 * right, 1)}
    if args.check:
        # the first sample's floors are `plover_timebank`, a later sample's are named by its file
        first = args.gold.name == "timebank-sentences.tsv"
        scorer = "plover_timebank" if first else "plover_" + args.gold.stem.replace("-", "_")
        return 0 if check_floors(scorer, figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
