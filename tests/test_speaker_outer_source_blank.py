"""A closing "according to X" after an unnamed group's saying: X's (issue 17, spk55).

"Gunmen claimed the raid near Gao, according to the Journal.": the journalist has the
gunmen's claim from the Journal, the outer source (`according.outer_source`); a named
subject keeps its saying ("Moscow said …, according to …"), and a pronoun's is left to
`according.pronoun_named_after`.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _claimed(subject: str, pos: str, according: bool = True) -> list[Row]:
    """ "<subject> claimed the raid near Gao , according to the Journal ." """
    rows: list[Row] = [
        (subject, subject.lower(), pos, "nsubj", 1),
        ("claimed", "claim", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("raid", "raid", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 3),
        ("Gao", "Gao", "PROPN", "pobj", 4),
    ]
    if according:
        rows += [
            (",", ",", "PUNCT", "punct", 1),
            ("according", "accord", "VERB", "prep", 1),
            ("to", "to", "ADP", "prep", 7),
            ("the", "the", "DET", "det", 10),
            ("Journal", "Journal", "PROPN", "pobj", 8),
        ]
    return [*rows, (".", ".", "PUNCT", "punct", 1)]


def test_an_unnamed_groups_claim_closed_by_according_to_is_the_outer_sources() -> None:
    assert speaker_of(_claimed("Gunmen", "NOUN"), "Gao") == "the Journal"


def test_the_claim_without_according_to_stays_the_groups() -> None:
    assert speaker_of(_claimed("Gunmen", "NOUN", according=False), "Gao") == "Gunmen"


def test_a_named_subject_keeps_its_saying_before_a_closing_according_to() -> None:
    assert speaker_of(_claimed("Moscow", "PROPN"), "Gao") == "Moscow"


def test_a_document_keeps_its_saying_before_a_closing_according_to() -> None:
    # "The report claimed the raid near Gao , according to the Journal ."
    rows = _claimed("report", "NOUN")
    rows = [
        ("The", "the", "DET", "det", 1),
        *[(w, lem, pos, dep, h + 1) for w, lem, pos, dep, h in rows],
    ]
    assert speaker_of(rows, "Gao") == "The report"


def test_the_clause_the_phrase_hangs_on_when_the_parser_made_another_word_the_root() -> None:
    # "Fighters linked to Qaeda claimed the raid near Gao , according to the Journal ."
    rows: list[Row] = [
        ("Fighters", "fighter", "NOUN", "nsubj", 1),
        ("linked", "link", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Qaeda", "Qaeda", "PROPN", "pobj", 2),
        ("claimed", "claim", "VERB", "advcl", 1),
        ("the", "the", "DET", "det", 6),
        ("raid", "raid", "NOUN", "dobj", 4),
        ("near", "near", "ADP", "prep", 6),
        ("Gao", "Gao", "PROPN", "pobj", 7),
        (",", ",", "PUNCT", "punct", 4),
        ("according", "accord", "VERB", "prep", 4),
        ("to", "to", "ADP", "prep", 10),
        ("the", "the", "DET", "det", 13),
        ("Journal", "Journal", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Gao") == "the Journal"
