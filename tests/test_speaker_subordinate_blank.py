"""A saying the parser made the root of a subordinate clause says only what it holds (issue 17).

"After the climatologist declared the drought over in Kyiv , storms pushed toward Lviv .":
the small model makes "declared" the root, marked by "after", with the main clause hung on
it.  Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _after(mark_word: str) -> list[Row]:
    """ "<mark> the climatologist declared drought over in Kyiv , storms pushed toward Lviv ." """
    return [
        (mark_word, mark_word.lower(), "SCONJ", "mark", 3),
        ("the", "the", "DET", "det", 2),
        ("climatologist", "climatologist", "NOUN", "nsubj", 3),
        ("declared", "declare", "VERB", "ROOT", 3),
        ("drought", "drought", "NOUN", "nsubj", 5),
        ("over", "over", "ADV", "ccomp", 3),
        ("in", "in", "ADP", "prep", 5),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 3),
        ("storms", "storm", "NOUN", "npadvmod", 3),
        ("pushed", "push", "VERB", "acl", 9),
        ("toward", "toward", "ADP", "prep", 10),
        ("Lviv", "Lviv", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 3),
    ]


def _speakers(rows: list[Row]) -> list[str | None]:
    doc = parsed(rows)
    spans = mark(doc, "Kyiv", "Lviv")
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def test_the_main_clause_hung_on_a_subordinate_saying_is_narrative() -> None:
    assert _speakers(_after("After")) == ["the climatologist", None]


def test_without_a_subordinator_the_saying_covers_its_sentence() -> None:
    assert _speakers(_after("So")) == ["the climatologist", "the climatologist"]
