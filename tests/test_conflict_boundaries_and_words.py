"""Town words and name boundaries in conflict news: "parts of", "the road to", possessives.

"Parts of", "the road to", "a curfew on", "the area of" a town the model tagged
otherwise; a possessive inside or after a name; a hyphenated town; a capital named in
apposition; a compass word taken into a name (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did on the
conflict dev paragraphs of ``bench/conflict/``, a tiny gazetteer, and geomap's recogniser and
resolver. Parts of speech are set by hand where a rule reads them (blank has none).
"""

from __future__ import annotations

from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place


def _p(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "PPL") -> Place:
    return place(pid, name, ftype, cc, pop, code, lon=35.0, lat=47.0)


PLACES: list[Place] = [
    _p("1", "Vasylivka", "city", "UA", 12_567),
    _p("2", "Tokmak", "city", "UA", 29_573),
    _p("3", "Debre Birhan", "city", "ET", 146_900),
    _p("4", "Moscow", "city", "RU", 10_381_222, "PPLC"),
    _p("5", "Sri Lanka", "country", "LK", 21_670_000, "PCLI"),
    _p("6", "Jaffna", "city", "LK", 169_102, "PPLA"),
    _p("7", "Kadugli", "city", "SD", 87_666, "PPLA"),
    _p("8", "South Kordofan", "admin1", "SD", 233_151, "ADM1"),
    _p("9", "Faya-Largeau", "city", "TD", 44_011),
    _p("10", "Halba", "city", "LB", 0, "PPLA"),
    _p("11", "Bawku", "city", "GH", 76_459),
    _p("12", "Mitrovica", "admin1", "XK", 200_000, "ADM1"),
    _p("13", "Bokkos", "city", "NG", 12_538),
    _p("14", "Johnson", "city", "US", 5_000),
    _p("15", "Smith", "city", "US", 3_000),
]
_GAZ = TinyGazetteer(
    "geomap.test_conflict_boundaries_gazetteer.v1",
    PLACES,
    other_names=(("Akkar", "10", "alternate"),),
)


def test_parts_of_a_town_and_the_list_it_begins() -> None:
    # "parts of" is a place word before "of", as "the outskirts of" is, also for the list
    nlp = _GAZ.nlp([("Vasylivka", "ORG"), ("Debre Birhan", "WORK_OF_ART")])
    text = "Power was cut to parts of Vasylivka and Tokmak on Monday."
    assert found_toponyms(nlp, text) == ["Vasylivka", "Tokmak"]
    text = "Militiamen seized parts of Debre Birhan before dawn."
    assert found_toponyms(nlp, text) == ["Debre Birhan"]
    # no place word before "of": the names stay what the model said
    assert found_toponyms(nlp, "He spoke of Vasylivka and Tokmak on Monday.") == []


def test_a_possessive_inside_a_person_entity_is_no_part_of_the_name() -> None:
    # the small model tags "Sri Lanka's" (with the possessive) PERSON
    nlp = _GAZ.nlp([("Sri Lanka's", "PERSON")])
    text = "Sri Lanka's navy arrested 22 fishermen off Jaffna."
    assert found_toponyms(nlp, text)[:1] == ["Sri Lanka"]


def test_an_apposition_naming_a_capital_describes_a_town() -> None:
    # untagged, after "hit" (said of people too): "the capital of" says it is a town
    nlp = _GAZ.nlp([("South Kordofan", "GPE")])
    text = "Shelling hit Kadugli, the capital of South Kordofan, on Monday."
    assert found_toponyms(nlp, text) == ["Kadugli", "South Kordofan"]
    text = "Shelling hit Kadugli, the regional capital, on Monday."
    assert found_toponyms(nlp, text) == ["Kadugli"]
    # a capital noun that begins a longer phrase describes no town
    assert found_toponyms(nlp, "Shelling hit Kadugli, the capital markets firm.") == []


def test_a_hyphenated_town_tagged_org_is_one_word() -> None:
    nlp = _GAZ.nlp([("Faya-Largeau", "ORG")])
    assert found_toponyms(nlp, "Troops clashed with rebels near Faya-Largeau on Monday.") == [
        "Faya-Largeau"
    ]


