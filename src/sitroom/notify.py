"""Send alert notifications to a webhook (JSON by HTTP POST) or a local command (JSON on stdin).

Each notification is claimed before it is sent and marked after, so none is sent twice, even
when two processes send at once or one dies between claiming and marking (that one stays
`sending`: shown, not repeated).
"""

from __future__ import annotations

import json
import shlex
import subprocess
import urllib.request
from dataclasses import asdict

from .store import Store
from .store.alerts import Notification

TIMEOUT_SECONDS = 10


def send_pending(store: Store, webhook: str | None, command: str | None) -> list[Notification]:
    """Send every pending notification through the channels given; the ones handled."""
    if not webhook and not command:
        return []
    sent = []
    for notification in store.claim_notifications():
        body = json.dumps(asdict(notification), ensure_ascii=False).encode()
        errors = []
        if webhook:
            errors += _post(webhook, body)
        if command:
            errors += _run(command, body)
        store.mark_sent(notification.id, "; ".join(errors) or None)
        sent.append(notification)
    return sent


def _post(url: str, body: bytes) -> list[str]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            response.read()
    except OSError as exc:
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
