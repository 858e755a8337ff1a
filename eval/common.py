"""What the scorers share: where the data is, P/R/F1, and the pinned baselines."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
BASELINES = ROOT / "eval" / "baselines.json"


@dataclass(frozen=True)
class PRF:
    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.correct + other.correct, self.predicted + other.predicted, self.gold + other.gold)

    def row(self) -> str:
        return f"P {100 * self.precision:5.1f}  R {100 * self.recall:5.1f}  F1 {100 * self.f1:5.1f}"


def floors_name(scorer: str, gold: Path) -> str:
    """The name a gold file's floors are pinned under in eval/baselines.json: the scorer's own for
    its first sample, `event_places_sample2` for `...-sample2.tsv`."""
    last = gold.stem.rpartition("-")[2]
    return f"{scorer}_{last}" if last.startswith("sample") else scorer


def check_floors(scorer: str, scores: dict[str, float]) -> bool:
    """True when no score is below the floor pinned for it in eval/baselines.json."""
    floors = json.loads(BASELINES.read_text(encoding="utf-8")).get(scorer, {})
    if not floors:  # a check with nothing to check against would pass whatever the scores
        print(f"FAIL {scorer}: no floors pinned for it in {BASELINES.name}", file=sys.stderr)
        return False
    ok = True
    for name, floor in floors.items():
        value = scores.get(name)
        if value is None or value + 1e-9 < floor:
            print(f"FAIL {scorer}.{name}: {value} is below the pinned floor {floor}", file=sys.stderr)
            ok = False
    return ok
