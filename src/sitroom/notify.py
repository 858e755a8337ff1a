"""Send alert notifications to a webhook (JSON by HTTP POST) or a local command (JSON on stdin).

Delivery is at least once. Each notification is leased before it is sent and marked after: a
sender that dies in between lets the lease run out and the next sender sends it again (the
notification's `id` lets a receiver drop a repeat). One that fails (a webhook down or answering
an error, a command failing, a timeout) is retried with a doubling backoff, up to eight attempts,
and stays visible as `retry` or `failed` with its error. A channel that fails stops this round:
the rest wait for the next one instead of each waiting out the same timeout.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field

from .store import Store
from .store.alerts import Notification

TIMEOUT_SECONDS = 10
ROUND_SECONDS = 60  # one round of sending stops after this long; the rest are sent next round


@dataclass
class Delivery:
    """What one round of sending did."""

    sent: list[Notification] = field(default_factory=list)
    failed: list[tuple[Notification, str]] = field(default_factory=list)  # to be retried, or failed for good

    def summary(self) -> str:
        text = f"alerts: {len(self.sent)} sent"
        if self.failed:
            text += f", {len(self.failed)} not delivered (retried later): {self.failed[-1][1]}"
        return text


def delivery_line(store: Store, done: Delivery) -> str:
    """`alerts: 3 sent, 1 waiting for a retry, 0 failed for good` (and the last error): what a
    run delivered, and what the store still holds undelivered."""
    states = store.notification_states()
    waiting = states.get("pending", 0) + states.get("sending", 0) + states.get("retry", 0)
    text = f"alerts: {len(done.sent)} sent, {waiting} waiting to be sent, {states.get('failed', 0)} failed for good"
    if done.failed:
        text += f"; last error: {done.failed[-1][1]}"
    return text


def send_pending(store: Store, webhook: str | None, command: str | None) -> Delivery:
    """Send the notifications due through the channels given, one at a time, until none is due, a
    channel fails or the round has lasted ROUND_SECONDS."""
    done = Delivery()
    if not webhook and not command:
        return done
    started = time.monotonic()
    while time.monotonic() - started < ROUND_SECONDS:
        notification = store.claim_notification()
        if notification is None:
            break
        body = json.dumps(asdict(notification), ensure_ascii=False).encode()
        errors = []
        if webhook:
            errors += _post(webhook, body)
        if command:
            errors += _run(command, body)
        error = "; ".join(errors) or None
        store.mark_sent(notification.id, error)
        if error:
            done.failed.append((notification, error))
            break
        done.sent.append(notification)
    return done


class Sender:
    """Delivery beside the work that raises alerts: a thread of its own sends what is due, round
    after round (`send_pending`), woken when new alerts are stored and at least every
    `interval_s` for retries. So a slow or dead webhook never holds up ingest, watch, the follower
    or the web room's batches; `close` gives the last round up to `wait_s` and says what was done."""

    def __init__(self, store: Store, webhook: str | None, command: str | None, interval_s: float = 5.0) -> None:
        self.store, self.webhook, self.command = store, webhook or None, command or None
        self.interval_s = interval_s
        self.done = Delivery()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        return bool(self.webhook or self.command)

    def start(self) -> Sender:
        if self.active and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sitroom-alerts", daemon=True)
            self._thread.start()
        return self

    def wake(self) -> None:
        """New alerts were stored: send them now (the thread starts here if it has not yet)."""
        self.start()
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self._round()
            self._wake.wait(self.interval_s)

    def _round(self) -> None:
        delivery = send_pending(self.store, self.webhook, self.command)
        with self._lock:
            self.done.sent += delivery.sent
            self.done.failed += delivery.failed

    def take(self) -> Delivery:
        """What was delivered, or not, since the last take."""
        with self._lock:
            done, self.done = self.done, Delivery()
        return done

    def close(self, wait_s: float = ROUND_SECONDS) -> Delivery:
        """Stop after the round under way, then send what is still due for up to `wait_s` (an
        alert of the last report stored is not left for the next run when its channel answers)."""
        if self._thread is not None:
            deadline = time.monotonic() + wait_s
            self._stop.set()
            self._wake.set()
            self._thread.join(wait_s)
            while not self._thread.is_alive() and time.monotonic() < deadline:
                before = len(self.done.sent)
                self._round()
                if len(self.done.sent) == before or self.done.failed:
                    break  # nothing more due, or a channel failing: the rest wait for the next run
            self._thread = None
        return self.take()

    def __enter__(self) -> Sender:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.close()


def _post(url: str, body: bytes) -> list[str]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            response.read()
    except OSError as exc:  # refused, unreachable, timed out, or an HTTP error status (HTTPError)
        return [f"webhook {url}: {exc}"]
    return []


def _run(command: str, body: bytes) -> list[str]:
    try:
        done = subprocess.run(shlex.split(command), input=body, capture_output=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [f"command {command!r}: {exc}"]
    if done.returncode != 0:
        return [f"command {command!r} exited {done.returncode}: {done.stderr.decode(errors='replace')[:200]}"]
    return []
