"""Where a name the gazetteer lacks stands: "near X", "crossed at X", "the border at X".

Wire stories place small towns, camps, shoals and border posts by a preposition alone
("drone strikes near Tinzaouaten", "a foothold near Krynky", "Most crossed at Nimule",
"the border with Nigeria at Ekok"), and the small model tags such names PERSON or ORG.
A name without any gazetteer entry that :func:`geomap.nlp.unknown_towns.unknown_town`
lets through (no person's two names, no acronym, no demonym, no modifier of a noun) is
a place right after "near", or after "at" that a word of crossing or of a border shortly
before governs. "at" alone is not enough ("talks at Chatham House", "a rally at Trump
Tower"), nor is a list: the name must follow the preposition directly.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Words a few tokens before "at X" that make X a crossing point: "crossed at X",
#: "crossed into Uganda at X", "fled across the river into Rwanda at X", "the border
#: with Nigeria at X", "the crossing at X".
CROSSING_WORDS = frozenset(
    {"cross", "crosses", "crossed", "crossing", "crossings", "across", "border", "frontier"}
)
#: How many tokens before "at" a crossing word may stand.
CROSSING_WINDOW = 6


def after_near(span: Span) -> bool:
    """Whether lower-case "near" comes right before the name ("strikes near Tinzaouaten")."""
    i = span.start - 1
    return i >= 0 and span.doc[i].text == "near"


def crossing_at(span: Span) -> bool:
    """Whether "at" comes right before the name and a crossing word shortly before it.

    "Most crossed at Nimule", "crossed into Uganda at Elegu", "the border with Nigeria
    at Ekok": a word of :data:`CROSSING_WORDS` at most :data:`CROSSING_WINDOW` tokens
    before "at", in the same sentence and with no comma or other punctuation between.
    """
    doc, i = span.doc, span.start - 1
    if i < 1 or doc[i].lower_ != "at":
        return False
    lowest = max(doc[i].sent.start if doc.has_annotation("SENT_START") else 0, i - CROSSING_WINDOW)
    for k in range(i - 1, lowest - 1, -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in CROSSING_WORDS:
            return True
    return False


def locative_unknown(span: Span) -> bool:
    """Whether the name stands "near" something or at a crossing (module docstring)."""
    return after_near(span) or crossing_at(span)
