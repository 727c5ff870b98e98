"""The Python API: geoparse articles into GeoDataFrames."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

from geomap.records import Claim
from geomap.run import RunResult, geoparse_inputs
from geomap.settings import Settings


@dataclass(frozen=True)
class Geoparse:
    """The result of :func:`geoparse`.

    Attributes
    ----------
    mentions
        One row per place mention (EPSG:4326; null geometry when unresolved).
    places
        One row per resolved place, with its articles and claims (EPSG:4326).
    claims
        One record per (place, article, sentence).
    run
        The underlying records and the status of every input.
    """

    mentions: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    claims: tuple[Claim, ...]
    run: RunResult


def geoparse(
    inputs: Sequence[Path | str],
    *,
    model: str | None = None,
    gazetteer: str | None = None,
    demonyms: bool | None = None,
) -> Geoparse:
    """Geoparse article files or folders and return GeoDataFrames.

    Examples
    --------
    >>> result = geoparse(["seeds/"])                     # doctest: +SKIP
    >>> result.places[["name", "mention_count"]].head()    # doctest: +SKIP
    >>> result.places.to_file("places.gpkg")              # doctest: +SKIP
    """
    from geomap.claims import claims_from_mentions
    from geomap.frames import mentions_frame, places_frame

    settings = Settings.from_env(model=model, gazetteer=gazetteer, demonyms=demonyms)
    run = geoparse_inputs(inputs, settings=settings)
    claims = tuple(claims_from_mentions(run.mentions))
    return Geoparse(
        mentions=mentions_frame(run.mentions),
        places=places_frame(run.mentions, claims),
        claims=claims,
        run=run,
    )
