"""Does `sitroom load` hold a batch output in memory? Peak memory of reading outputs of growing size.

    python benchmarks/load_memory.py [--sizes 1000 5000 20000]

For each size, a batch output is written as Spark writes one (`published=DAY/` folders of Parquet,
the analysis as JSON a row, `_SUCCESS`): one analysed report, renamed for each row, over 20 days.
A fresh process then reads it all through `read_parquet` (what `load` stores from, row by row)
and prints its peak resident memory; flat across sizes means the output is streamed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

READ = """
import resource, sys
from pathlib import Path
from sitroom.scale.batch import read_parquet
rows = sum(1 for _ in read_parquet(Path(sys.argv[1])))
print(rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def write_output(folder: Path, rows: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    import sitroom
    from sitroom.codec import analysis_to_json
    from sitroom.model import article_id

    base = sitroom.analyze(
        "Police arrested 12 people in Kelso on Monday night after the dock strike turned violent. "
        "The harbour master said the port would reopen on Wednesday.",
        published="2024-06-04",
    )
    days = 20
    for day in range(days):
        batch = []
        for k in range(day, rows, days):
            source = f"outlet-{k}"
            article = replace(base.article, source=source, id=article_id(base.article.text, source))
            batch.append(
                {
                    "id": article.id,
                    "analysis": analysis_to_json(replace(base, document=replace(base.document, article=article))),
                }
            )
        part = folder / f"published=2024-06-{day + 1:02d}"
        part.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(batch), part / "part-0.parquet")
    (folder / "_SUCCESS").touch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            out = Path(tmp) / f"out-{size}"
            write_output(out, size)
            done = subprocess.run([sys.executable, "-c", READ, str(out)], capture_output=True, text=True, check=True)
            rows, peak = done.stdout.split()
            mb = sum(p.stat().st_size for p in out.rglob("*.parquet")) / 2**20
            print(f"{int(rows):>6} rows ({mb:5.1f} MB of Parquet): peak {peak} MiB while reading them all")


if __name__ == "__main__":
    main()
