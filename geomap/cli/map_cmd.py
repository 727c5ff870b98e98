"""``geomap map``: articles in, map + GeoJSON + claims + report out."""

from __future__ import annotations

from pathlib import Path

import typer

from geomap.cli import app
from geomap.cli.options import Demonyms, Focus, Gazetteer, Inputs, Model, Quiet, as_paths
from geomap.errors import GeomapError
from geomap.mapping.build import tile_keys
from geomap.settings import Settings


@app.command("map")
def map_command(
    inputs: list[str] = Inputs,
    out: Path = typer.Option(Path("geomap-out"), "--out", "-o", help="Output folder."),
    title: str = typer.Option("geomap", "--title", help="Title shown on the map page."),
    tiles: str = typer.Option(
        None,
        "--tiles",
        help="Add an online tile layer as an option (osm or cartodb); "
        "the offline Natural Earth basemap is always there.",
    ),
    model: str = Model,
    gazetteer: str = Gazetteer,
    demonyms: bool = Demonyms,
    focus: bool = Focus,
    quiet: bool = Quiet,
) -> None:
    """Find the places in articles and write map.html, GeoJSON, claims and a report.

    Example: geomap map seeds/ -o geomap-out --title "NATO coverage"

    Writes OUT/mentions.geojson, places.geojson, claims.csv, comparison.json,
    map.html and report.json. Exits 1 if any input could not be processed
    (the others are still mapped; report.json says why for each input).
    """
    from geomap.io.outputs import write_outputs
    from geomap.run import geoparse_inputs

    try:
        tile_keys(tiles)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--tiles") from exc
    settings = Settings.from_env(model=model, gazetteer=gazetteer, demonyms=demonyms, focus=focus)
    try:
        result = geoparse_inputs(as_paths(inputs), settings=settings, progress=not quiet)
        paths = write_outputs(result, out, title=title, tiles=tiles)
    except GeomapError as exc:
        typer.echo(f"geomap: error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for status in result.failed:
        typer.echo(f"geomap: skipped: {status.reason}", err=True)
    if not quiet:
        ok = len(result.statuses) - len(result.failed)
        resolved = sum(1 for m in result.mentions if m.place is not None)
        typer.echo(
            f"{ok}/{len(result.statuses)} inputs, {len(result.mentions)} mentions "
            f"({resolved} resolved) -> {paths['map']}"
        )
    if result.failed:
        raise typer.Exit(1)
