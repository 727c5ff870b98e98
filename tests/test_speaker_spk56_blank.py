"""Speaker errors a new user found in articles nobody prepared (issue 17, spk56).

"Shares in Nokia rose …, chief executive Pekka Lundmark told analysts": the parser hung
the name as an apposition before the comma and left "told" without subject (the shares
spoke). Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _source(rows: Sequence[Row], place: str, ents: Sequence[str]) -> tuple[str, str, str] | None:
    """(name, role, kind) of the speaker of the one mention ``place``, or ``None``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.role, source.kind)


#: "Shares in Nokia rose after the company won a contract from Vodafone , chief executive
#: Pekka Lundmark told analysts ." as the small model parses it.
NOKIA: list[Row] = [
    ("Shares", "share", "NOUN", "nsubj", 3),
    ("in", "in", "ADP", "prep", 0),
    ("Nokia", "Nokia", "PROPN", "pobj", 1),
    ("rose", "rise", "VERB", "ROOT", 3),
    ("after", "after", "SCONJ", "mark", 7),
    ("the", "the", "DET", "det", 6),
    ("company", "company", "NOUN", "nsubj", 7),
    ("won", "win", "VERB", "advcl", 3),
    ("a", "a", "DET", "det", 9),
    ("contract", "contract", "NOUN", "dobj", 7),
    ("from", "from", "ADP", "prep", 9),
    ("Vodafone", "Vodafone", "PROPN", "pobj", 10),
    (",", ",", "PUNCT", "punct", 11),
    ("chief", "chief", "ADJ", "amod", 14),
    ("executive", "executive", "NOUN", "compound", 16),
    ("Pekka", "Pekka", "PROPN", "compound", 16),
    ("Lundmark", "Lundmark", "PROPN", "appos", 11),
    ("told", "tell", "VERB", "conj", 3),
    ("analysts", "analyst", "NOUN", "dobj", 17),
    (".", ".", "PUNCT", "punct", 3),
]
_NOKIA_ENTS = ["O"] * 11 + ["B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]


def test_a_name_hung_before_the_comma_is_the_subjectless_verbs_speaker() -> None:
    assert _source(NOKIA, "Nokia", _NOKIA_ENTS) == ("Pekka Lundmark", "chief executive", "person")
    # no person's name before the verb: the shared subject stays
    untagged = ["O"] * 11 + ["B-ORG"] + ["O"] * 8
    found = _source(NOKIA, "Nokia", untagged)
    assert found is not None and found[0] == "Shares in Nokia"
