"""A county named "X County" is also the unit GeoNames calls "County X" (issue 16).

"Durham County Council" in a British story went to Durham County, North Carolina (the
only entry of that spelling), and pulled the story's "Durham" there after it.
"""

from __future__ import annotations

import spacy

from geomap.nlp.candidates import name_candidates
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_county_order_gazetteer.v1",
    [
        place("1", "Durham County", "admin2", "US", 260_000, "ADM2", -78.9, 36.0),
        place("2", "County Durham", "admin2", "GB", 490_000, "ADM2", -1.8, 54.7),
        place("3", "Newcastle upon Tyne", "city", "GB", 300_000, "PPLA2", -1.6, 55.0),
        place("4", "Raleigh", "city", "US", 480_000, "PPLA", -78.6, 35.8),
        place("5", "Westmoreland County", "admin2", "US", 350_000, "ADM2", -79.5, 40.3),
        place("6", "County Westmoreland", "admin1", "JM", 144_000, "ADM1", -78.1, 18.3),
    ],
)


def _ids(text: str) -> list[str]:
    doc = spacy.blank("en")(f"Roads closed in {text} .")
    n = len(text.split())
    return sorted(c.place.place_id for c in name_candidates(GAZ(), [doc[3 : 3 + n]]))


def test_x_county_is_also_county_x() -> None:
    assert _ids("Durham County") == ["1", "2"]
    assert _ids("County Durham") == ["2"]
    assert _ids("Westmoreland County") == ["5"]  # only an admin-2 unit, as GeoNames has them


def test_the_articles_places_choose_between_them() -> None:
    british = "Durham County Council closed roads to Newcastle upon Tyne."
    got = GAZ.resolve_named(british, ["Durham County", "Newcastle upon Tyne"])
    assert [m.place.place_id if m.place else None for m in got] == ["2", "3"]
    american = "Durham County commissioners met in Raleigh."
    got = GAZ.resolve_named(american, ["Durham County", "Raleigh"])
    assert [m.place.place_id if m.place else None for m in got] == ["1", "4"]
