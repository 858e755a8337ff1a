"""Word lists kept as data (`src/sitroom/data/en/`): `<name>.txt` one lemma a line, `<name>.tsv`
rows of tab-separated fields; each read once."""

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


@lru_cache(maxsize=32)
def word_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/en/<name>.tsv`, each its tab-separated fields; `#` lines are comments."""
    path = WORDS / f"{name}.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitroomError("E304", E304.format(path=path, reason=exc)) from exc
    return tuple(
        tuple(field.strip() for field in line.split("\t"))
        for line in lines
        if line.strip() and not line.startswith("#")
    )


# Words the lemmatizer gets wrong (`raped` read as `rap`, `slated` as `slat`, `staged` as `stag`; `tsunamis`, tagged a
# singular, kept whole).
_LEMMA_FIXES = {"raped": "rape", "raping": "rape", "tsunamis": "tsunami", "slated": "slate", "staged": "stage"}


def lemma_of(text: str, lemma: str) -> str:
    """The lemma of a word, lower-cased, with the lemmatizer's known mistakes put right."""
    return _LEMMA_FIXES.get(text.lower(), lemma.lower())
