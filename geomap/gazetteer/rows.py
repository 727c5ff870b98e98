"""Decoding ``places`` rows into :class:`~geomap.records.Place` and ranking them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from geomap.gazetteer.schema import (
    COORD_SCALE,
    FEATURE_TYPE_CODES,
    PLACE_SELECT,
    SOURCE_CODES,
    decode_code,
    prior,
)
from geomap.records import Place

#: SELECT of every Place column from ``places p``.
SELECT = f"SELECT {PLACE_SELECT} FROM places p"


def place_from_row(row: Sequence[Any]) -> Place:
    """Build a Place from a row selected with :data:`SELECT`."""
    return Place(
        place_id=row[1] if row[1] is not None else str(row[0]),
        name=row[2],
        feature_type=decode_code(row[3], FEATURE_TYPE_CODES),
        country_code=row[4],
        admin1=row[5] or None,
        admin1_code=row[6],
        population=row[7],
        lon=row[8] / COORD_SCALE,
        lat=row[9] / COORD_SCALE,
        source=decode_code(row[10], SOURCE_CODES),
        feature_code=row[11],
        members=tuple(row[12].split()) if row[12] else (),
        has_shape=bool(row[13]),
    )


#: Ranking penalty of a match kind: an alternate name is weaker evidence than a name.
_KIND_PENALTY = {"name": 0.0, "alias": 0.0, "exonym": 1.0, "alternate": 3.0, "": 0.0}


def rank(places: Iterable[tuple[Place, str]]) -> list[tuple[Place, str]]:
    """Sort ``(place, match kind)`` pairs by prior minus the kind penalty, then place_id."""
    return sorted(places, key=lambda pk: (-(prior(pk[0]) - _KIND_PENALTY[pk[1]]), pk[0].place_id))
