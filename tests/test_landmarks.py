"""A landmark named by a town's whole name is in that town; a street is not."""

from __future__ import annotations

from geomap.nlp.landmarks import town_words
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_landmarks_gazetteer.v1",
    [
        place("1", "Fort Lauderdale", "city", "US", 180_000, lon=-80.1, lat=26.1),
        place("2", "Miami", "city", "US", 440_000, lon=-80.2, lat=25.8),
        place("3", "Copenhagen", "city", "DK", 1_150_000, "PPLC", lon=12.6, lat=55.7),
        place("4", "Oxford", "city", "GB", 170_000, lon=-1.3, lat=51.8),
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
