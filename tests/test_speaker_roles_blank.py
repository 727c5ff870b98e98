"""A speaker's role kept whole (issue 17, spk55).

"Lt. Col. Anna Berg, a brigade spokeswoman, said": the role keeps the full stop of
"Col." that the tokenizer split off (`names._abbreviated`); "The mayor of Paris, Texas,
Steve Clifford, said": a town and its state in apposition cut no role
(`nametails.after_place`). Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.names import split_name

Row = tuple[str, str, str, int, bool, str]  # word, pos, dep, head, space after, IOB entity


def _doc(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[0].lower() for r in rows],
        ents=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def _colonel(space: bool) -> Doc:
    """ "Lt. Col. Anna Berg, a brigade spokeswoman, said." """
    return _doc([
        ("Lt.", "PROPN", "compound", 4, True, "O"),
        ("Col", "PROPN", "compound", 4, space, "O"),
        (".", "PROPN", "compound", 4, True, "O"),
        ("Anna", "PROPN", "compound", 4, True, "B-PERSON"),
        ("Berg", "PROPN", "nsubj", 10, False, "I-PERSON"),
        (",", "PUNCT", "punct", 4, True, "O"),
        ("a", "DET", "det", 8, True, "O"),
        ("brigade", "NOUN", "compound", 8, True, "O"),
        ("spokeswoman", "NOUN", "appos", 4, False, "O"),
        (",", "PUNCT", "punct", 4, True, "O"),
        ("said", "VERB", "ROOT", 10, False, "O"),
        (".", "PUNCT", "punct", 10, False, "O"),
    ])  # fmt: skip


def test_an_abbreviated_rank_keeps_its_full_stop_in_the_role() -> None:
    name, role = split_name(_colonel(space=False)[0:10])
    assert (name.text, role) == ("Anna Berg", "Lt. Col., a brigade spokeswoman")


def test_a_stop_set_apart_from_the_title_is_no_part_of_it() -> None:
    name, role = split_name(_colonel(space=True)[0:10])
    assert (name.text, role) == ("Anna Berg", "Lt. Col, a brigade spokeswoman")


def _mayor(state_dep: str) -> Doc:
    """ "The mayor of Paris, Texas, Steve Clifford, said." """
    doc = _doc([
        ("The", "DET", "det", 1, True, "O"),
        ("mayor", "NOUN", "nsubj", 10, True, "O"),
        ("of", "ADP", "prep", 1, True, "O"),
        ("Paris", "PROPN", "pobj", 2, False, "B-GPE"),
        (",", "PUNCT", "punct", 3, True, "O"),
        ("Texas", "PROPN", state_dep, 3 if state_dep == "appos" else 1, False, "B-GPE"),
        (",", "PUNCT", "punct", 3, True, "O"),
        ("Steve", "PROPN", "compound", 8, True, "B-PERSON"),
        ("Clifford", "PROPN", "appos", 1, False, "I-PERSON"),
        (",", "PUNCT", "punct", 1, True, "O"),
        ("said", "VERB", "ROOT", 10, False, "O"),
        (".", "PUNCT", "punct", 10, False, "O"),
    ])  # fmt: skip
    doc.spans["toponyms"] = [doc[3:4], doc[5:6]]
    return doc


def test_a_town_and_its_state_in_apposition_stay_in_the_role() -> None:
    name, role = split_name(_mayor("appos")[0:10])
    assert (name.text, role) == ("Steve Clifford", "The mayor of Paris, Texas")


def test_a_place_not_set_in_apposition_still_cuts_the_role() -> None:
    name, role = split_name(_mayor("conj")[0:10])
    assert (name.text, role) == ("Steve Clifford", "Texas")
