"""Where ingest's time goes: the seconds of each step of a one-process `sitroom ingest`, beside the
bare spaCy pipeline over the same texts and the garbage collector's own time.

    python benchmarks/ingest_stages.py [--data DIR ...] [--limit N] [--no-freeze]

Each step is timed by wrapping the function that does it (`nlp.pipe`, reading the parse into plain
data, the attribution tagger, the event rules, entity folding, place resolution, storing); a step's
time holds the steps inside it (`analysis` holds the tagger and the rules). The model and the
gazetteers are loaded before the clock starts, as in `ingest_throughput.py`. `--no-freeze` makes
`gc.freeze` do nothing, to measure what ingest's freezing of the loaded model saves.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import DEFAULT_DATA, MODEL, copied_inputs, input_files

SPENT: defaultdict[str, float] = defaultdict(float)


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - started

    return wrapper


def timed_iterator(name: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """The time spent producing each item of a generator, not the consumer's time between them."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        items = function(*args, **kwargs)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                SPENT[name] += time.perf_counter() - started
            yield item

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="*", default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--no-freeze", action="store_true", help="leave the loaded model to the collector")
    args = parser.parse_args()
    files = input_files(args.data, args.limit)
    if not files:
        print(f"error: no .txt files in {', '.join(map(str, args.data))}", file=sys.stderr)
        return 2

    import sitroom.nlp as nlp_module
    import sitroom.nlp.pipeline as pipeline_module
    from sitroom import Options, Store, ingest
    from sitroom.nlp.places import load_gazetteers

    nlp = pipeline_module.load_pipeline(MODEL)
    load_gazetteers()
    if args.no_freeze:
        gc.freeze = lambda: None  # type: ignore[assignment]
    pipeline_module._parsed = timed_iterator("parse (nlp.pipe)", pipeline_module._parsed)
    nlp_module.read_units = timed_iterator("parse and reading it", nlp_module.read_units)
    for name, label in [
        ("_analysis", "analysis after the parse"),
        ("attributions_of", "  attribution tagger"),
        ("extract_events", "  event rules"),
        ("fold_entities", "  entity folding"),
        ("resolve_places", "  place resolution"),
    ]:
        setattr(nlp_module, name, timed(label, getattr(nlp_module, name)))
    Store.save = timed("storing", Store.save)  # type: ignore[method-assign]

    collecting = {"seconds": 0.0, "started": 0.0}

    def on_collect(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting["started"] = time.perf_counter()
        else:
            collecting["seconds"] += time.perf_counter() - collecting["started"]

    gc.callbacks.append(on_collect)
    with tempfile.TemporaryDirectory() as tmp:
        folder = copied_inputs(files, Path(tmp))
        with Store(Path(tmp) / "stages.db") as store:
            started = time.perf_counter()
            ingest(store, [folder], Options(workers=1, model=MODEL))
            total = time.perf_counter() - started
    collected = collecting["seconds"]
    texts = [f.read_text(encoding="utf-8") for f in files]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    bare = time.perf_counter() - started

    print(f"{len(files)} articles; model {MODEL}; gc.freeze {'off' if args.no_freeze else 'on'}")
    print(f"{'sitroom ingest, one process':<32} {total:7.2f} s")
    for name in ["parse (nlp.pipe)", "parse and reading it", "analysis after the parse"]:
        print(f"{name:<32} {SPENT[name]:7.2f} s")
    for name in [k for k in SPENT if k.startswith("  ")]:
        print(f"{name:<32} {SPENT[name]:7.2f} s")
    print(f"{'storing':<32} {SPENT['storing']:7.2f} s")
    print(f"{'garbage collection (all of it)':<32} {collected:7.2f} s")
    print(f"{'bare spaCy pipeline, same texts':<32} {bare:7.2f} s   (ratio {bare / total:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
