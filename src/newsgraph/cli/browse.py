"""Read commands over the store: articles, show, rejections, actors, events, quotes, claims."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer

from newsgraph.cli.main import DbOpt, app, fail, settings_from
from newsgraph.cli.output import Format, print_rows
from newsgraph.errors import NewsgraphError
from newsgraph.storage import open_store
from newsgraph.storage.filters import Filters, event_filters


class Modality(StrEnum):
    """How the text reports an event (see docs/schema.md)."""

    asserted = "asserted"
    negated = "negated"
    hypothetical = "hypothetical"
    future = "future"

FormatOpt = Annotated[Format, typer.Option("--format", help="table, json (one array) or csv.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, max=100000, help="At most this many rows.")]


def _rows(db: str | None, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    settings = settings_from(None, None, db)
    with open_store(settings.db_path) as store:
        return list(store.query(sql, params))


def _show(db: str | None, sql: str, params: list[Any], fmt: Format, columns: list[str], title: str) -> None:
    try:
        rows = _rows(db, sql, params)
    except NewsgraphError as err:
        raise fail(err) from err
    print_rows(rows, fmt, columns, title=title)


@app.command("articles")
def articles_cmd(db: DbOpt = None, fmt: FormatOpt = Format.table, limit: LimitOpt = 1000) -> None:
    """List stored articles, newest first."""
    sql = (
        "SELECT a.id, a.published, a.headline, a.site, a.source, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
        "FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ?"
    )
    _show(db, sql, [limit], fmt, ["id", "published", "headline", "site", "source", "events", "quotes"], "articles")


@app.command("show")
def show_cmd(article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of 6+ characters).")], db: DbOpt = None) -> None:
    """Print one stored article with every extraction, as JSON."""
    try:
        settings = settings_from(None, None, db)
        with open_store(settings.db_path) as store:
            article = store.get_article(article_id)
    except NewsgraphError as err:
        raise fail(err) from err
    typer.echo(json.dumps(article, ensure_ascii=False, indent=2, default=str))


@app.command("rejections")
def rejections_cmd(db: DbOpt = None, fmt: FormatOpt = Format.table, limit: LimitOpt = 1000) -> None:
    """List rejected inputs with the reason each was refused."""
    sql = "SELECT source, reason, detail, recorded_at FROM rejections ORDER BY recorded_at DESC, source LIMIT ?"
    _show(db, sql, [limit], fmt, ["source", "reason", "detail", "recorded_at"], "rejections")


@app.command("actors")
def actors_cmd(
    db: DbOpt = None,
    name: Annotated[str | None, typer.Option("--name", help="Name contains (case-insensitive).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO3 country code.")] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="Sector code: GOV, MIL, REB, ...")] = None,
    fmt: FormatOpt = Format.table,
    limit: LimitOpt = 1000,
) -> None:
    """List actors across articles, most mentioned first."""
    f = Filters()
    if name:
        f.add("name ILIKE '%' || ? || '%'", name)
    if country:
        f.add("country = ?", country.upper())
    if sector:
        f.add("sector = ?", sector.upper())
    sql = (
        "SELECT actor_id AS id, any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector, "  # noqa: S608 - see Filters
        "any_value(role) AS role, count(DISTINCT article_id) AS articles, sum(num_mentions) AS mentions "
        f"FROM actors{f.where()} GROUP BY actor_id ORDER BY mentions DESC, id LIMIT ?"
    )
    _show(db, sql, [*f.params, limit], fmt, ["id", "name", "country", "sector", "role", "articles", "mentions"], "actors")


@app.command("events")
def events_cmd(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Source or target name/id contains.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Source or target ISO3 country.")] = None,
    plover: Annotated[str | None, typer.Option("--plover", help="PLOVER type, e.g. CONSULT.")] = None,
    cameo: Annotated[str | None, typer.Option("--cameo", help="CAMEO code prefix, e.g. 04 or 042.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Event date on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Event date on or before (YYYY-MM-DD).")] = None,
    modality: Annotated[
        Modality | None, typer.Option("--modality", help="Only events so reported: asserted keeps what happened, not plans or denials.")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option("--min-confidence", min=0.0, max=1.0, help="Only events at least this likely to be right in every part (0-1). Learned on politics and business news: not for police or conflict news (docs/schema.md)."),
    ] = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention (sentence) instead of per merged event.")] = False,
    fmt: FormatOpt = Format.table,
    limit: LimitOpt = 1000,
) -> None:
    """List political events: merged across articles (with mention counts), or every mention."""
    f = event_filters(actor=actor, country=country, plover=plover, cameo=cameo, since=since, until=until,
                      modality=modality.value if modality else None, min_confidence=min_confidence)
    if mentions:
        table, order = "events e", "date DESC NULLS LAST, article_id, char_start"
        columns = ["date", "source_name", "source_country", "plover", "cameo", "goldstein", "target_name", "target_country", "modality", "confidence", "place_name", "text", "article_id"]
    else:
        # Merged events (storage/merge.py): one row per real-world event, GDELT-style counts.
        table, order = "event_clusters e", "date DESC NULLS LAST, num_mentions DESC, id"
        columns = ["date", "source_name", "source_country", "plover", "cameo", "goldstein", "target_name", "target_country", "modality", "confidence", "place_name", "num_mentions", "num_articles", "num_sources", "id"]
    sql = f"SELECT * FROM {table}{f.where()} ORDER BY {order} LIMIT ?"  # noqa: S608 - see Filters
    _show(db, sql, [*f.params, limit], fmt, columns, "events" if not mentions else "event mentions")


@app.command("quotes")
def quotes_cmd(
    db: DbOpt = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name contains.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Quote text contains these words.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="direct, partial or indirect.")] = None,
    fmt: FormatOpt = Format.table,
    limit: LimitOpt = 1000,
) -> None:
    """List quotes with their speakers."""
    f = Filters()
    if speaker:
        f.add("speaker_name ILIKE '%' || ? || '%'", speaker)
    for word in (text or "").split():
        f.add("text ILIKE '%' || ? || '%'", word)
    if kind:
        f.add("kind = ?", kind)
    sql = (
        "SELECT q.*, a.published FROM quotes q JOIN articles a ON a.id = q.article_id"  # noqa: S608 - see Filters
        f"{f.where()} ORDER BY a.published DESC NULLS LAST, q.char_start LIMIT ?"
    )
    _show(db, sql, [*f.params, limit], fmt, ["published", "speaker_name", "kind", "cue", "text", "article_id"], "quotes")


@app.command("summary")
def summary_cmd(db: DbOpt = None) -> None:
    """What the store holds: counts, the most mentioned actors, event types, quote speakers."""
    try:
        settings = settings_from(None, None, db)
        with open_store(settings.db_path) as store:
            counts = {t: store.count(t) for t in ("articles", "actors", "events", "quotes", "claims", "places", "dates", "rejections")}
            top_actors = list(store.query(
                "SELECT any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector, "
                "sum(num_mentions) AS mentions FROM actors GROUP BY actor_id ORDER BY mentions DESC, name LIMIT 8"
            ))
            plover = list(store.query("SELECT coalesce(plover, 'no PLOVER type (CAMEO 01 statements)') AS plover, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10"))
            speakers = list(store.query(
                "SELECT speaker_name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name ORDER BY n DESC, speaker_name LIMIT 6"
            ))
    except NewsgraphError as err:
        raise fail(err) from err
    typer.echo("  ".join(f"{name}: {count}" for name, count in counts.items()))
    if top_actors:
        typer.echo("top actors: " + "; ".join(f"{a['name']} ({a['country'] or '-'} {a['sector'] or '-'}) ×{a['mentions']}" for a in top_actors))
    if plover:
        typer.echo("events by PLOVER type: " + ", ".join(f"{p['plover']} {p['n']}" for p in plover))
    if speakers:
        typer.echo("most quoted: " + ", ".join(f"{s['speaker_name']} {s['n']}" for s in speakers))
