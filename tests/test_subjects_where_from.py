"""A speech noun "from" a place is where it comes from when its compound names the source.

"Similar cases were reported in media reports from Hong Kong": the media reported, not
Hong Kong's government; "a statement from Kyiv" stays Kyiv's (issue 17).  Hand-built
parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.lexicon import Lexicon
from geomap.claims.subjects import speech_source
from tests.test_attribution_blank import Row, parsed


def _reports(compound: str | None) -> list[Row]:
    """ "[<compound>] reports from Kyiv ." """
    rows: list[Row] = []
    if compound is not None:
        rows.append((compound, compound, "NOUN", "compound", 1))
    n = len(rows)
    rows += [
        ("reports", "report", "NOUN", "ROOT", n),
        ("from", "from", "ADP", "prep", n),
        ("Kyiv", "Kyiv", "PROPN", "pobj", n + 1),
        (".", ".", "PUNCT", "punct", n),
    ]
    return rows


def test_from_a_place_after_a_named_source_is_where() -> None:
    doc = parsed(_reports("media"), ents=["O", "O", "O", "B-GPE", "O"])
    assert speech_source(doc[1], Lexicon.default()) is None


def test_from_a_place_alone_is_the_source() -> None:
    doc = parsed(_reports(None), ents=["O", "O", "B-GPE", "O"])
    source = speech_source(doc[0], Lexicon.default())
    assert source is not None and source.text == "Kyiv"
    doc = parsed(_reports("media"), ents=["O", "O", "O", "B-ORG", "O"])  # a body, not a place
    source = speech_source(doc[1], Lexicon.default())
    assert source is not None and source.text == "Kyiv"
