"""Speaker rules of round 68 (issue 17, rec68), on ``spacy.blank("en")``.

From two new users' reports: an "according to" phrase naming its own source after a
person spoke ("…, according to the general staff"), ... Hand-built parses, with controls.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _kemp_then(rows: Sequence[Row]) -> list[Row]:
    """ "Brian Kemp said Kyiv fell ." followed by ``rows`` (heads from 0 of their own)."""
    first: list[Row] = [
        ("Brian", "Brian", "PROPN", "compound", 1),
        ("Kemp", "Kemp", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return first + [(w, lemma, pos, dep, head + len(first)) for w, lemma, pos, dep, head in rows]


def _according(modifier: str, noun: str) -> list[Row]:
    """ "Troops moved to Avdiivka , according to the MODIFIER NOUN ." """
    return [
        ("Troops", "troop", "NOUN", "nsubj", 1),
        ("moved", "move", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Avdiivka", "Avdiivka", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 9),
        (modifier, modifier, "ADJ", "amod", 9),
        (noun, noun, "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


_PERSON = ["B-PERSON", "I-PERSON"] + ["O"] * 15


def test_according_to_the_general_staff_is_not_the_person_before() -> None:
    rows = _kemp_then(_according("general", "staff"))
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON, tags={15: "NN"})
    assert got == "the general staff"


def test_according_to_a_described_person_names_its_own_source() -> None:
    rows = _kemp_then(_according("local", "farmer"))
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON, tags={15: "NN"})
    assert got == "the local farmer"


def test_a_described_subject_still_takes_the_person_before() -> None:
    # control: "The local farmer said Avdiivka fell ." after Kemp spoke: Kemp
    rows = _kemp_then(
        [
            ("The", "the", "DET", "det", 2),
            ("local", "local", "ADJ", "amod", 2),
            ("farmer", "farmer", "NOUN", "nsubj", 3),
            ("said", "say", "VERB", "ROOT", 3),
            ("Avdiivka", "Avdiivka", "PROPN", "nsubj", 5),
            ("fell", "fall", "VERB", "ccomp", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON[:13], tags={8: "NN"})
    assert got == "Brian Kemp"


# "Crimea secure , says Aksyonov ¶": a headline; the parser made the name a preposition
_HEADLINE: list[Row] = [
    ("Crimea", "crimea", "NOUN", "nsubj", 3),
    ("secure", "secure", "ADJ", "amod", 0),
    (",", ",", "PUNCT", "punct", 3),
    ("says", "say", "VERB", "ROOT", 3),
    ("Aksyonov", "Aksyonov", "PROPN", "prep", 3),
    ("\n\n", "\n\n", "SPACE", "dep", 4),
]


def test_an_inverted_headline_saying_takes_the_name_after_it() -> None:
    ents = ["B-ORG", "O", "O", "O", "B-PERSON", "O"]
    assert speaker_of(_HEADLINE, "Crimea", ents=ents, tags={3: "VBZ"}) == "Aksyonov"


def test_a_day_after_the_verb_is_no_inverted_speaker() -> None:
    rows = [*_HEADLINE[:4], ("Monday", "Monday", "PROPN", "npadvmod", 3), _HEADLINE[5]]
    ents = ["B-ORG", "O", "O", "O", "B-DATE", "O"]
    assert speaker_of(rows, "Crimea", ents=ents, tags={3: "VBD"}) != "Monday"
