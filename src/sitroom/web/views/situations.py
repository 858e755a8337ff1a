"""The situation list, one situation (its page, timeline, export, brief) and merging by hand."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from ...corpus.query import EventQuery, day_bound
from ...corpus.timeline import tallies
from ...serialize import situation_to_dict, tally_to_dict, timeline_event_to_dict
from ...store.corpus import ListFilter
from ...store.export import CORPUS_TABLES, timeline_rows
from ...store.store import TIMELINE_PARTS
from ..filters import event_filter
from ..highlight import Mark, highlighted
from ..room import MISSING, Order, Room, Status, attachment, event_types, fts_query, write_route
from ..svgmap import MapPlace, place_map

PAGE = 50  # situations a page of the list shows
# A situation page and its brief page read the story's latest reports, so a story of thousands
# stays fast (the API's and the CLI's brief cover every report).
SHOWN = 20
QUOTED = 1000  # quotes and claims of the shown reports, at most


def router(room: Room) -> APIRouter:
    routes = APIRouter()
    store = room.store

    def situation_rows(
        q: str | None,
        limit: int,
        status: str | None = None,
        order: str = "latest",
        offset: int = 0,
        keep: ListFilter | None = None,
    ) -> list[dict[str, Any]]:
        found = store.situations(limit=limit, query=q, status=status, order=order, offset=offset, keep=keep)
        rows = [situation_to_dict(s) for s in found]
        alerted = store.alert_counts([r["id"] for r in rows])
        return [{**r, "alerts": alerted.get(r["id"], 0)} for r in rows]

    @routes.get("/api/situations", tags=["situations"], responses={400: MISSING[400]})
    def api_situations(
        q: str | None = None,
        status: Status | None = None,
        order: Order = "latest",
        offset: int = Query(0, ge=0),
        limit: int = Query(50, ge=1, le=1000),
        keep: ListFilter = Depends(list_filter),
    ) -> list[dict[str, Any]]:
        """Situations, latest report first (or by `order`); `q` filters on title, actors and places,
        `status` keeps the active, quiet or closed ones, `min_reports`, `since`, `until`, `place`
        and `type` what they say; `offset` and `limit` page."""
        return situation_rows(q, limit, status, order, offset, keep)

    @routes.get("/", response_class=HTMLResponse, include_in_schema=False)
    def situations_page(
        request: Request,
        q: str | None = None,
        status: Status | None = None,
        order: Order = "latest",
        offset: int = Query(0, ge=0),
        partial: bool = False,
        keep: ListFilter = Depends(list_filter),
    ) -> HTMLResponse:
        rows = situation_rows(q, PAGE, status, order, offset, keep)
        articles = store.articles(limit=50, query=fts_query(q)) if q else []
        entities = store.entity_names(q, limit=20) if q else []
        name = "_situation_rows.html" if partial else "situations.html"
        listing = {
            "q": q or "",
            "status": status or "",
            "order": order,
            "offset": offset,
            "page": PAGE,
            "keep": _kept_query(keep),
            "kept": keep,
        }
        return room.page(
            request,
            name,
            situations=rows,
            q=q or "",
            articles=articles,
            entities=entities,
            listing=listing,
            total=store.situation_count(q, status, keep),
            types=event_types(),
        )

    @routes.get("/api/situations/{situation_id}", tags=["situations"], responses=MISSING)
    def api_situation(situation_id: int, f: EventQuery = Depends(event_filter)) -> dict[str, Any]:
        """One situation with its timeline (filtered), articles and places."""
        return situation_parts(situation_id, f)[0]

    def situation_parts(situation_id: int, f: EventQuery) -> tuple[dict[str, Any], list[Any], dict[str, Any]]:
        """The situation as JSON, with the timeline and the analyses it was made from."""
        summary = store.situation(situation_id)
        articles = store.situation_articles(situation_id, latest=SHOWN)  # a long story: its latest reports
        shown = [aid for aid, _ in articles]
        analyses = store.analyses_of(shown, TIMELINE_PARTS | {"places"})
        timeline = [t for t in store.timeline_of(articles, analyses) if f.keeps(t)]
        places = {p.name: p for a in analyses for p in a.places}
        where = Counter(t.place for t in timeline if t.place in places)
        if not f.as_query():  # unfiltered: every place named, sized by its incidents; filtered: what is shown
            where.update({name: 0 for name in places})
        data = {
            "situation": situation_to_dict(summary),
            "shown_reports": len(articles),
            "timeline": [timeline_event_to_dict(t) for t in timeline],
            "tallies": [tally_to_dict(t) for t in tallies(timeline)],
            "articles": [
                {
                    "id": a.article.id,
                    "source": a.article.source,
                    "published": a.article.published.isoformat(),
                    "title": a.article.title,
                    "copy_of": copy_of,
                }
                for a, (_, copy_of) in zip(analyses, articles, strict=True)
            ],
            "places": [
                {
                    "name": n,
                    "kind": places[n].kind,
                    "label": places[n].label,
                    "latitude": places[n].latitude,
                    "longitude": places[n].longitude,
                    "events": k,
                }
                for n, k in where.items()
            ],
            "quotes": [
                x for x in store.quotes(articles=shown, limit=QUOTED) if f.keeps_statement(x["source"], x["content"])
            ],
            "claims": [x for x in store.claims(shown, limit=QUOTED) if f.keeps_statement(x["source"], x["content"])],
            "reports_per_day": sorted(Counter(a.article.published.isoformat() for a in analyses).items()),
            "reports_per_hour": store.received_per_hour([a.article.id for a in analyses]),
            "filter": f.as_query(),
        }
        return data, timeline, {a.article.id: a for a in analyses}

    @routes.get("/situations/{situation_id}", response_class=HTMLResponse, include_in_schema=False)
    def situation_page(request: Request, situation_id: int, f: EventQuery = Depends(event_filter)) -> HTMLResponse:
        data, timeline, analyses = situation_parts(situation_id, f)
        svg = place_map(
            [
                MapPlace(p["name"], p["kind"], p["latitude"], p["longitude"], p["events"], p["label"])
                for p in data["places"]
            ]
        )
        evidence = []
        for event in timeline:  # the first report's sentence, its trigger and count marked
            report = event.reports[0]
            text = analyses[report.article_id].article.text
            marks = [Mark(report.event.trigger, "event", f"event: {event.type}")]
            if report.event.count is not None:
                q = report.event.count
                marks.append(Mark(q.span, "count", f"count: {q.value} ({q.qualifier})"))
            evidence.append(highlighted(text, report.event.evidence.start, report.event.evidence.end, marks))
        return room.page(request, "situation.html", d=data, svg=svg, f=f, types=event_types(), evidence=evidence)

    @routes.get("/situations/{situation_id}/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, situation_id: int) -> HTMLResponse:
        """The brief, printable, every line citing its reports; reading it does not record it."""
        brief = store.sitrep(situation_id, record=False, latest=SHOWN)
        return room.page(request, "brief.html", brief=brief.data, briefed=SHOWN)

    @routes.get("/api/situations/{situation_id}/timeline", tags=["situations"], responses=MISSING)
    def api_timeline(
        situation_id: int, f: EventQuery = Depends(event_filter), latest: int | None = Query(None, ge=1)
    ) -> list[dict[str, Any]]:
        """The whole timeline, or the one of the `latest` reports."""
        store.situation(situation_id)
        return [timeline_event_to_dict(t) for t in store.timeline(situation_id, latest=latest) if f.keeps(t)]

    @routes.get("/api/situations/{situation_id}/sitrep", tags=["situations"], responses=MISSING)
    def api_sitrep(situation_id: int, fmt: str = Query("json", alias="format")) -> Response:
        """The brief, as Markdown (`format=md`) or JSON; reading it here does not record it."""
        brief = store.sitrep(situation_id, record=False)
        if fmt == "md":
            return PlainTextResponse(
                brief.markdown,
                media_type="text/markdown",
                headers=attachment(f"sitroom-situation-{situation_id}-brief.md"),
            )
        return JSONResponse(brief.data)

    @routes.get("/api/situations/{situation_id}/export", tags=["exports"], responses=MISSING)
    def api_export(
        situation_id: int, fmt: str = Query("json", alias="format"), f: EventQuery = Depends(event_filter)
    ) -> Response:
        """The filtered timeline exactly as on screen: JSON, CSV (one row per report) or GeoJSON."""
        data, timeline, _ = situation_parts(situation_id, f)
        name = f"sitroom-situation-{situation_id}-timeline"
        if fmt == "csv":
            return PlainTextResponse(
                _timeline_csv(situation_id, timeline), media_type="text/csv", headers=attachment(f"{name}.csv")
            )
        if fmt == "geojson":
            return JSONResponse(
                _geojson(data), media_type="application/geo+json", headers=attachment(f"{name}.geojson")
            )
        return JSONResponse(data["timeline"], headers=attachment(f"{name}.json"))

    @routes.post(
        "/api/situations/{situation_id}/merge",
        tags=["situations"],
        dependencies=[Depends(room.require_token)],
        **write_route(names_one=True),
    )
    async def api_merge(situation_id: int, request: Request) -> dict[str, Any]:
        """Body: {"others": [ids]}. Folds them into this situation."""
        body = await room.json_body(request)
        others = body.get("others") if isinstance(body, dict) else None
        if not isinstance(others, list) or not all(isinstance(o, int) for o in others):
            raise HTTPException(400, 'body must be {"others": [situation ids]}')
        store.merge_situations(situation_id, others)
        return situation_to_dict(store.situation(situation_id))

    return routes


def list_filter(
    min_reports: int | None = Query(None, ge=1, description="situations of at least this many reports"),
    since: str | None = Query(None, description="a report on or after this day, YYYY-MM-DD"),
    until: str | None = Query(None, description="a report on or before this day, YYYY-MM-DD"),
    place: str | None = Query(None, description="a key place of the situation, as it is named"),
    type: str | None = Query(None, description="an event type among its reports' events"),  # noqa: A002
) -> ListFilter:
    """The list's filter from the query string; an empty field is no bound (a form sends `since=`)."""
    try:
        first, last = day_bound("since", since), day_bound("until", until)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return ListFilter(min_reports, first, last, (place or "").strip() or None, type or None)


