"""Rules found on the hand-written conflict paragraphs of batch ``d10-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the parse,
the words, heads, dependency labels, parts of speech and lemmas are given by hand.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.nlp.headlines import capital_runs, plain
from geomap.nlp.locatives import spelled_alike
from geomap.records import Place
from tests.blank_geoparse import (
    Row,
    TinyGazetteer,
    found_toponyms,
    parsed_toponyms,
    place,
    placed,
    toponyms,
)

placed_ids = placed

PLACES: list[Place] = [
    place("703448", "Kyiv", "city", "UA", 2_797_553, "PPLC", 30.52, 50.45),
    place("698740", "Odesa", "city", "UA", 1_015_826, "PPLA", 30.73, 46.48),
    place("426272", "Gitega", "city", "BI", 64_904, "PPL", 29.92, -3.43),
    place("49518", "Rwanda", "country", "RW", 12_301_939, "PCLI", 30.0, -2.0),
    place("458258", "Latvia", "country", "LV", 1_926_542, "PCLI", 25.0, 57.0),
    place("456202", "Rezekne", "city", "LV", 26_429, "PPLA", 27.34, 56.51),
    place("456172", "Riga", "city", "LV", 742_572, "PPLC", 24.11, 56.95),
    place("2639577", "Reading", "city", "GB", 318_014, "PPL", -0.97, 51.46),
]
_GAZ = TinyGazetteer("geomap.test_conflict_d10_gazetteer.v1", PLACES)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return _GAZ.nlp(patterns)


def _reported(verb: str, verb_lemma: str, state: str) -> list[Row]:
    """ "Officials said that Kyiv was <verb> overnight and that Odesa was <state> ." parsed."""
    return [
        ("Officials", 1, "nsubj", "NOUN", "official"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("that", 5, "mark", "SCONJ", "that"),
        ("Kyiv", 5, "nsubjpass", "PROPN", "Kyiv"),
        ("was", 5, "auxpass", "AUX", "be"),
        (verb, 1, "ccomp", "VERB", verb_lemma),
        ("overnight", 5, "advmod", "ADV", "overnight"),
        ("and", 5, "cc", "CCONJ", "and"),
        ("that", 10, "mark", "SCONJ", "that"),
        ("Odesa", 10, "nsubj", "PROPN", "Odesa"),
        ("was", 5, "conj", "AUX", "be"),
        (state, 10, "acomp", "ADJ", state),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_reported_clause_saying_what_befell_a_place_names_the_place() -> None:
    nlp = _nlp([("Kyiv", "PERSON"), ("Odesa", "PERSON")])
    # the passive subject of "hit", and the subject of "was calm" in the clause
    # conjoined to it, under "said"
    assert parsed_toponyms(nlp, _reported("hit", "hit", "calm")) == ["Kyiv", "Odesa"]
    # what is said of people too: "was arrested", "was happy"
    assert parsed_toponyms(nlp, _reported("arrested", "arrest", "happy")) == []
    # not reported: "Officials knew that ..."
    knew = [
        (w, h, d, p, "know" if lem == "say" else lem)
        for w, h, d, p, lem in _reported("hit", "hit", "calm")
    ]
    assert parsed_toponyms(nlp, knew) == []


def test_a_reported_clause_s_subject_is_no_place_where_a_person_bears_the_name() -> None:
    nlp = _nlp([("Kyiv", "PERSON"), ("Odesa", "PERSON"), ("Odesa Petrenko", "PERSON")])
    named: list[Row] = [
        ("Odesa", 1, "compound", "PROPN", "Odesa"),
        ("Petrenko", 2, "nsubj", "PROPN", "Petrenko"),
        ("spoke", 2, "ROOT", "VERB", "speak"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    shifted = [(w, h + 4, d, p, lem) for w, h, d, p, lem in _reported("hit", "hit", "calm")]
    assert parsed_toponyms(nlp, named + shifted) == ["Kyiv"]


def test_an_apposition_describes_a_one_word_town_tagged_as_a_person() -> None:
    nlp = _nlp([("Gitega", "PERSON"), ("Rwanda", "GPE")])
    text = "Gitega, the political capital, has accused Rwanda of arming the rebels."
    assert toponyms(nlp, text) == ["Gitega", "Rwanda"]
    # an apposition that says what a person is
    assert toponyms(nlp, "Gitega, the village chief, said the rebels had left.") == []
    # a person's full name is never described as a town
    nlp = _nlp([("Gitega Ndayishimiye", "PERSON")])
    assert toponyms(nlp, "Gitega Ndayishimiye, a town official, spoke.") == []


def test_a_headline_in_capitals_names_places() -> None:
    # words in capitals are no proper nouns to the tagger (X here, as NOUN or VERB there)
    nlp = _nlp([("Rēzekne", "GPE"), ("Riga", "GPE")])
    text = (
        "LATVIA SHUTS LAST CROSSING AFTER DRONE FALLS NEAR REZEKNE -- Riga closed the "
        "crossing after a drone fell near Rēzekne."
    )
    # a country's name, and a town the text names as a place (accents aside)
    assert found_toponyms(nlp, text) == ["LATVIA", "REZEKNE", "Riga", "Rēzekne"]
    # a town the article does not name elsewhere, and no preposition of place: a word
    nlp = _nlp([])
    assert found_toponyms(nlp, "READING THE SIGNS AS TALKS OPEN -- Officials met.") == []
    # after a preposition of place in capitals, a city of 100,000 or more
    assert found_toponyms(nlp, "PROTESTS SPREAD TO READING -- Officials met.") == ["READING"]
    # three words in capitals are no headline
    assert found_toponyms(nlp, "TALKS NEAR READING -- Officials met.") == []


def test_headline_runs_and_plain_names() -> None:
    nlp = _nlp([])
    doc = nlp.make_doc("RIGA (Reuters) - ONE TWO THREE FOUR five SIX")
    assert list(capital_runs(doc)) == [(5, 9)]
    assert plain("Rēzekne") == plain("REZEKNE") == "rezekne"


_MORE = TinyGazetteer(
    "geomap.test_conflict_d10_more_gazetteer.v1",
    [
        place("1835841", "South Korea", "country", "KR", 51_635_256, "PCLI", 127.75, 36.5),
        place("706370", "Khmelnytskyi", "admin1", "UA", 1_254_702, "ADM1", 26.9, 49.43),
        place("695592", "Rivne", "admin1", "UA", 1_152_576, "ADM1", 26.29, 50.78),
        place("5000001", "St. Lawrence", "water", "", 0, "STM", -70.0, 48.0),
        place("3627382", "Santa Elena de Uairén", "city", "VE", 29_795, "PPL", -61.11, 4.6),
        place("3627383", "Santa Elena", "city", "EC", 53_174, "PPLA", -80.86, -2.23),
    ],
)


def test_a_date_entity_run_into_a_country_s_name_leaves_the_name() -> None:
    nlp = _MORE.nlp([("Sunday, South Korea's", "DATE")])
    text = "Missiles were fired on Sunday, South Korea's military said."
    assert toponyms(nlp, text) == ["South Korea"]
    # a date alone
    assert toponyms(_MORE.nlp([("Sunday, March", "DATE")]), "It rained on Sunday, March 3.") == []


def test_a_capitalised_conjunct_tagged_as_an_adjective_is_read_as_a_name() -> None:
    nlp = _MORE.nlp([("Khmelnytskyi", "NORP")])
    rows: list[Row] = [
        ("Drones", 1, "nsubj", "NOUN", "drone"),
        ("fell", 1, "ROOT", "VERB", "fall"),
        ("over", 1, "prep", "ADP", "over"),
        ("the", 7, "det", "DET", "the"),
        ("Khmelnytskyi", 7, "nmod", "PROPN", "Khmelnytskyi"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("Rivne", 4, "conj", "ADJ", "rivne"),
        ("regions", 2, "pobj", "NOUN", "region"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, rows) == ["Khmelnytskyi", "Rivne"]
    # not conjoined to a proper name: an adjective
    rows[6] = ("Rivne", 7, "amod", "ADJ", "rivne")
    assert parsed_toponyms(nlp, rows) == ["Khmelnytskyi"]


def test_an_island_s_name_is_not_cut_to_the_river_it_begins_with() -> None:
    nlp = _MORE.nlp([("St. Lawrence Island", "LOC"), ("the St. Lawrence River", "LOC")])
    assert toponyms(nlp, "Ships passed St. Lawrence Island on Monday.") == ["St. Lawrence Island"]
    # the known name itself still
    nlp = _MORE.nlp([("St. Lawrence", "LOC")])
    assert toponyms(nlp, "Ships sailed up the St. Lawrence on Monday.") == ["St. Lawrence"]


def test_a_town_s_name_with_a_particle_tagged_as_an_organisation_after_in() -> None:
    nlp = _MORE.nlp([("Santa Elena de Uairén", "ORG")])
    text = "Traders in Santa Elena de Uairén said the road was closed."
    assert placed_ids(nlp, text) == [("Santa Elena de Uairén", "3627382")]
    # not after a preposition of place: an organisation's name
    assert toponyms(nlp, "Santa Elena de Uairén said the road was closed.") == []


_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d10_towns_gazetteer.v1",
    [
        place("353219", "6th of October City", "city", "EG", 368_650, "PPLA", 31.05, 29.82),
        place("64013", "Bosaso", "city", "SO", 74_287, "PPLA2", 49.18, 11.28),
        place("8000001", "Puntland", "region", "SO", 0, "RGN", 48.7, 9.0),
        place("8000002", "Lothian", "region", "", 0, "RGN", -3.0, 55.9),
    ],
)


def test_a_place_s_name_the_model_read_as_a_date_is_read_as_a_name() -> None:
    nlp = _TOWNS.nlp([("6th of October City", "DATE")])
    assert toponyms(nlp, "Police detained refugees in 6th of October City.") == [
        "6th of October City"
    ]
    # a date of three words or more ending in a month is a date
    nlp = _TOWNS.nlp([("the Fourth of July", "DATE")])
    assert toponyms(nlp, "Crowds gathered in the Fourth of July.") == []


def test_a_plural_kind_after_a_list_describes_each_name() -> None:
    nlp = _TOWNS.nlp([("Jarinje", "PERSON")])
    text = "Police closed the Jarinje and Merdare crossings on Monday."
    assert found_toponyms(nlp, text) == ["Jarinje", "Merdare"]
    # a kind word that is no place's kind describes neither
    assert found_toponyms(nlp, "Police closed the Jarinje and Merdare roads on Monday.") == []


def test_a_town_is_described_by_a_region_of_its_country_named_after_it() -> None:
    nlp = _TOWNS.nlp([("Bosaso", "PERSON"), ("Puntland", "GPE")])
    assert toponyms(nlp, "The boat had left Bosaso, in Puntland, two days earlier.") == [
        "Bosaso",
        "Puntland",
    ]
    # a region of no country says nothing of a town's country
    nlp = _TOWNS.nlp([("Bosaso", "PERSON"), ("Lothian", "GPE")])
    assert toponyms(nlp, "The boat had left Bosaso, in Lothian, two days earlier.") == ["Lothian"]


_SEA = TinyGazetteer(
    "geomap.test_conflict_d10_sea_gazetteer.v1",
    [
        place("2614030", "Skagen", "city", "DK", 7_571, "PPL", 10.58, 57.72),
        place("2032007", "Dalandzadgad", "city", "MN", 24_863, "PPLA", 104.42, 43.57),
        place("9000001", "Humen", "city", "CN", 600_000, "PPL", 113.67, 22.82),
    ],
    other_names=(("Dalanzadgad", "2032007", "alternate"), ("Human", "9000001", "alternate")),
)


def test_off_is_a_preposition_of_place_at_sea() -> None:
    nlp = _SEA.nlp([("Skagen", "PERSON")])
    assert toponyms(nlp, "A tanker anchored off Skagen on Monday.") == ["Skagen"]
    assert toponyms(nlp, "A tanker anchored beside Skagen on Monday.") == []


def test_a_town_s_other_spelling_after_near_is_the_town() -> None:
    assert spelled_alike("Dalanzadgad", "Dalandzadgad")
    assert not spelled_alike("Kushka", "Serhetabat")
    nlp = _SEA.nlp([])
    assert found_toponyms(nlp, "Trucks waited near Dalanzadgad on Monday.") == ["Dalanzadgad"]
    # not after a preposition an organisation's name may follow
    assert found_toponyms(nlp, "Trucks went to Dalanzadgad on Monday.") == []
    # not a word cut from a longer run of proper nouns ("in Human Resources")
    assert found_toponyms(nlp, "She works in Human Resources now.") == []


def test_a_name_with_a_particle_is_not_cut_to_its_first_word() -> None:
    gaz = TinyGazetteer(
        "geomap.test_conflict_d10_laguna_gazetteer.v1",
        [place("3459000", "Laguna", "city", "BR", 51_000, "PPL", -48.78, -28.48)],
    )
    nlp = gaz.nlp([("the Laguna del Tigre", "FAC"), ("Laguna Beach", "FAC")])
    text = "Troops were sent to the Laguna del Tigre park on Monday."
    assert "Laguna" not in toponyms(nlp, text)
    # the known name alone is still the town
    assert toponyms(gaz.nlp([("Laguna", "GPE")]), "Floods hit Laguna on Monday.") == ["Laguna"]
