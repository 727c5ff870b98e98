"""Write a run's outputs: GeoJSON, claims CSV, comparison JSON, the map and the report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import OutputError
from geomap.frames import mentions_frame, places_frame
from geomap.io.geojson import write_geojson
from geomap.io.report import build_report, write_report
from geomap.outdir import OutputDir

if TYPE_CHECKING:
    from geomap.run import RunResult

OUTPUT_FILES = {
    "mentions": "mentions.geojson",
    "places": "places.geojson",
    "claims": "claims.csv",
    "comparison": "comparison.json",
    "map": "map.html",
    "report": "report.json",
}
#: Names a folder of geomap outputs may hold (checked before it is replaced).
KNOWN_FILES = frozenset(OUTPUT_FILES.values())


def write_outputs(
    result: RunResult,
    outdir: Path | OutputDir,
    *,
    title: str = "geomap",
    tiles: str | None = None,
) -> dict[str, Path]:
    """Write every output file into ``outdir``, all or nothing; return their paths.

    The files are written into a staging folder beside ``outdir`` and replace
    its content in one step when all are complete (:class:`geomap.outdir.OutputDir`);
    if anything fails, ``outdir`` keeps its previous outputs.

    Parameters
    ----------
    result
        The run.
    outdir
        The output folder, or an :class:`~geomap.outdir.OutputDir` already
        checked and locked by the caller (the CLI locks it before parsing).
    title, tiles
        Passed to the map.

    Raises
    ------
    geomap.errors.OutputError
        If the folder cannot be used or a file cannot be written (full disk,
        permissions); nothing is replaced then.
    """
    if isinstance(outdir, OutputDir):
        return _write_and_commit(result, outdir, title=title, tiles=tiles)
    with OutputDir(outdir, known_files=KNOWN_FILES) as target:
        return _write_and_commit(result, target, title=title, tiles=tiles)


def _write_and_commit(
    result: RunResult, target: OutputDir, *, title: str, tiles: str | None
) -> dict[str, Path]:
    try:
        _write_all(result, target.staging, title=title, tiles=tiles)
        final = target.commit()
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(
            f"{target.path}: could not write the outputs ({exc.strerror or exc}); "
            "the previous outputs are unchanged"
        ) from exc
    return {name: final / file for name, file in OUTPUT_FILES.items()}


def _write_all(result: RunResult, outdir: Path, *, title: str, tiles: str | None) -> None:
    from geomap.claims import claims_from_mentions, compare, write_claims_csv, write_comparison_json
    from geomap.claims.collect import places_from_mentions
    from geomap.mapping import write_map
    from geomap.nlp.registry import gazetteer_from_path

    t0 = time.perf_counter()
    paths = {name: outdir / file for name, file in OUTPUT_FILES.items()}
    claims = claims_from_mentions(result.mentions)
    mentions = mentions_frame(result.mentions)
    places = places_frame(result.mentions, claims)
    comparison = compare(result.mentions, articles=[a.article_id for a in result.articles])
    write_geojson(mentions, paths["mentions"])
    write_geojson(places, paths["places"])
    write_claims_csv(claims, paths["claims"], places=places_from_mentions(result.mentions))
    write_comparison_json(comparison, paths["comparison"])
    gazetteer = gazetteer_from_path(result.settings.gazetteer)
    write_map(
        places,
        mentions,
        paths["map"],
        basemap=gazetteer.basemap(),
        shape_of=gazetteer.shape,
        title=title,
        tiles=tiles,
        comparison=comparison.by_place(),
    )
    write_s = round(time.perf_counter() - t0, 4)
    timings = {
        **result.timings,
        "write_s": write_s,
        "total_s": round(result.timings.get("total_s", 0.0) + write_s, 4),
    }
    report = build_report(_with_timings(result, timings), paths)
    write_report(report, paths["report"])


def _with_timings(result: RunResult, timings: dict[str, float]) -> RunResult:
    from dataclasses import replace

    return replace(result, timings=timings)
