"""An outlet named in a dateline's brackets is no place ("KYIV (Nordic Wire) — ...").

A wire story's dateline names its outlet in brackets before the dash: "NAIROBI
(Reuters) -", "KYIV (Nordic Wire) —". A place's name that is only a part of such an
outlet's name ("Nordic", a region) stands for the outlet, not the place, and is no
mention: a toponym inside brackets that open among the first tokens of a sentence and
close right before a spaced dash, beside another capitalised word of the brackets that
is no word for a kind of place ("Region", "River"). A place that fills the brackets
("LVIV (Ukraine) —") stays; a name of two words the gazetteer lacks that fills them
("NYALA, Sudan (Nile Dispatch) -", tagged GPE) is the outlet's, and no mention either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.dateline_sentences import DASHES, MAX_DATELINE_TOKENS
from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import FEATURE_KIND_WORDS

#: Most tokens inside an outlet's brackets.
MAX_OUTLET_TOKENS = 6
_BRACKETS = frozenset({"(", ")"})


def _nearest_bracket(doc: Doc, indices: range) -> int | None:
    """The first of ``indices`` that holds a bracket, or ``None``."""
    return next((i for i in indices if doc[i].text in _BRACKETS), None)


def _brackets(doc: Doc, span: Span) -> tuple[int, int] | None:
    """The ``(open, close)`` token indices of dateline brackets around ``span``, or ``None``."""
    sent = span.sent
    lowest = max(sent.start, span.start - MAX_OUTLET_TOKENS)
    opening = _nearest_bracket(doc, range(span.start - 1, lowest - 1, -1))
    if opening is None or doc[opening].text != "(" or opening - sent.start > MAX_DATELINE_TOKENS:
        return None
    close = _nearest_bracket(doc, range(span.end, min(len(doc), opening + MAX_OUTLET_TOKENS + 1)))
    if close is None or doc[close].text != ")" or close + 1 >= len(doc):
        return None
    dash = doc[close + 1]
    if dash.text not in DASHES or not doc[close].whitespace_ or not dash.whitespace_:
        return None
    return opening, close


def outlet_part(span: Span, gazetteer: Any = None) -> bool:
    """Whether ``span`` is a part of an outlet's name in a dateline's brackets (module doc).

    A name of two words or more that fills the brackets is the outlet's whole name when
    the ``gazetteer`` does not know it and its last word is no word for a kind of place
    ("NYALA, Sudan (Nile Dispatch) -" tagged GPE; "LVIV (Lviv Oblast) -" and
    "(New York) -" stay).
    """
    doc = span.doc
    found = _brackets(doc, span)
    if found is None:
        return False
    opening, close = found
    others = [t for t in doc[opening + 1 : close] if t.i < span.start or t.i >= span.end]
    if not others and (span.start, span.end) == (opening + 1, close):
        return gazetteer is not None and _unknown_name(span, gazetteer)
    return any(
        t.is_alpha
        and t.text[:1].isupper()
        and t.lower_ not in ADMIN_WORDS
        and t.lower_ not in FEATURE_KIND_WORDS
        for t in others
    )


def _unknown_name(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` is a name of two words or more, no place's, with no kind word last."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    last = words[-1].lower_
    if last in ADMIN_WORDS or last in FEATURE_KIND_WORDS:
        return False
    return not gazetteer.has_name(span.text)


def without_outlet_names(doc: Doc, spans: Sequence[Span], gazetteer: Any = None) -> list[Span]:
    """``spans`` without the parts of an outlet's name in a dateline's brackets.

    With a ``gazetteer``, also without an outlet's whole name there
    (:func:`outlet_part`).
    """
    if not doc.has_annotation("SENT_START"):
        return list(spans)
    return [s for s in spans if not outlet_part(s, gazetteer)]
