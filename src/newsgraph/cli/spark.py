"""``newsgraph spark``: run the pipeline on a Spark cluster (or local[N]) and write Parquet tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.main import ConfigOpt, SetOpt, app, fail, settings_from
from newsgraph.errors import NewsgraphError


@app.command("spark")
def spark_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories readable at the same path on every executor.")],
    out: Annotated[Path, typer.Option("--out", help="Output directory for the Parquet tables (articles/, events/, ...).")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL; 'submit' to use the one spark-submit sets.")] = "local[2]",
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Partitions (default: 4 per core).")] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Run the pipeline on Spark partitions; load the output with `newsgraph ingest OUT`."""
    from rich.console import Console

    from newsgraph.scale.spark import run_spark

    try:
        settings = settings_from(config, overrides)
        counts = run_spark(paths, out, settings, master=None if master == "submit" else master, partitions=partitions)
    except NewsgraphError as err:
        raise fail(err) from err
    rate = counts["articles"] / counts["seconds"] if counts["seconds"] else 0.0
    Console().print(
        f"[bold]{counts['articles']}[/bold] articles, {counts['rejections']} rejected in {counts['seconds']}s "
        f"({rate:.1f} articles/s) → {out}\nload into DuckDB with: newsgraph ingest {out}"
    )
