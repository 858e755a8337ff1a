"""Word lists kept as data (`src/sitroom/data/en/<name>.txt`), one lemma a line, read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import SitroomError

WORDS = Path(__file__).resolve().parent.parent / "data" / "en"
E304 = "the word list {path} is missing or unreadable ({reason}); reinstall sitroom"


@lru_cache(maxsize=32)
def word_list(name: str) -> frozenset[str]:
    """The lemmas of `data/en/<name>.txt`, lower-cased; `#` starts a comment."""
    path = WORDS / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitroomError("E304", E304.format(path=path, reason=exc)) from exc
    return frozenset(word for line in lines if (word := line.split("#", 1)[0].strip().lower()))


def fingerprint_of_lists() -> str:
    """The word lists' names and contents, for the analysis version."""
    return "".join(f"{p.name}:{p.read_text(encoding='utf-8')}" for p in sorted(WORDS.glob("*.txt")))
