"""A Persian name's ezafe spelt another way meets its entry ("Masar-i-Scharif", issue 18)."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.foreign_forms import ezafe_forms
from geomap.records import Place


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [Place("mazar", "Mazar-e Sharif", "city", "AF", None, 500_000, 67.1, 36.7, "curated")]
    return Gazetteer.from_places(places, local_names=[("de", "Masar-e Scharif", "mazar")])


def test_ezafe_forms_spell_the_connector_each_way() -> None:
    assert ezafe_forms("Masar-i-Scharif") == (
        "Masar-e Scharif",
        "Masar-e-Scharif",
        "Masar-i Scharif",
    )
    assert "Mazar-i-Sharif" in ezafe_forms("Mazar-e Sharif")


def test_names_without_an_ezafe_have_no_forms() -> None:
    assert ezafe_forms("Saint-Denis") == ()
    assert ezafe_forms("Bosnien-Herzegowina") == ()
    assert ezafe_forms("Baden-Württemberg") == ()


def test_an_other_ezafe_spelling_meets_the_local_name(tiny: Gazetteer) -> None:
    found = tiny._candidates_local("Masar-i-Scharif", "de")
    assert [c.place.place_id for c in found] == ["mazar"]
    assert found[0].match == "alternate"


def test_an_ezafe_name_that_matches_no_spelling_finds_nothing(tiny: Gazetteer) -> None:
    assert tiny._candidates_local("Kala-i-Nau", "de") == ()
