"""The `sitroom` command: parses arguments and prints; the work lives in the library."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .corpus.alerts import rule_to_dict
from .corpus.query import event_query
from .corpus.timeline import counts_text, tallies, tally_text, type_text, when_text
from .errors import InputError, SitroomError, store_error
from .ingest import ingest
from .model import Analysis
from .nlp.dates.describe import describe_date
from .nlp.tolls import report_tolls
from .notify import Delivery, Sender, delivery_line, send_pending
from .serialize import analysis_to_dict, situation_to_dict, timeline_event_to_dict
from .settings import SETTINGS, FollowConfig, options_from_env
from .store import Store
from .store.alerts import Notification
from .store.corpus import SITUATION_ORDERS, STATUSES
from .store.export import FORMATS, corpus_rows, export
from .watch import FolderWatcher

F = TypeVar("F", bound=Callable[..., Any])
_SETTING = {s.name: s for s in SETTINGS}


def sample_dir() -> Path:
    """The sample reports shipped inside the package."""
    return Path(str(files("sitroom") / "samples"))


def db_option(func: F) -> F:
    setting = _SETTING["db"]
    return click.option(
        "--db",
        envvar=setting.env,
        default=setting.default,
        show_default=True,
        type=click.Path(dir_okay=False),
        help=setting.help,
    )(func)


def _open_store(db: str) -> Store:
    try:
        return Store(db)
    except SitroomError as exc:
        raise click.ClickException(str(exc)) from exc


def _setting_option(name: str, *flags: str, **extra: Any) -> Callable[[F], F]:
    setting = _SETTING[name]
    flags = flags or (f"--{name.replace('_', '-')}",)
    return click.option(
        *flags, envvar=setting.env, default=setting.default, show_default=True, help=setting.help, **extra
    )


def _ingest_options(func: F) -> F:
    """The settings that analysing and storing reports take (ingest, watch)."""
    for option in reversed(
        [
            _setting_option("workers", "--workers", "-w", type=int),
            _setting_option("max_input_bytes", type=int),
            _setting_option("model"),
            _setting_option("events", "--events/--no-events"),
            _setting_option("alert_webhook"),
            _setting_option("alert_command"),
        ]
    ):
        func = option(func)
    return func


def _ingest_values(
    workers: int, max_input_bytes: int, model: str, events: bool, alert_webhook: str, alert_command: str
) -> dict[str, Any]:
    """What `_ingest_options` gave, as Options values."""
    return {
        "workers": workers,
        "max_input_bytes": max_input_bytes,
        "model": model,
        "events": events,
        "alert_webhook": alert_webhook,
        "alert_command": alert_command,
    }


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitroom")
def cli() -> None:
    """sitroom: a situation room for the news. Dated reports in, a sourced picture out."""


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--sample", is_flag=True, help="Ingest the sample reports shipped with sitroom.")
@_ingest_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@db_option
def ingest_command(
    paths: tuple[Path, ...],
    sample: bool,
    workers: int,
    max_input_bytes: int,
    model: str,
    events: bool,
    alert_webhook: str,
    alert_command: str,
    quiet: bool,
    db: str,
) -> None:
    """Read reports from files or folders (.txt dated text, .jsonl, .html) and store their analysis.

    Articles already stored are skipped, so a run that was stopped can simply be run again.
    Exits with status 1 when any input could not be read.
    """
    inputs = list(paths) + ([sample_dir()] if sample else [])
    if not inputs:
        raise click.UsageError("give files or folders to ingest, or --sample")
    options = options_from_env().with_values(
        **_ingest_values(workers, max_input_bytes, model, events, alert_webhook, alert_command), db=db
    )

    def report_error(error: InputError) -> None:
        click.echo(f"error: {error}", err=True)

    with _open_store(db) as store:
        # alerts go out from a thread of their own while ingest goes on: a slow webhook slows no ingest
        sender = Sender(store, options.alert_webhook, options.alert_command, interval_s=1.0).start()
        try:
            report = ingest(store, inputs, options, on_error=report_error, progress=not quiet)
        except SitroomError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            delivery = sender.close()
        line = delivery_line(store, delivery) if sender.active else ""
    click.echo(report.summary())
    if delivery.failed:
        click.echo(f"warning: {line}", err=True)
    elif line:
        click.echo(line)
    if report.failed:
        sys.exit(1)


@cli.command("list")
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="How many articles.")
@click.option("--search", "-s", "query", help="Full-text query (SQLite FTS5 syntax) over titles and text.")
@db_option
def list_command(limit: int, query: str | None, db: str) -> None:
    """List stored articles, newest first; with --search, the best matches first."""
    with _open_store(db) as store:
        try:
            rows = store.articles(limit=limit, query=query)
        except sqlite3.OperationalError as exc:  # FTS5 reports query syntax errors so
            if query is None:
                raise
            raise click.ClickException(f"search failed: {exc}") from exc
        for row in rows:
            label = row.title or Path(row.origin or "").name or "(untitled)"
            click.echo(f"{row.id}  {row.published}  {row.source:<12}  {row.entities:>3} entities  {label}")
        counts = store.counts()
    click.echo(f"{counts['articles']} articles in {db}", err=True)


@cli.command("show")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the whole analysis as JSON.")
@click.option("--archived", is_flag=True, help="Print the page as it was fetched (followed sources only).")
@click.option("--changes", is_flag=True, help="Print what each version of a followed page changed.")
@db_option
def show_command(article: str, as_json: bool, archived: bool, changes: bool, db: str) -> None:
    """Show one stored article's analysis: ARTICLE is its id or the start of it."""
    with _open_store(db) as store:
        try:
            analysis = store.analysis(article)
        except SitroomError as exc:
            raise click.ClickException(str(exc)) from exc
        if archived:
            click.echo(_archived_page(store, analysis.article.id), nl=False)
            return
        revisions = store.page_revisions(analysis.article.id)
    if changes:
        if not revisions:
            raise click.ClickException(f"{analysis.article.id} was not read from a followed page: it has no versions")
        click.echo(format_revisions(revisions))
    elif as_json:
        click.echo(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=2))
    else:
        click.echo(format_analysis(analysis))
        if revisions:
            click.echo(
                "versions: "
                + ", ".join(f"{v.version} {v.article_id} fetched {v.fetched_at}" for v, _ in revisions)
                + "  (--changes says what changed)"
            )


