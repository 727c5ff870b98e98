"""``geomap map``: articles in, map + GeoJSON + claims + report out."""

from __future__ import annotations

from pathlib import Path

import typer

from geomap.cli import app
from geomap.cli.console import error, report_failures, say
from geomap.cli.options import (
    Dask,
    Demonyms,
    Fields,
    Focus,
    Gazetteer,
    IdField,
    Inputs,
    MaxArticleMb,
    Model,
    Quiet,
    TextField,
    Workers,
    as_paths,
    run_settings,
)
from geomap.errors import GeomapError
from geomap.mapping.tiles import tile_keys


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
    min_confidence: float = typer.Option(
        0.0,
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Leave places placed with less confidence (0-1) off the map; the legend says "
        "how many. The GeoJSON and CSV files keep them.",
    ),
    model: str = Model,
    gazetteer: str = Gazetteer,
    demonyms: bool = Demonyms,
    focus: bool = Focus,
    max_article_mb: float = MaxArticleMb,
    workers: str = Workers,
    text_field: str = TextField,
    id_field: str = IdField,
    fields: list[str] = Fields,
    dask: str = Dask,
    quiet: bool = Quiet,
) -> None:
    """Find the places in articles and write map.html, GeoJSON, claims and a report.

    Example: geomap map seeds/ -o geomap-out --title "NATO coverage"

    Writes OUT/mentions.geojson, places.geojson, claims.csv, comparison.json, articles.jsonl,
    geomap.gpkg, map.html and report.json. Exits 1 if any input could not be processed
    (the others are still mapped; report.json says why for each input).
    """
    from geomap.io import KNOWN_FILES, WriteOptions
    from geomap.outdir import OutputDir
    from geomap.run import map_inputs

    try:
        tile_keys(tiles)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--tiles") from exc
    settings = run_settings(
        model=model,
        gazetteer=gazetteer,
        demonyms=demonyms,
        focus=focus,
        max_article_mb=max_article_mb,
        workers=workers,
        text_field=text_field,
        id_field=id_field,
        fields=fields,
        dask=dask,
    )
    try:
        # The output folder is checked and locked before any parsing.
        with OutputDir(out, known_files=KNOWN_FILES) as target:
            options = WriteOptions(title=title, tiles=tiles, min_confidence=min_confidence)
            result = map_inputs(
                as_paths(inputs), target, settings=settings, options=options, progress=not quiet
            )
            report_failures(result)
            if not result.processed:
                error(
                    f"no input could be processed ({len(result.statuses)} given or found); "
                    f"{target.path} was left unchanged"
                )
                raise typer.Exit(1)
    except GeomapError as exc:
        error(str(exc))
        raise typer.Exit(2) from exc
    if not quiet:
        t = result.totals
        say(
            f"{len(result.processed)}/{len(result.statuses)} inputs, {t.get('mentions', 0)} "
            f"mentions ({t.get('resolved', 0)} resolved) -> {result.outputs['map']}"
        )
    if result.failed:
        raise typer.Exit(1)
