"""The other party of a noun the pronoun's own possessive holds is not he/she.

"her marriage to Alfred Stieglitz was under strain. … She reported …": whoever "her"
is, she is not Stieglitz (issue 17).  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row
from tests.test_speaker_pronouns_blank import _shifted


def _strained(possessive: str) -> list[Row]:
    """ "<possessive> marriage to Ivan Sorokin was strained ." """
    return [
        (possessive, possessive.lower(), "PRON", "poss", 1),
        ("marriage", "marriage", "NOUN", "nsubj", 6),
        ("to", "to", "ADP", "prep", 1),
        ("Ivan", "Ivan", "PROPN", "compound", 4),
        ("Sorokin", "Sorokin", "PROPN", "pobj", 2),
        ("was", "be", "AUX", "auxpass", 6),
        ("strained", "strain", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]


def _said(pronoun: str) -> list[Row]:
    """ "<pronoun> said Lviv fell ." """
    return [
        (pronoun, pronoun.lower(), "PRON", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Lviv", "Lviv", "PROPN", "nsubj", 3),
        ("fell", "fall", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


_ENTS = ["O"] * 3 + ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-GPE", "O", "O"]


def test_she_is_not_the_other_party_of_her_marriage() -> None:
    rows = [*_strained("Her"), *_shifted(_said("She"), 8)]
    assert speaker_of(rows, 10, (0, 8), _ENTS) != "Ivan Sorokin"


def test_the_other_party_of_someone_elses_noun_may_be_he() -> None:
    rows = [*_strained("Her"), *_shifted(_said("He"), 8)]
    assert speaker_of(rows, 10, (0, 8), _ENTS) == "Ivan Sorokin"
    rows = [*_strained("The"), *_shifted(_said("She"), 8)]
    rows[0] = ("The", "the", "DET", "det", 1)
    assert speaker_of(rows, 10, (0, 8), _ENTS) == "Ivan Sorokin"
