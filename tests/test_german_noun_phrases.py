"""A German article may have adjectives between it and its noun (issue 18).

"ein enges Rennen" is a noun phrase, not the town Rennes; "dem schwedischen Nynäshamn"
still names a town abroad.
"""

from __future__ import annotations

import spacy

from geomap.nlp.local_context import after_article


def _after_article(text: str, word: str) -> bool:
    doc = spacy.blank("de")(text)
    return after_article(next(t for t in doc if t.text == word), "de")


def test_adjectives_between_an_article_and_a_noun() -> None:
    assert _after_article("Umfragen sehen ein enges Rennen.", "Rennen")
    assert _after_article("Sie planen das neue große Stadion.", "Stadion")
    assert _after_article("Er kam in die Stadt.", "Stadt")


def test_no_article_or_a_place_adjective() -> None:
    assert not _after_article("zwischen Danzig und dem schwedischen Nynäshamn", "Nynäshamn")
    assert not _after_article("Im Süden stehen Naumburg und Weißenfels.", "Naumburg")
    assert not _after_article("Sie fahren heute Stendal an.", "Stendal")
