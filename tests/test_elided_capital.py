"""A capital elided letter written against a French name is the name's (issue 18).

"à N’Djamena": French tokenises "N’" apart and the model may take "Djamena" alone.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.nlp.local_spans import elided_capital


def _doc(words: list[str], spaces: list[bool], ent: tuple[int, int]) -> Span:
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, ent[0], ent[1], label="LOC")]
    return doc.ents[0]


def test_a_capital_elided_letter_joins_the_name() -> None:
    ent = _doc(["à", "N’", "Djamena", "."], [True, False, False, False], (2, 3))
    assert elided_capital(ent, "fr") == (1, 3)
    ent = _doc(["à", "L'", "Île-Rousse"], [True, False, False], (2, 3))
    assert elided_capital(ent, "fr") == (1, 3)


def test_an_article_or_a_lowercase_elision_stays_out() -> None:
    assert elided_capital(_doc(["L’", "Europe", "a"], [False, True, False], (1, 2)), "fr") is None
    assert elided_capital(_doc(["de", "l’", "Europe"], [True, False, False], (2, 3)), "fr") is None
    assert elided_capital(_doc(["à", "N’", "Djamena"], [True, True, False], (2, 3)), "fr") is None
    assert elided_capital(_doc(["à", "N’", "Djamena"], [True, False, False], (2, 3)), "de") is None
