"""Rules found on the hand-written conflict paragraphs of batch ``d26-`` (issue 16).

A name the gazetteer lacks, listed with a place in a list a place word governs, is a
place also when the model ran one organisation's entity over the list and the place
("around Lashio and Hsipaw" tagged ORG) and tags the name an organisation nowhere else,
when the list's first name, not the one beside it, is governed ("in Kayes, Niono and
Sandare"), and when it is two words the article gives no person elsewhere ("near Bria
and Sam Ouandja": :mod:`geomap.nlp.listed_unknowns`). A town's name whose last words
the model tagged a person is the whole town ("Dera" + "Ismail Khan":
:mod:`geomap.nlp.person_tails`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d26_gazetteer.v1",
    [
        entry("1314759", "Lashio", "city", "MM", 131_016, "PPL", 97.75, 22.93),
        entry("2455518", "Kayes", "city", "ML", 127_368, "PPLA", -11.43, 14.45),
        entry("2454268", "Niono", "city", "ML", 34_113, "PPL", -5.99, 14.25),
        entry("212902", "Kalehe", "city", "CD", 30_000, "PPL", 28.91, -2.10),
        entry("240210", "Bria", "city", "CF", 43_322, "PPLA", 21.99, 6.54),
        entry("1180281", "Dera Ismail Khan", "city", "PK", 763_195, "PPLA2", 70.90, 31.83),
    ],
)


def test_a_list_in_one_organisation_entity_names_its_unknown_town() -> None:
    nlp = _GAZ.nlp([("Lashio and Hsipaw", "ORG")])
    text = "Fighting raged around Lashio and Hsipaw, the militias said."
    assert toponyms(nlp, text) == ["Lashio", "Hsipaw"]
    # no place word governs the list: the unknown name stays out
    assert toponyms(nlp, "Lashio and Hsipaw were quiet, the militias said.") == ["Lashio"]


def test_an_organisation_entity_over_the_list_only_there_names_a_town() -> None:
    nlp = _GAZ.nlp([("Lashio and Hsipaw", "ORG"), ("Hsipaw", "ORG")])
    # the model tags the name an organisation on its own elsewhere: a body, not a town
    text = "Hsipaw said profits rose. Fighting raged around Lashio and Hsipaw, it said."
    assert toponyms(nlp, text) == ["Lashio"]
    # an organisation's entity of its own beside the town, and so tagged elsewhere in the
    # article: a body (alone beside a town it is one: tests/test_conflict_d29.py)
    nlp = _GAZ.nlp([("Minova", "ORG"), ("Kalehe", "GPE")])
    text = "Minova said profits rose. Rebels moved toward Kalehe and Minova, it said."
    assert toponyms(nlp, text) == ["Kalehe"]


def test_a_comma_list_is_governed_by_its_first_name() -> None:
    nlp = _GAZ.nlp([("Sandare", "PERSON"), ("Niono", "GPE"), ("Kayes", "GPE")])
    text = "Gunmen attacked army posts in Kayes, Niono and Sandare, the army said."
    assert toponyms(nlp, text) == ["Kayes", "Niono", "Sandare"]
    text = "Kayes, Niono and Sandare, the army said, were calm."
    assert "Sandare" not in toponyms(nlp, text)


def test_a_two_word_unknown_listed_with_a_governed_place_is_a_place() -> None:
    nlp = _GAZ.nlp([("Sam Ouandja", "PERSON"), ("Bria", "GPE")])
    text = "Clashes were reported near Bria and Sam Ouandja, officials said."
    assert toponyms(nlp, text) == ["Bria", "Sam Ouandja"]
    # a word of the name is a person's elsewhere in the article: a person's name
    nlp = _GAZ.nlp([("Sam Ouandja", "PERSON"), ("Ouandja", "PERSON"), ("Bria", "GPE")])
    text = "Ouandja spoke. Clashes were reported near Bria and Sam Ouandja, officials said."
    assert "Sam Ouandja" not in toponyms(nlp, text)
    # three words: a person's
    nlp = _GAZ.nlp([("Jean Sam Ouandja", "PERSON"), ("Bria", "GPE")])
    text = "Clashes were reported near Bria and Jean Sam Ouandja, officials said."
    assert toponyms(nlp, text) == ["Bria"]
    # a word that is no word of letters: a road's number
    nlp = _GAZ.nlp([("Route 38", "FAC"), ("Bria", "GPE")])
    assert toponyms(nlp, "Police waited near Bria and Route 38, officials said.") == ["Bria"]


def test_a_town_name_run_into_a_person_entity_is_the_town() -> None:
    nlp = _GAZ.nlp([("Ismail Khan", "PERSON")])
    text = "Buses between Kabul and Dera Ismail Khan stopped on Monday."
    assert placed(nlp, text) == [("Dera Ismail Khan", "1180281")]
    # the words before the person make no entry's name: the person stays a person
    assert toponyms(nlp, "Commander Ismail Khan said buses stopped on Monday.") == []
