"""The `sitroom` command as a script for spark-submit, which runs a file, not a module:

    spark-submit --master yarn --archives sitroom-env.tar.gz#environment \
        --conf spark.pyspark.python=./environment/bin/python \
        "$(python -m sitroom.scale.submit --path)" batch INPUT... -o hdfs:///news/out
"""

from __future__ import annotations

import sys
from pathlib import Path


def run() -> None:
    if sys.argv[1:] == ["--path"]:  # where this file is, for spark-submit's command line
        print(Path(__file__).resolve())
        return
    from sitroom.cli import main

    main()


if __name__ == "__main__":
    run()
