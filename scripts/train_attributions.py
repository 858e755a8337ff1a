"""Train the attribution tagger (a CRF) on PolNeAR's train compartment.

    python scripts/train_attributions.py [--data ../shared/data/polnear] [--hold-out N --out PATH]

Reads `train/text` and `train/attributions` (brat; the first annotator's file of an article, as
the scorer does), parses each article with the same pipeline as `analyze()`, tags every token of
a linked source, cue or content span, and fits a linear-chain CRF (L-BFGS, deterministic: the
same data gives the same weights). `--hold-out N` keeps the last N train articles out and scores
the tags there, for tuning without touching dev; it needs `--out`, so the shipped weights stay.
The weights go to `src/sitroom/data/models/attributions.crfsuite` unless `--out` says otherwise.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from attribution import linked_spans  # noqa: E402
from sitroom.clean import clean  # noqa: E402
from sitroom.nlp import article_parses, load_pipeline  # noqa: E402
from sitroom.nlp.attribution_tagger import (  # noqa: E402
    CUE_RATES_PATH,
    MODEL_PATH,
    ArticleParse,
    article_features,
    gold_tags,
    learn_cue_rates,
)
from sitroom.settings import Options  # noqa: E402
from sitroom.sources import read_path  # noqa: E402

BATCH = 50  # articles parsed in one pass of the model

# Calibrated together on a 140-article hold-out of train (not dev): tune as a set.
PARAMS = {"c1": 0.5, "c2": 3.0, "max_iterations": 150, "feature.possible_transitions": True}


def gold_spans(ann: Path, text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """Source, cue and content spans that belong to an attribution, as the scorer reads them, in the
    order of the brat file (it decides the tag of the few tokens two spans share)."""
    return [(role, pieces) for role, pieces in linked_spans(ann, text) if pieces]


def load_split(directory: Path, cache: Path | None) -> list[tuple[ArticleParse, list[tuple[str, tuple]]]]:
    """Each article's parse with its gold spans, parsed once and kept in `cache` when given."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    # Reversed, so that of two annotators the first file in name order is kept, as the scorer does.
    anns = {a.name.rsplit("_", 1)[0]: a for a in sorted((directory / "attributions").glob("*.ann"), reverse=True)}
    texts = [path for path in sorted((directory / "text").glob("*.txt")) if path.stem in anns]
    nlp = load_pipeline(Options().model)
    found = []
    started = time.time()
    for first in range(0, len(texts), BATCH):
        batch = texts[first : first + BATCH]
        documents = [clean(next(iter(read_path(path, 10**7)))) for path in batch]  # type: ignore[arg-type]
        for path, parse in zip(batch, article_parses(documents, nlp), strict=True):
            found.append((parse, gold_spans(anns[path.stem], parse.text)))
        print(f"  parsed {len(found)}/{len(texts)} ({time.time() - started:.0f} s)", file=sys.stderr)
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def train(examples: list[tuple[ArticleParse, list]], out: Path, params: dict) -> dict[str, float]:
    """Fit the CRF; the learned cue words are written beside the weights (`.tsv`)."""
    import pycrfsuite

    tagged = [(parse, gold_tags(parse, spans)) for parse, spans in examples if parse.units]
    rates = learn_cue_rates(tagged)
    trainer = pycrfsuite.Trainer(verbose=False)
    for parse, tags in tagged:
        trainer.append(article_features(parse, rates), tags)
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    rates_path = out.with_name(CUE_RATES_PATH.name) if out == MODEL_PATH else out.with_suffix(".tsv")
    rates_path.write_text("".join(f"{lemma}\t{rate}\n" for lemma, rate in rates.items()), encoding="utf-8")
    return rates


def tag_accuracy(examples: list[tuple[ArticleParse, list]], model: Path, rates: dict[str, float]) -> dict[str, float]:
    """Token-level F1 of each role on held-out articles (the span scores are eval/attribution.py's)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts = {code: [0, 0, 0] for code in "SVQ"}
    for parse, spans in examples:
        if not parse.units:
            continue
        gold = gold_tags(parse, spans)
        for g, p in zip(gold, tagger.tag(article_features(parse, rates)), strict=True):
            for code in counts:
                counts[code][0] += g.endswith(code) and p.endswith(code)
                counts[code][1] += p.endswith(code)
                counts[code][2] += g.endswith(code)
    return {c: 2 * tp / max(sys_ + gold, 1) for c, (tp, sys_, gold) in counts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    parser.add_argument("--hold-out", type=int, default=0, help="keep the last N train articles out, and score them")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cache", type=Path, help="keep the parsed articles here (a pickle) between runs")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = parser.parse_args()
    if args.hold_out and args.out == MODEL_PATH:
        print("error: a model trained with --hold-out is for tuning, not to ship: give --out PATH", file=sys.stderr)
        return 2
    if not (args.data / "train" / "text").is_dir():
        print(f"error: {args.data / 'train' / 'text'} is not a folder of PolNeAR texts", file=sys.stderr)
        return 2
    started = time.time()
    examples = load_split(args.data / "train", args.cache)
    held = examples[len(examples) - args.hold_out :] if args.hold_out else []
    fit = examples[: len(examples) - args.hold_out] if args.hold_out else examples
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    print(f"{len(fit)} articles to train on, parsed in {time.time() - started:.0f} s; CRF {params}")
    rates = train(fit, args.out, params)
    print(f"trained in {time.time() - started:.0f} s: {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    if held:
        scores = tag_accuracy(held, args.out, rates)
        print("held-out token F1: " + ", ".join(f"{c} {100 * f:.1f}" for c, f in scores.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
