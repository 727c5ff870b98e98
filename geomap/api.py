"""The Python API: geoparse articles into one :class:`~geomap.result.Result`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from geomap.result import Result
from geomap.run import geoparse_inputs
from geomap.settings import Settings


def geoparse(
    inputs: Sequence[Path | str] | Path | str,
    *,
    model: str | None = None,
    gazetteer: str | None = None,
    demonyms: bool | None = None,
) -> Result:
    """Geoparse article files or folders; the result holds GeoDataFrames and the records.

    Examples
    --------
    >>> result = geoparse(["seeds/"])                     # doctest: +SKIP
    >>> result.places[["name", "mention_count"]].head()    # doctest: +SKIP
    >>> result.places.to_file("places.gpkg")              # doctest: +SKIP
    """
    settings = Settings.from_env(model=model, gazetteer=gazetteer, demonyms=demonyms)
    return geoparse_inputs(inputs, settings=settings)
