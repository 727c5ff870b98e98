"""The speaker record's name and kind (issue 17): descriptions, bodies, titles.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def _record(nlp: Language, text: str) -> tuple[str, str, str] | None:  # noqa: F811
    record = one(parse(nlp, text), "Lviv")._.source
    return None if record is None else (record.name, record.role, record.kind)


def test_an_anonymous_description_keeps_what_its_people_know(nlp: Language) -> None:  # noqa: F811
    text = "Three sources familiar with the matter said the tanker had been seized near Lviv."
    assert _record(nlp, text) == ("Three sources familiar with the matter", "", "anonymous")


def test_an_apposition_calling_the_name_a_body_gives_its_kind(nlp: Language) -> None:  # noqa: F811
    text = "Genocide Watch, a non-partisan NGO, said that the camps near Lviv were full."
    assert _record(nlp, text) == ("Genocide Watch", "a non-partisan NGO", "organisation")
    text = "Ray Chambers, a special envoy for malaria, said Lviv was safe."
    assert _record(nlp, text) == ("Ray Chambers", "a special envoy for malaria", "person")


def test_a_first_name_the_model_cut_off_is_part_of_the_name(nlp: Language) -> None:  # noqa: F811
    text = "Egypt's Minister of Health Hatem Mostafa El-Gabaly said that polio was endemic in Lviv."
    assert _record(nlp, text) == (
        "Hatem Mostafa El-Gabaly", "Egypt's Minister of Health", "person"
    )  # fmt: skip
    text = "Detective Robert Huffman said the car was found in Lviv."
    assert _record(nlp, text) == ("Robert Huffman", "Detective", "person")
    text = "Fire Marshal David Dollins said the fire in Lviv started at noon."
    assert _record(nlp, text) == ("David Dollins", "Fire Marshal", "person")


def test_a_noun_for_a_person_before_a_full_name_is_its_role(nlp: Language) -> None:  # noqa: F811
    text = "Resident Landry Burdine said nearby drilling sites in Lviv could extract the gas."
    assert _record(nlp, text) == ("Landry Burdine", "Resident", "person")


def test_initials_in_brackets_are_no_name_of_their_own(nlp: Language) -> None:  # noqa: F811
    text = (
        "An official from the National Administration of Surveying, Mapping and "
        "Geoinformation (NASMG) said the maps of Lviv were illegal."
    )
    name = "An official from the National Administration of Surveying, Mapping and "
    name += "Geoinformation (NASMG)"
    assert _record(nlp, text) == (name, "", "anonymous")


def test_a_name_keeps_the_bracket_it_opened_closed() -> None:
    from geomap.claims.name_text import clean_text

    assert clean_text("the Administration (NASMG)") == "the Administration (NASMG)"
    assert clean_text("(Vilnius)") == "Vilnius"
    assert clean_text("[Vilnius](https://example.org)") == "Vilnius"


def test_a_document_s_author_after_by_is_part_of_its_name(nlp: Language) -> None:  # noqa: F811
    text = "A recent report by Keep Britain Tidy highlighted the graffiti in Lviv."
    assert _record(nlp, text) == ("A recent report by Keep Britain Tidy", "", "document")
    text = "A report by the tour operator Hayes & Jarvis this week suggested Lviv was safe."
    assert _record(nlp, text) == ("Hayes & Jarvis", "the tour operator", "organisation")


def test_letters_of_an_office_after_a_name_are_its_role(nlp: Language) -> None:  # noqa: F811
    text = "Keith Vaz MP said the policy in Lviv was not working."
    assert _record(nlp, text) == ("Keith Vaz", "MP", "person")


def test_an_agent_noun_in_apposition_tells_no_body(nlp: Language) -> None:  # noqa: F811
    text = "Banahari Saha, a stall operator on Camac Street, told UPI that Lviv was busy."
    assert _record(nlp, text)[2] == "person"  # type: ignore[index]


def test_a_un_official_is_a_person_the_un_s_office_a_body(nlp: Language) -> None:  # noqa: F811
    text = "The UN special rapporteur, Ben Emmerson, said the ruling was important. "
    text += "He said Lviv must be safe."
    assert _record(nlp, text) == ("Ben Emmerson", "", "person")
    text = "The UN's office in Haiti said gangs held Lviv."
    assert _record(nlp, text) == ("The UN's office in Haiti", "", "organisation")


def test_an_apposition_inside_the_body_s_entity_is_part_of_its_name(nlp: Language) -> None:  # noqa: F811
    text = "The United Kingdom Department for Environment Food and Rural Affairs says the "
    text += "virus could spread to Lviv."
    name = "The United Kingdom Department for Environment Food and Rural Affairs"
    assert _record(nlp, text) == (name, "", "government")
    text = "Cases rose in Lviv, according to the World Health Organisation (WHO)."
    assert _record(nlp, text)[0] == "the World Health Organisation"  # type: ignore[index]


def test_a_corporal_s_title_is_the_role(nlp: Language) -> None:  # noqa: F811
    text = "The car drove off the road near Lviv, said patrol Lance Cpl. Josef Robinson."
    name, role, kind = _record(nlp, text)  # type: ignore[misc]
    assert (name, kind) == ("Josef Robinson", "person") and "Cpl" in role
