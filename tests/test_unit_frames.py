"""A unit named in its official form: "Republic of X", "X People's Republic", "X Region"."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_frames import unit_frames
from geomap.records import Place

#: A made-up country "ZZ" with a unit named by its seat, whose seat has another spelling.
UNIT = Place("u", "Vostok Oblast", "admin1", "ZZ", "Vostok Oblast", 900_000, 35.5, 47.3,
             "curated", "ADM1", "05")  # fmt: skip
SEAT = Place("s", "Vostokiv", "city", "ZZ", "Vostok Oblast", 700_000, 35.1, 47.8,
             "curated", "PPLA", "05")  # fmt: skip
#: A town of the same unit that is no seat.
TOWN = Place("t", "Malyn", "city", "ZZ", "Vostok Oblast", 20_000, 35.9, 47.1,
             "curated", "PPL", "05")  # fmt: skip
PENINSULA = Place("p", "Tavria", "admin1", "ZZ", "Tavria", 1_800_000, 34.3, 45.3,
                  "curated", "ADM1", "11")  # fmt: skip
COUNTRY = Place("c", "Zedland", "country", "ZZ", None, 5_000_000, 30.0, 48.0, "curated", "PCLI")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [UNIT, SEAT, TOWN, PENINSULA, COUNTRY],
        other_names=[("Vostokov", "s", "alternate"), ("Malino", "t", "alternate")],
    )


def _ids(gz: Gazetteer, name: str) -> list[str]:
    return [c.place.place_id for c in gz.candidates(name)]


def test_frames_read_the_name_inside() -> None:
    assert [c for c, _ in unit_frames("tavria autonomous region")] == ["tavria"]
    assert [c for c, _ in unit_frames("xinjiang uygur autonomous region")] == [
        "xinjiang uygur",
        "xinjiang",
    ]
    assert unit_frames("tavria") == []


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("Republic of Tavria", ["p"]),  # an admin-1 unit in its official form
        ("Republic of Zedland", ["c"]),  # a state in its official form
        ("Tavria Autonomous Region", ["p"]),
        ("Tavria Zed Autonomous Region", ["p"]),  # an ethnic word before "Autonomous"
        ("Vostokov People's Republic", ["u"]),  # the seat's other spelling names the unit
        ("Vostokov Region", ["u"]),
        ("Vostokiv Oblast", ["u"]),
    ],
)
def test_official_form_names_the_unit(gz: Gazetteer, name: str, ids: list[str]) -> None:
    assert _ids(gz, name) == ids


def test_a_town_that_is_no_seat_names_no_unit(gz: Gazetteer) -> None:
    assert _ids(gz, "Malino Region") == []
    assert _ids(gz, "Malino People's Republic") == []


def test_scan_knows_the_official_form(gz: Gazetteer) -> None:
    # the gazetteer scan asks first which runs have candidates
    assert gz.known_norms(["vostokov region", "republic of tavria", "malino region"]) == {
        "vostokov region",
        "republic of tavria",
    }
