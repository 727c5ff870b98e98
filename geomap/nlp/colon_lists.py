"""Towns listed after a unit's name and a colon ("w obwodzie sumskim: Białopole, Szostka").

War posts list the towns an attack struck after the name of their oblast or
district and a colon: "Getroffene Orte in der Oblast Sumy: Bilopillja, Krasnopillja,
Schostka und Ochtyrka". Each one-word name of the list (words joined by a comma
or a conjunction, :data:`~geomap.nlp.local_words.CONJUNCTIONS`) that is a town of
:data:`~geomap.nlp.local_kinds.TOWN` people, or a village of the language's own
country by its own name, is taken, as a town beside a found one in a list is
(:func:`geomap.nlp.local_lists.listed_towns`), though no name of the
list is found yet. Only a unit's or a region's name heads such a list
(:func:`~geomap.nlp.local_kinds.heads_list`): after a town's, the colon opens a
report ("Kramatorsk: Zwei Gleitbomben …").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.local_context import capitalised
from geomap.nlp.local_kinds import heads_list, town
from geomap.nlp.local_words import CONJUNCTIONS, HOME_COUNTRIES
from geomap.records import Candidate


def _listed_town(cands: Sequence[Candidate], lang: str) -> bool:
    home = HOME_COUNTRIES.get(lang, frozenset())
    return any(
        town(c, lang)
        or (c.match == "name" and c.place.feature_type == "city" and c.place.country_code in home)
        for c in cands
    )


def colon_listed(
    gazetteer: Any, doc: Doc, spans: Sequence[Span], blocked: set[int]
) -> Iterator[Span]:
    """The towns of a list after a found unit's name and a colon (see the module docstring)."""
    lang = doc.lang_
    joins = CONJUNCTIONS.get(lang, frozenset())
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        i = span.end + 1
        if i >= len(doc) or doc[span.end].text != ":":
            continue
        if not heads_list(gazetteer.candidates(span.text, lang)):
            continue
        while i < len(doc):
            tok = doc[i]
            if i in blocked or tok.is_stop or not (tok.is_alpha and capitalised(tok)):
                break  # "Ungarn: Die Regierung …", "Sauerland: In Altena …": a sentence
            if i not in taken and _listed_town(gazetteer.candidates(tok.text, lang), lang):
                taken.add(i)
                yield Span(doc, i, i + 1, label="GAZ")
            if i + 2 < len(doc) and doc[i + 1].lower_ in joins:
                i += 2
                continue
            break
