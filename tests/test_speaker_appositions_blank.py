"""A name hung on a misparsed apposition is the speaker's name (issue 17).

"Country Director of the Nature Conservancy Indonesia Program, Rizal Algamar, applauded
…": the person's name, which the parser hung on "Program" (itself hung as the title's
apposition), is the speaker's name, the title its role.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed

# "Country Director of the Conservancy Program , Rizal Algamar , urged the Kherson
#  government ."
APPLAUDED: list[Row] = [
    ("Country", "country", "PROPN", "compound", 1),
    ("Director", "director", "PROPN", "nsubj", 10),
    ("of", "of", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("Conservancy", "Conservancy", "PROPN", "pobj", 2),
    ("Program", "Program", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("Rizal", "Rizal", "PROPN", "compound", 8),
    ("Algamar", "Algamar", "PROPN", "appos", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("urged", "urge", "VERB", "ROOT", 10),
    ("the", "the", "DET", "det", 13),
    ("Kherson", "Kherson", "PROPN", "compound", 13),
    ("government", "government", "NOUN", "dobj", 10),
    (".", ".", "PUNCT", "punct", 10),
]
_PERSON = ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 6


def test_a_name_in_apposition_to_a_misparsed_apposition_is_the_speaker() -> None:
    doc = parsed(APPLAUDED, ents=_PERSON)
    (place,) = mark(doc, "Kherson")
    Attribution()(doc)
    assert place._.source.name == "Rizal Algamar"
    assert place._.source.role.startswith("Country Director")
