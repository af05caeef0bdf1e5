"""``newsgraph claims``: a claimed quantity's values over time, by source, with conflicts flagged."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli.browse import FormatOpt, LimitOpt, _show
from newsgraph.cli.main import DbOpt, app
from newsgraph.cli.output import Format
from newsgraph.storage.filters import Filters

# One quantity = the same category, counted object and place. Its value on one reporting day
# differs between sources when they disagree: those rows are flagged as conflicts.
SERIES_SQL = """
WITH c AS (
    SELECT c.*, a.published_date AS day, coalesce(a.site, a.source) AS outlet,
           lower(coalesce(c.object, '')) AS object_key, lower(coalesce(c.place, '')) AS place_key
    FROM claims c JOIN articles a ON a.id = c.article_id
    {where}
)
SELECT day, category, object, place, value, qualifier, text, claimant_name AS claimant, outlet, article_id,
       CASE WHEN count(DISTINCT value) OVER (PARTITION BY category, object_key, place_key, day) > 1
            THEN 'conflict' ELSE '' END AS flag
FROM c
ORDER BY category, object_key, place_key, day NULLS LAST, value
LIMIT ?
"""


@app.command("claims")
def claims_cmd(
    db: DbOpt = None,
    category: Annotated[str | None, typer.Option("--category", help="KILL, WOUND, ARREST, AFFECT, money, percent... (killed = KILL)")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Place contains, e.g. Gaza.")] = None,
    obj: Annotated[str | None, typer.Option("--object", help="What is counted contains, e.g. children.")] = None,
    claimant: Annotated[str | None, typer.Option("--claimant", help="Claimant name contains.")] = None,
    fmt: FormatOpt = Format.table,
    limit: LimitOpt = 1000,
) -> None:
    """Show each claimed quantity's series of values over time with its source; conflicting figures flagged."""
    f = Filters()
    if category:
        f.add("(upper(c.category) = upper(?) OR upper(c.category) = ?)", category, _CATEGORY_WORDS.get(category.lower(), category.upper()))
    if place:
        f.add("(c.place ILIKE '%' || ? || '%' OR c.sentence ILIKE '%' || ? || '%')", place, place)
    if obj:
        f.add("c.object ILIKE '%' || ? || '%'", obj)
    if claimant:
        f.add("c.claimant_name ILIKE '%' || ? || '%'", claimant)
    sql = SERIES_SQL.format(where=f.where())
    columns = ["day", "category", "object", "place", "value", "qualifier", "text", "claimant", "outlet", "flag", "article_id"]
    _show(db, sql, [*f.params, limit], fmt, columns, "claims")


# Words users type for GDELT's count types.
_CATEGORY_WORDS = {
    "killed": "KILL", "deaths": "KILL", "dead": "KILL", "wounded": "WOUND", "injured": "WOUND",
    "arrested": "ARREST", "detained": "ARREST", "kidnapped": "KIDNAP", "displaced": "AFFECT",
    "protesters": "PROTEST", "seized": "SEIZE",
}
