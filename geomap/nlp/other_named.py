"""The last step of recognition: names found that name someone or something else.

:class:`geomap.nlp.recognizer.ToponymRecognizer` finds names by many rules, then drops
those that stand for a person, a headline's word, a group, a headline's person or a
firm, in this order:

* the fragment ending a title cut mid-word
  (:func:`geomap.nlp.cut_headlines.without_cut_words`: "... in the Red Sea off Ho");
* a surname of one of the article's people, a small town that speaks
  (:func:`geomap.nlp.people.without_people`: "Ashley Sutton" ... "Sutton");
* a headline's title-cased common word (:func:`geomap.nlp.headline_case.without_headline_words`:
  "Grain corridor talks");
* a common word a sentence's or a line's start capitalises, of no entry
  (:func:`geomap.nlp.initial_words.without_initial_words`: "Gunmen attacked a convoy");
* a body of a continent's states the gazetteer lacks
  (:func:`geomap.nlp.state_bodies.without_bodies_of_states`: "the African Union");
* a place opening a person's or a firm's name on a headline line
  (:func:`geomap.nlp.headline_places.without_headline_names`: "Paris Hilton launches");
* a headline's name the body gives a first name
  (:func:`geomap.nlp.headline_surnames.without_headline_surnames`: "Joaquin Phoenix");
* a place inside a group's name (:func:`geomap.nlp.group_names.without_group_names`:
  "the Ogaden National Liberation Front");
* a place standing for a company or a team (:func:`geomap.nlp.firm_names.without_firm_names`:
  "Canada Goose shares fell");
* a place opening a disease's or a virus's name
  (:func:`geomap.nlp.disease_names.without_disease_names`: "West Nile virus");
* a place opening a newspaper's title (:func:`geomap.nlp.mastheads.without_mastheads`:
  "told the Dnipro Post").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.cut_headlines import without_cut_words
from geomap.nlp.disease_names import without_disease_names
from geomap.nlp.firm_names import without_firm_names
from geomap.nlp.group_names import without_group_names
from geomap.nlp.headline_case import without_headline_words
from geomap.nlp.headline_places import without_headline_names
from geomap.nlp.headline_surnames import without_headline_surnames
from geomap.nlp.initial_words import without_initial_words
from geomap.nlp.mastheads import without_mastheads
from geomap.nlp.outlet_brackets import without_outlet_names
from geomap.nlp.people import without_people
from geomap.nlp.state_bodies import without_bodies_of_states


def without_other_named(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the names that stand for someone or something else (module doc)."""
    kept = without_people(without_cut_words(doc, spans), gazetteer)
    kept = without_headline_words(doc, kept, gazetteer)
    kept = without_initial_words(kept, gazetteer)
    kept = without_bodies_of_states(kept, gazetteer)
    kept = without_headline_names(doc, kept, gazetteer)
    kept = without_headline_surnames(doc, kept, gazetteer)
    kept = without_group_names(doc, kept)
    kept = without_firm_names(doc, kept, gazetteer)
    kept = without_disease_names(doc, kept)
    return without_mastheads(doc, without_outlet_names(doc, kept, gazetteer))
