"""A name the gazetteer lacks is not placed at a focus in a country its sentences do not name."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_abroad_gazetteer.v1",
    [
        place("1", "Capitolia", "city", "AA", 4_000_000, lon=32.8, lat=39.9),
        place("2", "Portmouth", "city", "AA", 9_000_000, lon=29.0, lat=41.0),
        place("3", "Riverton", "admin1", "BB", 700_000, lon=35.1, lat=47.8),
        place("4", "Bravia", "country", "BB", 40_000_000, lon=31.0, lat=49.0),
        place("5", "Alandia", "country", "AA", 80_000_000, lon=35.0, lat=39.0),
        place("6", "Borderville", "city", "BB", 20_000, lon=33.5, lat=40.5),
        place("7", "Kherville", "city", "BB", 300_000, lon=33.0, lat=46.6),
    ],
)
NAMES = [
    "Capitolia",
    "Portmouth",
    "Riverton",
    "Bravia",
    "Alandia",
    "Borderville",
    "Kherville",
    "Qwertyvka",
]


def _placed(text: str) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, NAMES)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


#: Talks in Capitolia (a city of AA, named most) about a war in Bravia (BB).
TALKS = "Bravia and its allies met in Capitolia. Capitolia hosts talks. Bravia is at war. "


def test_a_name_whose_sentence_is_far_abroad_is_not_placed_at_the_focus() -> None:
    text = TALKS + "Troops held Qwertyvka as the Riverton region was shelled."
    out = _placed(text)
    assert out["Capitolia"] == ("1", "name")
    assert out["Qwertyvka"] == (None, None)


def test_a_name_whose_sentence_names_the_focus_country_goes_to_the_focus() -> None:
    text = TALKS + "Troops held Qwertyvka in Alandia, far from the Riverton region."
    assert _placed(text)["Qwertyvka"] == ("1", "focus")


def test_a_name_in_a_sentence_naming_no_place_goes_to_the_focus() -> None:
    assert _placed(TALKS + "Troops held Qwertyvka.")["Qwertyvka"] == ("1", "focus")


def test_a_name_beside_a_town_near_the_focus_goes_to_the_focus() -> None:
    """A border region: the town abroad lies near the focus."""
    text = TALKS + "Troops held Qwertyvka as Borderville was shelled."
    assert _placed(text)["Qwertyvka"] == ("1", "focus")


def test_a_name_in_a_story_about_the_focus_country_goes_to_the_focus() -> None:
    """A statement from abroad in a story about the focus's country leaves it there."""
    text = (
        "Capitolia and Portmouth voted. Alandia counts. Capitolia again. "
        "Qwertyvka was calm, the Riverton region said."
    )
    assert _placed(text)["Qwertyvka"] == ("1", "focus")


def test_a_name_qualified_by_a_town_abroad_goes_to_that_town() -> None:
    text = TALKS + "Troops held Qwertyvka near Kherville."
    assert _placed(text)["Qwertyvka"] == ("7", "focus")


def test_a_name_whose_sentence_is_abroad_goes_to_the_storys_city_there() -> None:
    """The article's most-named city in the countries the name's sentence names (issue 16)."""
    text = TALKS + "Kherville was hit. Troops held Qwertyvka as the Riverton region was shelled."
    out = _placed(text)
    assert out["Capitolia"] == ("1", "name")
    assert out["Qwertyvka"] == ("7", "focus")
