"""An admin word after a hyphenated compound is the compound's, not its last part's."""

from __future__ import annotations

from geomap.geoparser import Geoparser
from geomap.settings import Settings
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_compound_admin_gazetteer.v1",
    [
        place("1", "Pacific", "water", "", 0, lon=-170.0, lat=30.0),
        place("2", "Pacific", "admin2", "US", 2_000, lon=-123.7, lat=46.5),
        place("3", "Asia", "continent", "", 0, lon=90.0, lat=30.0),
    ],
)


def _pick(text: str, name: str) -> str | None:
    gp = Geoparser(Settings(), nlp=GAZ.nlp([]))
    start = text.index(name)
    (m,) = gp.resolve_spans("t", text, [(start, start + len(name))])
    return m.place.place_id if m.place else None


def test_region_after_a_compound_does_not_make_its_part_a_county() -> None:
    assert _pick("Trade in the Asian-Pacific region grew.", "Pacific") == "1"


def test_region_right_after_a_name_still_hints_an_admin_unit() -> None:
    assert _pick("Trade in the Pacific region grew.", "Pacific") == "2"
