"""Rules found on the hand-written conflict paragraphs of batch ``d28-`` (issue 16).

A name the gazetteer lacks is a place right after "near" ("drone strikes near
Tinzaouaten") or after a crossing's "at" ("Most crossed at Nimule", "the border with
Nigeria at Ekok"), whatever label the model gave it
(:mod:`geomap.nlp.locative_unknowns`, read through
:func:`geomap.nlp.unknown_towns.town_action_context`); "at" alone is not enough, and
a person's two names stay out.

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d28_gazetteer.v1",
    [entry("2455518", "Kayes", "city", "ML", 127_368, "PPLA", -11.43, 14.45)],
)
_POS = {"near": "ADP", "at": "ADP", "crossed": "VERB", "said": "VERB", "met": "VERB"}


def test_an_unknown_name_near_something_is_a_place() -> None:
    nlp = _GAZ.nlp([("Tinzaouaten", "WORK_OF_ART"), ("Krynky", "PERSON")])
    text = "Drones struck targets near Tinzaouaten on Monday ."
    assert found_toponyms(nlp, text, _POS) == ["Tinzaouaten"]
    assert found_toponyms(nlp, "Marines held a foothold near Krynky .", _POS) == ["Krynky"]
    # without "near" the same names stay out
    assert found_toponyms(nlp, "Officials said Krynky was calm .", _POS) == []
    # "Near" opening a sentence is no preposition before the name here
    assert found_toponyms(nlp, "Krynky met Tinzaouaten on Monday .", _POS) == []


def test_an_unknown_name_at_a_crossing_is_a_place() -> None:
    nlp = _GAZ.nlp([("Nimule", "ORG"), ("Ekok", "PERSON"), ("Uganda", "GPE")])
    assert found_toponyms(nlp, "Most crossed at Nimule last week .", _POS) == ["Nimule"]
    text = "The road to the border at Ekok was closed ."
    assert "Ekok" in found_toponyms(nlp, text, _POS)
    # "at" with no crossing word before it: a meeting, a hall, a firm
    assert found_toponyms(nlp, "Leaders met at Nimule last week .", _POS) == []
    # a comma between the crossing word and "at" ends the phrase
    text = "Thousands crossed , officials said at Ekok on Monday ."
    assert "Ekok" not in found_toponyms(nlp, text, _POS)


def test_a_persons_two_names_near_something_stay_out() -> None:
    nlp = _GAZ.nlp([("Tomasz Wrobel", "PERSON")])
    assert found_toponyms(nlp, "Police stood near Tomasz Wrobel on Monday .", _POS) == []


def test_an_unknown_name_at_a_journeys_end_is_a_place() -> None:
    nlp = _GAZ.nlp([("Minova", "ORG"), ("Terehova", "ORG"), ("Assamaka", "ORG")])
    text = "Thousands fled towards Minova on Monday ."
    assert found_toponyms(nlp, text, _POS) == ["Minova"]
    text = "Trucks were sent north to Terehova ."
    assert found_toponyms(nlp, text, {**_POS, "sent": "VERB"}) == ["Terehova"]
    assert found_toponyms(nlp, "They walked 15 km to Assamaka .", _POS) == ["Assamaka"]
    # "to" that no verb of movement governs
    assert found_toponyms(nlp, "He wrote a letter to Minova .", _POS) == []
    assert found_toponyms(nlp, "Officials said to Terehova it was calm .", _POS) == []


def test_an_unknown_name_at_a_site_is_a_place() -> None:
    nlp = _GAZ.nlp([("Porga", "ORG"), ("Afungi", "PERSON")])
    text = "Jihadists attacked a military post at Porga ."
    assert found_toponyms(nlp, text, _POS) == ["Porga"]
    text = "Work on the gas project at Afungi stopped ."
    assert found_toponyms(nlp, text, _POS) == ["Afungi"]
    # "at" after a noun of no site: a meeting, a job
    assert found_toponyms(nlp, "She took a job at Porga last year .", _POS) == []


def test_around_is_near() -> None:
    nlp = _GAZ.nlp([("Sarmada", "ORG"), ("Aitaroun", "PERSON")])
    assert found_toponyms(nlp, "Camps around Sarmada are full .", _POS) == ["Sarmada"]
    text = "Artillery pounded the hills around Aitaroun ."
    assert found_toponyms(nlp, text, _POS) == ["Aitaroun"]
    assert found_toponyms(nlp, "Officials said Sarmada was calm .", _POS) == []
