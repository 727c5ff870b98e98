"""Name edges and offices of user71b's report (fx71s), on hand-built parses (``spacy.blank``).

"Aboubaker Omar Hadi": a given name ending like an agent noun ("-aker") is no title
(``name_edges.title_word``); "Al-Harith | Idriss al-Harith Mohamed": a PERSON the model
cut off the name is its start (``name_edges.first_name_start``); a headline's "Sudan army
chief vows" names the one person who holds the office (``kinds.office_holder``).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.kinds import office_holder
from geomap.claims.name_edges import first_name_start, title_word

# word, lemma, pos, tag, dep, head, IOB entity
Row = tuple[str, str, str, str, str, int, str]


def _doc(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        ents=[r[6] for r in rows],
    )


def test_a_given_name_with_an_agent_ending_is_no_title() -> None:
    doc = _doc([
        ("Aboubaker", "Aboubaker", "PROPN", "NNP", "compound", 2, "O"),
        ("Detective", "Detective", "PROPN", "NNP", "compound", 2, "O"),
        ("Hadi", "Hadi", "PROPN", "NNP", "ROOT", 2, "B-PERSON"),
    ])  # fmt: skip
    assert not title_word(doc[0]) and title_word(doc[1])


def test_a_person_cut_in_two_by_the_model_is_one_name() -> None:
    doc = _doc([
        ("Harith", "Harith", "PROPN", "NNP", "compound", 3, "B-PERSON"),
        ("Idriss", "Idriss", "PROPN", "NNP", "compound", 3, "O"),
        ("Omar", "Omar", "PROPN", "NNP", "compound", 3, "B-PERSON"),
        ("Mohamed", "Mohamed", "PROPN", "NNP", "ROOT", 3, "I-PERSON"),
    ])  # fmt: skip
    assert first_name_start(doc, 2, 4, 0, frozenset()) == 0
    doc = _doc([
        ("Sudan", "Sudan", "PROPN", "NNP", "compound", 2, "B-GPE"),
        ("Omar", "Omar", "PROPN", "NNP", "compound", 2, "B-PERSON"),
        ("Mohamed", "Mohamed", "PROPN", "NNP", "ROOT", 2, "I-PERSON"),
    ])  # fmt: skip
    assert first_name_start(doc, 1, 3, 0, frozenset()) == 1  # another kind of entity


def test_a_headline_office_told_by_a_name_is_a_person() -> None:
    doc = _doc([
        ("Sudan", "Sudan", "PROPN", "NNP", "compound", 2, "B-GPE"),
        ("army", "army", "NOUN", "NN", "compound", 2, "O"),
        ("chief", "chief", "NOUN", "NN", "nsubj", 3, "O"),
        ("vows", "vow", "VERB", "VBZ", "ROOT", 3, "O"),
    ])  # fmt: skip
    assert office_holder(doc[2])
    doc = _doc([
        ("A", "a", "DET", "DT", "det", 2, "O"),
        ("army", "army", "NOUN", "NN", "compound", 2, "O"),
        ("chief", "chief", "NOUN", "NN", "nsubj", 3, "O"),
        ("vows", "vow", "VERB", "VBZ", "ROOT", 3, "O"),
    ])  # fmt: skip
    assert not office_holder(doc[2])


def _sentence(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        ents=[r[6] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def test_a_datelines_country_is_no_title_of_the_speaker() -> None:
    from geomap.claims.datelines import titled_dateline_name

    # "KHARTOUM , Sudan — Sudan 's army chief said": the parser made "Sudan" a conjunct
    # of the dateline and "chief" its apposition
    doc = _sentence([
        ("KHARTOUM", "KHARTOUM", "PROPN", "NNP", "nsubj", 8, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("Sudan", "Sudan", "PROPN", "NNP", "conj", 0, "B-GPE"),
        ("—", "—", "PUNCT", ":", "punct", 2, "O"),
        ("Sudan", "Sudan", "PROPN", "NNP", "poss", 7, "B-GPE"),
        ("'s", "'s", "PART", "POS", "case", 4, "O"),
        ("army", "army", "NOUN", "NN", "compound", 7, "O"),
        ("chief", "chief", "NOUN", "NN", "appos", 0, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", 8, "O"),
    ])  # fmt: skip
    assert titled_dateline_name(doc[7]) is None  # the phrase is "Sudan 's army chief"


def test_a_place_owning_a_body_stays_in_its_name_whatever_its_tag() -> None:
    from spacy.tokens import Span

    from geomap.claims.names import _possessor

    # "Azerbaijan 's defence ministry accused", "Azerbaijan" tagged PERSON
    doc = _sentence([
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "poss", 3, "B-PERSON"),
        ("'s", "'s", "PART", "POS", "case", 0, "O"),
        ("defence", "defence", "NOUN", "NN", "compound", 3, "B-ORG"),
        ("ministry", "ministry", "PROPN", "NNP", "nsubj", 4, "I-ORG"),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 4, "O"),
    ])  # fmt: skip
    assert _possessor(doc[0:4], 2) is None  # a person's: the role
    doc.spans["toponyms"] = [Span(doc, 0, 1, label="GPE")]
    assert _possessor(doc[0:4], 2) == 0  # a place mention's: part of the body's name
