"""Rules found on the hand-written conflict paragraphs of batch ``d16-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d16_gazetteer.v1",
    [
        entry("612652", "Ochamchire", "city", "GE", 15_517, "PPL", 41.47, 42.71),
        entry("613762", "Gudauta", "city", "GE", 8_514, "PPL", 40.63, 43.10),
        entry("4546001", "Noble", "city", "US", 6_481, "PPL", -97.39, 35.14),
        entry("2656173", "Barnes", "city", "GB", 11_000, "PPL", -0.24, 51.47),
        entry("6611854", "Nay Pyi Taw", "city", "MM", 925_000, "PPLC", 96.13, 19.75),
        entry("1311874", "Mandalay", "city", "MM", 1_208_099, "PPLA", 96.08, 21.97),
        entry("64538", "Bay", "admin1", "SO", 177_631, "ADM1", 43.57, 2.77),
        entry("53157", "Dinsoor", "city", "SO", 20_000, "PPL", 42.98, 2.41),
        entry("4046332", "Fort Bay", "city", "US", 2_000, "PPL", -90.0, 30.0),
    ],
    other_names=(("Naypyitaw", "6611854", "exonym"),),
)


def test_a_governed_conjoined_entity_of_towns_of_one_country_is_split() -> None:
    nlp = _GAZ.nlp([("Ochamchire and Gudauta", "WORK_OF_ART"), ("Barnes and Noble", "ORG")])
    text = "Warships were seen off Ochamchire and Gudauta on Sunday ."
    assert toponyms(nlp, text) == ["Ochamchire", "Gudauta"]
    # not governed by a word of place: the entity may be a title
    assert toponyms(nlp, "Ochamchire and Gudauta was sold out .") == []
    # towns of two countries: an organisation's name
    assert toponyms(nlp, "Shoppers queued at Barnes and Noble on Sunday .") == []


def _says(subject: str) -> list[Row]:
    """ "<subject> said the unrest grew ." parsed."""
    return [
        (subject, 1, "nsubj", "PROPN", subject),
        ("said", 1, "ROOT", "VERB", "say"),
        ("the", 3, "det", "DET", "the"),
        ("unrest", 4, "nsubj", "NOUN", "unrest"),
        ("grew", 1, "ccomp", "VERB", "grow"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_capital_by_its_english_name_speaks_for_its_government() -> None:
    nlp = _GAZ.nlp([("Naypyitaw", "PERSON"), ("Mandalay", "PERSON")])
    assert parsed_toponyms(nlp, _says("Naypyitaw")) == ["Naypyitaw"]
    # not a verb of saying
    knew = [(w, h, d, p, "know" if lem == "say" else lem) for w, h, d, p, lem in _says("Naypyitaw")]
    assert parsed_toponyms(nlp, knew) == []
    # a city that is no capital stays a person
    assert parsed_toponyms(nlp, _says("Mandalay")) == []


def test_a_name_before_strait_or_volcano_after_the_is_a_natural_feature() -> None:
    nlp = _GAZ.nlp([("the Bab al-Mandab", "FAC"), ("Kivu Kubwa", "PERSON")])
    text = "Traffic through the Bab al-Mandab strait fell ."
    assert toponyms(nlp, text) == ["Bab al-Mandab"]
    assert toponyms(nlp, "Lava flowed from the Kivu Kubwa volcano .") == ["Kivu Kubwa"]
    # no kind word after it: a facility's name
    assert toponyms(nlp, "Traffic through the Bab al-Mandab fell .") == []


def test_a_name_the_gazetteer_lacks_listed_with_a_governed_place_is_a_place() -> None:
    nlp = _GAZ.nlp([("Mandalay", "GPE"), ("Kyaukse", "PERSON"), ("Ivan Petrov", "PERSON")])
    assert toponyms(nlp, "Curfews were imposed in Mandalay and Kyaukse .") == [
        "Mandalay",
        "Kyaukse",
    ]
    assert toponyms(nlp, "Curfews were imposed in Kyaukse and Mandalay .") == [
        "Kyaukse",
        "Mandalay",
    ]
    # two words the article gives a person elsewhere (a person's name; two words of a
    # place's name are a place since conf65's d26), or no place word governing the list
    text = "Ivan Petrov spoke . Curfews were imposed in Mandalay and Ivan Petrov ."
    assert toponyms(nlp, text) == ["Mandalay"]
    assert toponyms(nlp, "Mandalay and Kyaukse were named .") == ["Mandalay"]


def test_an_organisation_listed_with_a_governed_place_is_no_place() -> None:
    nlp = _GAZ.nlp([("Mandalay", "GPE"), ("Kyaukse", "ORG")])
    assert toponyms(nlp, "Curfews were imposed in Mandalay and Kyaukse .") == ["Mandalay"]


def test_an_entity_run_over_in_is_a_town_and_the_unit_it_lies_in() -> None:
    nlp = _GAZ.nlp([("Dinsoor in the Bay region", "ORG"), ("Dinsoor in the Gulf region", "ORG")])
    text = "Fighters fell back toward Dinsoor in the Bay region ."
    assert placed(nlp, text) == [("Dinsoor", "53157"), ("Bay", "64538")]
    # no unit of that name in the town's country: the entity stays whole, no place
    assert toponyms(nlp, "Fighters fell back toward Dinsoor in the Gulf region .") == []