def _archived_page(store: Store, article_id: str) -> str:
    from .follow.archive import Record, archive_folder, read_record

    versions = [v for v, _ in store.page_revisions(article_id) if v.article_id == article_id and v.record]
    if not versions:
        raise click.ClickException(f"{article_id} has no archived page: only followed pages are archived")
    try:
        page = read_record(archive_folder(store.path), Record(*versions[-1].record))  # type: ignore[misc]
    except (OSError, ValueError, EOFError) as exc:
        raise click.ClickException(f"the archived page of {article_id} cannot be read: {exc}") from exc
    head = f"{page.url}\nfetched {page.date}, HTTP {page.status}\n" + "".join(f"{k}: {v}\n" for k, v in page.headers)
    return head + "\n" + page.body.decode("utf-8", errors="replace") + "\n"


def format_revisions(revisions: list[tuple[Any, Any]]) -> str:
    lines = []
    for version, revision in revisions:
        lines.append(f"version {version.version}  {version.article_id}  fetched {version.fetched_at}  {version.url}")
        if revision is None:
            continue
        for figure in revision.figures:
            lines.append(f"  revised figure: {figure.type} {figure.casualty}: {figure.before} -> {figure.after}")
        for kind, items in (
            ("event added", revision.events_added),
            ("event removed", revision.events_removed),
            ("quote added", revision.quotes_added),
            ("quote removed", revision.quotes_removed),
        ):
            lines.extend(f"  {kind}: {_short(item)}" for item in items)
        for kind, pairs in (("event revised", revision.events_revised), ("quote revised", revision.quotes_revised)):
            lines.extend(f"  {kind}: {_short(was)}\n    now: {_short(now)}" for was, now in pairs)
        lines.extend(f"  {line}" for line in revision.text)
    return "\n".join(lines)


