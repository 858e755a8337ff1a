"""What the attribution tagger costs an article, step by step, beside the parse it reads.

    python benchmarks/attribution_tagger.py [--data DIR] [--limit N] [--repeat 3]

Parses the articles once (the spaCy pipeline, as `analyze()` does, timed for scale), then times
over the same parses: the tagger's features, the CRF's tagging, turning tags into attributions
(spans, linking) and the combination with the rules. Prints milliseconds an article, the best
of `--repeat` rounds, and the features a token.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sitroom.clean import clean
from sitroom.nlp import article_parses, load_pipeline
from sitroom.nlp.attribution_tagger import (
    article_features,
    link_roles,
    load_cue_rates,
    load_tagger,
    role_spans,
    with_rules,
)
from sitroom.settings import Options
from sitroom.sources import read_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def best_of(repeat: int, step: object, items: list) -> float:
    """Seconds of the fastest round of `step` over every item."""
    rounds = []
    for _ in range(repeat):
        started = time.perf_counter()
        for item in items:
            step(item)  # type: ignore[operator]
        rounds.append(time.perf_counter() - started)
    return min(rounds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of dated .txt reports")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.data.glob("*.txt"))[: args.limit]
    if not files:
        print(f"error: no .txt reports in {args.data}", file=sys.stderr)
        return 2
    documents = [clean(next(iter(read_path(path, 10**7)))) for path in files]  # type: ignore[arg-type]
    nlp = load_pipeline(Options().model)
    started = time.perf_counter()
    parses = [p for p in article_parses(documents, nlp) if p.units]
    parse_seconds = time.perf_counter() - started
    tagger, rates = load_tagger(), load_cue_rates()
    features = [article_features(p, rates) for p in parses]
    tags = [list(tagger.tag(f)) for f in features]
    spans = [role_spans(p, t) for p, t in zip(parses, tags, strict=True)]
    linked = [link_roles(p, s) for p, s in zip(parses, spans, strict=True)]
    steps = {
        "features": best_of(args.repeat, lambda p: article_features(p, rates), parses),
        "CRF tagging": best_of(args.repeat, tagger.tag, features),
        "spans and linking": best_of(
            args.repeat, lambda k: link_roles(parses[k], role_spans(parses[k], tags[k])), list(range(len(parses)))
        ),
        "combined with the rules": best_of(
            args.repeat, lambda k: with_rules(linked[k], parses[k].rules, parses[k].text), list(range(len(parses)))
        ),
    }
    tokens = sum(len(p.tokens) for p in parses)
    per_token = sum(len(row) for rows in features for row in rows) / tokens
    n = len(parses)
    print(f"{n} articles, {tokens} tokens, {per_token:.1f} features a token")
    print(f"{'step':<28} {'ms an article':>14}")
    print(f"{'parse (spaCy and rules)':<28} {1000 * parse_seconds / n:>14.1f}")
    for name, seconds in steps.items():
        print(f"{name:<28} {1000 * seconds / n:>14.2f}")
    print(f"{'tagger in all':<28} {1000 * sum(steps.values()) / n:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