def _kept_query(keep: ListFilter) -> str:
    """The filter as query-string fields, for the list's links (paging, order) to carry it."""
    fields = {
        "min_reports": keep.min_reports,
        "since": keep.since.isoformat() if keep.since else None,
        "until": keep.until.isoformat() if keep.until else None,
        "place": keep.place,
        "type": keep.event_type,
    }
    return urlencode({k: v for k, v in fields.items() if v is not None})


def _timeline_csv(situation_id: int, timeline: list[Any]) -> str:
    """The same rows as the `timeline` table of `sitroom export`, one per report of each incident."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CORPUS_TABLES["timeline"])
    writer.writeheader()
    writer.writerows(timeline_rows(situation_id, timeline))
    return out.getvalue()


def _geojson(data: dict[str, Any]) -> dict[str, Any]:
    coords = {p["name"]: (p["longitude"], p["latitude"]) for p in data["places"]}
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": list(coords[t["place"]])},
            "properties": {
                "type": t["type"],
                "date": t["date"]["value"] if t["date"] else None,
                "place": t["place"],
                "sources": t["sources"],
                "evidence": t["reports"][0]["evidence"]["text"],
            },
        }
        for t in data["timeline"]
        if t["place"] in coords
    ]
    return {"type": "FeatureCollection", "features": features}
