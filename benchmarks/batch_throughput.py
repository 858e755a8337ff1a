"""Articles per second: one process, a process pool on every core, and Spark local[N], on the same
articles; then a projection of the machines a day of GDELT-scale news needs.

    python benchmarks/batch_throughput.py [FOLDER ...] [--limit N] [--daily 250000] [--environment ENV.tar.gz]

FOLDER defaults to the 924 PolNeAR train and dev texts. Each way reads, cleans and analyses every
article (no store: the per-article work, which is what Spark spreads); Spark's time includes
starting the session and writing Parquet. The projection takes the per-article cost measured in
one process and the scaling each way measured here, not a guess. With `--environment` (a packed
environment, scripts/pack_spark_env.sh) the same job also runs on a Spark standalone cluster on
this machine, a master and a worker started from pyspark's launcher, the worker without sitroom
(tests/spark_cluster.py): the environment shipped to it and unpacked is in its time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from sitroom.ingest import analyses_in_order
from sitroom.model import Article
from sitroom.settings import Options
from sitroom.sources import find_inputs, read_inputs

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", default=[POLNEAR / "train" / "text", POLNEAR / "dev" / "text"])
    parser.add_argument("--limit", type=int, help="only the first N files")
    parser.add_argument("--daily", type=int, default=250_000, help="articles a day to project for")
    parser.add_argument("--environment", type=Path, help="a packed environment: also run on a standalone cluster")
    args = parser.parse_args()
    files = list(find_inputs(args.folders))[: args.limit]
    articles = [a for a in read_inputs(files, 10**7) if isinstance(a, Article)]
    if not articles:
        print("error: no articles", file=sys.stderr)
        return 2
    words = sum(len(a.text.split()) for a in articles)
    cores = os.cpu_count() or 1
    print(f"{len(articles)} articles, {words:,} words, {cores} cores")
    rates: dict[str, float] = {}
    for label, workers in (("one process", 1), (f"process pool, {cores} workers", cores)):
        began = time.perf_counter()
        done = sum(1 for _ in analyses_in_order(iter(articles), Options(workers=workers)))
        rates[label] = done / (time.perf_counter() - began)
        print(f"{label:<32} {rates[label]:7.2f} articles/s", flush=True)
    from sitroom.scale.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for k, path in enumerate(files):
            (folder / f"{k:05d}-{path.name}").symlink_to(path.resolve())
        began = time.perf_counter()
        report = run_batch([folder], Path(tmp) / "out", Options(), master=f"local[{cores}]")
        label = f"Spark local[{cores}]"
        rates[label] = report.articles / (time.perf_counter() - began)
        print(f"{label:<32} {rates[label]:7.2f} articles/s (session start and Parquet included)", flush=True)
        if args.environment is not None:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
            from tests.spark_cluster import StandaloneCluster

            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            with StandaloneCluster(Path(tmp) / "cluster") as cluster:
                began = time.perf_counter()
                report = run_batch(
                    [folder],
                    Path(tmp) / "cluster-out",
                    Options(),
                    master=cluster.master_url,
                    environment=args.environment,
                )
                label = f"Spark standalone, 1 worker of {cores} cores"
                rates[label] = report.articles / (time.perf_counter() - began)
            print(f"{label:<32} {rates[label]:7.2f} articles/s (environment shipped and unpacked included)", flush=True)
    one = rates["one process"]
    print()
    print(f"per article, one core: {1000 / one:.0f} ms ({words / len(articles) / (1000 / one) * 1000:,.0f} words/s)")
    for label, rate in rates.items():
        machines = args.daily / (rate * 86_400)
        print(f"{label:<32} {rate / one:4.2f}x one process; {args.daily:,} a day need {machines:.2f} such machines")
    core_days = args.daily / (one * 86_400)
    print(f"{args.daily:,} articles a day = {core_days:.1f} core-days of analysis a day at the one-process cost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
