"""A continent's or a region's demonym opening a proper name names a body of states.

"The African Union mission denied ...": the model labels "African Union" GPE, the
gazetteer has no such name, and its leading demonym made it Africa, a point at the
continent's middle, with the word "Union" in the mention. A body of a continent's
states ("the African Union", "the West African Economic Community", "the European
Commission") is no place: :func:`body_of_states` keeps its demonym from giving a
candidate, and :func:`without_bodies_of_states` drops such a name of no entry of its
own from the toponyms. A country's demonym still places a body in its country
("Russian Embassy", "British Council"), and a common noun after a continent's demonym
names the continent ("the African continent").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.name_shapes import lookup_demonym
from geomap.records import Place

#: Kinds of place whose demonym leading a proper name names a body of many states.
MANY_STATES = frozenset({"continent", "region"})


def body_of_states(demonym: Place, words: list[str], n: int = 1) -> bool:
    """Whether ``demonym``, a continent or region, opens the longer proper name ``words``.

    The demonym is the first ``n`` words; more must follow, the last capitalised
    ("North American" alone is the demonym itself).
    """
    rest = words[n:]
    return demonym.feature_type in MANY_STATES and bool(rest) and rest[-1][:1].isupper()


def without_bodies_of_states(spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the names of bodies of states the gazetteer lacks (module doc).

    The demonym is the name's first word or words, the longest that is one.
    """
    out: list[Span] = []
    for span in spans:
        words = span.text.split()
        if len(words) > 1 and not gazetteer.candidates(span.text):
            found = ((n, lookup_demonym(gazetteer, " ".join(words[:n]))) for n in (2, 1))
            n, demonym = next(((n, d) for n, d in found if d is not None), (0, None))
            if demonym is not None and body_of_states(demonym, words, n):
                continue
        out.append(span)
    return out
