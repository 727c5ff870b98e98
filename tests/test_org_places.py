"""A place's name opening an institution's name is a mention (issue 16).

LGL and TUD-Loc mark "Edgar County" in "the Edgar County Community Foundation" and
"Grovetown" in "the Grovetown Department of Public Safety"; the model tags the whole
name an organisation, and no rule read the place inside it.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from geomap.nlp.org_places import place_name
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_org_places_gazetteer.v1",
    [
        place("1", "Edgar County", "admin2", "US", 17_000),
        place("2", "Grovetown", "city", "US", 15_000),
        place("3", "Reading", "city", "GB", 170_000),
        place("4", "Saint Thomas", "city", "VI", 50_000),
        place("5", "Ford", "city", "US", 200),
        place("6", "Home", "city", "US", 5_000),
        place("7", "Kanawha", "city", "US", 3_000),
        place("8", "Dublin", "city", "US", 49_000),
        place("9", "Asia", "continent", "", 4_000_000_000),
        place("10", "Asia", "city", "PH", 3_000),
    ],
)
ORGS = [
    "Edgar County Community Foundation",
    "Grovetown Department of Public Safety",
    "Reading Borough Council",
    "Saint Thomas' Hospital",
    "Ford Foundation",
    "Grovetown Rangers",
    "Grovetown Elks",
    "Home Office",
    "Kanawha County Fiscal Court",
    "Dublin City Council",
]


@cache
def _nlp() -> Language:
    return GAZ.nlp([(n, "ORG") for n in ORGS] + [("Jane Reading", "PERSON")])


def test_a_town_or_county_opening_an_institutions_name_is_read() -> None:
    text = "The Edgar County Community Foundation agreed to hold the funds."
    assert found_toponyms(_nlp(), text) == ["Edgar County"]
    text = "An officer of the Grovetown Department of Public Safety said so."
    assert found_toponyms(_nlp(), text) == ["Grovetown"]
    assert found_toponyms(_nlp(), "He works at Reading Borough Council now.") == ["Reading"]


def test_no_place_where_the_name_is_no_institutions_or_no_towns() -> None:
    # a saint's possessive, a hamlet under 1,000, a team, a club
    assert found_toponyms(_nlp(), "She was treated at Saint Thomas' Hospital today.") == []
    assert found_toponyms(_nlp(), "The Ford Foundation gave money.") == []
    assert found_toponyms(_nlp(), "The Grovetown Rangers won again.") == []
    assert found_toponyms(_nlp(), "The Grovetown Elks met again.") == []


def test_a_word_of_a_persons_name_opens_no_place() -> None:
    text = "Jane Reading spoke. Reading Borough Council agreed."
    assert "Reading" not in found_toponyms(_nlp(), text)


def test_a_common_word_a_continent_or_a_units_first_word_is_no_place() -> None:
    assert found_toponyms(_nlp(), "The Home Office rejected it.") == []
    assert not place_name(GAZ(), "Asia")  # a continent's name, though a town's too
    assert place_name(GAZ(), "Kanawha")
    # "Kanawha County" is the court's (the gazetteer here lacks it), not the town Kanawha
    assert found_toponyms(_nlp(), "The Kanawha County Fiscal Court met.") == []


def test_a_towns_city_council_is_the_towns() -> None:
    assert found_toponyms(_nlp(), "The Dublin City Council met on Monday.") == ["Dublin"]
