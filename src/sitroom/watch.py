"""Which files in a watched folder are ready to read: new or changed, and unchanged between two
looks (so a file still being written is left for the next look)."""

from __future__ import annotations

from pathlib import Path

from .sources import READERS, input_suffix


class FolderWatcher:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.looks = 0
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
        ready = [p for p, state in now.items() if self._seen.get(p) == state and self._done.get(p) != state]
        self._seen = now
        for path in ready:
            self._done[path] = now[path]
        return ready
