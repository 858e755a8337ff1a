"""Does a slow webhook slow ingest? Ingest with alerts sent to a webhook that takes `--delay`
seconds to answer each one, against the same ingest with no webhook.

    python benchmarks/alert_delivery.py [--reports 40] [--delay 2.0]

`--reports` short strike reports are written, each matching a watch rule, so each raises an alert.
Each run ingests them into a new store as `sitroom ingest` does: alerts are sent by the sender's
own thread (notify.Sender) while ingest goes on. Printed: the seconds ingest took in each run and
their ratio (1.00: the webhook cost ingest nothing), and how long the slow webhook took to receive
every alert after ingest had stored the last report.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sitroom.corpus.alerts import parse_rules
from sitroom.ingest import ingest
from sitroom.nlp import load_pipeline
from sitroom.notify import Sender
from sitroom.settings import Options
from sitroom.store import Store

REPORT = (
    "date 2024-06-{day:02d}\nsource Outlet {n}\n"
    "Dock workers walked out at the port of Harwick on Monday in a strike over pay, report {n} said. "
    "About {size} workers marched to the harbour office, and the union said the strike would go on."
)
RULE = '[[rule]]\nname = "strikes"\nevent_types = ["protest"]\n'


def _webhook(delay_s: float, received: list[float]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(delay_s)
            received.append(time.monotonic())
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _run(folder: Path, reports: Path, webhook: str) -> tuple[float, float, int, int]:
    """Seconds of ingest, seconds from its end to the last alert sent, alerts raised and sent."""
    options = Options(alert_webhook=webhook)
    folder.mkdir(exist_ok=True)
    with Store(folder / f"store-{bool(webhook)}.db") as store:
        store.add_rules(parse_rules(RULE, "rules.toml"))
        sender = Sender(store, options.alert_webhook, options.alert_command, interval_s=1.0).start()
        started = time.monotonic()
        ingest(store, [reports], options)
        ingested = time.monotonic()
        done = sender.close(wait_s=3600)
        raised = len(store.notifications(limit=10**6))
        return ingested - started, time.monotonic() - ingested, raised, len(done.sent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--delay", type=float, default=2.0, help="seconds the webhook takes over each alert")
    args = parser.parse_args()
    load_pipeline(Options().model)
    received: list[float] = []
    server = _webhook(args.delay, received)
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reports = folder / "reports"
        reports.mkdir()
        for n in range(args.reports):
            text = REPORT.format(day=1 + n % 28, n=n, size=100 + n)
            (reports / f"report-{n:03d}.txt").write_text(text, encoding="utf-8")
        _run(folder / "warm-up", reports, "")  # the first analyses of a process are slower
        quiet, *_ = _run(folder, reports, "")
        slow, tail, raised, sent = _run(folder, reports, url)
    server.shutdown()
    print(f"ingest of {args.reports} reports, no webhook: {quiet:.2f} s")
    print(f"ingest of {args.reports} reports, a webhook taking {args.delay:g} s an alert: {slow:.2f} s")
    print(f"ratio {slow / quiet:.2f} (1.00: the webhook cost ingest nothing)")
    print(f"{sent} of {raised} alerts delivered; the last {tail:.1f} s after ingest stored the last report")


if __name__ == "__main__":
    main()
