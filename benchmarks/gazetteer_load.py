"""What the gazetteers cost a process at start-up: seconds to read and memory kept.

    python benchmarks/gazetteer_load.py

In a fresh process each: the cities of 15,000 people and more (`places._gazetteer`), then the
towns of 1,000 to 15,000 (`places._small_towns`), which every worker needs and `load_gazetteers`
reads before workers are forked. Prints the seconds each takes and the resident memory after it.
"""

from __future__ import annotations

import subprocess
import sys

MEASURE = """
import gc, time
from sitroom.nlp import places

def resident_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

before = resident_mb()
for step in (places._gazetteer, places._small_towns):
    started = time.perf_counter()
    step()
    gc.collect()
    print(f"{step.__name__:<14} {time.perf_counter() - started:5.2f} s, resident {resident_mb():4.0f} MiB")
print(f"{'in all':<14} kept {resident_mb() - before:4.0f} MiB over the imports ({before:.0f} MiB)")
"""


def main() -> None:
    done = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True)
    print(done.stdout, end="")


if __name__ == "__main__":
    main()
