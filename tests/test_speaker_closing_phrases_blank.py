"""A sentence-closing verb of saying the parser hung on the main verb (issue 17).

"A Chapin man died … on Old Lexington Highway, the S.C. Highway Patrol reported.": the
parser made "the Patrol" an apposition of the highway and "reported" a clause of "died",
whose subject it would inherit; the phrase between the last comma and the verb reports.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

# "A Chapin man died in a crash on Old Highway , the Highway Patrol reported ."
PATROL_REPORTED: list[Row] = [
    ("A", "a", "DET", "det", 2),
    ("Chapin", "Chapin", "PROPN", "compound", 2),
    ("man", "man", "NOUN", "nsubj", 3),
    ("died", "die", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("a", "a", "DET", "det", 6),
    ("crash", "crash", "NOUN", "pobj", 4),
    ("on", "on", "ADP", "prep", 6),
    ("Old", "Old", "PROPN", "compound", 9),
    ("Highway", "Highway", "PROPN", "pobj", 7),
    (",", ",", "PUNCT", "punct", 9),
    ("the", "the", "DET", "det", 13),
    ("Highway", "Highway", "PROPN", "compound", 13),
    ("Patrol", "Patrol", "PROPN", "appos", 9),
    ("reported", "report", "VERB", "advcl", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_the_phrase_before_a_closing_verb_reports_not_the_main_subject() -> None:
    ents = ["O"] * 12 + ["B-ORG", "I-ORG"] + ["O"] * 2
    assert speaker_of(PATROL_REPORTED, "Chapin", ents=ents) == "the Highway Patrol"


# "Taiwan is part of China , a spokesperson of the State Council told reporters in Beijing ."
# as the small model parses it: the spokesperson an apposition of China, "told" subjectless
def _spokesperson_told(setting: list[Row]) -> list[Row]:
    return [
        ("Taiwan", "Taiwan", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ccomp", 13),
        ("part", "part", "NOUN", "attr", 1),
        ("of", "of", "ADP", "prep", 2),
        ("China", "China", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 4),
        ("a", "a", "DET", "det", 7),
        ("spokesperson", "spokesperson", "NOUN", "appos", 4),
        ("of", "of", "ADP", "prep", 7),
        ("the", "the", "DET", "det", 12),
        ("State", "State", "PROPN", "compound", 12),
        ("Council", "Council", "PROPN", "compound", 12),
        ("Office", "Office", "PROPN", "pobj", 8),
        ("told", "tell", "VERB", "ROOT", 13),
        ("reporters", "reporter", "NOUN", "dobj", 13),
        *setting,
        (".", ".", "PUNCT", "punct", 13),
    ]


def test_where_it_was_said_does_not_hide_the_closing_subject() -> None:
    ents = ["O"] * 4 + ["B-GPE"] + ["O"] * 4 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    bare = _spokesperson_told([])
    said = speaker_of(bare, "China", ents=[*ents, "O", "O", "O"])
    assert said is not None and said.endswith("of the State Council Office")
    in_beijing = _spokesperson_told(
        [("in", "in", "ADP", "prep", 13), ("Beijing", "Beijing", "PROPN", "pobj", 15)]
    )
    got = speaker_of(in_beijing, "China", ents=[*ents, "O", "O", "O", "B-GPE", "O"])
    assert got == said
