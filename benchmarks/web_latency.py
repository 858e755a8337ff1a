"""Page and API times of the web situation room, with a real HTTP client against the running server.

    python benchmarks/web_latency.py STORE [--requests 300] [--port 8611] [--during-batch]

STORE is a sitroom database, e.g. the 100,000-article one `benchmarks/situation_growth.py --db`
leaves. The server is started as `sitroom serve` would (uvicorn, one process), then the pages a
person opens are requested in turn: the situations list, a situation (its timeline, map, quotes),
an article with its highlights, an entity, deep pages of the list, a brief, an outlet, the
alerts page, and the JSON twins. Printed: p50 and
p95 per route and over all requests, in milliseconds.

With `--during-batch`, the list and a situation are then loaded again and again while a batch of
30 articles posted to `/api/articles` is analysed: the pages must not wait for the batch. This
writes to the store (the 30 articles, and a new API token): run it on a copy.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--requests", type=int, default=300, help="requests per route")
    parser.add_argument("--port", type=int, default=8611)
    parser.add_argument("--during-batch", action="store_true", help="also load pages while a batch is ingested")
    args = parser.parse_args()
    if not args.store.exists():
        print(f"error: no store at {args.store}", file=sys.stderr)
        return 2
    import sqlite3

    db = sqlite3.connect(args.store)
    situations = [r[0] for r in db.execute("SELECT id FROM situations ORDER BY last_published DESC LIMIT 200")]
    articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rowid DESC LIMIT 2000")]
    entities = [r[0] for r in db.execute("SELECT name FROM entities WHERE kind = 'person' LIMIT 2000")]
    # The most named people and bodies: the heaviest entity pages of the store.
    top = [r[0] for r in db.execute("SELECT name FROM entities GROUP BY name ORDER BY COUNT(*) DESC LIMIT 20")]
    total = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    outlets = [r[0] for r in db.execute("SELECT DISTINCT source FROM articles LIMIT 200")]
    pages = db.execute("SELECT COUNT(*) FROM situations").fetchone()[0] // 50
    db.close()
    token = _new_token(args.store) if args.during_batch else None
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "sitroom"), "serve", "--db", str(args.store), "--port", str(args.port)],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{args.port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/api/updates")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            rng = random.Random(3)
            routes = {
                "/ (situations)": lambda: "/",
                "/situations/ID": lambda: f"/situations/{rng.choice(situations)}",
                "/articles/ID": lambda: f"/articles/{rng.choice(articles)}",
                "/entities/NAME": lambda: f"/entities/{quote(rng.choice(entities))}",
                "/entities/NAME (most named)": lambda: f"/entities/{quote(rng.choice(top))}",
                "/?q= (search)": lambda: "/?q=" + rng.choice(["police", "Trump", "protest", "vote", "Clinton"]),
                "/?offset= (deep pages)": lambda: f"/?order=reports&offset={50 * rng.randrange(max(pages, 1))}",
                "/situations/ID/brief": lambda: f"/situations/{rng.choice(situations)}/brief",
                "/outlets/NAME": lambda: f"/outlets/{quote(rng.choice(outlets))}",
                "/alerts": lambda: "/alerts",
                "/api/situations": lambda: "/api/situations",
                "/api/situations/ID": lambda: f"/api/situations/{rng.choice(situations)}",
                "/api/articles?q=": lambda: "/api/articles?q=" + rng.choice(["police", "Trump", "protest", "vote"]),
            }
            print(f"{total} articles, {len(situations)} recent situations sampled")
            print(f"{'route':<30} {'p50 ms':>8} {'p95 ms':>8}")
            everything = []
            for name, make in routes.items():
                times = []
                for _ in range(args.requests):
                    url = make()
                    began = time.perf_counter()
                    response = client.get(url)
                    times.append(1000 * (time.perf_counter() - began))
                    if response.status_code != 200:
                        print(f"error: {url} -> {response.status_code}", file=sys.stderr)
                        return 1
                times.sort()
                everything += times
                print(f"{name:<30} {statistics.median(times):>8.1f} {times[int(0.95 * len(times))]:>8.1f}")
            everything.sort()
            p50, p95 = statistics.median(everything), everything[int(0.95 * len(everything))]
            print(f"{'all':<30} {p50:>8.1f} {p95:>8.1f}")
            if token:
                sampled = [f"/situations/{rng.choice(situations)}" for _ in range(20)]
                during = _pages_during_batch(client, token, sampled)
                for name, times in during.items():
                    times.sort()
                    print(f"{name:<30} {statistics.median(times):>8.1f} {times[int(0.95 * len(times))]:>8.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


def _new_token(store_path: Path) -> str:
    from sitroom.store import Store
    from sitroom.web.app import ensure_token

    with Store(store_path) as store:
        return str(ensure_token(store, renew=True))


def _batch(size: int = 30) -> list[dict[str, str]]:
    """Distinct reports made from the bundled flood sample, long enough to keep the analyser busy."""
    from importlib import resources

    sample = resources.files("sitroom.samples").joinpath("riverton-flood-2024-03-15.txt").read_text("utf-8")
    body = sample.split("\n", 2)[2]
    stamp = time.strftime("%H%M%S")
    return [
        {"date": "2024-03-16", "title": f"Flood update {k} ({stamp})", "text": body + f" Crews counted {k} more homes."}
        for k in range(size)
    ]


def _pages_during_batch(client: httpx.Client, token: str, situations: list[str]) -> dict[str, list[float]]:
    posted = client.post("/api/articles", json=_batch(), headers={"Authorization": f"Bearer {token}"})
    posted.raise_for_status()
    status = posted.json()["status"]
    times: dict[str, list[float]] = {"/ (during a batch)": [], "/situations/ID (during a batch)": []}
    k = 0
    while client.get(status).json()["state"] in ("queued", "running"):
        pages = {"/ (during a batch)": "/", "/situations/ID (during a batch)": situations[k % len(situations)]}
        for name, url in pages.items():
            began = time.perf_counter()
            client.get(url).raise_for_status()
            times[name].append(1000 * (time.perf_counter() - began))
        k += 1
    return {name: found for name, found in times.items() if found}


if __name__ == "__main__":
    sys.exit(main())
