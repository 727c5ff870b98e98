"""A building's name neither sets the article's focus nor goes to a far namesake town."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_facility_gazetteer.v1",
    [
        place("1", "Washington", "city", "US", 700_000, lon=-77.0, lat=38.9),
        place("2", "White House", "city", "US", 11_000, lon=-86.7, lat=36.5),
        place("3", "Oak Park", "city", "US", 50_000, lon=-77.3, lat=38.8),
        place("4", "Hubbard", "city", "US", 8_000, lon=-80.6, lat=41.2),
        place("5", "London", "city", "GB", 8_000_000, lon=-0.1, lat=51.5),
        place("6", "Heathrow", "city", "US", 5_900, lon=-81.4, lat=28.8),
        place("7", "Hamletta", "city", "US", 1_000, lon=-102.4, lat=34.0),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, names)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


TEXT = (
    "Washington. The White House said so. The White House again. The Qwertyroom is "
    "calm. The White House spoke."
)


def test_a_building_named_often_does_not_set_the_focus() -> None:
    out = _placed(TEXT, ["Washington", "White House", "Qwertyroom"])
    assert out["Qwertyroom"] == ("1", "focus")


def test_a_building_goes_to_the_focus_not_to_a_far_namesake_town() -> None:
    out = _placed(TEXT, ["Washington", "White House", "Qwertyroom"])
    assert out["White House"] == ("1", "focus")


def test_a_namesake_town_near_the_focus_stays() -> None:
    out = _placed("Washington. Oak Park voted.", ["Washington", "Oak Park"])
    assert out["Oak Park"] == ("3", "name")


def test_a_street_named_in_a_list_of_streets_goes_to_the_focus() -> None:
    text = "Washington. He collapsed at Elm and Hubbard streets. Hubbard police came."
    out = _placed(text, ["Washington", "Elm", "Hubbard"])
    assert out["Hubbard"] == ("1", "focus")  # a street of Washington, not the Ohio town
    out = _placed("Washington. He moved to Hubbard.", ["Washington", "Hubbard"])
    assert out["Hubbard"] == ("4", "name")


def test_a_far_village_named_before_a_buildings_word_goes_to_the_focus() -> None:
    text = "London. Officers searched a plane at Heathrow airport. London again."
    assert _placed(text, ["London", "Heathrow"])["Heathrow"] == ("5", "focus")
    text = "London. Officers searched a plane at Heathrow. London again."
    assert _placed(text, ["London", "Heathrow"])["Heathrow"] == ("6", "name")
    text = "Hamletta. The ill were taken to Heathrow hospital. Hamletta again."
    assert _placed(text, ["Hamletta", "Heathrow"])["Heathrow"] == ("6", "name")  # a smaller focus


def test_a_far_village_named_before_a_possessive_building_word_goes_to_the_focus() -> None:
    text = "London. Officers searched the bags at Heathrow's station. London again."
    assert _placed(text, ["London", "Heathrow"])["Heathrow"] == ("5", "focus")
