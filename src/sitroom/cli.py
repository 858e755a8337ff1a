"""The `sitroom` command: parses arguments and prints; the work lives in the library."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import InputError, SitroomError
from .ingest import ingest
from .model import Analysis
from .serialize import analysis_to_dict
from .settings import SETTINGS, options_from_env
from .store import Store
from .store.export import FORMATS, export

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitroom")
def cli() -> None:
    """sitroom: a situation room for the news. Dated reports in, a sourced picture out."""


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--sample", is_flag=True, help="Ingest the sample reports shipped with sitroom.")
@click.option(
    "--workers",
    "-w",
    type=int,
    envvar=_SETTING["workers"].env,
    default=_SETTING["workers"].default,
    show_default=True,
    help=_SETTING["workers"].help,
)
@click.option(
    "--max-input-bytes",
    type=int,
    envvar=_SETTING["max_input_bytes"].env,
    default=_SETTING["max_input_bytes"].default,
    show_default=True,
    help=_SETTING["max_input_bytes"].help,
)
@click.option(
    "--model",
    envvar=_SETTING["model"].env,
    default=_SETTING["model"].default,
    show_default=True,
    help=_SETTING["model"].help,
)
@click.option(
    "--events/--no-events",
    envvar=_SETTING["events"].env,
    default=_SETTING["events"].default,
    show_default=True,
    help=_SETTING["events"].help,
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@db_option
def ingest_command(
    paths: tuple[Path, ...],
    sample: bool,
    workers: int,
    max_input_bytes: int,
    model: str,
    events: bool,
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
        db=db, workers=workers, max_input_bytes=max_input_bytes, model=model, events=events
    )

    def report_error(error: InputError) -> None:
        click.echo(f"error: {error}", err=True)

    with _open_store(db) as store:
        try:
            report = ingest(store, inputs, options, on_error=report_error, progress=not quiet)
        except SitroomError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@cli.command("list")
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="How many articles.")
@click.option("--search", "-s", "query", help="Full-text query (SQLite FTS5 syntax) over titles and text.")
@db_option
def list_command(limit: int, query: str | None, db: str) -> None:
    """List stored articles, newest first."""
    with _open_store(db) as store:
        try:
            rows = store.articles(limit=limit, query=query)
        except Exception as exc:  # FTS5 reports query syntax errors as OperationalError
            raise click.ClickException(f"search failed: {exc}") from exc
        for row in rows:
            label = row.title or Path(row.origin or "").name or "(untitled)"
            click.echo(f"{row.id}  {row.published}  {row.source:<12}  {row.entities:>3} entities  {label}")
        counts = store.counts()
    click.echo(f"{counts['articles']} articles in {db}", err=True)


@cli.command("show")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the whole analysis as JSON.")
@db_option
def show_command(article: str, as_json: bool, db: str) -> None:
    """Show one stored article's analysis: ARTICLE is its id or the start of it."""
    with _open_store(db) as store:
        try:
            analysis = store.analysis(article)
        except SitroomError as exc:
            raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=2))
    else:
        click.echo(format_analysis(analysis))


def format_analysis(analysis: Analysis) -> str:
    article, doc, text = analysis.article, analysis.document, analysis.article.text
    lines = [
        f"{article.id}  {article.published}  {article.source}",
        f"title: {article.title or '-'}",
        f"from: {article.origin or article.url or '-'}",
        f"pipeline: {analysis.pipeline}",
        f"paragraphs: {len(doc.body)} body, {len(doc.paragraphs) - len(doc.body)} caption"
        f" ({len(doc.captions)} distinct captions)",
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
            parts.append(f"when {e.date.value} ({e.date.text})")
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
        written = export(store.analyses(), fmt, output)  # type: ignore[arg-type]
    for path in written:
        click.echo(str(path))


@cli.command("settings")
def settings_command() -> None:
    """List the settings, their defaults and environment variables."""
    for setting in SETTINGS:
        click.echo(f"{setting.name:<16} {setting.env:<24} default {setting.default!r:<26} {setting.help}")


def main() -> None:
    cli()
