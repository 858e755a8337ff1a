"""How much following costs: feeds polled and pages fetched per second, and the follower's CPU.

    python benchmarks/follow_throughput.py [--feeds 1000] [--items 20] [--analysed 200]

A news site in a process of its own on 127.0.0.1 serves `--feeds` RSS feeds of `--items` items
each, every item its own article page (the bundled sample reports, each made distinct by a line
naming its number). The follower (one process, what `sitroom follow` runs) then:

1. polls every feed and fetches every page, archiving each response, analysis off: items fetched
   a second and the follower's CPU share (its CPU seconds over the wall-clock seconds: 2.0 would be
   both cores busy);
2. polls every feed again: conditional requests, all answered 304;
3. with analysis on, fetches and stores `--analysed` more pages (spaCy and sitroom's analysis,
   the corpus stage, the store): items stored a second and the CPU share.

The feeds are spread over `--hosts` local sites (127.0.0.1, 127.0.0.2...), each asked at most
twice at once as a news site would be; the delay between two requests to one host is set aside
(on the open web, one a second), since what is measured is the follower's cost per request. From the three, the number
of sources one machine can follow at a 10-minute interval is estimated for a given number of new
items a source publishes per poll (`--new-per-poll`).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sitroom.follow import FollowConfig, poll
from sitroom.settings import Options
from sitroom.sources import read_inputs
from sitroom.sources.feeds import SourceSpec
from sitroom.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "samples"


def _texts() -> list[tuple[str, str]]:
    found = [a for a in read_inputs([SAMPLES], 5_000_000) if hasattr(a, "text")]
    return [(a.title or "Report", a.text) for a in found]  # type: ignore[union-attr]


def _serve(ports, feeds: int, items: int, ready) -> None:  # type: ignore[no-untyped-def]
    """One server a host, on 127.0.0.1, 127.0.0.2...: the follower asks each host as it would
    news sites, a pool of connections a host."""
    texts = _texts()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path
            host, port = self.server.server_address[:2]
            base = f"http://{host}:{port}"
            if path.startswith("/feed/"):
                f = int(path.split("/")[2].split(".")[0])
                entries = "".join(
                    f"<item><title>Item {f}-{i}</title><link>{base}/page/{f}/{i}.html</link>"
                    f"<pubDate>Mon, 03 Jun 2024 09:00:00 GMT</pubDate></item>"
                    for i in range(items)
                )
                body = (
                    f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {f}</title>{entries}</channel></rss>'
                )
                kind = "application/rss+xml"
            elif path.startswith("/page/"):
                f, i = path.split("/")[2:4]
                title, text = texts[(int(f) * items + int(i.split(".")[0])) % len(texts)]
                paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
                body = (
                    f'<html><head><title>{title}</title><meta property="article:published_time" content="2024-06-03">'
                    f"</head><body><article><h1>{title}</h1>{paragraphs}<p>Report {f}-{i} of the day.</p>"
                    f"</article></body></html>"
                )
                kind = "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_: object) -> None:
            pass

    servers = []
    for k in range(len(ports)):
        server = ThreadingHTTPServer((f"127.0.0.{k + 1}", 0), Handler)
        server.daemon_threads = True
        ports[k] = server.server_address[1]
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measured(action):  # type: ignore[no-untyped-def]
    wall, cpu = time.monotonic(), _cpu()
    result = action()
    return result, time.monotonic() - wall, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--analysed", type=int, default=200, help="pages fetched and stored with analysis on")
    parser.add_argument("--new-per-poll", type=float, default=2.0, help="new items a source has per poll")
    parser.add_argument("--hosts", type=int, default=50, help="sites the feeds are spread over")
    parser.add_argument(
        "--article-ms",
        type=float,
        default=169.0,
        help="CPU of one full-length news article (the samples are short; 169 ms: benchmarks/ingest_throughput.py)",
    )
    args = parser.parse_args()

    ports, ready = multiprocessing.Array("i", args.hosts), multiprocessing.Event()
    site = multiprocessing.Process(target=_serve, args=(ports, args.feeds, args.items, ready), daemon=True)
    site.start()
    ready.wait(30)

    def feed(f: int) -> SourceSpec:
        k = f % args.hosts
        return SourceSpec(f"http://127.0.0.{k + 1}:{ports[k]}/feed/{f}.xml", f"feed {f}")

    config = FollowConfig(host_delay_s=0, robots=False, pages_per_poll=10**7)
    options = Options()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "follow.db") as store:
        store.add_sources([feed(f) for f in range(args.feeds)], 600)
        report, wall, cpu = _measured(lambda: poll(store, options, config, analyse=False))
        items = report.fetched
        print(
            f"1. fetch, analysis off: {args.feeds} feeds, {items} pages in {wall:.1f} s:"
            f" {items / wall:,.0f} pages/s ({(items + args.feeds) / wall:,.0f} requests/s),"
            f" follower CPU share {cpu / wall:.2f} ({1000 * cpu / (items + args.feeds):.2f} ms CPU a request)"
        )
        later = datetime.now(UTC) + timedelta(minutes=11)
        report, wall, cpu = _measured(lambda: poll(store, options, config, at=later, analyse=False))
        print(
            f"2. re-poll, all 304: {report.sources} feeds in {wall:.1f} s: {report.sources / wall:,.0f} feeds/s,"
            f" CPU share {cpu / wall:.2f} ({1000 * cpu / max(report.sources, 1):.2f} ms CPU a feed)"
        )
        poll_cpu_ms = 1000 * cpu / max(report.sources, 1)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "follow.db") as store:
        feeds = max(1, args.analysed // args.items)
        store.add_sources([feed(f) for f in range(feeds)], 600)
        from sitroom.nlp import load_pipeline

        load_pipeline(options.model)  # the model's load is no part of the rate
        report, wall, cpu = _measured(lambda: poll(store, options, config))
        stored = report.stored
        page_cpu_ms = 1000 * cpu / max(stored, 1)
        print(
            f"3. fetch and store, analysis on: {stored} pages in {wall:.1f} s ({report.fetch_s:.1f} fetching,"
            f" {report.store_s:.1f} analysing and storing): {stored / wall:.1f} pages/s, CPU share {cpu / wall:.2f}"
            f" ({page_cpu_ms:.0f} ms CPU a page)"
        )
    site.terminate()
    # one 10-minute interval of one core: each source costs a conditional poll and its new pages
    for label, page_ms in (("pages as served here", page_cpu_ms), ("full-length articles", args.article_ms)):
        per_source_ms = poll_cpu_ms + args.new_per_poll * page_ms
        share = 100 * args.new_per_poll * page_ms / per_source_ms
        print(
            f"estimate ({label}, {page_ms:.0f} ms a page): at a 10-minute interval with {args.new_per_poll:g} new"
            f" items a source a poll, one core follows about {600_000 / per_source_ms:,.0f} sources (two cores,"
            f" --workers 2: about {2 * 600_000 / per_source_ms:,.0f}); analysing the new items is {share:.0f}% of it"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
