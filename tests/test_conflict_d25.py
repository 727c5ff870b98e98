"""Rules found on the hand-written conflict paragraphs of batch ``d25-`` (issue 16).

A plural kind of a place after a list of names makes each name a place's, also for a
dam or a lake ("the Kaniv and Kremenchuk dams", the model tagging both organisations).
A well-known city's name right after "capital" is the city ("flights to Senegal's
capital Dakar", the model tagging "Dakar" a person).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d25_gazetteer.v1",
    [
        entry("706900", "Kaniv", "city", "UA", 23_503, "PPL", 31.47, 49.75),
        entry("704147", "Kremenchuk", "city", "UA", 217_710, "PPL", 33.40, 49.06),
        entry("2253354", "Dakar", "city", "SN", 2_646_503, "PPLC", -17.44, 14.69),
    ],
)


def test_a_plural_dam_after_a_list_makes_each_name_a_place() -> None:
    nlp = _GAZ.nlp([("Kaniv", "ORG"), ("Kremenchuk", "ORG")])
    text = "Engineers inspected the Kaniv and Kremenchuk dams on Monday."
    assert placed(nlp, text) == [("Kaniv", "706900"), ("Kremenchuk", "704147")]
    # a plural word that is no place's kind: the small town's organisation stays one
    text = "Engineers inspected the Kaniv and Kremenchuk plants on Monday."
    assert "Kaniv" not in toponyms(nlp, text)


def test_a_well_known_city_right_after_capital_is_the_city() -> None:
    nlp = _GAZ.nlp([("Dakar", "PERSON")])
    assert placed(nlp, "Officials said the capital Dakar was calm on Monday.") == [
        ("Dakar", "2253354")
    ]
    # "capital" not right before the name: no context
    assert toponyms(nlp, "Officials said the capital was calm, Dakar told reporters.") == []
