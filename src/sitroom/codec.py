"""An Analysis as JSON and back, exactly: every dataclass field kept, so what a Spark job writes to
Parquet loads into a store as the very analysis a single process would have stored.

(`serialize.py` is the readable JSON for people and the API; this one is for machines.)"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import cache
from typing import Any

from .model import Analysis


def analysis_to_json(analysis: Analysis) -> str:
    return json.dumps(_plain(analysis), ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str) -> Analysis:
    return _build(Analysis, json.loads(text))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def _build(kind: Any, data: Any) -> Any:
    """Rebuild a value of the annotated type `kind` from its plain form."""
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return _build(options[0], data) if len(options) == 1 else data
    if origin is typing.Literal:
        return data
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in data)
        return tuple(_build(a, v) for a, v in zip(args, data, strict=True))
    if origin in (list, dict):
        return data
    if kind is date:
        return date.fromisoformat(data)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(kind) if f.name in data})
    return data


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
