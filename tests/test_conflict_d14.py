"""Rules found on the hand-written conflict paragraphs of batch ``d14-`` and a new user's
misses (issue 16): a town a person visits, a well-known place inside a quotation, a
landform named by its capitalised generic word, an admin unit's short name tagged ORG,
and a trailing preposition inside an entity.

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the words'
parts of speech, lemmas or parse, they are given by hand.
"""

from __future__ import annotations

from tests.blank_geoparse import (
    Row,
    TinyGazetteer,
    found_toponyms,
    parsed_toponyms,
    placed,
    toponyms,
)
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d14_gazetteer.v1",
    [
        entry("184745", "Nairobi", "city", "KE", 2_750_547, "PPLC", 36.82, -1.28),
        entry("187968", "Marsabit", "city", "KE", 36_289, "PPLA", 37.99, 2.33),
        entry("1266828", "Kim", "city", "IN", 12_000, "PPL", 72.10, 21.40),
        entry("700569", "Mykolaiv", "city", "UA", 470_011, "PPLA", 31.99, 46.98),
        entry("687700", "Zaporizhzhia", "city", "UA", 710_052, "PPLA", 35.12, 47.85),
        entry("4509177", "Columbus", "city", "US", 850_106, "PPLA", -83.00, 39.96),
        entry("698131", "Ochakiv", "city", "UA", 13_663, "PPL", 31.55, 46.61),
        entry("580054", "Baksan", "city", "RU", 36_900, "PPL", 43.53, 43.68),
        entry("3673798", "Norte de Santander Department", "admin1", "CO", 1_211_377, "ADM1"),
        entry("1215957", "Amu Darya", "water", "", 0, "STM", 61.00, 39.00),
        entry("1215957x", "Termez", "city", "UZ", 136_000, "PPLA", 67.28, 37.22),
    ],
    other_names=(("Norte de Santander", "3673798", "alternate"),),
)


def _visit_rows(visitor: list[str], place_name: str) -> list[Row]:
    """ "<visitor> visited <place> on Tuesday , officials in Nairobi said ." parsed by hand."""
    n = len(visitor)
    v = n  # the verb's index
    rows: list[Row] = [(w, v, "nsubj" if k == n - 1 else "compound", "PROPN", w) for k, w in
                       enumerate(visitor)]  # fmt: skip
    rows += [
        ("visited", v + 9, "ccomp", "VERB", "visit"),
        (place_name, v, "dobj", "PROPN", place_name),
        ("on", v, "prep", "ADP", "on"),
        ("Tuesday", v + 2, "pobj", "PROPN", "Tuesday"),
        (",", v + 9, "punct", "PUNCT", ","),
        ("officials", v + 9, "nsubj", "NOUN", "official"),
        ("in", v + 6, "prep", "ADP", "in"),
        ("Nairobi", v + 7, "pobj", "PROPN", "Nairobi"),
        ("said", v + 9, "ROOT", "VERB", "say"),
        (".", v + 9, "punct", "PUNCT", "."),
    ]
    return rows


