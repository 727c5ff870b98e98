"""A "that" clause the parser hung on "in a statement" is what is said, not the scene (issue 17).

"The ministry said in a statement that drones were shot down over Kyiv": the small model
makes the clause an ``acl`` of "statement", below the preposition that would otherwise
set the scene of the saying.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _said_in(noun: str, mark_word: str, mark_dep: str) -> list[Row]:
    """ "The ministry said in a <noun> <that> drones were shot over Kyiv ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        (noun, noun, "NOUN", "pobj", 3),
        (mark_word, mark_word.lower(), "SCONJ", mark_dep, 9),
        ("drones", "drone", "NOUN", "nsubjpass", 9),
        ("were", "be", "AUX", "auxpass", 9),
        ("shot", "shoot", "VERB", "acl", 5),
        ("over", "over", "ADP", "prep", 9),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 2),
    ]


def _speaker(rows: list[Row]) -> str | None:
    doc = parsed(rows)
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    return None if span._.source is None else span._.source.name


def test_a_that_clause_hung_on_a_statement_is_said() -> None:
    assert _speaker(_said_in("statement", "that", "mark")) == "The ministry"
    assert _speaker(_said_in("post", "that", "mark")) == "The ministry"


def test_a_clause_on_a_statement_without_that_stays_the_scene() -> None:
    # "said in a statement, while drones were shot over Kyiv": no "that", the scene
    assert _speaker(_said_in("statement", "while", "mark")) is None
