"""Watch rules and the alerts they raised, and the counters live pages poll."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ...corpus.alerts import parse_rules, rule_from_dict, rule_to_dict
from ..room import Room, event_types, write_route

RULE_IN = {
    "type": "object",
    "required": ["name"],
    "description": "a watch rule: the fields of docs/situations.md (event_types, near, actors, min_count, spike...)",
    "properties": {"name": {"type": "string"}, "priority": {"enum": ["flash", "urgent", "routine"]}},
}
RULES_IN = {
    "oneOf": [
        RULE_IN,
        {"type": "array", "items": RULE_IN},
        {"type": "object", "required": ["toml"], "properties": {"toml": {"type": "string"}}},
    ]
}


def router(room: Room) -> APIRouter:
    routes = APIRouter()
    store = room.store
    token = [Depends(room.require_token)]

    @routes.get("/api/alerts", tags=["alerts"])
    def api_alerts(after: int = 0, limit: int = Query(50, ge=1, le=1000)) -> list[dict[str, Any]]:
        """Alerts raised, newest first; `after` keeps only those with a larger id (for live pages)."""
        return [asdict(n) for n in store.notifications(limit=limit) if n.id > after]

    @routes.get("/api/alerts/rules", tags=["alerts"])
    def api_rules() -> list[dict[str, Any]]:
        return [{**rule_to_dict(r), "silenced": r.silenced} for r in store.rules()]

    @routes.post("/api/alerts/rules", tags=["alerts"], dependencies=token, **write_route(RULES_IN))
    async def api_add_rules(request: Request, replace: bool = False) -> list[dict[str, Any]]:
        """A rule as JSON (the fields of docs/situations.md), a list of them, or {"toml": "..."}.
        A rule whose name is taken is refused (409) unless `replace=true`."""
        body = await room.json_body(request)
        if isinstance(body, dict) and "toml" in body:
            rules = parse_rules(str(body["toml"]), "posted rules")
        else:
            listed = body if isinstance(body, list) else [body]
            if not all(isinstance(r, dict) for r in listed):
                raise HTTPException(400, "a rule must be a JSON object")
            rules = [rule_from_dict(r, "posted rule") for r in listed]
        taken = sorted({r.name for r in store.rules()} & {r.name for r in rules})
        if taken and not replace:
            raise HTTPException(409, f"a rule named {taken[0]!r} exists: POST with ?replace=true to replace it")
        store.add_rules(rules)
        return [rule_to_dict(r) for r in rules]

    @routes.post(
        "/api/alerts/rules/{name:path}/silence", tags=["alerts"], dependencies=token, **write_route(names_one=True)
    )
    def api_silence(name: str, on: bool = True) -> dict[str, Any]:
        store.silence_rule(name, on)
        return {"name": name, "silenced": on}

    @routes.delete("/api/alerts/rules/{name:path}", tags=["alerts"], dependencies=token, **write_route(names_one=True))
    def api_delete_rule(name: str) -> dict[str, Any]:
        store.delete_rule(name)
        return {"name": name, "deleted": True}

    @routes.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page(request: Request) -> HTMLResponse:
        return room.page(
            request,
            "alerts.html",
            rules=store.rules(),
            alerts=[asdict(n) for n in store.notifications(limit=200)],
            types=event_types(),
        )

    @routes.get("/api/updates", tags=["live"])
    def api_updates() -> dict[str, int]:
        """Counters of the latest article and alert: a page polls this and reloads its parts when they move."""
        return store.latest()

    return routes
