"""Words in a speaker phrase that no name holds: markup written as text, formula residue.

A page that shows markup as text ("a witness named <script>alert(5)</script>") or a
spreadsheet cell opening with a formula ("=1+1 Russian officials said") gives the
parser words that make no name: the speaker is "a witness" and "Russian officials".
:func:`without_noise` cuts a phrase before a markup tag written in it and past the
symbols and figures of a formula opening it; the names are then split as any other
(:func:`geomap.claims.names.split_name`).
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.extensions import doc_text
from geomap.text import MARKUP_TAG

#: Characters of a spreadsheet formula or operator that never open a name.
FORMULA_MARKS = frozenset("=+*/^@|")
#: Words left before a cut that only introduce the name cut off ("named", "called").
_INTRODUCING = frozenset({"VERB", "AUX", "ADP", "SCONJ", "PUNCT", "SPACE"})


def without_noise(phrase: Span) -> Span:
    """``phrase`` cut before markup written as text and past a formula opening it.

    The phrase itself when nothing is cut, or when nothing would be left.
    """
    out = _before_markup(phrase)
    out = _past_formula(out)
    return out if len(out) else phrase


def _before_markup(phrase: Span) -> Span:
    """The words before the first markup tag written in ``phrase`` ("<script>")."""
    doc = phrase.doc
    text = doc_text(doc)
    for tok in phrase:
        if "<" not in tok.text:
            continue
        at = tok.idx + tok.text.index("<")
        if MARKUP_TAG.match(text, at) is None:
            continue
        end = tok.i
        while end > phrase.start and doc[end - 1].pos_ in _INTRODUCING:
            end -= 1  # "a witness named | <script>": the participle introduced it
        return doc[phrase.start : end]
    return phrase


def _past_formula(phrase: Span) -> Span:
    """``phrase`` past the figures and symbols of a formula opening it ("=1+1 | Russian …").

    Only a run of tokens without letters that holds a formula mark: "12 residents"
    keeps its figure.
    """
    doc = phrase.doc
    start = phrase.start
    while start < phrase.end and not any(ch.isalpha() for ch in doc[start].text):
        start += 1
    run = doc[phrase.start : start].text
    if start == phrase.start or not any(ch in FORMULA_MARKS for ch in run):
        return phrase
    return doc[start : phrase.end]
