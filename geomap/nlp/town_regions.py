"""A town the words after it place in a part of its country: "Djibo in the north".

Conflict news places a town it expects the reader not to know by the part of the
country it lies in: "a convoy bringing food to Djibo in the north", "Bamba, in the far
east", "Kalewa in the northwest of the country". :func:`compass_after` reads such a
name as a place, for :mod:`geomap.nlp.known` (which also asks the gazetteer for a town
of that name).
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.vocab import COMPASS_POINTS

#: Words between "the" and the compass point ("in the far north").
COMPASS_MODIFIERS = frozenset({"far", "extreme"})


def compass_after(span: Span) -> bool:
    """Whether "in the" (maybe after a comma) and a point of the compass follow the name.

    "Djibo in the north", "Bamba, in the far east": the point in lower case, and no
    capitalised word after it ("in the North Sea" is another name, "in the West Bank" a
    territory's).
    """
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j + 2 >= len(doc) or doc[j].lower_ != "in" or doc[j + 1].lower_ != "the":
        return False
    k = j + 2
    if doc[k].lower_ in COMPASS_MODIFIERS and doc[k].is_lower:
        k += 1
    if k >= len(doc) or not doc[k].is_lower or doc[k].lower_ not in COMPASS_POINTS:
        return False
    return k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper()
