"""A landmark named by a town's whole name is in that town; a street is not."""

from __future__ import annotations

from geomap.nlp.landmarks import building_tail, town_words
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_landmarks_gazetteer.v1",
    [
        place("1", "Fort Lauderdale", "city", "US", 180_000, lon=-80.1, lat=26.1),
        place("2", "Miami", "city", "US", 440_000, lon=-80.2, lat=25.8),
        place("3", "Copenhagen", "city", "DK", 1_150_000, "PPLC", lon=12.6, lat=55.7),
        place("4", "Oxford", "city", "GB", 170_000, lon=-1.3, lat=51.8),
        place("5", "Kennedy", "city", "US", 3_254, lon=-87.7, lat=33.6),
        place("6", "Street", "city", "GB", 12_911, lon=-2.7, lat=51.1),
    ],
)


def test_an_airport_named_by_a_town_is_at_that_town_not_at_the_focus() -> None:
    text = "Cruises leave Fort Lauderdale and Miami. Guests fly home from Copenhagen Airport."
    out = GAZ.resolve_named(text, ["Fort Lauderdale", "Miami", "Copenhagen Airport"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["Copenhagen Airport"] == ("3", "name")


def test_a_street_named_after_a_town_stays_at_the_focus() -> None:
    text = "Fort Lauderdale and Miami police closed Oxford Road."
    out = GAZ.resolve_named(text, ["Fort Lauderdale", "Miami", "Oxford Road"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["Oxford Road"][1] == "focus"
    assert got["Oxford Road"][0] in {"1", "2"}


def test_town_words_need_a_landmark_word_and_a_name() -> None:
    assert town_words(["Windsor", "Castle"]) == "Windsor"
    assert town_words(["Oxford", "Road"]) is None
    assert town_words(["Caesar's", "Palace"]) is None
    assert town_words(["Castle"]) is None


def test_a_landmark_named_after_a_person_is_not_at_a_hamlet_of_that_name() -> None:
    out = GAZ.resolve_named("Guests fly home from Kennedy Airport.", ["Kennedy Airport"])
    assert [m.place for m in out] == [None]  # not Kennedy, a town of 3,254


def test_a_street_led_by_a_compass_word_is_no_part_of_a_town() -> None:
    text = "Police in Oxford closed West Street."
    out = GAZ.resolve_named(text, ["Oxford", "West Street"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["West Street"] == ("4", "focus")  # not Street, a town in Somerset


def test_building_tail_is_the_place_after_a_building_word_or_its_of() -> None:
    assert building_tail(["University", "of", "Oxford"]) == "Oxford"
    assert building_tail(["British", "Embassy", "Tokyo"]) == "Tokyo"
    assert building_tail(["University", "of", "the", "West"]) is None  # no capital
    assert building_tail(["University", "College"]) is None  # a first word needs "of"
    assert building_tail(["Oxford", "University"]) is None  # nothing after the word


def test_a_university_of_a_city_is_in_that_city_far_from_the_focus_too() -> None:
    gaz = TinyGazetteer(
        "geomap.test_landmarks_university_gazetteer.v1",
        [
            place("1", "Miami", "city", "US", 440_000, lon=-80.2, lat=25.8),
            place("2", "Oxford", "city", "GB", 162_000, lon=-1.3, lat=51.8),
            place("3", "Oxford", "city", "US", 22_000, lon=-89.5, lat=34.4),
        ],
    )
    text = "A Miami lawyer studied law at the University of Oxford."
    out = gaz.resolve_named(text, ["Miami", "University of Oxford"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    # not the small Mississippi namesake the US story would pull it to, nor Miami
    assert got["University of Oxford"] == ("2", "name")
