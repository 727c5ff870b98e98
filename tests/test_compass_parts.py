"""A German compass compound is placed in that part of the whole: "Westukraine".

:mod:`geomap.gazetteer.compass_parts`: "Westukraine" names Ukraine (through
:func:`~geomap.gazetteer.unit_words.direction_part`), at the centroid of the western third
of its outline, not at the country's centre.
"""

from __future__ import annotations

import pytest
from shapely.geometry import MultiPolygon, box

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.compass_parts import compass_word, part_point
from geomap.records import Place

#: A rectangular "country" 18 degrees wide and 8 high, its point in the middle.
OUTLINE = box(22.0, 44.0, 40.0, 52.0)


def _gazetteer() -> Gazetteer:
    ukraine = Place("ua", "Ukraine", "country", "UA", None, 40_000_000, 31.0, 48.0, "test",
                    feature_code="PCLI")  # fmt: skip
    return Gazetteer.from_places(
        [ukraine], shapes={"ua": OUTLINE}, local_names=[("de", "Ukraine", "ua")]
    )


def _point(gz: Gazetteer, name: str) -> tuple[float, float]:
    (cand,) = gz.candidates(name, "de")
    assert cand.place.place_id == "ua"
    return cand.place.lon, cand.place.lat


def test_a_compass_part_is_placed_in_that_third_of_the_whole() -> None:
    gz = _gazetteer()
    assert _point(gz, "Westukraine") == pytest.approx((25.0, 48.0))
    assert _point(gz, "Ostukraine") == pytest.approx((37.0, 48.0))
    assert _point(gz, "Nordostukraine") == pytest.approx((37.0, 50.66667), abs=1e-4)
    assert _point(gz, "Ukraine") == pytest.approx((31.0, 48.0))  # the whole: its own point


def test_an_upper_part_keeps_the_wholes_point() -> None:
    # "Ober", "Nieder": a part by height or a river's course, not by the compass
    assert compass_word("Oberukraine") is None
    assert _point(_gazetteer(), "Oberukraine") == pytest.approx((31.0, 48.0))


def test_the_part_is_of_the_mainland_not_of_an_overseas_island() -> None:
    island = box(-62.0, 16.0, -61.0, 17.0)  # a far small island widens no bounding box
    mainland = box(-5.0, 42.0, 8.0, 51.0)
    west = part_point(MultiPolygon([mainland, island]), "west")
    assert west == pytest.approx((-5.0 + 13.0 / 6, 46.5), abs=1e-4)
    assert part_point(None, "west") is None
