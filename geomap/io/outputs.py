"""Write a run's outputs: GeoJSON, claims CSV, comparison JSON, the map and the report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.frames import mentions_frame, places_frame
from geomap.io.geojson import write_geojson
from geomap.io.report import build_report, write_report

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


def write_outputs(
    result: RunResult,
    outdir: Path,
    *,
    title: str = "geomap",
    tiles: str | None = None,
) -> dict[str, Path]:
    """Write every output file into ``outdir`` (created if needed); return their paths."""
    from geomap.claims import claims_from_mentions, compare, write_claims_csv, write_comparison_json
    from geomap.claims.collect import places_from_mentions
    from geomap.mapping import write_map
    from geomap.nlp.registry import gazetteer_from_path

    t0 = time.perf_counter()
    outdir.mkdir(parents=True, exist_ok=True)
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
    return paths


def _with_timings(result: RunResult, timings: dict[str, float]) -> RunResult:
    from dataclasses import replace

    return replace(result, timings=timings)
