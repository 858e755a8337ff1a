"""Train the event-mention tagger (a CRF) on ECB+ train topics, MEANTIME and TimeBank/AQUAINT.

    python scripts/train_event_mentions.py [--corpora ecbplus meantime timeml] [--out PATH] [--cache DIR]

Reads the annotated texts (`eval/event_corpora.py`: ECB+ train topics only, never dev or test,
and no report of the events gold),
parses each with the same pipeline as `analyze()`, tags every token of an annotated event mention
`B`/`I` and the rest `O`, and fits a linear-chain CRF (L-BFGS: the same data gives the same
weights, no seed to fix). Tune with `--out /tmp/x.crfsuite` and
`python eval/event_mentions.py --split dev --model /tmp/x.crfsuite`; the shipped weights go to
`src/sitroom/data/models/event_mentions.crfsuite` unless `--out` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from ecbplus import SPLITS  # noqa: E402
from event_corpora import LabelledText, ecbplus_texts, meantime_texts, parse_texts, timeml_texts  # noqa: E402
from sitroom.nlp.event_mentions import MODEL_PATH, gold_tags, sentence_features  # noqa: E402
from sitroom.nlp.parse import Sentence  # noqa: E402

READERS = {
    "ecbplus": lambda: ecbplus_texts(SPLITS["train"]),
    "meantime": meantime_texts,
    "timeml": timeml_texts,
}
# Chosen on ECB+ dev topics (docs/models.md): tune as a set.
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}


def load_corpus(name: str, cache: Path | None) -> list[tuple[LabelledText, list[Sentence]]]:
    path = cache / f"event-mentions-{name}.pickle" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    texts = READERS[name]()
    parsed = list(zip(texts, parse_texts(texts), strict=True))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(parsed))
    return parsed


def held_out_documents() -> set[str]:
    """The reports of the events gold (`eval/gold/events/`): never trained on, so that the events
    scored there stay unseen by the tagger too."""
    names = set()
    for path in (ROOT / "eval" / "gold" / "events").glob("*.json"):
        names.add(Path(json.loads(path.read_text(encoding="utf-8"))["file"]).stem)
    return names


def sequences(parsed: list[tuple[LabelledText, list[Sentence]]]) -> list[tuple[list[list[str]], list[str]]]:
    """Features (marked with the text's corpus as its convention) and gold tags of each sentence."""
    return [
        (sentence_features(sentence, text.corpus), gold_tags(sentence, text.mentions))
        for text, sentences in parsed
        for sentence in sentences
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=sorted(READERS), default=["ecbplus", "meantime", "timeml"])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cache", type=Path, help="keep the parsed texts here (pickles) between runs")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = parser.parse_args()
    import pycrfsuite

    started = time.time()
    held_out = held_out_documents()
    parsed = [
        (text, sentences)
        for name in args.corpora
        for text, sentences in load_corpus(name, args.cache)
        if text.document.split("#")[0].split("@")[0] not in held_out
    ]
    examples = sequences(parsed)
    print(f"{len(examples)} sentences from {', '.join(args.corpora)}, parsed in {time.time() - started:.0f} s")
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in examples:
        trainer.append(features, tags)
    trainer.set_params({**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    print(f"trained in {time.time() - started:.0f} s: {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
