"""The rows of ``geomap.gpkg``'s layers and of :class:`~geomap.result.Result`'s frames.

One serialiser per record, shared by the GeoPackage writer and the frames, so a
frame has the columns of the layer it mirrors (``result.mentions`` those of the
``mentions`` layer, ``result.claims`` of ``claims``, ``result.places`` of ``places``)
and the same types: nullable integer columns (``speaker_start``, ``geonameid``...)
are pandas' ``Int64``, and ``published_date`` is the day ``published`` names, or null
(:func:`published_day`; a ``DATE`` in the GeoPackage, ``datetime64[ms]`` in a frame).
The frames keep list values as lists (``articles``, ``context_names``), where the
GeoPackage's flat columns hold their JSON text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from geomap.dates import day_of
from geomap.mention_rows import mention_row
from geomap.metadata import metadata_fields
from geomap.records import Mention, Place
from geomap.serialize import place_fields

if TYPE_CHECKING:
    import pandas as pd

#: Integer columns that may be null (a claim without a speaker has no ``speaker_start``).
NULLABLE_INTEGERS = (
    "speaker_start", "speaker_end", "verb_start", "verb_end",
    "population", "sentence_index", "geonameid",
)  # fmt: skip
#: The column beside ``published`` holding its day (a date).
DATE_COLUMN = "published_date"
#: An ISO 8601 day at the start of a text (what the GeoPackage's GLOB matches).
_DAY = re.compile(r"[0-9]{4}-[01][0-9]-[0-3][0-9]")


def published_day(published: str | None) -> str | None:
    """The day ``published`` names (``YYYY-MM-DD``, its first ten characters), else ``None``.

    >>> published_day("2024-03-01T10:00:00+01:00"), published_day("2024-03")
    ('2024-03-01', None)
    """
    if not isinstance(published, str) or not _DAY.match(published):
        return None
    return day_of(published)


def mention_layer_row(mention: Mention, metadata: Mapping[str, str] | None) -> dict[str, Any]:
    """A row of the ``mentions`` layer: every field of the mention, its article's metadata."""
    row = mention_row(mention, metadata)
    row.update(metadata_fields(metadata))
    return row


def claim_layer_row(place: Place | None, claim: Mapping[str, Any], place_id: str) -> dict[str, Any]:
    """A row of the ``claims`` layer: the claim record with its place's fields and point."""
    return {  # a new dict: ``claim`` is shared with other writers, left as it is
        **place_fields(place),
        **claim,
        "place_id": place_id,
        "lon": None if place is None else place.lon,
        "lat": None if place is None else place.lat,
    }


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the layers' types: nullable integers ``Int64``, ``published_date`` dates.

    ``published_date`` is added after ``published``'s other columns (before the
    geometry), as the GeoPackage adds it, when ``frame`` has ``published``.
    """
    import pandas as pd

    for name in frame.columns.intersection(list(NULLABLE_INTEGERS)):
        frame[name] = frame[name].astype("Int64")
    if "has_shape" in frame.columns:
        frame["has_shape"] = frame["has_shape"].astype("boolean")
    if "published" in frame.columns and DATE_COLUMN not in frame.columns:
        days = [published_day(v) for v in frame["published"]]
        values = pd.to_datetime(pd.Series(days, index=frame.index, dtype=object))
        at = len(frame.columns) - (1 if "geometry" in frame.columns else 0)
        frame.insert(at, DATE_COLUMN, values.astype("datetime64[ms]"))
    return frame
