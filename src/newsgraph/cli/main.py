"""``newsgraph``: the command-line app. Commands check their arguments and call the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.config import Settings, load_settings
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import article_json, extract, ingest
from newsgraph.model import Article, Rejected
from newsgraph.storage import open_store
from newsgraph.storage.base import WriteResult

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into a queryable, source-linked record of who did and said what, to whom, where and when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)

Paths = Annotated[
    list[Path],
    typer.Argument(help="Files or directories (recursive): .txt, .html, .jsonl, RSS/Atom, .warc(.gz), .urls lists, Spark output directories."),
]
DbOpt = Annotated[str | None, typer.Option("--db", help="DuckDB file (env NEWSGRAPH_DB; default ./newsgraph.duckdb).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file overriding defaults.toml.")]
SetOpt = Annotated[list[str] | None, typer.Option("--set", help="Override one setting: section.key=value.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date for inputs that give none (resolves relative dates).")]

# Exit status when (nearly) nothing of the input could be used, after trafilatura's CLI.
EXIT_ALL_FAILED = 126


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


def settings_from(config: Path | None, overrides: list[str] | None, db: str | None = None) -> Settings:
    """Load settings, with ``--db`` taking precedence over the environment and the file."""
    settings = load_settings(config, overrides)
    if db:
        from dataclasses import replace

        settings = replace(settings, db_path=db)
    return settings


def fail(err: NewsgraphError) -> typer.Exit:
    """Print a NewsgraphError's message (which says what to do) and exit 1."""
    err_console.print(f"[red]error:[/red] {err}")
    return typer.Exit(1)


@app.command("extract")
def extract_cmd(
    paths: Paths,
    fmt: Annotated[ExtractFormat, typer.Option("--format", help="json: one array; jsonl: one object per line.")] = ExtractFormat.json,
    published: PublishedOpt = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Print each article's structure and extracted facts as JSON, in input order (no database)."""
    try:
        settings = settings_from(config, overrides)
        results = extract(paths, settings, published=published, workers=1)
        printed = 0
        if fmt is ExtractFormat.json:
            sys.stdout.write("[")
        for result in results:
            if isinstance(result, Rejected):
                err_console.print(f"rejected {result.source}: {result.reason}: {result.detail}")
                continue
            text = json.dumps(article_json(result), ensure_ascii=False, indent=2 if fmt is ExtractFormat.json else None)
            if fmt is ExtractFormat.json:
                sys.stdout.write(("," if printed else "") + "\n" + text)
            else:
                sys.stdout.write(text + "\n")
            printed += 1
        if fmt is ExtractFormat.json:
            sys.stdout.write("\n]\n")
    except NewsgraphError as err:
        raise fail(err) from err
    if printed == 0:
        raise typer.Exit(1)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]ingest[/bold]"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(), console=err_console, transient=True, disable=not sys.stderr.isatty(),
    )


def print_summary(result: WriteResult, db_path: str) -> None:
    """The closing summary of an ingest run."""
    console = Console()
    console.print(f"[bold]{result.ingested}[/bold] ingested, {result.duplicates} duplicates (already stored), {result.rejected} rejected → {db_path}")
    if result.near_duplicates:
        console.print(
            f"  {result.near_duplicates} of them near-duplicates of a stored story (same wire text), linked by "
            "duplicate_of and not counted again in merged events"
        )
    if result.warned:
        console.print(f"  {result.warned} ingested with warnings (see `newsgraph show ID`)")
    for reason, count in sorted(result.reasons.items(), key=lambda kv: -kv[1]):
        console.print(f"  rejected {count} × {reason}  (see `newsgraph rejections`)")


@app.command("ingest")
def ingest_cmd(
    paths: Paths,
    db: DbOpt = None,
    published: PublishedOpt = None,
    workers: Annotated[int | None, typer.Option("--workers", help="Processes (default: one per core).")] = None,
    urls: Annotated[list[Path] | None, typer.Option("--urls", help="A file of URLs to fetch politely, one per line (repeatable).")] = None,
    fetch_links: Annotated[bool, typer.Option("--fetch-links", help="Fetch the article behind feed entries that carry only a summary.")] = False,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Extract articles and store them in DuckDB; re-ingesting an article changes nothing."""
    try:
        settings = settings_from(config, overrides, db)
        with open_store(settings.db_path) as store, _progress() as progress:
            task = progress.add_task("ingest", total=None, last="")

            def tick(item: Article | Rejected) -> None:
                progress.update(task, advance=1, last=Path(item.source).name[:40])

            result = ingest(
                paths, store, settings, published=published, workers=workers, on_result=tick,
                urls=urls or (), fetch_links=fetch_links,
            )
        print_summary(result, settings.db_path)
    except NewsgraphError as err:
        raise fail(err) from err
    if result.ingested == 0 and result.duplicates == 0:
        raise typer.Exit(EXIT_ALL_FAILED if result.rejected else 1)


def _register_subcommands() -> None:
    # Each module adds its commands to ``app`` when imported.
    from newsgraph.cli import (  # noqa: F401
        browse,
        claims,
        export,
        serve,
        spark,
    )


def main() -> None:
    """Console-script entry point; with no arguments, print help and exit 0."""
    app(args=sys.argv[1:] or ["--help"])


_register_subcommands()
