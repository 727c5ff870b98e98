"""Rules found on the hand-written conflict paragraphs of batch ``d32-`` (issue 16).

A water the gazetteer lacks, named after the town or dam at it ("ships waiting in the
Sulina channel", "the Kakhovka reservoir"), is placed at that town, while a river the
gazetteer lacks is still no town of its name ("the Moa river":
:func:`geomap.nlp.name_kinds.water_by_name`). A place's other name may come before the
name it renames ("a map of Xizang, as Beijing now calls Tibet") or second, after ", or"
("which it calls Zangnan, or South Tibet"), and is placed where that name is
(:mod:`geomap.nlp.other_names`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

import spacy

from geomap.nlp.other_names import other_names_after, renamed_after, renaming_before
from tests.blank_geoparse import TinyGazetteer, placed
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d32_gazetteer.v1",
    [
        entry("665790", "Sulina", "city", "RO", 4_443, "PPL", 29.65, 45.16),
        entry("664518", "Tulcea", "city", "RO", 65_624, "PPLA", 28.81, 45.18),
        entry("3546791", "Moa", "city", "CU", 58_000, "PPL", -74.94, 20.66),
        entry("1279685", "Tibet", "admin1", "CN", 1_907_398, "ADM1", 88.11, 31.69),
        entry("1278341", "Arunachal Pradesh", "admin1", "IN", 252_205, "ADM1", 94.65, 28.05),
        entry("1814991", "China", "country", "CN", 1_411_778_724, "PCLI", 105.0, 35.0),
        entry("1816670", "Beijing", "city", "CN", 18_960_744, "PPLC", 116.4, 39.91),
        entry("130758", "Iran", "country", "IR", 81_800_269, "PCLI", 53.0, 32.0),
        entry("112931", "Tehran", "city", "IR", 7_153_309, "PPLC", 51.42, 35.69),
        entry("4140963", "Washington", "city", "US", 689_545, "PPLC", -77.04, 38.9),
    ],
)


def test_a_channel_the_gazetteer_lacks_lies_at_the_town_of_its_name() -> None:
    nlp = _GAZ.nlp([("Tulcea", "GPE"), ("Sulina", "GPE")])
    text = "Residents of Tulcea and Sulina fled, and ships waiting in the Sulina channel left."
    assert placed(nlp, text) == [("Tulcea", "664518"), ("Sulina", "665790"), ("Sulina", "665790")]
    text = "Barges waited in the Sulina canal for a week."
    assert placed(nlp, text) == [("Sulina", "665790")]


def test_a_river_the_gazetteer_lacks_is_still_no_town_of_its_name() -> None:
    nlp = _GAZ.nlp([("Moa", "GPE")])
    assert placed(nlp, "Soldiers crossed the Moa river on Monday.") == [("Moa", None)]


def test_an_other_name_before_as_x_calls_y_is_placed_where_y_is() -> None:
    nlp = _GAZ.nlp([("China", "GPE"), ("Xizang", "GPE"), ("Beijing", "GPE"), ("Tibet", "GPE")])
    text = "China published a map of Xizang, as Beijing now calls Tibet in English."
    assert placed(nlp, text) == [
        ("China", "1814991"),
        ("Xizang", "1279685"),
        ("Beijing", "1816670"),
        ("Tibet", "1279685"),
    ]


def test_as_x_calls_y_with_an_object_after_y_renames_nothing() -> None:
    nlp = _GAZ.nlp([("Tehran", "GPE"), ("Washington", "GPE"), ("Iran", "GPE")])
    text = "They imposed sanctions on Tehran, as Washington calls Iran a threat."
    assert placed(nlp, text) == [
        ("Tehran", "112931"),
        ("Washington", "4140963"),
        ("Iran", "130758"),
    ]


def test_a_second_other_name_after_or_is_placed_where_the_first_name_is() -> None:
    nlp = _GAZ.nlp([("China", "GPE"), ("Arunachal Pradesh", "GPE"), ("Zangnan", "PERSON")])
    text = "China claims Arunachal Pradesh, which it calls Zangnan, or South Tibet, as its own."
    assert placed(nlp, text) == [
        ("China", "1814991"),
        ("Arunachal Pradesh", "1278341"),
        ("Zangnan", "1278341"),
        ("South Tibet", "1278341"),
    ]


def test_the_shapes_of_other_names_read_on_words_alone() -> None:
    nlp = spacy.blank("en")
    doc = nlp("a map of Xizang , as Beijing now calls Tibet in English .")
    assert renamed_after(doc, 4) is not None and renamed_after(doc, 4).text == "Tibet"
    before = renaming_before(doc, 9)
    assert before is not None and before.text == "Xizang"
    doc = nlp("the Abay river , as Ethiopians call the Blue Nile , reopened")
    before = renaming_before(doc, 8)
    assert before is not None and before.text == "Abay"
    # no subject between "as" and "call", or an object after the name: no renaming
    assert renamed_after(nlp("Xizang , as called Tibet ."), 1) is None
    assert renaming_before(nlp("Tehran , as Washington calls Iran a threat ."), 5) is None
    doc = nlp("Arunachal Pradesh , which it calls Zangnan , or South Tibet , and")
    assert [s.text for s in other_names_after(doc, 2)] == ["Zangnan", "South Tibet"]
    # ", or" before a clause that goes on is no second name
    doc = nlp("Arunachal Pradesh , which it calls Zangnan , or Delhi says so")
    assert [s.text for s in other_names_after(doc, 2)] == ["Zangnan"]


_AREAS = TinyGazetteer(
    "geomap.test_conflict_d32_areas.v1",
    [
        entry("890299", "Harare", "city", "ZW", 1_542_813, "PPLC", 31.05, -17.83),
        entry("893485", "Chiredzi", "city", "ZW", 40_100, "PPL", 31.67, -21.05),
        entry("895269", "Beitbridge", "city", "ZW", 58_574, "PPL", 30.0, -22.22),
    ],
)


def test_a_park_the_gazetteer_lacks_lies_at_the_town_that_qualifies_it() -> None:
    nlp = _AREAS.nlp(
        [("Harare", "GPE"), ("Gonarezhou", "GPE"), ("Chiredzi", "GPE"), ("Beitbridge", "GPE")]
    )
    text = (
        "Harare said troops were sent to the Gonarezhou national park near Chiredzi. "
        "Traffic at Beitbridge and Beitbridge's market was held up."
    )
    assert ("Gonarezhou", "893485") in placed(nlp, text)


def test_kind_words_of_an_area_end_where_a_linking_word_begins() -> None:
    from spacy.tokens import Span

    from geomap.nlp.described import kind_end

    doc = spacy.blank("en")("the Gonarezhou national park near Chiredzi")
    assert kind_end(Span(doc, 1, 2)) == 4  # "national park", then "near"
    doc = spacy.blank("en")("the Galkynysh gas field near Mary")
    assert kind_end(Span(doc, 1, 2)) == 4
    # a modifier alone is no kind: the name ends where it did
    doc = spacy.blank("en")("the Galkynysh gas near Mary")
    assert kind_end(Span(doc, 1, 2)) == 2
