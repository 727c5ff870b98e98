"""Rules found on the hand-written conflict paragraphs of batch ``d9-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the parse,
the words, heads, dependency labels, parts of speech and lemmas are given by hand.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.names import compass_forms
from geomap.nlp.name_shapes import joined_countries
from geomap.records import Place
from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, place, placed, toponyms

PLACES: list[Place] = [
    place("2077456", "Australia", "country", "AU", 24_992_369, "PCLI", 135.0, -25.0),
    place("2186224", "New Zealand", "country", "NZ", 4_885_500, "PCLI", 174.0, -42.0),
    place("7729898", "Australia and New Zealand", "region", "", 0, "RGN", 150.0, -30.0),
    place("3277605", "Bosnia and Herzegovina", "country", "BA", 3_323_929, "PCLI", 18.0, 44.0),
    place("1252634", "Bhutan", "country", "BT", 754_394, "PCLI", 90.5, 27.5),
    place("1252416", "Thimphu", "city", "BT", 98_676, "PPLC", 89.64, 27.47),
    place("1816670", "Beijing", "city", "CN", 18_960_744, "PPLC", 116.4, 39.91),
    place("2134431", "Vanuatu", "country", "VU", 292_680, "PCLI", 167.0, -16.0),
    place("248816", "Jordan", "country", "JO", 9_956_011, "PCLI", 36.0, 31.0),
    place("1256312", "Sikkim", "admin1", "IN", 610_577, "ADM1", 88.44, 27.57),
    place("2221788", "South-West", "admin1", "CM", 860_479, "ADM1", 9.31, 4.66),
    place("2223602", "North-West", "admin1", "CM", 853_100, "ADM1", 10.27, 6.15),
    place("2233387", "Cameroon", "country", "CM", 25_216_237, "PCLI", 12.5, 6.0),
    place("2643736", "Derry", "city", "GB", 83_652, "PPLA2", -7.31, 55.0),
    place("1205733", "Chattogram", "city", "BD", 3_920_222, "PPLA", 91.83, 22.34),
    place("3546791", "Moa", "city", "CU", 58_000, "PPL", -74.94, 20.66),
    place("237556", "Mbomou", "admin1", "CF", 164_009, "ADM1", 23.5, 5.5),
    place("239880", "Central African Republic", "country", "CF", 4_666_377, "PCLI", 21.0, 7.0),
    place("238639", "Haut-Mbomou", "admin1", "CF", 30_716, "ADM1", 25.81, 5.21),
    place("235826", "Zemio", "city", "CF", 17_829, "PPL", 25.14, 5.03),
    replace(
        place("865537", "Kakheti", "admin1", "GE", 86_071, "ADM1", 45.7, 41.81), admin1_code="80"
    ),
    replace(
        place("610824", "Zugdidi", "city", "GE", 40_067, "PPLA", 41.87, 42.51), admin1_code="84"
    ),
]
_GAZ = TinyGazetteer(
    "geomap.test_conflict_d9_gazetteer.v1",
    PLACES,
    other_names=(("Chittagong", "1205733", "alternate"), ("Londonderry", "2643736", "alternate")),
)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return _GAZ.nlp(patterns)


_found = toponyms
_places = placed
_parsed = parsed_toponyms


def test_countries_listed_under_a_grouping_s_name_are_read_one_by_one() -> None:
    gz = _GAZ()
    assert joined_countries(gz, "Australia and New Zealand")
    # a country whose name is a list, or a list that is not all countries: whole
    assert not joined_countries(gz, "Bosnia and Herzegovina")
    assert not joined_countries(gz, "Australia and Oceania")
    text = "Flights were cancelled, stranding tourists from Australia and New Zealand."
    assert _places(_nlp([]), text) == [("Australia", "2077456"), ("New Zealand", "2186224")]
    # the model's one entity of the two is split too
    tagged = _nlp([("Australia and New Zealand", "GPE")])
    assert _found(tagged, text) == ["Australia", "New Zealand"]
    assert _found(_nlp([]), "Officials from Bosnia and Herzegovina met.") == [
        "Bosnia and Herzegovina"
    ]


def test_a_dateline_s_town_is_found_again_where_the_model_took_it_for_a_person() -> None:
    nlp = _nlp([("THIMPHU", "ORG"), ("Thimphu", "PERSON"), ("Bhutan", "GPE")])
    text = "THIMPHU, Bhutan (Reuters) - Talks failed. Thimphu has no ties with Beijing."
    assert _found(nlp, text) == ["THIMPHU", "Bhutan", "Thimphu", "Beijing"]
    # a town of under 100,000 the model never called a place, not at a dateline: no
    nlp = _nlp([("Thimphu Club", "ORG"), ("Thimphu", "PERSON")])
    assert "Thimphu" not in _found(nlp, "The Thimphu Club met. Thimphu has no ties with Beijing.")


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


def test_a_country_taken_for_a_person_speaks_for_its_government() -> None:
    nlp = _nlp([("Vanuatu", "PERSON"), ("Jordan", "PERSON"), ("Jordan Peters", "PERSON")])
    assert _parsed(nlp, _says("Vanuatu")) == ["Vanuatu"]
    # not a verb of saying
    knew = [(w, h, d, p, "know" if lem == "say" else lem) for w, h, d, p, lem in _says("Vanuatu")]
    assert _parsed(nlp, knew) == []
    # the article names a person by it: the person
    named = [
        ("Jordan", 1, "compound", "PROPN", "Jordan"),
        ("Peters", 2, "nsubj", "PROPN", "Peters"),
        ("arrived", 2, "ROOT", "VERB", "arrive"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    shifted = [(w, h + 4, d, p, lem) for w, h, d, p, lem in _says("Jordan")]
    assert _parsed(nlp, named + shifted) == []


def test_what_lies_across_a_border_is_a_place() -> None:
    nlp = _nlp([("Sikkim", "PERSON"), ("Beijing", "PERSON")])
    assert _found(nlp, "Road crews moved near its border with Sikkim on Monday.") == ["Sikkim"]
    assert _found(nlp, "Troops dug in opposite Beijing on Monday.") == ["Beijing"]
    # "with" alone says nothing
    assert _found(nlp, "He spoke with Sikkim on Monday.") == []


def test_compass_compounds_are_one_name_however_spelled() -> None:
    assert compass_forms("southwest") == ("south west",)
    assert compass_forms("south west") == ("southwest",)
    assert compass_forms("southern") == ()
    gz = Gazetteer.from_places(PLACES)
    for spelled in ("Southwest", "South West", "South-West"):
        assert [c.place.place_id for c in gz.candidates(spelled)] == ["2221788"]
        assert gz.has_name(spelled)
    assert gz.candidates("Southwestern") == []
    # the scan asks which runs are names before it looks them up: the same answer
    assert gz.known_norms(["southwest", "south west", "southwestern"]) == {
        "southwest",
        "south west",
    }


def test_an_apposition_may_give_a_place_s_other_name() -> None:
    nlp = _nlp([("Derry", "PERSON"), ("Londonderry", "PERSON"), ("Chittagong", "ORG")])
    text = "Police in Derry, the city unionists call Londonderry, found a bomb."
    assert _places(nlp, text)[-2:] == [("Derry", "2643736"), ("Londonderry", "2643736")]
    text = "The wounded were taken to Chattogram, the port city formerly called Chittagong."
    assert _places(nlp, text) == [("Chattogram", "1205733"), ("Chittagong", "1205733")]
    # an apposition that names no one: nothing more
    assert _found(nlp, "They reached Chattogram, the army said.") == ["Chattogram"]


def test_a_preposition_tagged_as_an_adjective_still_governs_the_name() -> None:
    nlp = _nlp([("Tachileik", "PERSON"), ("Mae Sai", "PERSON"), ("Beijing", "PERSON")])

    def found(text: str, pos: dict[str, str]) -> list[str]:
        doc = nlp.make_doc(text)
        for tok in doc:
            tok.pos_ = pos.get(tok.text, "PROPN" if tok.is_title else "NOUN")
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return [s.text for s in doc.spans[TOPONYMS]]

    # "opposite" tagged ADJ is no adjective between a place word and the name
    assert found("Troops dug trenches opposite Beijing.", {"opposite": "ADJ"}) == ["Beijing"]
    # a real adjective after a preposition still is one ("in neighbouring Beijing")
    assert found("Troops dug in neighbouring Beijing.", {"neighbouring": "ADJ", "in": "ADP"}) == [
        "Beijing"
    ]


def test_a_road_linking_a_city_names_the_city() -> None:
    nlp = _nlp([("Chattogram", "PERSON")])
    rows: list[Row] = [
        ("Protesters", 1, "nsubj", "NOUN", "protester"),
        ("blocked", 1, "ROOT", "VERB", "block"),
        ("the", 3, "det", "DET", "the"),
        ("road", 1, "dobj", "NOUN", "road"),
        ("linking", 3, "acl", "VERB", "link"),
        ("Chattogram", 4, "dobj", "PROPN", "Chattogram"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert _parsed(nlp, rows) == ["Chattogram"]
    met = [(w, h, d, p, "meet" if lem == "link" else lem) for w, h, d, p, lem in rows]
    assert _parsed(nlp, met) == []


def test_generic_words_listed_before_a_unit_noun_are_the_units() -> None:
    nlp = _nlp([("Northwest", "LOC"), ("Southwest", "LOC"), ("Cameroon", "GPE")])
    text = "Attacks hit Cameroon's Northwest and Southwest regions on Monday."
    assert _places(nlp, text) == [
        ("Cameroon", "2233387"),
        ("Northwest", "2223602"),
        ("Southwest", "2221788"),
    ]
    # without the unit noun, a direction
    assert _found(nlp, "Storms hit the Southwest on Monday.") == []


def test_a_gorge_a_plateau_or_a_dam_after_the_name_describes_a_place() -> None:
    nlp = _nlp([("Pankisi", "NORP"), ("Doklam", "PERSON"), ("Kajaki", "ORG")])
    assert _found(nlp, "Police detained three men in the Pankisi gorge on Monday.") == ["Pankisi"]
    assert _found(nlp, "Crews moved deeper into the Doklam plateau.") == ["Doklam"]
    assert _found(nlp, "Officials said the Kajaki dam had starved the wetlands.") == ["Kajaki"]
    # the kind word must follow "the" and the name; not any noun after a name
    assert _found(nlp, "The Kajaki team met on Monday.") == []
    assert _found(nlp, "Tickets for the Kajaki pass cost $850.") == []
    assert _found(nlp, "Residents said Doklam plateau talks failed.") == []


def test_a_water_the_gazetteer_lacks_is_no_town_of_its_name() -> None:
    nlp = _nlp([("Moa", "GPE"), ("Mbomou", "GPE")])
    # "the Moa river" in Sierra Leone is not Moa, Cuba
    assert _places(nlp, "Soldiers crossed the Moa river on Monday.") == [("Moa", None)]
    # a unit named after the river stays (the article chooses)
    assert _places(nlp, "Refugees crossed the Mbomou river.") == [("Mbomou", "237556")]
    # without a water word, the town
    assert _places(nlp, "Soldiers reached Moa on Monday.") == [("Moa", "3546791")]


def test_an_entity_run_over_in_from_a_town_to_a_known_place_is_split() -> None:
    nlp = _nlp([("Zemio in the Central African Republic's", "ORG"), ("Haut-Mbomou", "GPE")])
    text = "Thousands fled from Zemio in the Central African Republic's Haut-Mbomou prefecture."
    assert _found(nlp, text) == ["Zemio", "Central African Republic", "Haut-Mbomou"]
    # a first part that is no town: the entity stays whole (and is no place)
    nlp = _nlp([("Acme Holdings in the Central African Republic's", "ORG")])
    text = "Thousands worked for Acme Holdings in the Central African Republic's mines."
    assert "Acme Holdings" not in _found(nlp, text)


def test_a_natural_feature_s_curated_one_word_alias_is_well_known() -> None:
    from geomap.nlp.well_known import well_known_types

    gz = Gazetteer.from_places(
        [
            place("ne:sinai", "Sinai Peninsula", "landform", "EG", 0, "PEN", 33.8, 29.5),
            place("ne:white", "White", "water", "", 0, "river", 30.0, 50.0),
            place("ne:med", "Mediterranean Sea", "water", "", 0, "sea", 18.0, 35.0),
        ],
        aliases={"Sinai": "ne:sinai", "Med": "ne:med"},
    )
    assert well_known_types(gz, "Sinai") == {"landform"}  # "into northern Sinai"
    # a sea's one-word alias is an adjective as often: "Mediterranean-style gardens"
    assert well_known_types(gz, "Med") == set()
    # a one-word river by its own name needs "the" before it
    assert well_known_types(gz, "White") == set()
    assert well_known_types(gz, "White", after_the=True) == {"water"}


def test_an_apposition_saying_what_a_name_is_may_stand_before_where_it_lies() -> None:
    nlp = _nlp([("Duisi", "GPE"), ("Kakheti", "GPE"), ("Zugdidi", "GPE")])
    text = "Officials in Zugdidi said arms were found near Duisi, a village in Kakheti."
    assert ("Duisi", "865537") in _places(nlp, text)
    # no apposition: the name goes to the article's focus
    text = "Officials in Zugdidi said arms were found near Duisi, then sent to Kakheti."
    assert ("Duisi", "610824") in _places(nlp, text)


def test_a_water_s_name_is_not_cut_to_the_town_it_begins_with() -> None:
    nlp = _nlp([("the Chattogram Strait", "LOC")])
    # "the San Bernardino Strait" is no San Bernardino: the whole name, no town
    text = "Rebels crossed the Chattogram Strait by boat."
    assert _places(nlp, text) == [("Chattogram Strait", None)]
    # a name ending with a unit's word is still cut to the place it names
    nlp = _nlp([("Zemio Province", "GPE")])
    assert _found(nlp, "Rebels burned Zemio Province on Monday.") == ["Zemio"]
