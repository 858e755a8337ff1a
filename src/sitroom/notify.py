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
