"""Places that label the lines of a list: "- Kupiansk: shelling ...", "- Izium: a drone ...".

A situation report, a Telegram post or a markdown note lists what happened where, one
line per place, each line opened by the place's name and a colon, often after a bullet.
The tagger reads a label alone at a line's start as a common noun as often as a name
("Izium: a drone hit a warehouse" gives no entity). A line's label is a place when the
list it stands in is a list of places: at least :data:`MIN_LABELS` distinct labels of
the text's lines, most of them names the gazetteer holds as a town, an administrative
unit or a country, one of them found by another rule or well known (a country, an
admin-1 unit, a city of :data:`~geomap.nlp.vocab.BIG_CITY` people). Each such label is
then a place; a word of a person's name in the article and a common word ("Update:",
"Note:") are not, nor is any label of a transcript, whose speakers come back ("HARVEY:
... JORDAN: ... HARVEY:").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.extensions import doc_text
from geomap.nlp.vocab import BIG_CITY
from geomap.text import line_breaks

#: Tokens that open a list's item before its label.
BULLETS = frozenset({"-", "*", "•", "–", "—", "·", "▪", "►", "‣", "+"})
#: The fewest labelled lines that make a list.
MIN_LABELS = 2
#: The most words of a label.
MAX_LABEL_WORDS = 4
#: Kinds of place a line's label may name.
LABEL_TYPES = frozenset({"city", "admin1", "admin2", "country"})


def label_spans(doc: Doc) -> list[Span]:
    """The labels of ``doc``'s lines: capitalised words opening a line, before a colon.

    A line starts at the text's start or after a line break (``doc._.line_breaks``,
    where the pipeline has put spaces in the breaks' place, else the text's own "\\n");
    a bullet (:data:`BULLETS`) or an item's number ("1.", "2)") may open it.
    """
    out: list[Span] = []
    if ":" not in doc_text(doc):
        return out
    for i in _line_openings(doc):
        tok = doc[i]
        start = i
        if tok.text in BULLETS:
            start = i + 1
        elif tok.like_num and i + 1 < len(doc) and doc[i + 1].text in {".", ")"}:
            start = i + 2
        end = start
        while end < len(doc) and end - start < MAX_LABEL_WORDS and _name_word(doc, end):
            end += 1
        if start < end < len(doc) and doc[end].text == ":":
            out.append(Span(doc, start, end, label="GPE"))
    return out


def _line_openings(doc: Doc) -> list[int]:
    """The index of each line's first token that is not a space, in order."""
    text = doc_text(doc)
    breaks = doc._.line_breaks if Doc.has_extension("line_breaks") else None
    if breaks is None:
        breaks = line_breaks(text)
    out: list[int] = []
    at_break = set(breaks)
    for start in (0, *(b + 1 for b in breaks)):
        end = start
        while end < len(text) and text[end].isspace() and end not in at_break:
            end += 1
        if end >= len(text) or end in at_break:
            continue  # a blank line
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].idx == end:
            out.append(span[0].i)
    return out


def _name_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may be a word of a label's name (capitalised, or a hyphen inside)."""
    tok = doc[i]
    if tok.is_alpha and tok.text[:1].isupper():
        return True
    return tok.text in {"-", "'"} and not doc[i - 1].whitespace_ and i + 1 < len(doc)


def line_label_places(
    doc: Doc, found: Sequence[Span], gazetteer: Any, people: frozenset[str]
) -> list[Span]:
    """The labels of a list of places in ``doc`` that no rule found (spans labelled GPE)."""
    labels = label_spans(doc)
    if len(labels) < MIN_LABELS or len({s.text for s in labels}) < len(labels):
        return []  # a transcript's "HARVEY: ... JORDAN: ... HARVEY: ...": speakers come back
    taken = {(s.start, s.end) for s in found}
    known = [s for s in labels if _place_name(s, gazetteer, people)]
    if len(known) < MIN_LABELS or 2 * len(known) < len(labels):
        return []
    if not any((s.start, s.end) in taken or _well_known(s, gazetteer) for s in known):
        return []  # no label the list stands on
    return [s for s in known if (s.start, s.end) not in taken]


def _well_known(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` names a country, an admin-1 unit or a city of :data:`BIG_CITY` people."""
    return any(
        c.match in {"name", "alias", "exonym"}
        and (c.place.feature_type in {"country", "admin1"} or c.place.population >= BIG_CITY)
        for c in gazetteer.candidates(span.text)
    )


def _place_name(span: Span, gazetteer: Any, people: frozenset[str]) -> bool:
    """Whether ``span`` is the name of a town, unit or country and no common or person's word."""
    if any(tok.text in people for tok in span):
        return False
    if len(span) == 1:
        from geomap.nlp.headline_case import common_word, inflected_common

        word = span.text.lower()
        if common_word(word) or inflected_common(word):
            return False  # "Update:", "Note:", "Reading:"
    return any(
        c.match in {"name", "alias", "exonym"} and c.place.feature_type in LABEL_TYPES
        for c in gazetteer.candidates(span.text)
    )
