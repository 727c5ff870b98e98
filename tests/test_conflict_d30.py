"""Rules found on the hand-written conflict paragraphs of batch ``d30-`` (issue 16).

A list of towns the model ran into one organisation or work ("sailed from Eyl and
Hobyo" tagged ORG) is read as its towns when every one of them is a town of a country
the article names (:mod:`geomap.nlp.conjoined_towns`); and a common noun opening a
dateline's sentence is no place ("RIVERA, Uruguay (Reuters) - Police seized ...",
Police being a town in Poland: :mod:`geomap.nlp.dateline_openers`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d30_gazetteer.v1",
    [
        entry("51537", "Somalia", "country", "SO", 15_000_000, "PCLI", 46.0, 6.0),
        entry("60019", "Eyl", "city", "SO", 18_904, "PPL", 49.82, 7.98),
        entry("57000", "Hobyo", "city", "SO", 12_564, "PPL", 48.53, 5.35),
        entry("6252001", "United States", "country", "US", 327_000_000, "PCLI", -98.5, 39.76),
        entry("4736286", "Texas", "admin1", "US", 22_875_689, "ADM1", -99.25, 31.25),
        entry("5000001", "Barnes", "city", "US", 1_200, "PPL", -97.0, 32.0),
        entry("5000002", "Noble", "city", "US", 6_000, "PPL", -97.3, 35.1),
        entry("3440781", "Rivera", "city", "UY", 64_631, "PPLA", -55.55, -30.91),
        entry("3439705", "Uruguay", "country", "UY", 3_449_299, "PCLI", -56.0, -33.0),
        entry("3088848", "Police", "city", "PL", 34_350, "PPL", 14.57, 53.55),
        entry("298795", "Turkey", "country", "TR", 82_000_000, "PCLI", 35.0, 39.0),
        entry("323786", "Ankara", "city", "TR", 3_517_182, "PPLC", 32.85, 39.92),
    ],
)
_POS = {"from": "ADP", "in": "ADP", "at": "ADP", "sailed": "VERB", "worked": "VERB"}


def test_a_list_of_towns_tagged_as_one_organisation_is_its_towns() -> None:
    nlp = _GAZ.nlp([("Eyl and Hobyo", "ORG"), ("Somalia", "GPE")])
    text = "Pirates from Somalia sailed from Eyl and Hobyo last week ."
    assert found_toponyms(nlp, text, _POS) == ["Somalia", "Eyl", "Hobyo"]
    # no country of the towns named: the entity stays the model's
    assert found_toponyms(nlp, "Pirates sailed from Eyl and Hobyo last week .", _POS) == []


def test_a_listed_name_the_gazetteer_lacks_goes_with_the_town_beside_it() -> None:
    nlp = _GAZ.nlp([("Eyl and Garacad", "ORG"), ("Somalia", "GPE"), ("Garacad and Qoryale", "ORG")])
    text = "Pirates from Somalia sailed from Eyl and Garacad last week ."
    assert found_toponyms(nlp, text, _POS) == ["Somalia", "Eyl", "Garacad"]
    # names the gazetteer lacks only: left to the rules for such names
    text = "Pirates from Somalia sailed from Garacad and Qoryale last week ."
    assert found_toponyms(nlp, text, _POS) == ["Somalia"]


def test_a_list_with_a_common_word_stays_one_name() -> None:
    nlp = _GAZ.nlp([("Barnes and Noble", "ORG"), ("Texas", "GPE")])
    # "Noble" is a common word: no part of the entity is read as a town
    text = "He worked at Barnes and Noble in Texas ."
    assert found_toponyms(nlp, text, _POS) == ["Texas"]


def test_a_common_noun_opening_a_datelines_sentence_is_no_place() -> None:
    labels = [("Police", "GPE"), ("Turkey", "GPE"), ("Uruguay", "GPE"), ("Gunmen", "GPE")]
    nlp = _GAZ.nlp(labels)
    text = "RIVERA , Uruguay ( Reuters ) - Police seized cocaine ."
    assert found_toponyms(nlp, text, _POS) == ["RIVERA", "Uruguay"]
    # an irregular plural the gazetteer lacks, tagged a place by the model
    text = "RIVERA , Uruguay ( AP ) -- Gunmen ambushed a convoy ."
    assert found_toponyms(nlp, text, _POS) == ["RIVERA", "Uruguay"]
    # a country's name there is the place
    text = "ANKARA ( Reuters ) - Turkey said it would act ."
    assert found_toponyms(nlp, text, _POS) == ["ANKARA", "Turkey"]
    # the town elsewhere in the sentence is read as before
    text = "RIVERA , Uruguay ( Reuters ) - Officers sailed from Police ."
    assert found_toponyms(nlp, text, _POS) == ["RIVERA", "Uruguay", "Police"]
