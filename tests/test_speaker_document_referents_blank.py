""" "It" after a sentence whose subject is a document that said nothing there (issue 17).

"The message is contradictory. It says Kyiv is safe.": "It" is the message.  Hand-built
parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _it_after(subject: str, lemma: str) -> list[Row]:
    """ "The <subject> is contradictory . It says Kyiv is safe ." """
    return [
        ("The", "the", "DET", "det", 1),
        (subject, lemma, "NOUN", "nsubj", 2),
        ("is", "be", "AUX", "ROOT", 2),
        ("contradictory", "contradictory", "ADJ", "acomp", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("It", "it", "PRON", "nsubj", 6),
        ("says", "say", "VERB", "ROOT", 6),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 8),
        ("is", "be", "AUX", "ccomp", 6),
        ("safe", "safe", "ADJ", "acomp", 8),
        (".", ".", "PUNCT", "punct", 6),
    ]


def _speaker(rows: list[Row]) -> str | None:
    doc = parsed(rows, sent_starts=(0, 5))
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    return None if span._.source is None else span._.source.name


def test_it_refers_to_a_document_subject_of_the_sentence_before() -> None:
    assert _speaker(_it_after("message", "message")) == "The message"


def test_it_does_not_refer_to_a_subject_that_is_no_document() -> None:
    assert _speaker(_it_after("weather", "weather")) != "The weather"
