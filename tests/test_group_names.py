"""A place's name inside an armed group's own name is the group, not the place (issue 16).

"Islamic State Sahel Province" gave a mention of the Sahel region of Burkina Faso
(and its speaker the kind ``government``); "the Ogaden National Liberation Front" and
"the Kharkiv Brigade" gave Ogaden and Kharkiv.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.claims.bodies import armed_group
from geomap.nlp.group_names import group_name
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_group_names_gazetteer.v1",
    [
        place("1", "Sahel Province", "admin1", "BF", 1_000_000),
        place("2", "Ogaden", "region", "ET", 4_000_000),
        place("3", "Kharkiv", "city", "UA", 1_400_000),
        place("4", "Menaka", "city", "ML", 20_000),
        place("5", "Pakistan", "country", "PK", 230_000_000),
    ],
)


def _nlp() -> Language:
    return GAZ.nlp(
        [
            ("Islamic", "NORP"),
            ("State", "ORG"),
            ("Sahel Province", "GPE"),
            ("Menaka", "GPE"),
            ("Ogaden National Liberation Front", "ORG"),
            ("Kharkiv", "GPE"),
            ("Pakistan", "GPE"),
        ]
    )


def test_a_groups_branch_named_as_a_province_is_no_place() -> None:
    text = "Islamic State Sahel Province claimed an attack near Menaka."
    assert found_toponyms(_nlp(), text) == ["Menaka"]


def test_the_province_alone_stays_a_place() -> None:
    text = "Fighting spread in Sahel Province near Menaka."
    assert found_toponyms(_nlp(), text) == ["Sahel Province", "Menaka"]


def test_a_place_before_a_groups_words_is_no_place() -> None:
    assert found_toponyms(_nlp(), "The Ogaden National Liberation Front attacked.") == []
    assert found_toponyms(_nlp(), "The Kharkiv Brigade said it held Menaka.") == ["Menaka"]
    assert found_toponyms(_nlp(), "The Kharkiv People's Militia said so.") == []
    # a criminal group's word, also in lower case ("the Sinaloa cartel")
    assert found_toponyms(_nlp(), "Gunmen of the Kharkiv Cartel fled to Menaka.") == ["Menaka"]
    assert found_toponyms(_nlp(), "Gunmen of the Kharkiv cartel fled to Menaka.") == ["Menaka"]


def test_a_states_army_and_lower_case_words_keep_the_place() -> None:
    assert found_toponyms(_nlp(), "The Pakistan Army said so.") == ["Pakistan"]
    assert found_toponyms(_nlp(), "Kharkiv is on the front line.") == ["Kharkiv"]
    assert found_toponyms(_nlp(), "A brigade left Kharkiv.") == ["Kharkiv"]
    assert found_toponyms(_nlp(), "A cartel left Kharkiv.") == ["Kharkiv"]


def test_a_headlines_title_case_is_no_groups_name() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank("Kharkiv Front Line Holds")
    assert group_name(doc[0:1], styled={1, 2, 3}) is False
    assert group_name(doc[0:1], styled=set()) is True


def test_the_speaker_of_a_groups_branch_is_an_armed_group() -> None:
    words = ["Islamic", "State", "Sahel", "Province", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 0, 1, "NORP"), Span(doc, 1, 2, "ORG"), Span(doc, 2, 4, "GPE")]
    assert armed_group(doc[0:4])
    plain = Doc(doc.vocab, words=["Helmand", "Province", "said"])
    plain.ents = [Span(plain, 0, 2, "GPE")]
    assert not armed_group(plain[0:2])


def _tagged(words: list[str], ents: list[str]) -> Doc:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank(" ".join(words))
    doc.ents = [Span(doc, i, i + 1, e) for i, e in enumerate(ents) if e]
    return doc


def test_one_demonym_before_a_province_is_no_groups_name() -> None:
    # a demonym of the unit's country, tagged NORP, is no group ("the Syrian Idlib Province")
    doc = _tagged(["Rebels", "shelled", "the", "Syrian", "Idlib", "Province"], ["", "", "", "NORP"])
    assert group_name(doc[4:6], styled=set()) is False
    # two capitalised words, one of a group of people, even with the second untagged
    doc = _tagged(["Fighters", "of", "the", "Islamic", "State", "Sahel", "Province"],
                  ["", "", "", "NORP", ""])  # fmt: skip
    assert group_name(doc[5:7], styled=set()) is True
    # one word tagged an organisation ("ISIS Khorasan Province")
    doc = _tagged(["ISIS", "Khorasan", "Province", "claimed", "it"], ["ORG"])
    assert group_name(doc[1:3], styled=set()) is True


def test_a_demonym_before_a_province_speaks_as_no_armed_group() -> None:
    words = ["the", "Syrian", "Idlib", "Province", "council"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 1, 2, "NORP"), Span(doc, 2, 4, "GPE")]
    assert not armed_group(doc[1:4])


def test_a_forces_name_with_no_word_of_a_state_is_an_armed_group() -> None:
    # "the Rapid Support Forces" (spk55): no state's name, demonym or force word in it
    doc = _tagged(["the", "Rapid", "Support", "Forces", "said"], ["", "ORG", "ORG", "ORG"])
    assert armed_group(doc[1:4])
    # "the Israel Defense Forces", "the Armed Forces": a state's forces
    doc = _tagged(["the", "Israel", "Defense", "Forces", "said"], ["", "GPE", "", ""])
    assert not armed_group(doc[1:4])
    doc = _tagged(["the", "Armed", "Forces", "said"], ["", "", "", ""])
    assert not armed_group(doc[1:3])


def test_a_forces_name_called_rebel_before_it_is_an_armed_group() -> None:
    # "the rebel Tigray Defence Forces" (spk55): the word before the name tells
    doc = _tagged(["the", "rebel", "Tigray", "Defence", "Forces", "said"], ["", "", "GPE"])
    assert armed_group(doc[2:5])
    doc = _tagged(["the", "Tigray", "Defence", "Forces", "said"], ["", "GPE"])
    assert not armed_group(doc[1:4])
