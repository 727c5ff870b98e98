"""A part of a hyphenated body's name is no place: "Météo-France" (issue 16, user49).

The model tagged "Météo" and "France" as two places: an unplaced mention and France.
"""

from __future__ import annotations

from spacy.language import Language

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_compound_parts_gazetteer.v1",
    [
        place("1", "France", "country", "FR", 68_000_000),
        place("2", "Alsace", "region", "FR", 1_900_000),
        place("3", "Lorraine", "region", "FR", 2_300_000),
        place("4", "Brest", "city", "FR", 140_000),
    ],
)


def _nlp() -> Language:
    return GAZ.nlp(
        [(n, "GPE") for n in ("Météo", "France", "Alsace", "Lorraine", "Brest", "Ouest")]
    )


def test_the_parts_of_a_bodys_hyphenated_name_are_no_places() -> None:
    text = "Météo-France warned Brest of storms."
    assert found_toponyms(_nlp(), text) == ["Brest"]
    assert found_toponyms(_nlp(), "Ouest-France reported from Brest.") == ["Brest"]


def test_a_compound_of_two_places_keeps_both() -> None:
    assert found_toponyms(_nlp(), "Storms hit Alsace-Lorraine.") == ["Alsace", "Lorraine"]


def test_names_apart_from_a_compound_stay() -> None:
    """Only a hyphen with no space joins a compound (the model's labels stand apart)."""
    assert found_toponyms(_nlp(), "Météo said France was hit.") == ["Météo", "France"]
    assert found_toponyms(_nlp(), "Météo - France was hit.") == ["Météo", "France"]
