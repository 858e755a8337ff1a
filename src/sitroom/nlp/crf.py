"""What the trained CRF taggers share: opening their shipped weights with a clear error."""

from __future__ import annotations

from typing import Any

from ..errors import SitroomError


def open_tagger(path: str, code: str, message: str) -> Any:
    """A CRFsuite tagger over the weights at `path`; a clear error (`code`, `message` formatted
    with the path and the reason) when they are missing or unreadable."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except (OSError, ValueError) as exc:
        raise SitroomError(code, message.format(path=path, reason=exc)) from exc
    return tagger
