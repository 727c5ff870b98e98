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
