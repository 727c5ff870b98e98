"""Rules found on the hand-written conflict paragraphs of batch ``d22-`` (issue 16).

A unit's name before its possessive and a level of government ("Amhara's regional
government said", the model tagging "Amhara's" a person) is a place; two towns "between"
which something lies, tagged as one organisation, are two places ("the beaches between
Gravelines and Dunkirk", Dunkirk being Dunkerque's English name); a region the
gazetteer lacks, named as the one a town lies in or has for its seat, lies at that town,
not at the article's focus ("Zhanaozen in the western Mangystau region", "Nema, the
capital of the Hodh Ech Chargui region"), and so does what a town's "where" clause names
("Bria, where thousands sheltered at the PK3 camp").

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d22_gazetteer.v1",
    [
        entry("444179", "Amhara", "admin1", "ET", 17_221_976, "ADM1", 38.0, 11.5),
        entry("2523119", "Sicily", "admin1", "IT", 4_820_208, "ADM1", 14.32, 37.74),
        entry("3014816", "Gravelines", "city", "FR", 13_137, "PPL", 2.13, 50.99),
        entry("3020686", "Dunkerque", "city", "FR", 71_287, "PPLA3", 2.38, 51.03),
        entry("1", "Barnes", "city", "GB", 20_000, "PPL", -0.24, 51.47),
        entry("2", "Noble", "city", "US", 6_000, "PPL", -97.39, 35.14),
        entry("1516905", "Taraz", "city", "KZ", 358_153, "PPLA", 71.37, 42.90),
        entry("607610", "Zhanaozen", "city", "KZ", 147_962, "PPL", 52.86, 43.34),
    ],
    other_names=(("Dunkirk", "3020686", "alternate"),),
)


def test_a_unit_before_its_level_of_government_is_a_place() -> None:
    nlp = _GAZ.nlp([("Amhara", "PERSON"), ("Sicily", "PERSON"), ("Johnson", "PERSON")])
    text = "Amhara 's regional government called for calm ."
    assert toponyms(nlp, text) == ["Amhara"]
    text = "The airport closed , Sicily 's civil protection said ."
    assert toponyms(nlp, text) == ["Sicily"]
    # a person's government has no level; a level without its noun says nothing
    assert toponyms(nlp, "Amhara 's government called for calm .") == []
    assert toponyms(nlp, "Amhara 's regional allies called for calm .") == []


def test_two_towns_between_which_patrols_ran_are_two_places() -> None:
    nlp = _GAZ.nlp([("Gravelines and Dunkirk", "ORG"), ("Barnes and Noble", "ORG")])
    text = "Patrols were stepped up on the beaches between Gravelines and Dunkirk ."
    assert toponyms(nlp, text) == ["Gravelines", "Dunkirk"]
    # no "between", or two towns of no one country: the organisation stays whole
    assert toponyms(nlp, "Gravelines and Dunkirk said patrols were stepped up .") == []
    assert toponyms(nlp, "Talks between Barnes and Noble ended .") == []


def test_a_region_the_gazetteer_lacks_lies_at_the_town_named_in_it() -> None:
    nlp = _GAZ.nlp([("Mangystau", "GPE"), ("Hodh", "GPE")])
    head = "Police in Taraz detained 20 people , and Taraz was calm . "
    text = head + "The unrest began in Zhanaozen in the Mangystau region ."
    assert dict(placed(nlp, text))["Mangystau"] == "607610"
    text = head + "Troops went to Zhanaozen , the main town of the Hodh region ."
    assert dict(placed(nlp, text))["Hodh"] == "607610"
    # a region named beside the town, not as the town's: the article's focus
    text = head + "The unrest began in Zhanaozen and in the Mangystau region ."
    assert dict(placed(nlp, text))["Mangystau"] == "1516905"


def test_what_a_towns_where_clause_names_lies_at_the_town() -> None:
    nlp = _GAZ.nlp([("PK3", "GPE")])
    head = "Police in Taraz detained 20 people , and Taraz was calm . "
    text = head + "Fighting spread to Zhanaozen , where families sheltered at the PK3 camp ."
    assert dict(placed(nlp, text))["PK3"] == "607610"
    # no "where" clause: the article's focus
    text = head + "Fighting spread to Zhanaozen , and families sheltered at the PK3 camp ."
    assert dict(placed(nlp, text))["PK3"] == "1516905"
