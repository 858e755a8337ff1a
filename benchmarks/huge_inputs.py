"""Time and peak memory of ingesting inputs that once took minutes and gigabytes.

    python benchmarks/huge_inputs.py [--paragraph-kb 891] [--short-paragraphs 64000]

Two dated text files, each ingested into a new store by `sitroom ingest` in a fresh process: one
paragraph of `--paragraph-kb` KB (a report pasted without line breaks; it was read whole by spaCy:
105 s and 2.8 GB when it was reported), and `--short-paragraphs` short paragraphs (4.8 MB at
64,000; it did not finish in 500 s). Printed: seconds, the process's peak resident memory, and
what was stored.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "Floodwaters closed {n} schools in Tulsa on Monday as the river rose again, officials said. "


RUN = """
import resource, sys
from sitroom.cli import cli
try:
    cli(sys.argv[1:], standalone_mode=False)
finally:
    print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)
"""


def _ingest(path: Path, db: Path) -> tuple[float, int, str]:
    """Seconds, the ingesting process's own peak memory in MiB, and what it said."""
    started = time.monotonic()
    command = [sys.executable, "-c", RUN, "ingest", "--quiet", "--db", str(db), str(path)]
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.monotonic() - started
    peak = int(done.stderr.rsplit("peak ", 1)[1].split()[0])
    return seconds, peak, done.stdout.strip()[-200:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraph-kb", type=int, default=891)
    parser.add_argument("--short-paragraphs", type=int, default=64_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_text = ""
        n = 0
        while len(long_text) < args.paragraph_kb * 1024:
            long_text += SENTENCE.format(n=n % 90 + 3)
            n += 1
        one = folder / "one-paragraph.txt"
        one.write_text(f"date 2024-03-04\n{long_text}\n", encoding="utf-8")
        many = folder / "short-paragraphs.txt"
        lines = "\n".join(f"Report {k}: the river rose at gauge {k % 50}." for k in range(args.short_paragraphs))
        many.write_text(f"date 2024-03-04\n{lines}\n", encoding="utf-8")
        for label, path in (
            (f"one paragraph of {args.paragraph_kb} KB", one),
            (f"{args.short_paragraphs:,} short paragraphs ({many.stat().st_size / 2**20:.1f} MB)", many),
        ):
            seconds, peak, said = _ingest(path, folder / f"{path.stem}.db")
            print(f"{label}: {seconds:.1f} s, peak {peak} MiB; {said}", flush=True)


if __name__ == "__main__":
    main()
