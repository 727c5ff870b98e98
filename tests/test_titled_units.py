"""A name closed by a capitalised unit word the gazetteer lacks whole is the unit.

"Rakhine State" (GeoNames: "Rakhine"), tagged PERSON by the small model, was no place
anywhere (geomap.nlp.name_shapes.titled_unit).
"""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.nlp.name_shapes import titled_unit
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_titled_units_gazetteer.v1",
    [
        place("rk", "Rakhine", "admin1", "MM", 3_000_000, "ADM1"),
        place("sh", "Shan State", "admin1", "MM", 5_000_000, "ADM1"),
        place("tw", "Rakhine", "city", "US", 500, "PPL"),
    ],
)


def test_the_unit_named_without_its_capitalised_word() -> None:
    gz = GAZ()
    assert [c.place.place_id for c in titled_unit(gz, "Rakhine State")] == ["rk"]
    assert titled_unit(gz, "Shan State") == []  # an entry of its own
    assert titled_unit(gz, "Rakhine") == []  # no unit word
    assert titled_unit(gz, "Rakhine state") == []  # lower case: the resolver's fallback


def test_a_titled_unit_tagged_person_is_a_place_in_context() -> None:
    nlp = GAZ.nlp([("Rakhine State", "PERSON")])
    found = found_toponyms(nlp, "Fighting spread across Rakhine State on Monday .")
    assert found == ["Rakhine State"]
    doc = nlp("Fighting spread across Rakhine State on Monday .")
    (span,) = doc.spans[TOPONYMS]
    assert span._.place is not None and span._.place.place_id == "rk"
