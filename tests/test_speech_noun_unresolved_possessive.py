"""A document whose possessive pronoun refers to no one speaks itself.

"her many letters back home show that …" with no one found for "her": the letters are
the source, not a bare "her" (issue 17).  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

# "Her letters show that Lviv was calm ."
_LETTERS_SHOW: list[Row] = [
    ("Her", "her", "PRON", "poss", 1),
    ("letters", "letter", "NOUN", "nsubj", 2),
    ("show", "show", "VERB", "ROOT", 2),
    ("that", "that", "SCONJ", "mark", 5),
    ("Lviv", "Lviv", "PROPN", "nsubj", 5),
    ("was", "be", "AUX", "ccomp", 2),
    ("calm", "calm", "ADJ", "acomp", 5),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_letters_speak_when_her_is_no_one() -> None:
    assert speaker_of(_LETTERS_SHOW, 4, (0,), ["O"] * 4 + ["B-GPE"] + ["O"] * 3) == "Her letters"


def test_the_letters_of_someone_named_are_theirs() -> None:
    # "Anna Petrova wrote . Her letters show that Lviv was calm ."
    wrote: list[Row] = [
        ("Anna", "Anna", "PROPN", "compound", 1),
        ("Petrova", "Petrova", "PROPN", "nsubj", 2),
        ("wrote", "write", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    rows = wrote + [(w, lem, pos, dep, head + 4) for w, lem, pos, dep, head in _LETTERS_SHOW]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 6 + ["B-GPE"] + ["O"] * 3
    assert speaker_of(rows, 8, (0, 4), ents) == "Anna Petrova"
