"""A common word capitalised by a sentence's or a line's start is no place (user70b A5).

spacy.blank("en") with an entity ruler labelling the words as the small model did, over
a tiny gazetteer of made-up places.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place, toponyms

GAZ = TinyGazetteer(
    "geomap.test_initial_words_gazetteer.v1",
    [
        place("1", "Morvan", "city", "IQ", 1_000_000),
        place("2", "Bath", "city", "GB", 90_000),
        place("3", "Ukraine", "country", "UA", 40_000_000),
    ],
    demonyms={"ukrainian": "3"},
)
NLP = GAZ.nlp(
    [("Gunmen", "GPE"), ("Morvan", "GPE"), ("Hsivo", "GPE"), ("Bath", "GPE"), ("Ukrainian", "GPE")]
)


def test_a_common_word_opening_a_line_is_dropped() -> None:
    text = "Aid blocked in Morvan\n\nGunmen attacked a convoy outside Morvan, officials said."
    assert toponyms(NLP, text) == ["Morvan", "Morvan"]
    assert toponyms(NLP, "Gunmen attacked a convoy outside Morvan.") == ["Morvan"]


def test_an_unknown_name_a_known_town_or_a_word_capitalised_mid_sentence_stays() -> None:
    assert toponyms(NLP, "Hsivo fell to the rebels near Morvan.") == ["Hsivo", "Morvan"]
    assert toponyms(NLP, "Bath was quiet. Troops left Morvan.") == ["Bath", "Morvan"]
    text = "Gunmen attacked Morvan. Troops moved from Morvan to Gunmen."
    assert toponyms(NLP, text) == ["Gunmen", "Morvan", "Morvan", "Gunmen"]


def test_a_demonym_opening_a_sentence_is_left_to_the_demonym_rules() -> None:
    from geomap.nlp.initial_words import without_initial_words

    doc = NLP.make_doc("Ukrainian officials met in Morvan.")
    kept = without_initial_words([doc[0:1]], GAZ())
    assert [s.text for s in kept] == ["Ukrainian"]
