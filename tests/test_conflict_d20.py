"""Rules of batch ``d20-`` of the hand-written conflict paragraphs (issue 16).

spacy.blank("en") with an entity ruler, a tiny gazetteer, and geomap's recogniser and
resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed
from tests.blank_geoparse import place as entry

_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d20_towns_gazetteer.v1",
    [
        entry("2334797", "Katsina", "admin1", "NG", 1_049_171, "ADM1", 7.67, 12.45),
        entry("2335219", "Kankara", "city", "NG", 9_609, "PPL", 7.41, 11.93),
        entry("2440476", "Niger", "country", "NE", 22_442_948, "PCLI", 9.0, 18.0),
        entry("9000001", "Tinubu", "city", "CM", 500, "PPL", 13.0, 6.0),
    ],
)


def test_a_town_after_a_named_places_possessive_is_a_place() -> None:
    # the model's tags: "Katsina" GPE, "Kankara" PERSON (as in d20-ng-zamfara-3)
    nlp = _TOWNS.nlp([("Katsina", "GPE"), ("Kankara", "PERSON"), ("Niger", "GPE")])
    assert placed(nlp, "Gunmen raided a school in Katsina 's Kankara .") == [
        ("Katsina", "2334797"),
        ("Kankara", "2335219"),
    ]
    # no town of a named country: a person ("Niger 's Tinubu" names no town of Niger)
    nlp = _TOWNS.nlp([("Niger", "GPE"), ("Tinubu", "PERSON")])
    assert placed(nlp, "Officials said Niger 's Tinubu spoke .") == [("Niger", "2440476")]
    # without the possessive and a preposition, a name alone is no town
    nlp = _TOWNS.nlp([("Katsina", "GPE"), ("Kankara", "PERSON")])
    assert placed(nlp, "Katsina officials said Kankara spoke .") == [("Katsina", "2334797")]
