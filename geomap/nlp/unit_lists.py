"""Lists of names that a plural unit word closes or opens.

"Clay, Becker and Douglas counties", "the Kharkiv and Zaporizhzhia regions", "states
such as California or Washington", "the provinces of Idlib and Hama": every name of
such a list is a unit of that kind. :func:`closing_plural` gives the word that closes
a name's list, :func:`listed_before_plural` and :func:`listed_after_plural` whether a
name is in such a list (:mod:`geomap.nlp.mention_evidence` reads them as an admin hint,
:mod:`geomap.nlp.candidates` looks up "<name> <unit>").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS
from geomap.nlp.scoring import ADMIN_PLURALS
from geomap.nlp.vocab import LIST_GLUE

#: Most tokens from a name to the plural word that closes its list.
_MAX_LIST_TOKENS = 16


def _span_bounds(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """Token start -> end and end -> start of the doc's toponyms, built once per doc state.

    Cached on the doc for the current span group (its identity and size): one
    dict per call made resolution quadratic in the number of mentions.
    """
    spans = doc.spans.get(TOPONYMS, [])
    key = (id(spans), len(spans), spans[0].start if len(spans) else -1)
    cache = doc.user_data.get("geomap_span_bounds")
    if cache is None or cache[0] != key:
        bounds = [(s.start, s.end) for s in spans]
        cache = (key, dict(bounds), {b: a for a, b in bounds})
        doc.user_data["geomap_span_bounds"] = cache
    return cache[1], cache[2]


def _back_to_first(doc: Doc, ends: Mapping[int, int], start: int) -> tuple[int, int]:
    """From a name starting at token ``start`` back to the first name of its list.

    Returns the names counted (itself included) and the first one's start; ``ends``
    maps each entity's end token to its start (:func:`_span_bounds`).
    """
    items, i = 1, start
    while True:
        j = i
        while j > 0 and doc[j - 1].lower_ in LIST_GLUE:
            j -= 1
        if j == i or j not in ends:
            return items, i
        items, i = items + 1, ends[j]


def closing_plural(span: Span, plurals: frozenset[str] = ADMIN_PLURALS) -> str | None:
    """The plural admin word (lower case) closing a list of two or more names ``span`` is in.

    "Clay, Becker and Douglas counties": "counties" for each of the three names ("the
    Gulf states", a single name, is no list). With other ``plurals``, another kind:
    "Bourbon and Dauphine streets".
    """
    doc = span.doc
    starts, ends = _span_bounds(doc)
    items, _ = _back_to_first(doc, ends, span.start)
    i = span.end
    while i < len(doc) and i - span.end < _MAX_LIST_TOKENS:
        if doc[i].lower_ in plurals:
            return doc[i].lower_ if items >= 2 else None
        j = i
        while j < len(doc) and doc[j].lower_ in LIST_GLUE:
            j += 1
        if j == i or j not in starts:
            return None
        items, i = items + 1, starts[j]
    return None


def listed_before_plural(span: Span, plurals: frozenset[str] = ADMIN_PLURALS) -> bool:
    """Whether the span is in a list of two or more names closed by a plural admin word.

    "Clay, Becker and Douglas counties": every name of the list is a county
    (:func:`closing_plural`).
    """
    return closing_plural(span, plurals) is not None


#: Words between a plural admin word and the list it introduces ("states such as X
#: or Y", "the provinces of X and Y", "counties including X, Y and Z").
LIST_OPENERS = frozenset({"such", "as", "like", "including", "of", "namely", ":"})
#: Most words between them.
_MAX_OPENER = 2


def listed_after_plural(span: Span) -> bool:
    """Whether the span is in a list a plural admin word introduces.

    "western states such as California or Washington", "the provinces of Idlib and
    Hama": every name of the list is such a unit. After "of" it takes two names or
    more ("the districts of Kabul" are Kabul's); a name right after the plural with
    nothing between ("counties Clay"), or after other words, is not in such a list.
    """
    doc = span.doc
    starts, ends = _span_bounds(doc)
    items, i = _back_to_first(doc, ends, span.start)
    end = span.end
    while True:  # on to its last
        j = end
        while j < len(doc) and doc[j].lower_ in LIST_GLUE:
            j += 1
        if j == end or j not in starts:
            break
        items, end = items + 1, starts[j]
    k = i
    while k > 0 and i - k < _MAX_OPENER and doc[k - 1].lower_ in LIST_OPENERS:
        k -= 1
    if not (0 < k < i and doc[k - 1].lower_ in ADMIN_PLURALS):
        return False
    return items >= 2 or doc[i - 1].lower_ != "of"
