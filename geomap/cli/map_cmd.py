"""``geomap map``: articles in, map + GeoJSON + GeoPackage + claims + report out."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from geomap.cli import app
from geomap.cli.console import error, report_failures, say
from geomap.cli.exits import ExitCode, map_leaves, on_stop
from geomap.cli.help import Command
from geomap.cli.options import (
    Dask,
    Demonyms,
    Facilities,
    Fields,
    Focus,
    Gazetteer,
    IdField,
    Inputs,
    Language,
    LogFile,
    MaxArticleMb,
    Model,
    Outlet,
    Quiet,
    TextField,
    Verbose,
    Workers,
    as_paths,
    code_choice,
    no_empty_folder,
    run_settings,
    start_logging,
)
from geomap.cli.summary_lines import inputs_line
from geomap.errors import GeomapError
from geomap.mapping.tiles import tile_keys
from geomap.sanitize import quoted

if TYPE_CHECKING:
    from geomap.result import Result

log = logging.getLogger(__name__)


def extra_formats(values: list[str] | None) -> tuple[str, ...]:
    """The ``--format`` names, checked against the optional writers (a usage error if unknown)."""
    from geomap.io import OPTIONAL_FORMATS

    chosen: list[str] = []
    for value in values or ():
        for name in value.split(","):
            name = name.strip().lower()
            if name not in OPTIONAL_FORMATS:
                known = ", ".join(OPTIONAL_FORMATS)
                raise typer.BadParameter(
                    f"{quoted(name)} is not an extra format; choose from {known}",
                    param_hint="--format",
                )
            if name not in chosen:
                chosen.append(name)
    return tuple(chosen)


def worldview_code(value: str | None) -> str | None:
    """A ``--worldview`` value checked against the points of view Natural Earth records."""
    from geomap.mapping.worldviews import WORLDVIEWS

    return code_choice(value, WORLDVIEWS, "--worldview", "one of")


@app.command(
    "map",
    cls=Command,
    epilog='Example: geomap map seeds/ -o out --title "NATO coverage" -f geoparquet',
)
def map_command(
    inputs: list[str] = Inputs,
    out: str = typer.Option(
        "geomap-out",
        "--out",
        "-o",
        metavar="FOLDER",
        callback=no_empty_folder,
        help="Output folder: new, empty, or written by geomap before, and not read-only "
        "(checked before any work; replaced as a whole when the run is done).",
    ),
    formats: list[str] = typer.Option(
        None,
        "--format",
        "-f",
        metavar="NAME",
        help="Also write the GIS layers as geoparquet (places/areas/lines/mentions/claims"
        ".parquet) or flatgeobuf (*.fgb); repeatable. The GeoJSON files and geomap.gpkg "
        "are always written.",
    ),
    title: str = typer.Option(
        "geomap", "--title", metavar="TEXT", help="Title shown on the map page."
    ),
    tiles: str = typer.Option(
        None,
        "--tiles",
        metavar="osm|cartodb",
        help="Add an online tile layer as an option; "
        "the offline Natural Earth basemap is always there.",
    ),
    min_confidence: float = typer.Option(
        0.0,
        "--min-confidence",
        min=0.0,
        max=1.0,
        metavar="0-1",
        help="Leave places placed with less confidence off the map; the legend says "
        "how many. The GeoJSON and CSV files keep them.",
    ),
    language: str = Language,
    outlet: str = Outlet,
    worldview: str = typer.Option(
        None,
        "--worldview",
        metavar="CC",
        help="Also show disputed areas as this country's government sees them (ISO code: "
        "UA, RU, US, CN, IN...): each is shaded with the country it holds it part of, "
        "and its label says so. Default: drawn apart, who holds and who claims them.",
    ),
    model: str = Model,
    gazetteer: str = Gazetteer,
    demonyms: bool = Demonyms,
    facilities: bool = Facilities,
    focus: bool = Focus,
    max_article_mb: float = MaxArticleMb,
    workers: str = Workers,
    text_field: str = TextField,
    id_field: str = IdField,
    fields: list[str] = Fields,
    dask: str = Dask,
    reparse: bool = typer.Option(
        False,
        "--reparse",
        help="Parse every article again. By default an article the previous run into "
        "--out parsed, with the same text, metadata and settings, is taken from it (the "
        "outputs are the same): a run over an archive with new items parses only those.",
    ),
    quiet: bool = Quiet,
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Find the places in articles; write the map, GIS files, claims.

    Writes OUT/mentions.geojson, places.geojson, claims.csv, comparison.json, articles.jsonl,
    geomap.gpkg, map.html and report.json (and the --format files). Exits 1 if any input
    could not be processed (the others are still mapped; report.json says why for each
    input), 2 on a usage or configuration error, before any work.
    """
    # first: a Ctrl-C during the imports below says it too (a Dask run keeps its partitions)
    on_stop(map_leaves(dask))
    from geomap.cli.replaced import previous_outputs
    from geomap.io import KNOWN_FILES, WriteOptions
    from geomap.outdir import OutputDir
    from geomap.run import map_inputs

    start_logging(verbose, log_file)
    try:
        tile_keys(tiles)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--tiles") from exc
    chosen = extra_formats(formats)
    view = worldview_code(worldview)
    settings = run_settings(
        model=model,
        language=language,
        outlet=outlet,
        gazetteer=gazetteer,
        demonyms=demonyms,
        facilities=facilities,
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
        with OutputDir(Path(out), known_files=KNOWN_FILES) as target:
            log.info("output folder %s checked and locked", target.path)
            if not dask and not reparse:  # the same command resumes from what it parsed
                parsed = target.interrupted_path
                on_stop(lambda: map_leaves(None, parsed))
            # read while locked, before the new outputs are swapped in
            replaced = previous_outputs(target.path, out)
            options = WriteOptions(
                title=title, tiles=tiles, min_confidence=min_confidence, worldview=view
            )
            result = map_inputs(
                as_paths(inputs),
                target,
                settings=settings,
                options=options,
                progress=not quiet,
                extra_formats=chosen,
                reuse=not reparse,
            )
            # with no input processed nothing is written: no report.json to point to
            report_failures(result, report=bool(result.processed))
            if not result.processed:
                kept = "left unchanged" if target.path.exists() else "not created"
                error(
                    f"no input could be processed ({len(result.statuses)} given or found); "
                    f"{target.path} was {kept}"
                )
                raise typer.Exit(ExitCode.INPUTS_FAILED)
    except GeomapError as exc:
        log.debug("stopped", exc_info=exc)
        error(str(exc))
        raise typer.Exit(ExitCode.USAGE) from exc
    for name, path in result.outputs.items():
        log.info("wrote %s (%s)", path, name)
    warn_dominant(result)
    if not quiet:
        t = result.totals
        found = t.get("mentions", 0)
        say(
            f"{inputs_line(result.statuses)}, {found} "
            f"mention{'' if found == 1 else 's'} ({t.get('resolved', 0)} resolved) "
            f"-> {result.outputs['map']}"
        )
        if result.reused:
            from_previous = result.reused - result.resumed
            taken = [
                f"{n} article{'' if n == 1 else 's'} taken from the {run}"
                for n, run in (
                    (from_previous, "previous run into this folder"),
                    (result.resumed, "interrupted run"),
                )
                if n
            ]
            say(
                f"{'; '.join(taken)} (same text, metadata and settings; --reparse "
                "parses them again)",
                lines=False,
            )
        if replaced:
            say(replaced, lines=False)
    if result.failed:
        raise typer.Exit(ExitCode.INPUTS_FAILED)


def share(part: float) -> str:
    """``part`` (0-1) as a percentage that never rounds a part short of the whole to 100%.

    >>> share(0.5), share(0.998), share(0.99996), share(1.0)
    ('50%', '99.8%', 'over 99.9%', '100%')
    """
    if part >= 1 or f"{part:.0%}" != "100%":
        return f"{part:.0%}"
    return f"{part:.1%}" if f"{part:.1%}" != "100.0%" else "over 99.9%"


def warn_dominant(result: Result) -> None:
    """Warn when one article gives half or more of a run's placed mentions."""
    heavy = result.dominant()
    if heavy is None:
        return
    top, part = heavy
    total = sum(s.resolved for s in result.processed)
    say(
        f"geomap: warning: {top.article_id or top.source} gives {share(part)} of the run's placed "
        f"mentions ({top.resolved} of {total}): on the map, that one text weighs as much as "
        "all the others together (geomap claims OUT --article ID shows its claims)",
        err=True,
        lines=False,
    )
