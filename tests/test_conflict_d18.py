"""Rules of issue 16's leftovers and batch ``d18-`` of the hand-written conflict paragraphs.

spacy.blank("en") with an entity ruler, tiny gazetteers, and geomap's recogniser and
resolver.
"""

from __future__ import annotations

from geomap.nlp.name_shapes import article_capitalised, article_word
from geomap.nlp.respellings import respellings
from tests.blank_geoparse import TinyGazetteer, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d18_gazetteer.v1",
    [
        entry("379555", "El Fasher", "city", "SD", 252_609, "PPLA", 25.35, 13.63),
        entry("173797", "Al Hawl", "city", "SY", 0, "PPL", 41.15, 36.39),
    ],
    other_names=(("Fashir", "379555", "exonym"), ("al-Fashir", "379555", "alternate")),
)


def test_a_lower_case_arabic_article_opens_a_name() -> None:
    assert article_capitalised("al-Fashir") == "Al-Fashir"
    assert article_capitalised("el-Obeid") == "El-Obeid"
    # not before a lower-case word, and not inside a name
    assert article_capitalised("al-based") == "al-based"
    assert article_capitalised("Jisr al-Shughur") == "Jisr al-Shughur"
    assert article_word("al-Fashir") == "Fashir"
    assert article_word("El-Obeid") == "Obeid"
    assert article_word("Deir al-Balah") is None
    assert article_word("Fashir") is None


def test_a_lower_case_article_name_of_a_well_known_town_is_a_place() -> None:
    nlp = _GAZ.nlp([("al-Fashir", "PERSON"), ("al-Sisi", "PERSON")])
    assert placed(nlp, "Drones struck the airport in al-Fashir .") == [("al-Fashir", "379555")]
    # a person's name after the article: no place by its word alone
    assert toponyms(nlp, "Drones struck the airport in al-Sisi .") == []
    # no place context: a name, no place
    assert toponyms(nlp, "They met al-Fashir on Monday .") == []


def test_arabic_aw_written_o_is_respelled() -> None:
    assert "al-Hawl" in respellings("al-Hol")
    assert "Hawms" in respellings("Homs")


def test_a_lower_case_article_camp_is_described_as_a_place() -> None:
    nlp = _GAZ.nlp([("al-Hol", "ORG"), ("al-Amal", "ORG")])
    assert placed(nlp, "A riot broke out near the al-Hol camp .") == [("al-Hol", "173797")]
    # "in the X camp" may be a faction's ranks, as for a capitalised name
    assert toponyms(nlp, "Infighting in the al-Amal camp grew .") == []


_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d18_towns.v1",
    [
        entry("2361082", "Djibo", "city", "BF", 61_462, "PPLA2", -1.63, 14.1),
        entry("245338", "Adré", "city", "TD", 21_950, "PPL", 22.2, 13.47),
        entry("2434508", "Chad", "country", "TD", 15_477_751, "PCLI", 19.0, 15.0),
        entry("1277085", "Baramula", "city", "IN", 77_276, "PPL", 74.34, 34.21),
    ],
)


def test_a_town_in_a_part_of_its_country_is_a_place() -> None:
    nlp = _TOWNS.nlp([("Djibo", "ORG")])
    assert toponyms(nlp, "Yesterday Djibo in the north was cut off .") == ["Djibo"]
    assert toponyms(nlp, "Yesterday Djibo , in the far north , was cut off .") == ["Djibo"]
    # a longer name after the compass word, or no compass word: no place by these words
    assert toponyms(nlp, "Yesterday Djibo in the North Sea region was cut off .") == []
    assert toponyms(nlp, "Yesterday Djibo in the morning was cut off .") == []


def test_officers_in_a_town_say_it_is_a_place() -> None:
    nlp = _TOWNS.nlp([("Baramulla", "ORG"), ("Djibo", "ORG")])
    assert placed(nlp, "Troops searched forests , and police in Baramulla said so .") == [
        ("Baramulla", "1277085")
    ]
    assert toponyms(nlp, "Officials in Baramulla said the town was cut off .") == ["Baramulla"]
    # "in" alone before the name is no town's context
    assert toponyms(nlp, "Trust in Baramulla said little .") == []


def test_a_town_across_the_border_in_its_country_is_a_place() -> None:
    nlp = _TOWNS.nlp([("Adre", "PERSON"), ("Chad", "GPE")])
    text = "Others reached Adre across the border in Chad ."
    assert placed(nlp, text) == [("Adre", "245338"), ("Chad", "2434508")]
    # the gazetteer's town of that name lies in another country: no place
    assert toponyms(nlp, "Others reached Djibo across the border in Chad .") == ["Chad"]
