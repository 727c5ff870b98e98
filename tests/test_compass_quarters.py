"""A compass quarter ("a South Side man") is no town that once bore the name (res71).

Made-up places over a tiny gazetteer and spacy.blank("en"): Varton is the story's city,
Eltby a town 900 km away that the sources also call "South Side" and "West End", and
Kessa a town whose own name is "North Side".
"""

from __future__ import annotations

from geomap.nlp.compass_quarters import is_compass_quarter
from tests.blank_geoparse import TinyGazetteer, place

VARTON = place("1", "Varton", "city", "US", 2_700_000, lon=-87.6, lat=41.9)
ELTBY = place("2", "Eltby", "city", "US", 10_000, lon=-74.2, lat=40.5)
KESSA = place("3", "North Side", "city", "KY", 1_900, lon=-81.2, lat=19.3)
GAZ = TinyGazetteer(
    "geomap.test_compass_quarters_gazetteer.v1",
    [VARTON, ELTBY, KESSA],
    other_names=(("South Side", "2", "alternate"), ("West End", "2", "alternate")),
)


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    out = GAZ.resolve_named(text, names)
    return {m.text: m.place.place_id if m.place else None for m in out}


def test_a_south_side_man_is_of_the_story_s_city_not_a_town_of_that_other_name() -> None:
    text = (
        "A South Side man has been charged with murder in Varton, police said. "
        "Officers in Varton found the car near his home."
    )
    assert _placed(text, ["South Side", "Varton"])["South Side"] == "1"


def test_a_quarter_s_name_that_is_a_place_s_own_name_stays_that_place() -> None:
    text = "Storms hit North Side overnight. Roads in North Side were closed."
    assert _placed(text, ["North Side"])["North Side"] == "3"


def test_other_names_keep_their_alternate_name_towns() -> None:
    text = "He moved from Varton to Eltby. The South Side Mill of Eltby closed."
    placed = _placed(text, ["Varton", "Eltby"])
    assert placed == {"Varton": "1", "Eltby": "2"}


def test_only_a_compass_point_and_side_or_end_is_a_quarter() -> None:
    assert [
        is_compass_quarter(t)
        for t in ("South Side", "West End", "North-East End", "Near North Side", "North Shore",
                  "south side", "Side", "Southside")
    ] == [True, True, True, False, False, False, False, False]  # fmt: skip
