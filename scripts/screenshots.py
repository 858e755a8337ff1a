"""Screenshots of the web room for the docs: the list, a situation, its map, its brief and a search,
on a desktop and on a phone, in Debian's chromium.

    python scripts/screenshots.py [--out docs/screens] [--reference ../shared/data/capitol-2021-01-06.txt]

A fresh store is made of the bundled sample reports and the reference report; nothing else is read.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from sitroom.cli import sample_dir
from sitroom.ingest import ingest
from sitroom.settings import Options
from sitroom.store import Store
from sitroom.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SCREENS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "data" / "capitol-2021-01-06.txt")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp()) / "screens.db"
    with Store(db) as store:
        ingest(store, [sample_dir(), args.reference], Options(db=str(db)))
        (reference,) = [s.id for s in store.situations() if "capitol" in s.title.lower()]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, Options(db=str(db))), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    pages = {
        "situations": "/",
        "situation": f"/situations/{reference}",
        "brief": f"/situations/{reference}/brief",
        "search": "/?q=curfew%20OR%20flood",
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        for screen, viewport in SCREENS.items():
            page = browser.new_page(viewport=viewport)
            for name, path in pages.items():
                page.goto(base + path)
                page.screenshot(path=str(args.out / f"{name}-{screen}.png"))
            page.goto(base + pages["situation"])
            page.locator("svg.map").scroll_into_view_if_needed()
            page.screenshot(path=str(args.out / f"map-{screen}.png"))
            page.close()
        browser.close()
    server.should_exit = True
    print(f"written {len(pages) + 1} screens x {len(SCREENS)} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
