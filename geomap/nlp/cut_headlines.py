"""A headline cut mid-word ends in a fragment, no place: "... in the Red Sea off Ho".

Archives and feeds cut titles at a fixed length ("Houthi rebels fired missiles at a
ship in the Red Sea off Ho", the body saying "off Hodeidah"): the last word is the
front of a longer word, and the gazetteer knows many short names (Ho, Ghana; Assa,
Morocco for "Assam"; "Fort McMu" for Fort McMurray).  :func:`without_cut_words`
drops the name ending the article's first line when that line has no closing
punctuation and the rest of the article writes a longer capitalised word that
begins with the name's last word, and never that word alone.  A title ending in a
whole word the body repeats ("Floods in York", then "York" and "North Yorkshire")
keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

#: Characters that close a title written whole.
CLOSING = frozenset(".!?…\"'»”“)]")


def _first_line_end(doc: Doc) -> int | None:
    """The offset where the doc's first line ends (a line break), ``None`` with one line."""
    ends = []
    if Doc.has_extension("line_breaks") and doc._.line_breaks:
        ends.append(min(doc._.line_breaks))
    newline = doc.text.find("\n")
    if newline >= 0:
        ends.append(newline)
    return min(ends) if ends else None


def without_cut_words(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without a cut title's last fragment (module docstring)."""
    end = _first_line_end(doc)
    if end is None or not spans:
        return list(spans)
    line = doc.text[:end].rstrip()
    if not line or line[-1] in CLOSING:
        return list(spans)
    last = [s for s in spans if s.end_char == len(line)]
    if not last:
        return list(spans)
    word = last[0][-1].text
    if not word[:1].isupper():
        return list(spans)
    longer = re.compile(r"(?<!\w)" + re.escape(word) + r"\w")
    whole = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    if not longer.search(doc.text, end) or whole.search(doc.text, end):
        return list(spans)  # "Floods in York" with "York" and "Yorkshire" below: a word
    return [s for s in spans if s is not last[0]]
