"""English place names a new user's articles lost (issue 16).

"Protesters gathered in Reading on Saturday" gave no mention (the model reads
"Reading" as a noun); "Residents of Izium and Chuhuiv, further south ..." only
Chuhuiv ("Residents of Izium" tagged ORG); "a ship ... off Hodeidah" and "fired rockets
at Kiryat Shmona" nothing (GeoNames: Al Hudaydah, Qiryat Shmona); "forced the
evacuation of Varnavas and Marathon" nothing; "based in Woodbury, New York" gave New
York City, not the state.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from geomap.nlp.respellings import consonants
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place, placed


def _unit(pid: str, name: str, ftype: str, pop: int, lon: float, lat: float) -> Place:
    return Place(pid, name, ftype, "US", "New York", pop, lon, lat, "test", feature_code="")


GAZ = TinyGazetteer(
    "geomap.test_english_misses_gazetteer.v1",
    [
        place("1", "Reading", "city", "GB", 318_000),
        place("2", "Al Hudaydah", "city", "YE", 734_000),
        place("3", "Qiryat Shmona", "city", "IL", 22_500),
        place("4", "Izium", "city", "UA", 45_000),
        place("5", "Varnavas", "city", "GR", 1_300),
        place("6", "Kapandriti", "city", "GR", 2_000),
        place("7", "Hope", "city", "CA", 6_000),
        _unit("8", "Woodbury", "city", 9_000, -73.47, 40.83),
        _unit("9", "New York", "city", 8_800_000, -74.0, 40.71),
        _unit("10", "New York", "admin1", 19_000_000, -75.5, 42.9),
        _unit("11", "Queens", "city", 2_300_000, -73.8, 40.7),
    ],
    other_names=(("Hodeidah", "2", "alternate"), ("Kiryat Shmona", "3", "alternate")),
)


@cache
def _nlp() -> Language:
    return GAZ.nlp(
        [
            ("Kiryat Shmona", "PERSON"),
            ("Residents of Izium", "ORG"),
            ("Woodbury", "GPE"),
            ("Queens", "GPE"),
            ("New York", "GPE"),
        ]
    )


def test_a_common_word_capitalised_after_in_mid_sentence_is_a_town() -> None:
    nouns = {"Reading": "NOUN", "Hope": "NOUN"}
    text = "Protesters gathered in Reading on Saturday."
    assert found_toponyms(_nlp(), text, nouns) == ["Reading"]
    assert found_toponyms(_nlp(), "Reading in Hope is fun.", nouns) == []  # too small
    assert found_toponyms(_nlp(), "Reading is fun, they said.", nouns) == []  # first word
    assert found_toponyms(_nlp(), "They met in Reading Room 4.", nouns) == []


def test_the_consonants_of_transliterated_names() -> None:
    assert consonants("Hodeidah") == consonants("Al Hudaydah") == "hddh"
    assert consonants("Kiryat Shmona") == consonants("Qiryat Shmona")
    assert consonants("Hope") != consonants("Haifa")


def test_another_spelling_of_a_towns_name_after_a_preposition_of_place() -> None:
    text = "Rebels claimed an attack on a ship off Hodeidah."
    assert found_toponyms(_nlp(), text) == ["Hodeidah"]
    assert found_toponyms(_nlp(), "Hezbollah fired rockets at Kiryat Shmona.") == ["Kiryat Shmona"]


def test_a_sentences_first_common_noun_and_of_are_no_part_of_the_name() -> None:
    text = "Residents of Izium reported explosions."
    assert found_toponyms(_nlp(), text, {"Residents": "NOUN"}) == ["Izium"]


def test_the_evacuation_of_a_list_of_towns() -> None:
    text = "The fire forced the evacuation of Varnavas and Kapandriti."
    assert found_toponyms(_nlp(), text) == ["Varnavas", "Kapandriti"]


def test_a_name_after_a_town_and_a_comma_is_its_state() -> None:
    text = "The maker based in Woodbury, New York, said so."
    assert placed(_nlp(), text) == [("Woodbury", "8"), ("New York", "10")]
    # a town 30 km or less from the city of that name is a part of the city
    text = "The maker based in Queens, New York, said so."
    assert placed(_nlp(), text) == [("Queens", "11"), ("New York", "9")]
