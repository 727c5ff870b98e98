"""Rules found on the hand-written conflict paragraphs of batch ``d29-`` (issue 16).

A name the gazetteer lacks is a place after "from" that a verb of flight or withdrawal
governs ("troops withdrew from Vuhledar"), after "on" that a verb of advance governs
("rebels advanced on Walikale"), and after "in" or "on" that a noun of a built site
governs ("a research station in Ny-Alesund") (:mod:`geomap.nlp.locative_unknowns`); a
town the gazetteer holds is a place in the same contexts; and a one-word name the
model tags an organisation only there, listed with a town in a list a place word
governs, is a town ("toward Kalehe and Minova"), but not beside a country ("between
Israel and Hezbollah": :mod:`geomap.nlp.listed_unknowns`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d29_gazetteer.v2",
    [
        entry("212902", "Kalehe", "city", "CD", 30_000, "PPL", 28.91, -2.10),
        entry("294640", "Israel", "country", "IL", 8_883_800, "PCLI", 34.75, 31.5),
        entry("1319539", "Kyaukpyu", "city", "MM", 20_000, "PPL", 93.55, 19.43),
    ],
)
_POS = {
    "from": "ADP",
    "on": "ADP",
    "in": "ADP",
    "withdrew": "VERB",
    "sent": "VERB",
    "moved": "VERB",
    "advanced": "VERB",
    "said": "VERB",
    "at": "ADP",
    "queued": "VERB",
    "reported": "VERB",
}


def test_an_unknown_name_a_flight_or_withdrawal_leaves_is_a_place() -> None:
    nlp = _GAZ.nlp([("Vuhledar", "ORG"), ("Sevare", "PERSON"), ("Goldman", "ORG")])
    text = "Ukrainian troops withdrew from Vuhledar last year ."
    assert found_toponyms(nlp, text, _POS) == ["Vuhledar"]
    text = "The army sent troops from Sevare on Monday ."
    assert found_toponyms(nlp, text, _POS) == ["Sevare"]
    # "from" after a verb of changing jobs, or after no verb of flight
    assert found_toponyms(nlp, "He moved from Goldman last year .", _POS) == []
    assert found_toponyms(nlp, "A letter from Sevare arrived .", _POS) == []


def test_an_unknown_name_an_advance_ends_at_is_a_place() -> None:
    nlp = _GAZ.nlp([("Walikale", "ORG")])
    text = "Rebels advanced on Walikale on Monday ."
    assert found_toponyms(nlp, text, _POS) == ["Walikale"]
    text = "Rebels were closing in on Walikale ."
    assert found_toponyms(nlp, text, _POS) == ["Walikale"]
    # "on" after no verb of advance
    assert found_toponyms(nlp, "The report on Walikale was late .", _POS) == []


def test_an_unknown_name_a_built_site_stands_in_is_a_place() -> None:
    nlp = _GAZ.nlp([("Andoya", "ORG"), ("Gjader", "PERSON"), ("Telegram", "ORG")])
    text = "Oslo opened a radar station on Andoya ."
    assert found_toponyms(nlp, text, _POS) == ["Andoya"]
    text = "They will be held at a former air base in Gjader ."
    assert found_toponyms(nlp, text, _POS) == ["Gjader"]
    # a post on a messaging service is no site
    assert found_toponyms(nlp, "In a post on Telegram he said so .", _POS) == []


def test_an_organisations_one_word_name_listed_with_a_town_is_a_town() -> None:
    nlp = _GAZ.nlp([("Minova", "ORG"), ("Kalehe", "GPE")])
    text = "Rebels moved toward Kalehe and Minova, the governor said."
    assert toponyms(nlp, text) == ["Kalehe", "Minova"]
    # tagged an organisation on its own elsewhere in the article: a body
    text = "Minova said profits rose. Rebels moved toward Kalehe and Minova, he said."
    assert toponyms(nlp, text) == ["Kalehe"]


def test_an_organisation_listed_with_a_country_stays_out() -> None:
    nlp = _GAZ.nlp([("Hezbollah", "ORG"), ("Israel", "GPE")])
    text = "Fighting raged near Israel and Hezbollah, the army said."
    assert toponyms(nlp, text) == ["Israel"]


def test_an_unknown_town_its_context_found_goes_to_the_articles_focus() -> None:
    # a name found by a town's context of its own words is placed like a street: at the
    # city the article names (here Kalehe), not left unresolved
    nlp = _GAZ.nlp([("Kalehe", "GPE"), ("Vuhledar", "ORG")])
    text = "Kalehe was quiet. Troops withdrew from Vuhledar to Kalehe, officials said."
    assert ("Vuhledar", "212902") in placed(nlp, text)


def test_an_unknown_name_listed_with_a_found_place_may_go_to_the_focus() -> None:
    import spacy
    from spacy.tokens import Span

    import geomap.extensions  # noqa: F401  (the Doc extensions)
    from geomap.nlp.final_places import found_as_town

    doc = spacy.blank("en")("Reinforcements went to Jikawo and Lare on Monday .")
    lare = Span(doc, 5, 6, label="ORG")
    doc.spans["toponyms"] = [Span(doc, 3, 4, label="GPE"), lare]
    assert found_as_town([lare], _GAZ())
    # the same name with no place beside it: nothing says where it is
    doc = spacy.blank("en")("Reinforcements went to Jikawo and Lare on Monday .")
    lare = Span(doc, 5, 6, label="ORG")
    doc.spans["toponyms"] = [lare]
    assert not found_as_town([lare], _GAZ())


def test_a_pass_on_a_journeys_way_and_a_camp_at_its_end_are_places() -> None:
    nlp = _GAZ.nlp([("Irkeshtam", "NORP"), ("Shibar", "NORP"), ("Lipa", "PERSON")])
    pos = {**_POS, "through": "ADP", "at": "ADP", "to": "ADP", "moved": "VERB"}
    text = "Trucks will go through the Irkeshtam pass next month ."
    assert found_toponyms(nlp, text, pos) == ["Irkeshtam"]
    assert found_toponyms(nlp, "The road was cut at the Shibar pass .", pos) == ["Shibar"]
    text = "Police moved 300 people to the Lipa camp ."
    assert found_toponyms(nlp, text, pos) == ["Lipa"]
    # a pass or a camp no journey reaches: a ticket, a faction
    assert found_toponyms(nlp, "She bought the Shibar pass .", pos) == []
    assert found_toponyms(nlp, "He defected to the Lipa camp .", pos) == []


def test_islets_a_waterway_and_a_forest_are_places() -> None:
    nlp = _GAZ.nlp([("Habomai", "NORP"), ("Khor Abdullah", "PERSON"), ("Rugu", "PERSON")])
    text = "Boats avoided waters around the Habomai islets ."
    assert found_toponyms(nlp, text, _POS) == ["Habomai"]
    text = "Boats entered the Khor Abdullah waterway ."
    assert found_toponyms(nlp, text, _POS) == ["Khor Abdullah"]
    text = "Police chased the kidnappers into the Rugu forest ."
    assert found_toponyms(nlp, text, _POS) == ["Rugu"]


def test_a_town_spelled_otherwise_at_a_site_is_a_place() -> None:
    # the gazetteer spells it "Kyaukpyu": a respelled town after a site's "at" or "near"
    nlp = _GAZ.nlp([("Kyaukphyu", "PERSON")])
    text = "A firm is building the deep-sea port at Kyaukphyu ."
    assert found_toponyms(nlp, text, _POS) == ["Kyaukphyu"]
    assert found_toponyms(nlp, "Fighting raged near Kyaukphyu .", {**_POS, "near": "ADP"}) == [
        "Kyaukphyu"
    ]
    # no place word before it
    assert found_toponyms(nlp, "Kyaukphyu said hello .", _POS) == []