def format_analysis(analysis: Analysis) -> str:
    article, doc, text = analysis.article, analysis.document, analysis.article.text
    dateline = f"; dateline {doc.dateline.span.of(text).strip()!r}" if doc.dateline else ""
    lines = [
        f"{article.id}  {article.published}  {article.source}",
        f"title: {article.title or '-'}",
        f"from: {article.origin or article.url or '-'}",
        f"pipeline: {analysis.pipeline}",
        f"paragraphs: {len(doc.body)} body, {sum(p.kind == 'caption' for p in doc.paragraphs)} caption"
        f" ({len(doc.captions)} distinct captions){dateline}",
        "",
        f"Captions ({len(doc.captions)})",
    ]
    for i, caption in enumerate(doc.captions, start=1):
        shown = caption.text if len(caption.text) <= 100 else caption.text[:97] + "..."
        lines.append(f"  [{i}] {shown or '(credit only)'}")
        for place in caption.places:
            credit = place.credit
            where = f"@{place.span.start}-{place.span.end}"
            if credit is None:
                lines.append(f"      {where}  no credit")
            else:
                lines.append(
                    f"      {where}  credit {credit.span.of(text)!r}  photographer: {credit.photographer or '-'}"
                    f"  agency: {credit.agency or '-'}"
                )
    lines += ["", f"Entities ({len(analysis.entities)})"]
    ordered = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.name))
    width = max((len(e.name) for e in ordered), default=10)
    for entity in ordered:
        forms = Counter(m.text for m in entity.mentions)
        shown = ", ".join(f"{form} ×{n}" if n > 1 else form for form, n in forms.most_common())
        lines.append(f"  {entity.kind:<12} {entity.name:<{width}}  {len(entity.mentions):>3}  {shown}")
    lines += ["", f"Events ({len(analysis.events)})"]
    tolls = report_tolls(analysis)
    if tolls:
        lines.append("  tolls: " + ", ".join(f"{kind} {n}" for kind, n in tolls.items()))
    for e in analysis.events:
        parts = [f"  {e.type:<12}"]
        if e.count:
            parts.append(
                f"{e.count.qualifier.replace('_', ' ')} {e.count.value}"
                if e.count.qualifier != "range"
                else f"{e.count.low}-{e.count.high}"
            )
        for role, who in (("by", e.actor), ("on", e.target), ("at", e.place)):
            if who is not None:
                parts.append(f"{role} {who.entity or who.text}")
        if e.date:
            parts.append(f"when {describe_date(e.date.value)} ({e.date.text})")
        flags = [
            f
            for f in (
                e.polarity if e.polarity != "asserted" else "",
                e.modality if e.modality != "asserted" else "",
                "caption" if e.in_caption else "",
            )
            if f
        ]
        if flags:
            parts.append(f"[{', '.join(flags)}]")
        lines.append("  ".join(parts))
        lines.append(f"      “{e.evidence.of(text).strip()[:150]}”")
    lines += ["", f"Attributions ({len(analysis.attributions)})"]
    for a in analysis.attributions:
        who = (a.source.entity or a.source.text) if a.source else "(no source)"
        shown = _short(a.content.of(text))
        lines.append(f"  {who} {a.cue_text}{' (direct)' if a.direct else ''}: {shown}")
        lines += [f"      … {_short(p.of(text))}" for p in a.continued]
    lines += ["", f"Claims ({len(analysis.claims)})"]
    for c in analysis.claims:
        source = analysis.attributions[c.attribution].source
        who = (source.entity or source.text) if source else "(no source)"
        signals = ", ".join(repr(s.of(text)) for s in c.signals)
        lines.append(f"  {c.framing:<11} {who}: {_short(c.content.of(text))}" + (f"  [{signals}]" if signals else ""))
        if c.counter:
            lines.append(f"      answered by: {_short(c.counter.of(text).strip())}")
    lines += ["", f"Places ({len(analysis.places)})"]
    for p in analysis.places:
        lines.append(f"  {p.name:<24} {p.kind:<9} {p.latitude:9.4f} {p.longitude:10.4f}  {p.label}")
    lines += ["", f"Dates ({len(analysis.dates)})"]
    for d in analysis.dates:
        where = " (caption)" if d.in_caption else ""
        lines.append(f"  {d.value:<16} {d.granularity:<12} {d.text!r}{where}")
    return "\n".join(lines)


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    required=True,
    help="A file for jsonl; a folder (one file per table) for csv and parquet.",
)
@db_option
def export_command(fmt: str, output: Path, db: str) -> None:
    """Write every stored analysis out as JSON Lines, CSV or Parquet."""
    with _open_store(db) as store:
        corpus = corpus_rows(store) if fmt != "jsonl" else None
        written = export(store.analyses(), fmt, output, corpus)  # type: ignore[arg-type]
    for path in written:
        click.echo(str(path))


@cli.group("situations", invoke_without_command=True)
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="How many situations.")
@click.option("--status", type=click.Choice(STATUSES), help="Only the active, quiet or closed ones.")
@click.option(
    "--order", type=click.Choice(tuple(SITUATION_ORDERS)), default="latest", show_default=True, help="Order by."
)
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
@db_option
@click.pass_context
def situations_command(ctx: click.Context, limit: int, status: str | None, order: str, as_json: bool, db: str) -> None:
    """List situations (stories grouped from the reports), the latest first; merge or split them."""
    if ctx.invoked_subcommand is not None:
        return
    with _open_store(db) as store:
        rows = store.situations(limit=limit, status=status, order=order)
    if as_json:
        click.echo(json.dumps([situation_to_dict(s) for s in rows], ensure_ascii=False, indent=2))
        return
    for s in rows:
        edited = " (edited)" if s.edited else ""
        click.echo(
            f"{s.id:>5}  {s.status:<7} {s.first}..{s.last}  {s.articles:>3} reports  {s.sources:>2} outlets"
            f"  {s.title[:90]}{edited}"
        )
        if s.actors or s.places:
            click.echo(f"       {', '.join(s.actors + s.places)}")


