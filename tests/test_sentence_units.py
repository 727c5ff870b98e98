"""A name the gazetteer lacks lies in the admin-1 unit its sentence names right before it."""

from __future__ import annotations

from dataclasses import replace

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_sentence_units_gazetteer.v1",
    [
        replace(
            place("1", "Belgor", "city", "RU", 345_000, lon=36.58, lat=50.60), admin1_code="09"
        ),
        replace(place("2", "Shebek", "city", "RU", 45_000, lon=36.90, lat=50.41), admin1_code="09"),
        replace(
            place("3", "Kurskaya", "admin1", "RU", 775_000, lon=36.07, lat=51.68), admin1_code="41"
        ),
        replace(
            place("4", "Belgoria", "admin1", "RU", 1_000_000, lon=37.5, lat=50.7), admin1_code="09"
        ),
    ],
)
PATTERNS = [
    ("Belgor", "GPE"), ("Shebek", "GPE"), ("Kurskaya", "GPE"), ("Belgoria", "GPE"),
    ("Tetkino", "GPE"), ("Tetkino Bay", "LOC"), ("Tetkino Province", "GPE"),
]  # fmt: skip


def _placed(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = GAZ.nlp(PATTERNS)(text)
    return {
        s.text: (s._.place.place_id if s._.place else None, s._.located_by)
        for s in doc.spans[TOPONYMS]
    }


def test_an_unknown_village_after_a_unit_the_focus_lies_outside_is_the_units() -> None:
    text = (
        "Drones hit Belgor and Shebek , and Belgor lost power . In the neighbouring Kurskaya "
        "region , shelling damaged houses in Tetkino ."
    )
    assert _placed(text)["Tetkino"] == ("3", "focus")


def test_without_the_unit_or_with_the_focus_inside_it_the_focus_stays() -> None:
    first = "Drones hit Belgor and Shebek , and Belgor lost power . "
    text = first + "In the neighbouring area , shelling damaged houses in Tetkino ."
    assert _placed(text)["Tetkino"] == ("1", "focus")
    text = first + "In the Belgoria region , shelling damaged houses in Tetkino ."
    assert _placed(text)["Tetkino"] == ("1", "focus")


def test_a_water_named_by_its_kind_is_no_units() -> None:
    text = (
        "Drones hit Belgor and Shebek , and Belgor lost power . In the Kurskaya region , "
        "boats sank in Tetkino Bay ."
    )
    assert _placed(text)["Tetkino Bay"] == ("1", "focus")


def test_a_unit_named_by_its_admin_word_is_no_units() -> None:
    text = (
        "Drones hit Belgor and Shebek , and Belgor lost power . In the Kurskaya region and "
        "in Tetkino Province , schools closed ."
    )
    assert _placed(text)["Tetkino Province"] == ("1", "focus")


def test_after_a_dateline_the_unit_named_after_the_name_is_taken() -> None:
    """As in "KINSHASA (AP) - M23 rebels seized Masisi and ..., a hub in North Kivu"."""
    tail = " , officials said . Drones hit Belgor and Shebek ."
    text = "BELGOR ( AP ) - Rebels fought in Tetkino and took a mining hub in Kurskaya" + tail
    assert _placed(text)["Tetkino"] == ("3", "focus")


def test_a_unit_named_after_a_place_of_the_body_or_with_none_before_says_nothing() -> None:
    tail = " and took a mining hub in Kurskaya , officials said . Drones hit Belgor and Shebek ."
    text = "BELGOR ( AP ) - Rebels fought in Shebek and in Tetkino" + tail
    assert _placed(text)["Tetkino"] == ("1", "focus")
    text = "Drones hit Belgor . Rebels fought in Tetkino" + tail
    assert _placed(text)["Tetkino"] == ("1", "focus")
