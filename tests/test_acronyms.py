"""An acronym the gazetteer lacks is the place of the article it abbreviates."""

from __future__ import annotations

from geomap.nlp.acronyms import expansion, initials
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_acronyms_gazetteer.v1",
    [
        place("1", "South Qwertia", "country", "QQ", 50_000_000),
        place("2", "Sal Quora", "country", "QR", 5_000_000),
        place("3", "Perthia", "city", "QQ", 2_000_000, lon=115.9, lat=-31.9),
        place("4", "Western Qwertia", "admin1", "QQ", 2_700_000, lon=122.0, lat=-25.0),
        place("5", "Wq", "city", "GH", 78_000, lon=-2.5, lat=10.1),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    return {m.text: m.place.place_id if m.place else None for m in GAZ.resolve_named(text, names)}


def test_an_acronym_goes_to_the_place_it_abbreviates() -> None:
    out = _placed("South Qwertia voted. In SQ the mines are calm.", ["South Qwertia", "SQ"])
    assert out["SQ"] == "1"


def test_no_place_or_two_places_leave_it_unresolved() -> None:
    assert _placed("Rain fell. In SQ the mines are calm.", ["SQ"])["SQ"] is None
    both = [("South Qwertia", GAZ.places[0]), ("Sal Quora", GAZ.places[1])]
    assert expansion("SQ", both) is None
    assert expansion("S.Q.", both[:1]) == GAZ.places[0]
    assert initials("Republic of Ireland") == "RI"


def test_an_acronym_known_as_a_far_town_is_a_unit_of_the_articles_country() -> None:
    text = "Perthia is dry. Waste water in WQ is diluted. Perthia again."
    assert _placed(text, ["Perthia", "WQ"])["WQ"] == "4"  # Western Qwertia, not Wq, Ghana
    assert _placed("Accra is hot. Waste water in WQ is diluted.", ["WQ"])["WQ"] == "5"
