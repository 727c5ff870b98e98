"""A region over the article's countries, not the admin unit of one of them (user70b A6).

Made-up places over a tiny gazetteer and spacy.blank("en"): the Savel is a region of
three countries and the admin-1 unit of Burkavo that holds Jibo.
"""

from __future__ import annotations

from dataclasses import replace

from tests.blank_geoparse import TinyGazetteer, place

REGION = replace(
    place("1", "Savel", "region", "", 3_000_000, "RGN", lon=2.0, lat=15.0),
    country_code=None,
    members=("BK", "ML", "NR"),
)
UNIT = replace(
    place("2", "Savel", "admin1", "BK", 170_000, "ADM1", lon=-0.5, lat=14.0), admin1_code="5"
)
JIBO = replace(
    place("3", "Jibo", "city", "BK", 40_000, "PPLA2", lon=-1.6, lat=14.1), admin1_code="5"
)
OUAGA = replace(
    place("4", "Wagal", "city", "BK", 1_500_000, "PPLC", lon=-1.5, lat=12.4), admin1_code="7"
)
TOMBO = replace(
    place("5", "Tombo", "city", "ML", 50_000, "PPLA", lon=-3.0, lat=16.8), admin1_code="6"
)
NIGOR = place("6", "Nigor", "country", "NR", 25_000_000, lon=8.0, lat=17.0)
GAZ = TinyGazetteer(
    "geomap.test_member_regions_gazetteer.v1", [REGION, UNIT, JIBO, OUAGA, TOMBO, NIGOR]
)
NAMES = ["Savel", "Jibo", "Wagal", "Tombo", "Nigor"]


def _savel(text: str) -> set[str | None]:
    out = GAZ.resolve_named(text, NAMES)
    return {m.place.place_id if m.place else None for m in out if m.text == "Savel"}


LEDE = "Aid trucks reached Jibo. The situation in Jibo is critical. Roads to Jibo closed. "


def test_the_region_of_a_story_over_several_of_its_countries() -> None:
    text = LEDE + "Conflict across the Savel grew. Wagal and Wagal. Tombo stalled. Nigor said so."
    assert _savel(text) == {"1"}


def test_the_unit_in_a_story_of_its_own_country_or_by_its_word() -> None:
    assert _savel(LEDE + "Conflict across the Savel grew. Wagal and Wagal.") == {"2"}
    worded = LEDE + "Across the Savel region. Wagal and Wagal. Tombo stalled. Nigor said so."
    assert _savel(worded) == {"2"}
