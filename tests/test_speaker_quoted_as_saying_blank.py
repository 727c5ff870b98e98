"""Who is quoted "as saying" speaks, in the active voice too (issue 17).

"Interfax quoted the ministry as saying that drones were downed over Tver": the ministry
makes the claim, the agency reports it, as in "The ministry was quoted by Interfax as
saying …".

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed

# "Interfax quoted the ministry as saying that drones fell over Tver ."
QUOTED: list[Row] = [
    ("Interfax", "Interfax", "PROPN", "nsubj", 1),
    ("quoted", "quote", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("ministry", "ministry", "NOUN", "dobj", 1),
    ("as", "as", "ADP", "prep", 1),
    ("saying", "say", "VERB", "pcomp", 4),
    ("that", "that", "SCONJ", "mark", 8),
    ("drones", "drone", "NOUN", "nsubj", 8),
    ("fell", "fall", "VERB", "ccomp", 5),
    ("over", "over", "ADP", "prep", 8),
    ("Tver", "Tver", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_whom_an_agency_quoted_as_saying_makes_the_claim() -> None:
    doc = parsed(QUOTED, ents=["B-ORG"] + ["O"] * 9 + ["B-GPE", "O"])
    (tver,) = mark(doc, "Tver")
    Attribution()(doc)
    assert tver._.source is not None and tver._.source.name == "the ministry"
