"""A name an apposition describes as a person is one for he/she, whatever the model tagged.

"Georgia O’Keeffe, the artist …" (no PERSON tag) … "O’Keeffe ended up …" … "She
reported …": she is O’Keeffe (issue 17).  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.person_referents import described_persons
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed
from tests.test_speaker_pronouns_blank import _shifted

# "Kovalenko , the artist , waits ."
_DESCRIBED: list[Row] = [
    ("Kovalenko", "Kovalenko", "NOUN", "nsubj", 5),
    (",", ",", "PUNCT", "punct", 0),
    ("the", "the", "DET", "det", 3),
    ("artist", "artist", "NOUN", "appos", 0),
    (",", ",", "PUNCT", "punct", 0),
    ("waits", "wait", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]
# "Kovalenko left ."
_LEFT: list[Row] = [
    ("Kovalenko", "Kovalenko", "PROPN", "nsubj", 1),
    ("left", "leave", "VERB", "ROOT", 1),
    (".", ".", "PUNCT", "punct", 1),
]
# "She said Lviv fell ."
_SHE_SAID: list[Row] = [
    ("She", "she", "PRON", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Lviv", "Lviv", "PROPN", "nsubj", 3),
    ("fell", "fall", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_apposition_for_people_describes_a_person() -> None:
    assert described_persons(parsed(_DESCRIBED)) == {"Kovalenko"}
    river = [*_DESCRIBED[:3], ("river", "river", "NOUN", "appos", 0), *_DESCRIBED[4:]]
    assert described_persons(parsed(river, ents=["B-GPE"] + ["O"] * 6)) == frozenset()


def test_she_refers_back_to_a_described_name_the_model_did_not_tag() -> None:
    rows = [*_DESCRIBED, *_shifted(_LEFT, 7), *_shifted(_SHE_SAID, 10)]
    assert speaker_of(rows, 12, (0, 7, 10), ["O"] * 15) == "Kovalenko"
    plain = [*_DESCRIBED[:3], ("river", "river", "NOUN", "appos", 0), *_DESCRIBED[4:]]
    rows = [*plain, *_shifted(_LEFT, 7), *_shifted(_SHE_SAID, 10)]
    assert speaker_of(rows, 12, (0, 7, 10), ["O"] * 15) != "Kovalenko"