def test_a_town_a_person_visits_is_a_place_in_the_country_of_the_article() -> None:
    nlp = _GAZ.nlp(
        [("Amina Odhiambo", "PERSON"), ("Marsabit", "PERSON"), ("Kim", "PERSON"),
         ("Nairobi", "GPE")]
    )  # fmt: skip
    # the president visits a town of Kenya, 400 km from the article's Nairobi
    assert parsed_toponyms(nlp, _visit_rows(["President", "Amina", "Odhiambo"], "Marsabit")) == [
        "Marsabit",
        "Nairobi",
    ]
    # the person a relative clause describes visits
    rows: list[Row] = [
        ("Amina", 1, "compound", "PROPN", "Amina"),
        ("Odhiambo", 7, "nsubj", "PROPN", "Odhiambo"),
        (",", 1, "punct", "PUNCT", ","),
        ("who", 4, "nsubj", "PRON", "who"),
        ("visited", 1, "relcl", "VERB", "visit"),
        ("Marsabit", 4, "dobj", "PROPN", "Marsabit"),
        (",", 1, "punct", "PUNCT", ","),
        ("spoke", 7, "ROOT", "VERB", "speak"),
        ("in", 7, "prep", "ADP", "in"),
        ("Nairobi", 8, "pobj", "PROPN", "Nairobi"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, rows) == ["Marsabit", "Nairobi"]
    # no person visits: the visit is no sign, but a verb of movement heads a town of the
    # article's country (geomap.nlp.nearby_towns.in_named_country, conf58)
    rows = _visit_rows(["The", "convoy"], "Marsabit")
    assert parsed_toponyms(nlp, rows) == ["Marsabit", "Nairobi"]
    # a town of another country: the person the model said ("visited Kim")
    rows = _visit_rows(["President", "Amina", "Odhiambo"], "Kim")
    assert parsed_toponyms(nlp, rows) == ["Nairobi"]


def test_a_well_known_place_inside_a_quotation_is_a_place_in_a_story_of_its_country() -> None:
    nlp = _GAZ.nlp([("Mykolaiv", "GPE"), ("Zaporizhzhia", "PERSON"), ("Columbus", "GPE")])
    text = "Drones hit Mykolaiv. \u201cWe will hold Zaporizhzhia whatever it costs,\u201d he said."
    assert toponyms(nlp, text) == ["Mykolaiv", "Zaporizhzhia"]
    # outside a quotation, with no word of place, what the model said
    text = "Drones hit Mykolaiv. We will hold Zaporizhzhia whatever it costs, he said."
    assert toponyms(nlp, text) == ["Mykolaiv"]
    # quoted in a story of another country: a namesake person's
    text = "Fans met in Columbus. \u201cWe will hold Zaporizhzhia whatever it costs,\u201d he said."
    assert toponyms(nlp, text) == ["Columbus"]
    # a quotation closed before the name
    text = "\u201cDrones hit Mykolaiv,\u201d he said. We will hold Zaporizhzhia, he said."
    assert toponyms(nlp, text) == ["Mykolaiv"]


def test_a_name_with_a_capitalised_landform_head_is_a_place() -> None:
    nlp = _GAZ.nlp([("Ochakiv", "GPE")])
    # a name the gazetteer lacks, governed by a preposition of place
    assert toponyms(nlp, "Troops on the Tuzla Spit shelled Ochakiv.") == ["Tuzla Spit", "Ochakiv"]
    # the gazetteer lacks it: placed at the article's focus, as a name that says its kind
    text = "Troops on the Tuzla Spit shelled Ochakiv."
    assert placed(nlp, text) == [("Tuzla Spit", "698131"), ("Ochakiv", "698131")]
    assert toponyms(nlp, "A boat was hit off Cape Meganom at night.") == ["Cape Meganom"]
    # "the" and a head after the name
    assert toponyms(nlp, "The Tuzla Spit came under fire again.") == ["Tuzla Spit"]
    # not governed, but its first part is a gazetteer name
    assert toponyms(nlp, "Police sealed the Baksan Gorge overnight.") == ["Baksan Gorge"]
    # neither: a team's or a company's name; a longer name; a head alone
    assert toponyms(nlp, "Yesterday Thunder Valley won the cup.") == []
    assert toponyms(nlp, "She works for the Silicon Valley Bank in town.") == []
    assert toponyms(nlp, "He lives in the Valley now.") == []


def test_an_admin_unit_s_short_name_tagged_org_after_a_preposition_of_place() -> None:
    nlp = _GAZ.nlp([("Norte de Santander", "ORG")])
    pos = {"in": "ADP", "de": "ADP"}
    text = "Officials in Norte de Santander said the road was closed."
    assert found_toponyms(nlp, text, pos) == ["Norte de Santander"]
    # no preposition of place: the organisation the model said
    text = "Norte de Santander said the road was closed."
    assert found_toponyms(nlp, text, pos) == []


def test_a_lower_case_preposition_at_an_entity_s_end_is_no_part_of_the_name() -> None:
    nlp = _GAZ.nlp([("Termez", "GPE"), ("the Amu Darya to", "WORK_OF_ART")])
    pos = {"on": "ADP", "to": "ADP", "from": "ADP", "the": "DET"}
    text = "Trucks from Termez on the Amu Darya to the south were stopped."
    assert found_toponyms(nlp, text, pos) == ["Termez", "Amu Darya"]
    # a work's title that is no place stays a title
    nlp = _GAZ.nlp([("Termez", "GPE"), ("the Long Road to", "WORK_OF_ART")])
    text = "Trucks from Termez on the Long Road to the south were stopped."
    assert found_toponyms(nlp, text, pos) == ["Termez"]


def test_a_name_before_the_word_bridge_after_the_is_a_place() -> None:
    nlp = _GAZ.nlp([("Ochakiv", "GPE"), ("Volna", "PERSON")])
    text = "Officials in Ochakiv said the Volna bridge was closed."
    assert placed(nlp, text) == [("Ochakiv", "698131"), ("Volna", "698131")]
    # no "the": the person the model said ("a Volna bridge" is rare, "Volna's bridge" a person's)
    assert toponyms(nlp, "Officials in Ochakiv said Volna bridge talks failed.") == ["Ochakiv"]
