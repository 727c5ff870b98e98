"""A French compass word closing a name: "Kivu du Sud" is South Kivu, "du Nord" no place alone.

"au Darfour du Nord" gave Nord, Haiti (a new user's article): the compass word after "du"
and a capitalised name is part of that name (geomap.nlp.french_tails.outside_compass_tails),
whose English form the store tries (geomap.gazetteer.foreign_forms.compass_english).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer.foreign_forms import compass_english
from geomap.nlp.french_tails import outside_compass_tails


def test_a_closing_compass_word_gives_the_english_form() -> None:
    assert compass_english("Kivu du Sud", "fr") == "South Kivu"
    assert compass_english("Darfour-Nord", "fr") == "North Darfour"
    assert compass_english("Nord-Kivu", "fr") == "North Kivu"  # the opening form still
    assert compass_english("Kivu du Sud", "de") is None  # French only
    assert compass_english("de l'Est", "fr") is None  # no name before it


def test_a_compass_word_after_du_and_a_name_is_no_place_alone() -> None:
    doc = spacy.blank("fr")("au Darfour du Nord et dans le Nord")
    spans = [Span(doc, 3, 4, label="GAZ"), Span(doc, 7, 8, label="GAZ")]
    kept = outside_compass_tails(spans)
    assert [(s.start, s.text) for s in kept] == [(7, "Nord")]  # "le Nord" stays


class _Known:
    """A gazetteer that knows only the given names."""

    def __init__(self, *names: str) -> None:
        self.names = set(names)

    def candidates(self, text: str, lang: str | None = None) -> list[str]:
        return [text] if text in self.names else []


def test_a_span_runs_on_over_an_elided_particle_to_a_name_known_whole() -> None:
    from geomap.nlp.french_tails import with_elided_tails

    doc = spacy.blank("fr")("près de Fada N'Gourma et de Fada N'Djamena")
    assert [t.text for t in doc[2:5]] == ["Fada", "N'", "Gourma"]
    spans = [Span(doc, 2, 3, label="LOC"), Span(doc, 7, 8, label="LOC")]
    out = with_elided_tails(spans, _Known("Fada N'Gourma"))
    assert [s.text for s in out] == ["Fada N'Gourma", "Fada"]  # only a name known whole
