"""A name whose every candidate is a stray is placed like a name with none."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_strays_gazetteer.v1",
    [
        place("1", "Houston", "city", "US", 2_300_000, lon=-95.4, lat=29.8),
        place("2", "Dallas", "city", "US", 1_300_000, lon=-96.8, lat=32.8),
        place("3", "Fernwick", "admin1", "JM", 30_000, lon=-76.8, lat=18.0),
    ],
)


def test_a_name_known_only_by_a_far_stray_goes_where_the_text_says() -> None:
    text = "Dallas votes. A professor at the University of Fernwick in Houston said so."
    out = GAZ.resolve_named(text, ["Dallas", "University of Fernwick", "Houston"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["University of Fernwick"] == ("1", "focus")  # "in Houston", not a parish of Jamaica


ALIASED = TinyGazetteer(
    "geomap.test_focus_strays_aliased_gazetteer.v1",
    [
        place("1", "Santa Barbara", "city", "US", 90_000, lon=-119.7, lat=34.4),
        place("2", "Goleta", "city", "US", 30_000, lon=-119.8, lat=34.4),
        place("3", "Newcomerstown", "city", "US", 3_800, lon=-81.6, lat=40.3),
    ],
    other_names=(("Newcomers", "3", "alternate"),),
)


def test_a_town_known_only_by_another_name_far_from_all_in_its_own_country_strays() -> None:
    text = "Santa Barbara and Goleta dine out. The menu at Newcomers was praised."
    out = ALIASED.resolve_named(text, ["Santa Barbara", "Goleta", "Newcomers"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["Newcomers"] == ("1", "focus")  # a restaurant, not a town in Ohio