def test_the_road_to_a_town_tagged_person() -> None:
    # a seat of government by its other name ("Akkar": Halba), after "the road to"
    nlp = _GAZ.nlp([("Akkar", "PERSON")])
    assert found_toponyms(nlp, "Troops were deployed along the road to Akkar.") == ["Akkar"]
    assert found_toponyms(nlp, "Troops said the answer came to Akkar.") == []


def test_a_curfew_on_a_town_tagged_org() -> None:
    nlp = _GAZ.nlp([("Bawku", "ORG")])
    text = "Officials imposed a curfew on Bawku after clashes."
    assert found_toponyms(nlp, text) == ["Bawku"]
    assert found_toponyms(nlp, "Officials imposed a fine on Bawku after clashes.") == []


def test_a_compass_word_the_model_took_into_the_name_stays() -> None:
    # the gazetteer knows "Mitrovica", not "North Mitrovica": the mention keeps "North"
    nlp = _GAZ.nlp([("North Mitrovica", "GPE"), ("the North Mitrovica's", "GPE")])
    assert found_toponyms(nlp, "Patrols were stepped up in North Mitrovica on Monday.") == [
        "North Mitrovica"
    ]
    assert found_toponyms(nlp, "Patrols in the North Mitrovica's streets.") == ["North Mitrovica"]
    # a word that is no compass word is still left out
    nlp = _GAZ.nlp([("Greater Mitrovica", "GPE")])
    assert found_toponyms(nlp, "Patrols were stepped up in Greater Mitrovica on Monday.") == [
        "Mitrovica"
    ]


def test_the_area_of_a_town_tagged_org() -> None:
    nlp = _GAZ.nlp([("Bokkos", "ORG")])
    text = "Armed men attacked villages in the Bokkos area on Sunday."
    assert found_toponyms(nlp, text) == ["Bokkos"]
    assert found_toponyms(nlp, "Armed men attacked the Bokkos office on Sunday.") == []


def test_a_front_line_direction_or_axis_named_by_its_town() -> None:
    # user59: "in the Bakhmut direction" dropped Bakhmut (tagged ORG)
    nlp = _GAZ.nlp([("Tokmak", "ORG"), ("Vasylivka", "PERSON")])
    text = "Fighting in the Tokmak direction continued , the staff said ."
    assert found_toponyms(nlp, text) == ["Tokmak"]
    assert found_toponyms(nlp, "Units held on the Vasylivka axis .") == ["Vasylivka"]
    assert found_toponyms(nlp, "Fighting in the Tokmak office continued .") == []


def test_a_possessive_after_the_name_takes_the_place_word_away() -> None:
    # "parts of" and "most of" govern the speech; "the capital's mayor" is a person
    nlp = _GAZ.nlp([("Johnson", "PERSON"), ("Smith", "PERSON")])
    assert found_toponyms(nlp, "Critics attacked parts of Johnson's speech on Tuesday.") == []
    assert found_toponyms(nlp, "Critics attacked most of Johnson's speech on Tuesday.") == []
    nlp = _GAZ.nlp([("Tokmak", "PERSON")])
    assert found_toponyms(nlp, "Troops took control of Tokmak's centre on Tuesday.") == ["Tokmak"]
    nlp = _GAZ.nlp([])
    assert found_toponyms(nlp, "They met Smith, the capital's mayor, on Tuesday.") == []


def test_a_name_begun_by_a_compass_word_is_placed_at_the_rest() -> None:
    # "South Bawku" has no entry: it is a part of Bawku, a town (not a leading word)
    got = _GAZ.resolve_named("Shops closed in South Bawku on Monday.", ["South Bawku"])
    assert [(m.text, m.place.place_id if m.place else None) for m in got] == [("South Bawku", "11")]
    # a word that is no compass word gives no such reading
    got = _GAZ.resolve_named("Shops closed in Upper Bawku on Monday.", ["Upper Bawku"])
    assert [m.place for m in got] == [None]
