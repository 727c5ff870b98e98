"""A street lies in the city its sentence names before it, else in the dateline's city."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_street_towns_gazetteer.v1",
    [
        place("10", "Austin", "city", "US", 900_000, lon=-97.7, lat=30.3),
        place("20", "Dallas", "city", "US", 1_300_000, lon=-96.8, lat=32.8),
        place("30", "Texas", "admin1", "US", 29_000_000, lon=-99.0, lat=31.0),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, names)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_street_goes_to_the_city_its_sentence_names_before_it() -> None:
    text = "Police in Dallas fired on crowds on Qwerty Avenue. Austin voted. Austin again."
    out = _placed(text, ["Dallas", "Qwerty Avenue", "Austin"])
    assert out["Qwerty Avenue"] == ("20", "focus")  # Dallas, not the article's focus Austin


def test_the_nearest_city_before_it_wins() -> None:
    text = "Austin voted. Austin again. From Austin to Dallas, crowds filled Qwerty Avenue."
    out = _placed(text, ["Austin", "Dallas", "Qwerty Avenue"])
    assert out["Qwerty Avenue"] == ("20", "focus")


def test_without_a_city_before_it_the_datelines_city() -> None:
    text = "DALLAS (AP) - Crowds filled Qwerty Avenue. Austin voted. Austin again. Austin."
    out = _placed(text, ["DALLAS", "Qwerty Avenue", "Austin"])
    assert out["Qwerty Avenue"] == ("20", "focus")


def test_a_name_that_is_no_street_stays_at_the_focus() -> None:
    text = "Police in Dallas fired on crowds in Qwertyville. Austin voted. Austin again."
    out = _placed(text, ["Dallas", "Qwertyville", "Austin"])
    assert out["Qwertyville"] == ("10", "focus")


def test_a_unit_before_it_is_no_city() -> None:
    text = "Police in Texas fired on crowds on Qwerty Avenue. Austin voted. Austin again."
    out = _placed(text, ["Texas", "Qwerty Avenue", "Austin"])
    assert out["Qwerty Avenue"] == ("10", "focus")


def test_a_building_and_a_city_named_by_a_street_are_left_out() -> None:
    # a building's name may say where it lies: no rule of this module for it
    text = "Police in Dallas fired on crowds at Qwerty Tower. Austin voted. Austin again."
    out = _placed(text, ["Dallas", "Qwerty Tower", "Austin"])
    assert out["Qwerty Tower"] == ("10", "focus")
    # "Dallas" naming a street in a list of streets is no city the street lies in
    text = "Austin voted. Austin again. Crowds took Dallas and Elm streets to Qwerty Avenue."
    out = _placed(text, ["Austin", "Dallas", "Elm", "Qwerty Avenue"])
    assert out["Qwerty Avenue"] == ("10", "focus")
