"""Recognition rules of round 65 (rec65): names the model cut, outlets, inflections, people.

spacy.blank("en") with an entity ruler that labels names as the small model did and a
tiny gazetteer (:mod:`tests.blank_geoparse`).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.extensions import TOPONYMS, register_extensions
from geomap.records import Place
from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, place, placed, toponyms
from tests.local_recognise import recognise

PLACES: list[Place] = [
    place("2925533", "Frankfurt am Main", "city", "DE", 650_000, "PPLA2", 8.68, 50.11),
    place("2925535", "Frankfurt (Oder)", "city", "DE", 58_000, "PPLA3", 14.55, 52.34),
    place("2636713", "Stratford-upon-Avon", "city", "GB", 25_000, "PPL", -1.71, 52.19),
    place("703448", "Kyiv", "city", "UA", 2_797_553, "PPLC", 30.52, 50.45),
]
_GAZ = TinyGazetteer(
    "geomap.test_linked_names_gazetteer.v1",
    PLACES,
    other_names=(
        ("Frankfurt", "2925533", "alternate"),
        ("Frankfurt an der Oder", "2925535", "alternate"),
        ("Stratford", "2636713", "alternate"),
    ),
)


def test_a_longer_name_over_linking_words_wins_over_the_cut_entity() -> None:
    nlp = _GAZ.nlp([("Frankfurt", "GPE"), ("Oder", "PERSON"), ("Stratford", "GPE")])
    text = "Officials in Frankfurt an der Oder said the bridge would reopen."
    assert placed(nlp, text) == [("Frankfurt an der Oder", "2925535")]
    assert placed(nlp, "Tourists filled Stratford upon Avon.") == [
        ("Stratford upon Avon", "2636713")
    ]
    # a linking word before words that make no name of the gazetteer joins nothing
    assert toponyms(nlp, "Officials in Frankfurt on Monday said so.") == ["Frankfurt"]
    assert placed(nlp, "Officials in Frankfurt an der Spree said so.")[0][0] == "Frankfurt"


_OUTLET_GAZ = TinyGazetteer(
    "geomap.test_linked_names_outlets.v1",
    [
        place("703448", "Kyiv", "city", "UA", 2_797_553, "PPLC", 30.52, 50.45),
        place("9408658", "Nordic", "region", "", 0, "RGN", 15.0, 62.0),
        place("690791", "Ukraine", "country", "UA", 41_000_000, "PCLI", 32.0, 49.0),
        place("1", "Nilby", "city", "UA", 300, "PPL", 31.0, 49.0),
    ],
)


def test_a_place_in_an_outlets_name_in_a_datelines_brackets_is_no_mention() -> None:
    nlp = _OUTLET_GAZ.nlp([("KYIV", "GPE"), ("Nordic", "NORP"), ("Ukraine", "GPE")])
    assert toponyms(nlp, "KYIV (Nordic Wire) — Drones struck the city overnight.") == ["KYIV"]
    # a place that fills the brackets stays, and so do brackets that close no dateline
    assert toponyms(nlp, "KYIV (Ukraine) — Drones struck the city overnight.") == [
        "KYIV",
        "Ukraine",
    ]
    assert toponyms(nlp, "Talks (in Nordic Wire style) resumed on Monday.") == ["Nordic"]


def test_an_outlets_whole_name_filling_a_datelines_brackets_is_no_mention() -> None:
    # "(Nilby Dispatch)" tagged GPE as a whole (Nilby a hamlet: no cut to it): a name of
    # two words the gazetteer lacks, no kind word last, filling the brackets is the outlet's
    nlp = _OUTLET_GAZ.nlp([("KYIV", "GPE"), ("Nilby Dispatch", "GPE"), ("Ukraine", "GPE")])
    text = "KYIV, Ukraine (Nilby Dispatch) — Drones struck the city overnight."
    assert toponyms(nlp, text) == ["KYIV", "Ukraine"]


_LOCAL_GAZ = TinyGazetteer(
    "geomap.test_linked_names_local.v1",
    [
        place("934154", "Grand Port", "admin1", "MU", 76_813, "ADM1", 57.65, -20.38),
        place("2995469", "Marseille", "city", "FR", 870_000, "PPLA", 5.38, 43.3),
        place("2945024", "Brand", "city", "DE", 1_270, "PPL", 12.95, 50.5),
        place("2911298", "Hamburg", "city", "DE", 1_800_000, "PPLA", 10.0, 53.55),
        place("551487", "Kazan", "city", "RU", 1_243_500, "PPLA", 49.12, 55.79),
        place("706580", "Kazanka", "city", "UA", 6_972, "PPLA2", 32.83, 47.83),
    ],
    other_names=(("Казанку", "706580", "alternate"),),
)


def _local(lang: str, text: str, ents: tuple[tuple[int, int, str], ...] = ()) -> list[str]:
    return recognise(_LOCAL_GAZ(), lang, text, ents)


def test_a_name_abroad_matched_only_by_ignoring_a_lower_case_word_is_no_place() -> None:
    text = "Le Grand port maritime de Marseille a annoncé une hausse du trafic."
    assert _local("fr", text, ((1, 6, "LOC"),)) == ["Marseille"]
    # the district by its own name, capitalised as the gazetteer writes it
    assert _local("fr", "Le district de Grand Port a voté.") == ["Grand Port"]


def test_a_german_noun_a_function_verb_takes_after_in_is_no_town() -> None:
    assert _local("de", "In Hamburg ist ein Lagerhaus in Brand geraten.") == ["Hamburg"]
    assert _local("de", "Ein Lagerhaus geriet am Montag in Brand.") == []
    # the town after "in" with any other verb, or a clause that goes on
    assert _local("de", "Er hat in Brand gewohnt.") == ["Brand"]
    assert _local("de", "Er wohnt in Brand bei Freunden.") == ["Brand"]


def test_a_name_made_from_the_focus_name_is_not_placed_at_the_focus() -> None:
    register_extensions()
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")
    ref = {"@misc": "geomap.test_linked_names_local.v1"}
    recogniser = nlp.add_pipe("geomap_local_toponyms", config={"gazetteer": ref})
    resolver = nlp.add_pipe("geomap_resolver", config={"gazetteer": ref})
    doc = nlp.make_doc("В Казани спасатели достали из реки Казанку автомобиль. Казань ждет.")
    for _, proc in nlp.pipeline[:1]:
        doc = proc(doc)
    doc.ents = [Span(doc, 1, 2, label="LOC"), Span(doc, 6, 7, label="LOC")]
    doc = resolver(recogniser(doc))
    got = [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]
    assert ("Казани", "551487") in got
    assert ("Казанку", None) in got  # the river Kazanka, not Kazan (its focus)


_TOWN_GAZ = TinyGazetteer(
    "geomap.test_linked_names_towns.v1",
    [
        place("3201047", "Dubrovnik", "city", "HR", 26_922, "PPLA", 18.09, 42.65),
        place("3199393", "Hvar", "city", "HR", 3_690, "PPLA2", 16.44, 43.17),
        place("3202326", "Croatia", "country", "HR", 4_000_000, "PCLI", 15.5, 45.17),
    ],
)


def _subject(name: str, noun: str, first: Row | None = None, modifier: str = "cruise") -> list[Row]:
    """ "<name> limits <modifier> <noun> ." parsed (after ``first``, a word before the name)."""
    before = [first] if first else []
    k = len(before)
    return [
        *before,
        (name, 1 + k, "nsubj", "PROPN", name),
        ("limits", 1 + k, "ROOT", "VERB", "limit"),
        (modifier, 3 + k, "compound", "NOUN", modifier),
        (noun, 1 + k, "dobj", "NOUN", noun.rstrip("s")),
        (".", 1 + k, "punct", "PUNCT", "."),
    ]


def test_a_notable_town_taken_for_a_person_is_the_subject_of_a_sentence_about_a_place() -> None:
    nlp = _TOWN_GAZ.nlp([("Dubrovnik", "PERSON"), ("Hvar", "PERSON")])
    assert parsed_toponyms(nlp, _subject("Dubrovnik", "ships")) == ["Dubrovnik"]
    # not a small town, not a sentence about no place, not after a person's title
    assert parsed_toponyms(nlp, _subject("Hvar", "ships")) == []
    assert parsed_toponyms(nlp, _subject("Dubrovnik", "budgets", modifier="annual")) == []
    mr = ("Mr", 1, "compound", "PROPN", "Mr")
    assert parsed_toponyms(nlp, _subject("Dubrovnik", "ships", mr)) == []
    company = ("company", 1, "compound", "NOUN", "company")  # "the company Kolin"
    assert parsed_toponyms(nlp, _subject("Dubrovnik", "ships", company)) == []


def test_a_town_after_the_islands_of_is_a_place() -> None:
    nlp = _TOWN_GAZ.nlp([("Brac and Hvar", "WORK_OF_ART"), ("Croatia", "GPE")])
    text = "Tourists also visit the islands of Brac and Hvar in Croatia."
    assert toponyms(nlp, text) == ["Brac", "Hvar", "Croatia"]
