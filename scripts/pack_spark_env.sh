#!/usr/bin/env bash
# Pack a Python environment with sitroom in it for Spark executors:
#   scripts/pack_spark_env.sh OUT.tar.gz [SITROOM]   (SITROOM: what pip installs; default this checkout)
# then `sitroom batch --master spark://HOST:7077 --environment OUT.tar.gz ...` (or spark-submit with
# --archives OUT.tar.gz#environment and spark.pyspark.python=./environment/bin/python).
# The executors unpack it and run its Python; they need Java and the same Python version
# (venv-pack keeps the link to the base interpreter), nothing of sitroom's installed.
set -euo pipefail
out="$(realpath -m "$1")"
what="${2:-$(cd "$(dirname "$0")/.." && pwd)}"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
python3 -m venv "$build/env"
"$build/env/bin/python" -m pip install --quiet --upgrade pip
"$build/env/bin/python" -m pip install --quiet "$what" venv-pack==0.2.0
"$build/env/bin/venv-pack" --quiet -p "$build/env" -o "$out" --compress-level 1 --force
echo "$out: $(du -h "$out" | cut -f1)"
