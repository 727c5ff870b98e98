"""Places after a headline's verb or preposition, in sentence case or title case (head56).

The small model reads "Floods swamp X as storm lingers" with X a person, and "Storm
Batters X Port" with no entity at all.  The texts go through
:func:`geomap.model_text.model_text` as an article's do (its line breaks are what
tells a headline line); the places are invented, in a tiny gazetteer.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.nlp.headline_case import inflected_common
from geomap.nlp.headline_places import headline_verb
from tests.blank_geoparse import TinyGazetteer, line_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_headline_places_gazetteer.v1",
    [
        place("1", "Corvale", "city", "QX", 640_000),
        place("2", "Merland", "country", "QX", 9_000_000),
        place("3", "Ostrava Nova", "city", "QY", 300_000),
        place("4", "Dunmere", "city", "QX", 4_000),
        place("5", "Shares", "city", "QX", 210_000),
        place("6", "Quellin", "country", "QY", 5_000_000),
    ],
)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return GAZ.nlp([(n, "GPE") for n in ("Merland", "Quellin")] + patterns)


def _toponyms(text: str, patterns: list[tuple[str, str]] = ()) -> list[str]:  # type: ignore[assignment]
    return line_toponyms(_nlp(list(patterns)), text)


def test_a_place_tagged_a_person_after_a_headline_verb_is_a_place() -> None:
    text = "Floods swamp Corvale as storm lingers\n\nRivers rose across Merland on Tuesday.\n"
    assert _toponyms(text, [("Corvale", "PERSON")]) == ["Corvale", "Merland"]


def test_an_untagged_place_in_a_title_case_headline_is_a_place() -> None:
    text = "Storm Batters Corvale Port, Ferries Halted\n\nWaves hit the coast of Merland.\n"
    assert _toponyms(text) == ["Corvale", "Merland"]


def test_a_place_tagged_an_organisation_after_a_headline_verb_is_a_place() -> None:
    text = "Quake jolts Corvale; dozens hurt\n\nThe quake shook Merland, officials said.\n"
    assert _toponyms(text, [("Corvale", "ORG")]) == ["Corvale", "Merland"]


def test_without_the_body_naming_a_place_of_its_country_it_is_not_read() -> None:
    text = "Floods swamp Corvale as storm lingers\n\nRivers rose across Quellin on Tuesday.\n"
    assert _toponyms(text, [("Corvale", "PERSON")]) == ["Quellin"]


def test_a_person_named_so_in_the_article_is_no_place() -> None:
    text = "Critics hit Corvale over vote\n\nJoan Corvale lost support in Merland.\n"
    assert "Corvale" not in _toponyms(text, [("Joan Corvale", "PERSON")])
    titled = "Critics hit Corvale over vote\n\nMr Corvale lost support in Merland.\n"
    assert "Corvale" not in _toponyms(titled, [("Corvale", "PERSON")])


def test_a_small_town_after_a_headline_verb_is_not_read() -> None:
    text = "Floods swamp Dunmere as storm lingers\n\nRivers rose across Merland on Tuesday.\n"
    assert _toponyms(text, [("Dunmere", "PERSON")]) == ["Merland"]


def test_headline_verb_forms() -> None:
    assert [headline_verb(w) for w in ("Batters", "jolts", "hit", "struck", "Nears")] == [True] * 5
    assert not headline_verb("Mayor") and not headline_verb("Estate")


def test_an_inflected_common_word_opening_a_headline_is_no_place() -> None:
    text = "Strikes hit Corvale\n\nWorkers walked out across Merland.\n"
    assert _toponyms(text, [("Strikes", "GPE"), ("Corvale", "GPE")]) == ["Corvale", "Merland"]
    assert inflected_common("strikes") and not inflected_common("corvale")


def test_a_big_city_named_like_an_inflected_common_word_stays() -> None:
    text = "Shares braces for storm\n\nThe storm will reach Merland tonight.\n"
    assert _toponyms(text, [("Shares", "GPE")]) == ["Shares", "Merland"]


def test_a_place_opening_a_headline_as_a_persons_first_name_is_no_place() -> None:
    text = "Corvale Hilton launches perfume line\n\nThe heiress showed it at a party in Quellin.\n"
    assert _toponyms(text, [("Corvale Hilton", "ORG"), ("Corvale", "GPE")]) == ["Quellin"]


def test_a_place_opening_a_headline_the_body_supports_stays() -> None:
    text = "Corvale Mayor Calls for Calm\n\nPolice in Merland said four people were hurt.\n"
    assert _toponyms(text, [("Corvale Mayor", "ORG"), ("Corvale", "GPE")]) == [
        "Corvale",
        "Merland",
    ]


def test_an_entity_run_over_the_headline_into_the_body_is_no_longer_name() -> None:
    text = "Ostrava Nova\n\nHankering for a trip? Take the ferry from Merland.\n"
    found = _toponyms(text, [("Ostrava Nova  Hankering", "ORG")])  # model_text: "\n\n" -> "  "
    assert found == ["Ostrava Nova", "Merland"]
