"""A name derived from a place's name is not that place ("реки Казанку" is no Kazan).

A name the gazetteer lacks, or a namesake town abroad dropped, goes to the article's
focus (:mod:`geomap.nlp.final_places`). When that focus is a place whose name the
mention's word begins with but does not inflect ("Казанку", the river Kazanka, in a
story on Kazan: the lookup's lemmas do not lead from the word to the place), the word
is another name made from it (a river, a district, a suburb) and counting it as the
place would double it: the mention stays unplaced (:func:`derived_from`). Only in the
inflected languages the lookup reads by lemmas (:data:`~geomap.gazetteer.lemmas.LOCAL_LANGUAGES`):
an English word made so ("Kyivstar") is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import normalize_name
from geomap.records import Candidate, Place

#: The fewest letters of a place's name a derived word must begin with.
MIN_STEM = 4


def derived_from(spans: list[Span], place: Place, cands: list[Candidate]) -> bool:
    """Whether the mentions ``spans`` name a word made from ``place``'s name (module doc).

    The word begins with the place's normalised name less its last letter (at least
    :data:`MIN_STEM` letters), is longer than the name, and none of its candidates
    (``cands``, by its lemmas) is the place; in a local language only.
    """
    if not spans or spans[0].doc.lang_ not in LOCAL_LANGUAGES:
        return False
    if any(c.place.place_id == place.place_id for c in cands):
        return False
    name = normalize_name(place.name)
    stem = name[:-1]
    if len(stem) < MIN_STEM or " " in name:
        return False
    words = {normalize_name(s.text) for s in spans}
    return all(" " not in w and len(w) > len(name) and w.startswith(stem) for w in words)
