"""Rules of issue 16's leftovers and batch ``d18-`` of the hand-written conflict paragraphs.

spacy.blank("en") with an entity ruler, tiny gazetteers, and geomap's recogniser and
resolver.
"""

from __future__ import annotations

from geomap.nlp.name_shapes import article_capitalised, article_word
from geomap.nlp.respellings import respellings
from tests.blank_geoparse import TinyGazetteer, found_toponyms, placed, toponyms
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


_LISTS = TinyGazetteer(
    "geomap.test_conflict_d18_lists.v1",
    [
        entry("1040652", "Maputo", "city", "MZ", 1_254_837, "PPLC", 32.58, -25.97),
        entry("1042456", "Macomia", "city", "MZ", 23_228, "PPL", 40.12, -12.25),
        entry("1036973", "Mozambique", "country", "MZ", 29_495_962, "PCLI", 35.0, -18.25),
    ],
)


def test_a_name_the_gazetteer_lacks_goes_to_the_town_listed_beside_it() -> None:
    nlp = _LISTS.nlp([(n, "GPE") for n in ("Maputo", "Macomia", "Quissanga", "Mozambique")])
    opening = "Officials in Maputo said so . Police in Maputo agreed . "
    text = opening + "Insurgents attacked villages near Macomia and Quissanga ."
    assert ("Quissanga", "1042456") in placed(nlp, text)
    # listed before the town: the same
    text = opening + "Insurgents attacked Quissanga and Macomia ."
    assert ("Quissanga", "1042456") in placed(nlp, text)
    # a place the model labels after a preposition of place, which the focus may hold:
    # the focus (Maputo) lies 1,500 km from the town listed beside it, which wins (conf70)
    text = opening + "Insurgents attacked villages near Quissanga and Macomia ."
    assert ("Quissanga", "1042456") in placed(nlp, text)
    # a country listed beside it says little: no town to go to (and nothing else here
    # says the name is a place the focus may hold)
    text = opening + "Insurgents attacked villages in Mozambique and Quissanga ."
    assert ("Quissanga", None) in placed(nlp, text)


_ROUTES = TinyGazetteer(
    "geomap.test_conflict_d18_routes.v1",
    [
        entry("1168652", "Parachinar", "city", "PK", 55_685, "PPLA3", 70.1, 33.9),
        entry("1164076", "Thal", "city", "PK", 29_331, "PPL", 72.24, 35.48),
    ],
)


def test_a_town_spelled_by_a_rule_of_transliteration_at_a_routes_end() -> None:
    nlp = _ROUTES.nlp([("Parachinar", "GPE"), ("Thall", "PERSON")])
    text = "The road from Parachinar to Thall stayed shut ."
    assert found_toponyms(nlp, text) == ["Parachinar", "Thall"]
    # no place at the route's other end: no town
    assert found_toponyms(nlp, "The road from the hills to Thall stayed shut .") == []


def test_a_comma_lists_names_only_inside_a_longer_list() -> None:
    import spacy

    from geomap.nlp.listed_neighbours import listed

    nlp = spacy.blank("en")
    doc = nlp("shows in Hamburg , Brasoc and Mannheim")
    assert listed(doc[2:3], doc[4:5])
    doc = nlp("11 August : Rockingham , Northamptonshire .")
    assert not listed(doc[3:4], doc[5:6])  # a town and its county
    doc = nlp("villages near Macomia and Quissanga")
    assert listed(doc[2:3], doc[4:5])
    assert not listed(doc[4:5], doc[2:3])
