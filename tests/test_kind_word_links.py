"""A word for a kind of place names it across "du", "de la", "der" (issue 18).

"l'embouchure du Rhône", "le long de la Loire", "am Ufer der Oder": the word for
water is not right before the name, an article or "de" with one is between
(:func:`geomap.nlp.local_context.kind_before`).
"""

from __future__ import annotations

import pytest
import spacy

from geomap.nlp.local_context import kind_before


@pytest.mark.parametrize(
    ("lang", "text", "index", "kind"),
    [
        ("fr", "Le long du Rhône , les trains", 3, "water"),
        ("fr", "à l'embouchure de la Loire", 5, "water"),
        ("fr", "sur la rive des Vosges", 4, "water"),
        ("fr", "l'île d'Ouessant", 3, "landform"),
        ("de", "am Ufer der Oder", 3, "water"),
        ("de", "an der Mündung des Rheins", 4, "water"),
    ],
)
def test_a_kind_word_reaches_across_its_links(lang: str, text: str, index: int, kind: str) -> None:
    doc = spacy.blank(lang)(text)
    assert kind_before(doc[index], lang) == kind


@pytest.mark.parametrize(
    ("lang", "text", "index"),
    [("fr", "de Lyon", 1), ("fr", "à Lyon", 1), ("de", "in der Oder", 2), ("de", "der Oder", 1)],
)
def test_a_link_alone_says_no_kind(lang: str, text: str, index: int) -> None:
    doc = spacy.blank(lang)(text)
    assert kind_before(doc[index], lang) is None