@situations_command.command("backfill")
@db_option
def backfill_command(db: str) -> None:
    """Place articles stored before situations existed (a store made by an older sitroom)."""
    with _open_store(db) as store:
        placed = store.place_unplaced()
    click.echo(f"placed {placed} articles")


@situations_command.command("suggest")
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
@db_option
def suggest_command(as_json: bool, db: str) -> None:
    """Merges and splits worth a look among the open situations, each with its reason."""
    with _open_store(db) as store:
        found = store.situation_suggestions()
    if as_json:
        click.echo(json.dumps([asdict(s) for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No merge or split to suggest.")
    for s in found:
        if s.action == "merge":
            into, other = s.situations
            click.echo(f"merge {other} into {into} ({s.score:.2f}): {s.reason}")
            click.echo(f"    sitroom situations merge {into} {other}")
        else:
            click.echo(f"split {s.articles[0][:12]} out of {s.situations[0]}: {s.reason}")
            click.echo(f"    sitroom situations split {s.situations[0]} {s.articles[0][:12]}")


@situations_command.command("merge")
@click.argument("into", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@db_option
def merge_command(into: int, others: tuple[int, ...], db: str) -> None:
    """Fold situations OTHERS into INTO. Kept as new reports arrive."""
    with _open_store(db) as store:
        _run(lambda: store.merge_situations(into, list(others)))
        click.echo(f"situation {into}: {store.situation(into).articles} reports")


@situations_command.command("split")
@click.argument("situation", type=int)
@click.argument("articles", nargs=-1, required=True)
@db_option
def split_command(situation: int, articles: tuple[str, ...], db: str) -> None:
    """Move ARTICLES (ids or their start) out of SITUATION into a new situation. Kept as new reports arrive."""
    with _open_store(db) as store:
        new_id = _run(lambda: store.split_situation(situation, list(articles)))
        click.echo(f"situation {new_id}: {store.situation(new_id).articles} reports split from {situation}")


@cli.command("timeline")
@click.argument("situation", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON.")
@click.option("--since", help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this day (YYYY-MM-DD).")
@click.option("--type", "types", multiple=True, help="Events of this type (repeat for several).")
@click.option("--place", help="Events at a place whose name holds these words.")
@click.option("--actor", help="Events whose actor or target holds these words.")
@click.option("--text", help="Events whose evidence holds these words.")
@db_option
def timeline_command(
    situation: int,
    as_json: bool,
    since: str | None,
    until: str | None,
    types: tuple[str, ...],
    place: str | None,
    actor: str | None,
    text: str | None,
    db: str,
) -> None:
    """The events of a situation, merged across its reports, in time order, with their sources;
    the options filter them as the web room's filter does."""
    try:
        keep = event_query(since, until, types, place, actor, text)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    with _open_store(db) as store:
        summary = _run(lambda: store.situation(situation))
        timeline = [t for t in store.timeline(situation) if keep.keeps(t)]
    if as_json:
        click.echo(json.dumps([timeline_event_to_dict(t) for t in timeline], ensure_ascii=False, indent=2))
        return
    click.echo(f"Situation {summary.id}: {summary.title}")
    for tally in tallies(timeline):
        click.echo(f"  running total, {tally_text(tally)}")
    for event in timeline:
        click.echo(f"  {when_text(event):<44} {type_text(event):<13} {counts_text(event):<22} {event.place or ''}")
        for note in event.revised:
            click.echo(f"      figure revised: {note}")
        for report in event.reports:
            click.echo(f"      {report.source} {report.article_id[:8]}: “{' '.join(report.evidence.split())[:140]}”")


@cli.command("sitrep")
@click.argument("situation", type=int)
@click.option("--json", "as_json", is_flag=True, help="Write the brief as JSON instead of Markdown.")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to this file instead of printing.")
@db_option
def sitrep_command(situation: int, as_json: bool, output: Path | None, db: str) -> None:
    """A situation report in Markdown: what happened, where, who said what, what is disputed and
    what changed since the last brief, each line with its sources."""
    with _open_store(db) as store:
        brief = _run(lambda: store.sitrep(situation))
    text = json.dumps(brief.data, ensure_ascii=False, indent=2) + "\n" if as_json else brief.markdown
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(str(output))


@cli.group("alerts", invoke_without_command=True)
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="How many alerts.")
@db_option
@click.pass_context
def alerts_command(ctx: click.Context, limit: int, db: str) -> None:
    """Alerts raised by the watch rules, newest first; load, list and silence rules."""
    if ctx.invoked_subcommand is not None:
        return
    with _open_store(db) as store:
        rows = store.notifications(limit=limit)
    for n in rows:
        click.echo(_alert_line(n))


@alerts_command.command("load")
@click.argument("path", type=click.Path(path_type=Path))
@db_option
def alerts_load_command(path: Path, db: str) -> None:
    """Add the watch rules of a TOML file (see docs/situations.md); a rule of the same name is replaced."""
    with _open_store(db) as store:
        rules = _run(lambda: store.load_rules_file(path))
    for rule in rules:
        click.echo(f"rule {rule.name!r} ({rule.priority})")


@alerts_command.command("send")
@click.option("--retry-failed", is_flag=True, help="First give the alerts that failed for good fresh attempts.")
@_setting_option("alert_webhook")
@_setting_option("alert_command")
@db_option
def alerts_send_command(retry_failed: bool, alert_webhook: str, alert_command: str, db: str) -> None:
    """Send the alerts due now (new ones, and retries of those not delivered) to the webhook or
    command; exit 1 when one was not delivered."""
    if not alert_webhook and not alert_command:
        raise click.ClickException("no alert channel: give --alert-webhook or --alert-command")
    with _open_store(db) as store:
        if retry_failed:
            click.echo(f"{store.requeue_failed_notifications()} failed alerts due again")
        delivery = send_pending(store, alert_webhook or None, alert_command or None)
    click.echo(delivery.summary())
    if delivery.failed:
        sys.exit(1)


@alerts_command.command("rules")
@db_option
def alerts_rules_command(db: str) -> None:
    """List the watch rules."""
    with _open_store(db) as store:
        for rule in store.rules():
            state = " (silenced)" if rule.silenced else ""
            click.echo(f"{rule.name}{state}: {json.dumps(rule_to_dict(rule), ensure_ascii=False)}")


@alerts_command.command("silence")
@click.argument("name")
@click.option("--off", is_flag=True, help="Listen to the rule again.")
@db_option
def alerts_silence_command(name: str, off: bool, db: str) -> None:
    """Stop (or with --off, resume) raising alerts for the rule NAME."""
    with _open_store(db) as store:
        _run(lambda: store.silence_rule(name, not off))
    click.echo(f"rule {name!r} {'listening' if off else 'silenced'}")


@cli.command("backup")
@click.argument("destination", type=click.Path(path_type=Path, dir_okay=False))
@db_option
def backup_command(destination: Path, db: str) -> None:
    """Copy the store to DESTINATION (a new file), consistently, while it is in use. To restore,
    stop sitroom and put the copy in the store's place (and remove the store's -wal and -shm files)."""
    with _open_store(db) as store:
        size = _run(lambda: store.backup(destination))
    click.echo(f"{destination}: {size / 2**20:.1f} MB")


@cli.command("watch")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--interval", type=float, default=2.0, show_default=True, help="Seconds between looks at the folder.")
@click.option(
    "--settle",
    type=float,
    default=5.0,
    show_default=True,
    help="Seconds a file must have gone unwritten before it is read (a file written in bursts is read whole).",
)
@click.option(
    "--once", is_flag=True, help="Look until the files present have settled and held still, ingest them, and stop."
)
@_ingest_options
@db_option
def watch_command(
    folder: Path,
    interval: float,
    settle: float,
    once: bool,
    workers: int,
    max_input_bytes: int,
    model: str,
    events: bool,
    alert_webhook: str,
    alert_command: str,
    db: str,
) -> None:
    """Ingest reports as they appear in FOLDER (a file is read once it stops changing), updating
    situations, timelines and alerts; alerts are printed and sent to the webhook or command set."""
    options = options_from_env().with_values(
        **_ingest_values(workers, max_input_bytes, model, events, alert_webhook, alert_command), db=db
    )
    if not folder.is_dir():
        raise click.UsageError(f"{folder} is not a folder")
    with _open_store(db) as store, Sender(store, options.alert_webhook, options.alert_command) as sender:
        last_alert = max((n.id for n in store.notifications(limit=1)), default=0)
        watcher = FolderWatcher(folder, settle)
        while True:
            ready = watcher.ready()
            if ready:
                report = ingest(store, ready, options, on_error=lambda e: click.echo(f"error: {e}", err=True))
                click.echo(f"{datetime.now():%H:%M:%S} {report.summary()}")
                last_alert = _print_alerts(store, last_alert)
                sender.wake()
            _warn_undelivered(sender)
            if once and watcher.looks >= 2 and not watcher.settling:
                _warn_undelivered(sender, sender.close())
                return
            time.sleep(max(interval, 0.1) if watcher.settling else interval)


def _print_alerts(store: Store, last_alert: int) -> int:
    """Print the alerts raised after `last_alert`, oldest first; the latest id."""
    fresh = [n for n in store.notifications(limit=1000) if n.id > last_alert]
    for n in reversed(fresh):
        click.echo(_alert_line(n))
    return max([last_alert, *(n.id for n in fresh)])


def _warn_undelivered(sender: Sender, done: Delivery | None = None) -> None:
    """Say which alerts the sender could not deliver since the last look (they are retried)."""
    done = done if done is not None else sender.take()
    if done.failed:
        click.echo(f"warning: {delivery_line(sender.store, done)}", err=True)


def _alert_line(n: Notification) -> str:
    state = n.state
    if n.state == "retry":
        state = f"not delivered, attempt {n.attempts}, next at {n.next_attempt_at}: {n.error}"
    elif n.state == "failed":
        state = f"failed after {n.attempts} attempts: {n.error}"
    return (
        f"[{n.priority.upper()}] #{n.id} {n.created_at}  situation {n.situation_id}  article {n.article_id[:8]}"
        f"  ({state})  rules: {', '.join(n.rules)}\n    {n.summary}"
    )


R = TypeVar("R")


def _run(action: Callable[[], R]) -> R:
    try:
        return action()
    except SitroomError as exc:
        raise click.ClickException(str(exc)) from exc


# -- followed sources ----------------------------------------------------------------------


def _follow_config(timeout: float, host_delay: float, connections: int, robots: bool) -> Any:
    return FollowConfig(timeout_s=timeout, host_delay_s=host_delay, connections=connections, robots=robots)


@cli.group("sources", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the sources as JSON.")
@db_option
@click.pass_context
def sources_command(ctx: click.Context, as_json: bool, db: str) -> None:
    """Feeds, news sitemaps and URL lists that `sitroom follow` polls, with their health."""
    if ctx.invoked_subcommand is not None:
        return
    with _open_store(db) as store:
        sources, pages = store.followed_sources(), store.source_pages()
    failing_after = FollowConfig().failing_after
    if as_json:
        rows = [
            {
                **asdict(s),
                "health": s.health(failing_after),
                "median_latency_ms": s.median_latency_ms,
                "pages": pages.get(s.id, {}),
            }
            for s in sources
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not sources:
        click.echo("no sources followed; add one with `sitroom sources add URL`")
    for s in sources:
        latency = f"{s.median_latency_ms} ms" if s.median_latency_ms is not None else "-"
        counts = ", ".join(f"{n} {state}" for state, n in sorted(pages.get(s.id, {}).items())) or "no pages yet"
        click.echo(
            f"#{s.id} {s.name}  [{s.health(failing_after)}]  {s.kind or 'kind not known yet'}, every"
            f" {s.interval_s // 60 if s.interval_s >= 60 else s.interval_s}{' min' if s.interval_s >= 60 else ' s'}"
            f"{', ' + s.language if s.language else ''}{', ' + s.country if s.country else ''}\n"
            f"    {s.url}\n"
            f"    last success {s.last_success_at or 'never'}; status {s.last_status or '-'}; items seen"
            f" {s.items_seen}; median latency {latency}; pages: {counts}"
            + (f"\n    last error {s.last_error_at}: {s.last_error}" if s.last_error else "")
        )


def _spec(url: str, name: str | None, language: str | None, country: str | None, interval: int | None) -> Any:
    from .sources.feeds import source_spec

    try:
        return source_spec(url, name, language, country, interval)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@sources_command.command("add")
@click.argument("urls", nargs=-1, required=True)
@click.option("--name", help="What to call the source (default: its URL).")
@click.option("--language", help="Language code of its reports (en, pt-BR...).")
@click.option("--country", help="Country it reports from (a code or a name).")
@click.option("--interval", type=int, help="Seconds between polls (default 600, at least 60).")
@db_option
def sources_add_command(
    urls: tuple[str, ...], name: str | None, language: str | None, country: str | None, interval: int | None, db: str
) -> None:
    """Follow RSS, Atom or JSON feeds, news sitemaps or plain lists of article URLs (the kind is
    found on the first poll). A URL already followed takes the values given."""
    specs = [_spec(url, name, language, country, interval) for url in urls]
    with _open_store(db) as store:
        done = store.add_sources(specs, FollowConfig().interval_s)
    for source, new in done:
        click.echo(f"{'following' if new else 'updated'} #{source.id} {source.name}")


@sources_command.command("remove")
@click.argument("source")
@db_option
def sources_remove_command(source: str, db: str) -> None:
    """Stop following SOURCE (its id, URL or name); the articles it brought stay stored."""
    with _open_store(db) as store:
        removed = _run(lambda: store.remove_source(source))
    click.echo(f"removed #{removed.id} {removed.name}")


@sources_command.command("enable")
@click.argument("source")
@click.option("--off", is_flag=True, help="Disable it instead.")
@db_option
def sources_enable_command(source: str, off: bool, db: str) -> None:
    """Enable SOURCE (polled at once, its failures forgotten), or with --off disable it."""
    with _open_store(db) as store:
        done = _run(lambda: store.enable_source(source, not off))
    click.echo(f"#{done.id} {done.name} {'disabled' if off else 'enabled'}")


@sources_command.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--interval", type=int, help="Seconds between polls for the sources it adds.")
@db_option
def sources_import_command(path: Path, interval: int | None, db: str) -> None:
    """Follow every feed of an OPML file (what feed readers export)."""
    from .sources.feeds import FeedError, read_opml

    try:
        found = read_opml(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, FeedError) as exc:
        raise click.ClickException(str(store_error("E409", path=path, reason=exc))) from exc
    specs = []
    for spec in found:
        try:
            specs.append(_spec(spec.url, spec.name, spec.language, spec.country, interval))
        except click.ClickException as exc:
            click.echo(f"error: {path}: {exc.message}", err=True)
    with _open_store(db) as store:
        done = store.add_sources(specs, FollowConfig().interval_s)
    click.echo(f"{path}: following {sum(new for _, new in done)} new sources, {sum(not n for _, n in done)} updated")


@sources_command.command("export")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False), required=False)
@db_option
def sources_export_command(path: Path | None, db: str) -> None:
    """Write the followed sources as OPML to PATH (or print it)."""
    from .sources.feeds import write_opml

    with _open_store(db) as store:
        opml = write_opml([s.spec() for s in store.followed_sources()])
    if path is None:
        click.echo(opml, nl=False)
    else:
        path.write_text(opml, encoding="utf-8")
        click.echo(f"{path}: {opml.count('<outline')} sources")


_FOLLOW_WAIT_S = 60.0  # the longest the follower sleeps: a source added meanwhile waits no longer


@cli.command("follow")
@click.option("--once", is_flag=True, help="Poll what is due once, store it, and stop (exit 1 if anything failed).")
@click.option(
    "--timeout", type=float, default=FollowConfig.timeout_s, show_default=True, help="Seconds for a whole request."
)
@click.option(
    "--host-delay",
    type=float,
    default=FollowConfig.host_delay_s,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@click.option(
    "--connections",
    type=int,
    default=FollowConfig.connections,
    show_default=True,
    help="Requests at once, all hosts together.",
)
@click.option("--robots/--no-robots", default=True, show_default=True, help="Honour robots.txt.")
@click.option("--parent", type=int, hidden=True, help="Stop when this process (a server) is gone.")
@_ingest_options
@db_option
def follow_command(
    once: bool,
    parent: int | None,
    timeout: float,
    host_delay: float,
    connections: int,
    robots: bool,
    workers: int,
    max_input_bytes: int,
    model: str,
    events: bool,
    alert_webhook: str,
    alert_command: str,
    db: str,
) -> None:
    """Poll the followed sources as they fall due, fetch their new pages, archive every response
    (WARC, in the store's .archive folder), and store the articles as ingest does; a page that
    changed becomes a new version. Alerts are printed and sent as with `watch`."""
    from .follow import poll
    from .follow.archive import Archive, archive_folder

    options = options_from_env().with_values(
        **_ingest_values(workers, max_input_bytes, model, events, alert_webhook, alert_command), db=db
    )
    config = _follow_config(timeout, host_delay, connections, robots)
    with (
        _open_store(db) as store,
        Archive(archive_folder(store.path), config.archive_bytes) as archive,
        Sender(store, options.alert_webhook, options.alert_command) as sender,
    ):
        if not store.followed_sources() and parent is None:  # beside a server, sources may come by the API
            raise click.UsageError("no sources to follow: add some with `sitroom sources add URL`")
        last_alert = max((n.id for n in store.notifications(limit=1)), default=0)
        while True:
            report = poll(store, options, config, archive=archive, say=lambda line: click.echo(line, err=True))
            click.echo(f"{datetime.now():%H:%M:%S} {report.summary()}")
            last_alert = _print_alerts(store, last_alert)
            sender.wake()
            _warn_undelivered(sender)
            if once:
                _warn_undelivered(sender, sender.close())
                if report.source_errors or report.page_errors:
                    sys.exit(1)
                return
            upcoming = [s.next_poll_at for s in store.followed_sources() if s.enabled]
            wait = _FOLLOW_WAIT_S
            if upcoming:
                wait = (datetime.fromisoformat(min(upcoming)) - datetime.now(UTC)).total_seconds()
            for _ in range(int(min(max(wait, 1.0), _FOLLOW_WAIT_S))):
                if parent is not None and os.getppid() != parent:
                    return  # the server that started this follower is gone
                time.sleep(1.0)


@cli.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind; 0.0.0.0 opens reading to the network."
)
@click.option("--port", type=int, default=8600, show_default=True)
@click.option("--new-token", is_flag=True, help="Replace the API token with a new one, printed once.")
@click.option("--follow", is_flag=True, help="Also follow the sources (`sitroom follow` beside the server).")
@db_option
def serve_command(host: str, port: int, new_token: bool, follow: bool, db: str) -> None:
    """The web situation room and its REST API (OpenAPI schema at /openapi.json).

    Writing (ingest, rules, merges) needs the API token, created and printed on the first start."""
    import uvicorn

    from .web import create_app
    from .web.app import ensure_token
    from .web.links import allowed_hosts

    with _open_store(db) as store:
        token = ensure_token(store, renew=new_token)
    if token:
        click.echo(f"API token (shown once; send as 'Authorization: Bearer TOKEN'): {token}")
    else:
        click.echo("API token: the one printed on the first start (--new-token makes another)")
    click.echo(f"sitroom on http://{host}:{port}/ over {db}")
    app = create_app(db, options_from_env().with_values(db=db), hosts=allowed_hosts(host))
    follower = None
    if follow:
        # its own process, so that analysing what it fetched never slows a page; it ends with the server
        command = [sys.executable, "-m", "sitroom", "follow", "--db", db, "--parent", str(os.getpid())]
        follower = subprocess.Popen(command)
        click.echo(f"following the sources (process {follower.pid})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        if follower is not None:
            follower.terminate()
            follower.wait(timeout=30)


@cli.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--output",
    "-o",
    required=True,
    help="Folder for the Parquet: a path, or a URL Spark writes to (hdfs://, s3a://, file://).",
)
@click.option("--master", help="Spark master URL (default: local[2], or what spark-submit was given).")
@click.option(
    "--environment",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A packed Python environment with sitroom in it (scripts/pack_spark_env.sh), shipped to the executors.",
)
@click.option("--load", is_flag=True, help="Then store what was written in the SQLite store (--db).")
@_setting_option("model")
@_setting_option("max_input_bytes", type=int)
@db_option
def batch_command(
    paths: tuple[str, ...],
    output: str,
    master: str | None,
    environment: Path | None,
    load: bool,
    model: str,
    max_input_bytes: int,
    db: str,
) -> None:
    """Analyse JSON Lines, WARC, HTML or text inputs on Apache Spark into Parquet partitioned by date
    (for DuckDB or Spark as it is), and with --load store it in SQLite. Needs `pip install
    'sitroom[spark]'` and Java 17+."""
    from .scale.batch import load_parquet, run_batch

    options = options_from_env().with_values(model=model, max_input_bytes=max_input_bytes, db=db)
    inputs = [p if "://" in p else Path(p) for p in paths]  # URLs are read by the executors
    report = run_batch(inputs, output, options, master=master, environment=environment)
    click.echo(report.summary())
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    if report.failed:
        click.echo(f"{report.failed} inputs failed; all of them in {report.output}/_errors/", err=True)
    if load:
        if "://" in report.output and not report.output.startswith("file://"):
            raise click.UsageError("--load reads a local output; copy it here and run `sitroom load`")
        with _open_store(db) as store:
            stored, unchanged = _run(lambda: load_parquet(store, Path(report.output.removeprefix("file://"))))
        click.echo(f"loaded into {db}: stored {stored}, unchanged {unchanged}")
    if report.failed:
        sys.exit(1)


@cli.command("load")
@click.argument("output", type=click.Path(path_type=Path, file_okay=False, exists=True))
@db_option
def load_command(output: Path, db: str) -> None:
    """Store in SQLite the Parquet that `sitroom batch` wrote. Each article is committed on its own:
    a load that was stopped is simply run again."""
    from .scale.batch import load_parquet

    with _open_store(db) as store:
        stored, unchanged = _run(lambda: load_parquet(store, output))
    click.echo(f"stored {stored}, unchanged {unchanged}")


@cli.command("doctor")
@_setting_option("model")
@db_option
def doctor_command(model: str, db: str) -> None:
    """Check the store and the model and say what is wrong, in plain words. Changes nothing.
    Exits with status 1 when something needs doing."""
    from .doctor import examine

    findings = examine(Path(db), model)
    for finding in findings:
        click.echo(f"{'ok ' if finding.ok else 'FIX'}  {finding.text}")
    if not all(f.ok for f in findings):
        sys.exit(1)


@cli.command("settings")
def settings_command() -> None:
    """List the settings, their defaults and environment variables."""
    for setting in SETTINGS:
        click.echo(f"{setting.name:<16} {setting.env:<24} default {setting.default!r:<26} {setting.help}")


def main() -> None:
    try:
        cli()
    except sqlite3.DatabaseError as exc:
        # A damaged or foreign file where the store should be: one line, the advice, no traceback.
        click.echo(f"error: {store_error('E208', reason=exc)}", err=True)
        sys.exit(1)
