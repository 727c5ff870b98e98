"""Russian "назвать" ("called X a provocation") is a verb of saying of a subject who can speak.

"Пресс-секретарь МИД Мария Петрова назвала провокацией заявления Варшавы о дронах возле
Хелма": the speaker calls the statements a provocation (geomap.claims.local_lexicon, a
verb of :attr:`SayingWords.verbs`, not of :attr:`SayingWords.saying`: a subject that
cannot speak says nothing).  Parses are :class:`Word` lists, as in
:mod:`tests.test_local_speakers`.
"""

from __future__ import annotations

from geomap.claims.local_lexicon import RUSSIAN
from tests.test_local_speakers import Row, first_speaker

CALLED: list[Row] = [
    ("Пресс-секретарь", "пресс-секретарь", "NOUN", "nsubj", 4, ""),
    ("МИД", "мид", "PROPN", "nmod", 0, "ORG"),
    ("Мария", "мария", "PROPN", "appos", 0, "PER"),
    ("Петрова", "петров", "PROPN", "flat:name", 2, "PER"),
    ("назвала", "назвать", "VERB", "root", 4, ""),
    ("провокацией", "провокация", "NOUN", "xcomp", 4, ""),
    ("заявления", "заявление", "NOUN", "obj", 4, ""),
    ("Варшавы", "варшава", "PROPN", "nmod", 6, "LOC"),
    ("о", "о", "ADP", "case", 9, ""),
    ("дронах", "дрон", "NOUN", "nmod", 6, ""),
    ("возле", "возле", "ADP", "case", 11, ""),
    ("Хелма", "хелм", "PROPN", "nmod", 9, "LOC"),
    (".", ".", "PUNCT", "punct", 4, ""),
]


def test_the_one_who_calls_it_a_provocation_speaks() -> None:
    s = first_speaker(CALLED, RUSSIAN)
    assert s.name == "Мария Петрова" and s.lemma == "назвать", s


def test_calling_is_no_verb_that_always_speaks() -> None:
    assert "назвать" in RUSSIAN.verbs and "назвать" not in RUSSIAN.saying
