"""A saying whose subject is no one attributes nothing (issue 17).

"No group has claimed responsibility for the bombing in Quetta", "Nobody has …", "Neither
side has commented on …": no one makes the claim, as with "has not claimed".

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _claimed(subject: list[Row]) -> list[Row]:
    """ "<subject> has confirmed that Quetta was bombed ." """
    n = len(subject)
    return [
        *subject,
        ("has", "have", "AUX", "aux", n + 1),
        ("confirmed", "confirm", "VERB", "ROOT", n + 1),
        ("that", "that", "SCONJ", "mark", n + 5),
        ("Quetta", "Quetta", "PROPN", "nsubjpass", n + 5),
        ("was", "be", "AUX", "auxpass", n + 5),
        ("bombed", "bomb", "VERB", "ccomp", n + 1),
        (".", ".", "PUNCT", "punct", n + 1),
    ]


def _speaker(rows: list[Row]) -> str | None:
    doc = parsed(rows)
    (quetta,) = mark(doc, "Quetta")
    Attribution()(doc)
    return None if quetta._.source is None else quetta._.source.name


def test_no_group_nobody_and_neither_side_claim_nothing() -> None:
    assert _speaker(_claimed([("Hamas", "Hamas", "PROPN", "nsubj", 2)])) == "Hamas"
    no_group = [("No", "no", "DET", "det", 1), ("group", "group", "NOUN", "nsubj", 3)]
    assert _speaker(_claimed(no_group)) is None
    assert _speaker(_claimed([("Nobody", "nobody", "PRON", "nsubj", 2)])) is None
    neither = [("Neither", "neither", "DET", "det", 1), ("side", "side", "NOUN", "nsubj", 3)]
    assert _speaker(_claimed(neither)) is None
