"""Rules found on the hand-written conflict paragraphs of batch ``d16-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d16_gazetteer.v1",
    [
        entry("612652", "Ochamchire", "city", "GE", 15_517, "PPL", 41.47, 42.71),
        entry("613762", "Gudauta", "city", "GE", 8_514, "PPL", 40.63, 43.10),
        entry("4546001", "Noble", "city", "US", 6_481, "PPL", -97.39, 35.14),
        entry("2656173", "Barnes", "city", "GB", 11_000, "PPL", -0.24, 51.47),
        entry("6611854", "Naypyitaw", "city", "MM", 925_000, "PPLC", 96.13, 19.75),
        entry("1311874", "Mandalay", "city", "MM", 1_208_099, "PPLA", 96.08, 21.97),
    ],
)


def test_a_governed_conjoined_entity_of_towns_of_one_country_is_split() -> None:
    nlp = _GAZ.nlp([("Ochamchire and Gudauta", "WORK_OF_ART"), ("Barnes and Noble", "ORG")])
    text = "Warships were seen off Ochamchire and Gudauta on Sunday ."
    assert toponyms(nlp, text) == ["Ochamchire", "Gudauta"]
    # not governed by a word of place: the entity may be a title
    assert toponyms(nlp, "Ochamchire and Gudauta was sold out .") == []
    # towns of two countries: an organisation's name
    assert toponyms(nlp, "Shoppers queued at Barnes and Noble on Sunday .") == []


def test_a_capital_opening_a_sentence_before_a_verb_of_speech_is_its_government() -> None:
    nlp = _GAZ.nlp([("Naypyitaw", "PERSON"), ("Mandalay", "PERSON")])
    assert toponyms(nlp, "Troops fled . Naypyitaw said it was fighting .") == ["Naypyitaw"]
    assert toponyms(nlp, "Naypyitaw denied the report .") == ["Naypyitaw"]
    # not before a verb of speech, not opening the sentence, or no capital: a person's name
    assert toponyms(nlp, "Naypyitaw went home .") == []
    assert toponyms(nlp, "Then Naypyitaw said it was fighting .") == []
    assert toponyms(nlp, "Troops fled . Mandalay said it was fighting .") == []


def test_a_name_before_strait_or_volcano_after_the_is_a_natural_feature() -> None:
    nlp = _GAZ.nlp([("the Bab al-Mandab", "FAC"), ("Kivu Kubwa", "PERSON")])
    text = "Traffic through the Bab al-Mandab strait fell ."
    assert toponyms(nlp, text) == ["Bab al-Mandab"]
    assert toponyms(nlp, "Lava flowed from the Kivu Kubwa volcano .") == ["Kivu Kubwa"]
    # no kind word after it: a facility's name
    assert toponyms(nlp, "Traffic through the Bab al-Mandab fell .") == []
