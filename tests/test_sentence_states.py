"""A namesake in the state its own sentence names, within one country (issue 16, res72).

"wild mute swans in Michigan on the coast of Lake Erie near the Mouillee state game area
in Monroe County", then tests at Ames, Iowa: the Iowa places voted for Monroe County,
Iowa (4,000 people), 780 km from the Michigan county the sentence names.
"""

from __future__ import annotations

from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer


def _place(
    pid: str, name: str, ftype: str, a1: str, pop: int, code: str, lon: float, lat: float
) -> Place:
    return Place(pid, name, ftype, "US", None, pop, lon, lat, "test", code, admin1_code=a1)


GAZ = TinyGazetteer(
    "geomap.test_sentence_states_gazetteer.v1",
    [
        _place("1", "Michigan", "admin1", "MI", 10_000_000, "ADM1", -85.0, 44.0),
        _place("2", "Iowa", "admin1", "IA", 3_000_000, "ADM1", -93.5, 42.0),
        _place("3", "Monroe County", "admin2", "MI", 4_300, "ADM2", -83.5, 41.9),
        _place("4", "Monroe County", "admin2", "IA", 4_300, "ADM2", -92.9, 41.0),
        _place("5", "Ames", "city", "IA", 66_000, "PPL", -93.6, 42.0),
        _place("6", "Des Moines", "city", "IA", 210_000, "PPLA", -93.6, 41.6),
        _place("7", "Ohio", "admin1", "OH", 11_000_000, "ADM1", -82.8, 40.3),
        _place("8", "Wintersville", "city", "OH", 3_900, "PPL", -80.7, 40.4),
        _place("9", "Arlington", "city", "TX", 390_000, "PPL", -97.1, 32.7),
        _place("10", "Arlington", "city", "OH", 1_400, "PPL", -83.7, 40.9),
        _place("11", "Dallas", "city", "TX", 1_300_000, "PPLA2", -96.8, 32.8),
        _place("12", "Columbus", "city", "OH", 900_000, "PPLA", -83.0, 40.0),
        _place("13", "Columbus", "city", "IA", 1_900, "PPL", -91.4, 41.3),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    return {m.text: m.place.place_id if m.place else None for m in GAZ.resolve_named(text, names)}


def test_a_county_is_the_namesake_in_the_state_its_sentence_names() -> None:
    text = (
        "Swans were found in Michigan near a game area in Monroe County. "
        "Tests ran at Ames and in Des Moines, and Ames confirmed them; Iowa paid."
    )
    assert _placed(text, ["Michigan", "Monroe County", "Ames", "Des Moines", "Iowa"]) == {
        "Michigan": "1",
        "Monroe County": "3",
        "Ames": "5",
        "Des Moines": "6",
        "Iowa": "2",
    }


def test_without_the_state_in_its_sentence_the_article_decides() -> None:
    text = (
        "Swans were found in Michigan. Later a game area in Monroe County was closed. "
        "Tests ran at Ames and in Des Moines, and Ames confirmed them; Iowa paid."
    )
    names = ["Michigan", "Monroe County", "Ames", "Des Moines", "Iowa"]
    assert _placed(text, names)["Monroe County"] == "4"


def test_a_state_after_another_town_and_a_comma_qualifies_that_town_only() -> None:
    text = (
        "She lived in Wintersville, Ohio, before the family moved to Arlington. "
        "She worked in Dallas."
    )
    placed = _placed(text, ["Wintersville", "Ohio", "Arlington", "Dallas"])
    assert placed["Arlington"] == "9"
    alone = "She lived in Ohio before the family moved to Arlington. She worked in Dallas."
    assert _placed(alone, ["Ohio", "Arlington", "Dallas"])["Arlington"] == "10"


def test_a_state_capital_named_from_another_state_stays() -> None:
    text = "Swans were found in Michigan. Officials in Iowa sent buses to Ames and Columbus."
    assert _placed(text, ["Michigan", "Iowa", "Ames", "Columbus"])["Columbus"] == "12"
