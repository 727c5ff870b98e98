"""A name that is only the front of a place's one-word name: "Söder" for Södermalm.

GeoNames lists clipped, colloquial forms among a place's alternate names: the first
part of a compound ("Söder" for Stockholm's district Södermalm). Such a form is as
often a person's surname or another word ("Markus Söder"), so in the languages of
the gazetteer-driven recogniser (:mod:`geomap.nlp.local_accept`) it names the place
only where its context says a place follows: a preposition of place, a dateline, a
word for its kind. A place's whole word at the front of a longer name ("Frankfurt"
for Frankfurt am Main) is no clipped form.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.gazetteer.lemmas import lemma_key
from geomap.gazetteer.names import normalize_name
from geomap.nlp.local_context import kind_before, locative
from geomap.nlp.local_position import dateline
from geomap.records import Candidate

#: Fewest letters a clipped form leaves off its word ("-malm"); fewer are an ending or a
#: spelling of the language: "Belgrad" for Belgrade, "Чебоксар" for Cheboksary.
MIN_CLIPPED = 4


def clipped(span: Span, cand: Candidate) -> bool:
    """Whether ``span`` matches ``cand`` only as the front of one word of its name.

    The span's text (or its lemmas) is a prefix of the place's normalised name that
    leaves at least :data:`MIN_CLIPPED` letters of the same word off: "Söder" of
    "Södermalm", not "Frankfurt" of "Frankfurt am Main" nor "Belgrad" of "Belgrade". A
    candidate matched by its own name never is.
    """
    if cand.match == "name":
        return False
    name = normalize_name(cand.place.name)
    forms = {normalize_name(span.text), lemma_key(span.text, span.doc.lang_)}
    return any(
        form
        and len(name) - len(form) >= MIN_CLIPPED
        and name.startswith(form)
        and name[len(form) : len(form) + MIN_CLIPPED].isalnum()
        for form in forms
    )


def unclipped(cands: list[Candidate], span: Span) -> list[Candidate]:
    """``cands`` without those ``span`` only clips (:func:`clipped`), unless placed.

    Placed: a preposition of place (maybe with its article), a dateline or a word for
    a kind of place stands before it ("in Söder", "Stadtteil Söder").
    """
    tok, lang = span[0], span.doc.lang_
    placed = (
        locative(tok, lang)
        or locative(tok, lang, article=True)
        or dateline(tok)
        or kind_before(tok, lang) is not None
    )
    return cands if placed else [c for c in cands if not clipped(span, c)]
