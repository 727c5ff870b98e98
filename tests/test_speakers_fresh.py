"""Who says it, the mechanisms added for the ninth dev set (issue 17, branch spk28).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _speaker(rows: list[Row], place: str, starts: tuple[int, ...] = (0,), ents=()) -> str | None:
    doc = parsed(rows, sent_starts=starts, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    return None if span._.speaker is None else span._.speaker.text


def _described(first: str, honorific: str, noun: str, poss: bool = False) -> list[Row]:
    """ "<honorific> <first> said it . I worked in Lviv , the Kyiv <noun> said ." """
    rows: list[Row] = [
        (honorific, honorific, "PROPN", "compound", 1),
        (first, first, "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("it", "it", "PRON", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("I", "I", "PRON", "nsubj", 6),
        ("worked", "work", "VERB", "ccomp", 13),
        ("in", "in", "ADP", "prep", 6),
        ("Lviv", "Lviv", "PROPN", "pobj", 7),
        (",", ",", "PUNCT", "punct", 13),
        ("the", "the", "DET", "det", 12),
        ("Kyiv", "Kyiv", "PROPN", "compound", 12),
        (noun, noun, "NOUN", "nsubj", 13),
        ("said", "say", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    if poss:  # "the Kyiv victim's <noun>"
        rows[11] = ("Kyiv", "Kyiv", "PROPN", "poss", 12)
    return rows


_ENTS = ["O", "B-PERSON", "O", "O", "O", *["O"] * 10]


def test_a_description_of_a_person_refers_back_to_the_last_person_who_spoke() -> None:
    # “…,” the Manhattan native and Harvard graduate said: Flood, who spoke before
    rows = _described("Flood", "Mr", "graduate")
    assert _speaker(rows, "Kyiv", (0, 5), _ENTS) == "Mr Flood"
    assert _speaker(rows, "Lviv", (0, 5), _ENTS) == "Mr Flood"
    # the sex told must agree: "Mrs Petrova said it … the Kyiv father said"
    rows = _described("Petrova", "Mrs", "father")
    assert _speaker(rows, "Kyiv", (0, 5), _ENTS) == "the Kyiv father"
    # a possessive makes someone new: "the Kyiv victim's mother"
    rows = _described("Petrova", "Mrs", "mother", poss=True)
    assert _speaker(rows, "Kyiv", (0, 5), _ENTS) == "the Kyiv mother"
