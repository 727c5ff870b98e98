"""A building's name neither sets the article's focus nor goes to a far namesake town."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_facility_gazetteer.v1",
    [
        place("1", "Washington", "city", "US", 700_000, lon=-77.0, lat=38.9),
        place("2", "White House", "city", "US", 11_000, lon=-86.7, lat=36.5),
        place("3", "Oak Park", "city", "US", 50_000, lon=-77.3, lat=38.8),
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
