"""What every view of the web room shares: the store, the settings, the templates, the token check,
the JSON body reader, and the schema extras of the routes that write."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..nlp.counts import describe_count
from ..nlp.dates.describe import describe_date
from ..notify import Sender
from ..settings import Options
from ..store import Store
from .highlight import inline_markdown
from .jobs import IngestJobs
from .links import web_link

HERE = Path(__file__).parent
TOKEN_KEY = "api_token_sha256"

Status = Literal["active", "quiet", "closed"]
Order = Literal["latest", "reports", "outlets", "alerts", "started"]
SearchOrder = Literal["relevance", "newest"]

# What the schema says of the routes that write: the token they need and the answers they may give.
BEARER = {"type": "http", "scheme": "bearer", "description": "the API token `sitroom serve` prints once"}
# Every error of the API has one shape: what went wrong in words, and sitroom's error code when it has one.
ERROR = {
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["detail"],
                "properties": {"detail": {"type": "string"}, "code": {"type": "string", "example": "E204"}},
            }
        }
    }
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "the body or a field is not valid; the message names it", **ERROR},
    401: {"description": "no API token, or not this store's", **ERROR},
    413: {"description": "the body is over the server's max_input_bytes", **ERROR},
}
# What a route that names one thing (a situation, an article, a rule...) may answer besides 200.
MISSING: dict[int | str, dict[str, Any]] = {
    400: {"description": "a field is not valid; the message names it", **ERROR},
    404: {"description": "nothing of that id or name in the store", **ERROR},
}


def ensure_token(store: Store, renew: bool = False) -> str | None:
    """Create the API token on first start (or when renewing); the token itself, only then."""
    if store.server_setting(TOKEN_KEY) and not renew:
        return None
    token = secrets.token_urlsafe(24)
    store.set_server_setting(TOKEN_KEY, hashlib.sha256(token.encode()).hexdigest())
    return token


def write_route(body: dict[str, Any] | None = None, names_one: bool = False) -> dict[str, Any]:
    """The OpenAPI extras of a route that writes: its security, its errors and, when it reads JSON,
    its body; `names_one` when its path names something that may not be there."""
    extra: dict[str, Any] = {"security": [{"bearer": []}]}
    if body is not None:
        extra["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    responses = {**WRITE_RESPONSES, **({404: MISSING[404]} if names_one else {})}
    return {"responses": responses, "openapi_extra": extra}


def make_templates() -> Jinja2Templates:
    found = Jinja2Templates(directory=HERE / "templates")
    found.env.filters["tojson_attr"] = lambda value: json.dumps(value)
    found.env.filters["web_link"] = web_link
    found.env.filters["date_words"] = describe_date
    found.env.filters["inline_markdown"] = inline_markdown
    found.env.filters["count_words"] = lambda c: describe_count(c["value"], c["qualifier"], c["low"], c["high"])
    return found


@dataclass
class Room:
    """One server's store and settings, handed to each view when the app is made."""

    store: Store
    options: Options
    templates: Jinja2Templates = field(default_factory=make_templates)
    jobs: IngestJobs = field(default_factory=IngestJobs)  # posted batches, analysed one at a time
    sender: Sender | None = None  # alerts out, beside the batches (made with the app)

    def page(self, request: Request, template: str, **context: Any) -> HTMLResponse:
        return self.templates.TemplateResponse(request, template, {"latest": self.store.latest(), **context})

    def require_token(self, request: Request) -> None:
        expected = self.store.server_setting(TOKEN_KEY)
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        digest = hashlib.sha256(given.encode()).hexdigest()
        if not expected or not given or not hmac.compare_digest(digest, expected):
            raise HTTPException(401, "writing needs the API token: Authorization: Bearer TOKEN")

    async def json_body(self, request: Request) -> Any:
        limit = self.options.max_input_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HTTPException(413, f"body over the limit of {limit} bytes")
        body = await request.body()
        if len(body) > limit:
            raise HTTPException(413, f"body over the limit of {limit} bytes")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(400, f"bad JSON: {exc}") from exc
        except RecursionError as exc:
            raise HTTPException(400, "bad JSON: nested too deep") from exc


def event_types() -> list[str]:
    from ..nlp.events import EVENT_TYPES

    return [t.name for t in EVENT_TYPES]


def attachment(filename: str) -> dict[str, str]:
    """Headers that make a browser save an export under a name that says what it is."""
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def fts_query(q: str | None) -> str | None:
    """A search box as an FTS5 query: "phrases" kept, AND, OR and NOT (in capitals) as operators,
    every other word quoted (so no character of it is read as syntax); words side by side are all
    required. An operator with nothing to join is dropped."""
    if not q:
        return None
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', q):
        if phrase.strip():
            parts.append('"' + phrase.strip() + '"')
        elif word in ("AND", "OR", "NOT"):
            parts.append(word)
        elif word.replace('"', ""):
            parts.append('"' + word.replace('"', "") + '"')
    while parts and parts[0] in ("AND", "OR", "NOT"):
        parts.pop(0)
    while parts and parts[-1] in ("AND", "OR", "NOT"):
        parts.pop()
    cleaned: list[str] = []
    for part in parts:  # two operators in a row: the first stays
        if not (part in ("AND", "OR", "NOT") and cleaned and cleaned[-1] in ("AND", "OR", "NOT")):
            cleaned.append(part)
    return " ".join(cleaned) or None
