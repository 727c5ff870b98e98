"""A name that ends with its unit's word is a place, whatever the model tagged it.

"Mykolaiv Oblast reported damage" (tagged PERSON), "Idlib Governorate" (ORG): no
person, body or work is called "... Oblast", "... Governorate" or "... Province"
when the gazetteer has an admin-1 or admin-2 unit of that very name, so such an
entity is the unit, in any context. The model's own places (GPE, LOC) are left to
the recogniser's other rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.county_order import UNIT_TYPES

#: A unit's word as it ends a unit's name (capitalised: "the Kyiv region" is another rule's).
UNIT_TITLES = frozenset(
    {
        "Oblast",
        "Governorate",
        "Province",
        "Region",
        "Krai",
        "Kray",
        "Voivodeship",
        "Prefecture",
        "Raion",
        "Rayon",
        "Okrug",
    }
)
#: The model's labels for places, which other rules read.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def unit_named_entities(doc: Doc, ents: Iterable[Span], gazetteer: Any) -> list[Span]:
    """The entities of ``ents`` that are a unit's own name ending with its unit's word.

    The span leaves out a leading "the" and is labelled GPE.
    """
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in _PLACE_LABELS or len(ent) < 2 or ent[-1].text not in UNIT_TITLES:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        if ent.end - start < 2 or not doc[start].text[:1].isupper():
            continue
        span = Span(doc, start, ent.end, label="GPE")
        if any(
            c.match != "demonym" and c.place.feature_type in UNIT_TYPES
            for c in gazetteer.candidates(span.text)
        ):
            out.append(span)
    return out
