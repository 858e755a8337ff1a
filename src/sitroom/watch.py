"""Which files in a watched folder are ready to read: new or changed, unchanged between two looks
and not written to for `settle` seconds (so a file still being written, even in bursts with
pauses between them, is left for a later look)."""

from __future__ import annotations

import time
from pathlib import Path

from .sources import READERS, input_suffix


class FolderWatcher:
    def __init__(self, folder: Path, settle: float = 0.0) -> None:
        self.folder = folder
        self.settle = settle  # seconds a file must have gone unwritten before it is read
        self.looks = 0
        self.settling = 0  # files held back at the last look because they were written too lately
        self._seen: dict[Path, tuple[int, int]] = {}  # the size and mtime each file had at the last look
        self._done: dict[Path, tuple[int, int]] = {}  # the size and mtime each file had when handed out

    def ready(self) -> list[Path]:
        """Files that held still since the last look and were not handed out in that state before."""
        self.looks += 1
        now: dict[Path, tuple[int, int]] = {}
        for path in sorted(self.folder.rglob("*")):
            if path.is_file() and input_suffix(path) in READERS and not path.name.startswith("."):
                try:
                    stat = path.stat()
                except OSError:
                    continue  # gone between listing and looking
                now[path] = (stat.st_size, stat.st_mtime_ns)
        new = [p for p, state in now.items() if self._done.get(p) != state]
        settled = time.time_ns() - int(self.settle * 1e9)
        ready = [p for p in new if self._seen.get(p) == now[p] and now[p][1] <= settled]
        self.settling = len(new) - len(ready)
        self._seen = now
        for path in ready:
            self._done[path] = now[path]
        return ready
