""" "The agency said" after "The WHO said": the named body that spoke before (issue 17).

A generic noun for a body with "the" alone ("the company", "the agency", "the charity")
refers back to the most recent named organisation that spoke.  Hand-built parses on
``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _said_then(noun: str, lemma: str) -> list[Row]:
    """ "Oxfam said Kyiv is safe . The <noun> said Lviv is safe ." """
    return [
        ("Oxfam", "Oxfam", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 3),
        ("is", "be", "AUX", "ccomp", 1),
        ("safe", "safe", "ADJ", "acomp", 3),
        (".", ".", "PUNCT", "punct", 1),
        ("The", "the", "DET", "det", 7),
        (noun, lemma, "NOUN", "nsubj", 8),
        ("said", "say", "VERB", "ROOT", 8),
        ("Lviv", "Lviv", "PROPN", "nsubj", 10),
        ("is", "be", "AUX", "ccomp", 8),
        ("safe", "safe", "ADJ", "acomp", 10),
        (".", ".", "PUNCT", "punct", 8),
    ]


def _speakers(rows: list[Row]) -> list[str | None]:
    ents = ["B-ORG", *["O"] * (len(rows) - 1)]
    doc = parsed(rows, sent_starts=(0, 6), ents=ents)
    spans = mark(doc, "Kyiv", "Lviv")
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def test_the_charity_is_the_organisation_that_spoke_before() -> None:
    assert _speakers(_said_then("charity", "charity")) == ["Oxfam", "Oxfam"]


def test_a_description_of_no_body_stays_itself() -> None:
    assert _speakers(_said_then("witness", "witness")) == ["Oxfam", "The witness"]
