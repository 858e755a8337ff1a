"""What the trained CRF taggers share: opening shipped weights, and naming them by their hash."""

from __future__ import annotations

import hashlib
from pathlib import Path
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


def weights_fingerprint(path: Path) -> str:
    """A short hash of the weights, or `none` when there are none."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    except OSError:
        return "none"
