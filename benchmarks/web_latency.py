"""Page and API times of the web situation room, with a real HTTP client against the running server.

    python benchmarks/web_latency.py STORE [--requests 300] [--port 8611]

STORE is a sitroom database, e.g. the 100,000-article one `benchmarks/situation_growth.py --db`
leaves. The server is started as `sitroom serve` would (uvicorn, one process), then the pages a
person opens are requested in turn: the situations list, a situation (its timeline, map, quotes),
an article with its highlights, an entity, deep pages of the list, a brief, an outlet, the
alerts page, and the JSON twins. Printed: p50 and
p95 per route and over all requests, in milliseconds.
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
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
