"""A speaker phrase cut down to its name: its first apposition off, its edges trimmed.

"The expert, a former U.S. defense official" -> "The expert" (:func:`without_appos`,
the apposition the role); :func:`trim` drops edge punctuation, conjunctions,
prepositions and articles. Read by :func:`geomap.claims.names.split_name`.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.claims.appositions import affiliation_asides
from geomap.claims.name_edges import bracketed, inside_name


def without_appos(phrase: Span) -> tuple[Span, int]:
    """The phrase up to its first apposition, and where its role ends.

    "The expert, a former U.S. defense official" -> "The expert" (the apposition is
    the role: it ends with the phrase); "A resident of Irpin, a suburb west of
    Kyiv" -> "A resident of Irpin" (an apposition set off by a comma of a word
    inside the name is no role: it ends with the name; "statistics agency Ukrstat" stays).
    """
    root = phrase.root
    appos = [
        t
        for t in phrase
        if t.dep_ == "appos" and t.i > root.i and phrase.start <= t.head.i < phrase.end
    ]
    doc = phrase.doc
    appos = [
        t
        for t in appos
        if t.head.i == root.i or (t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",")
    ]
    if root.pos_ == "NOUN":  # "an official from the … Geoinformation (NASMG)": one description
        appos = [t for t in appos if not bracketed(t)]
    appos = [t for t in appos if not inside_name(root, t)]
    appos += affiliation_asides(phrase)  # "The researchers, from the University of X,"
    if not appos:
        return phrase, phrase.end
    first = min(appos, key=lambda t: t.left_edge.i)
    name = trim(phrase.doc[phrase.start : max(first.left_edge.i, root.i + 1)]) or phrase
    return name, phrase.end if first.head.i == root.i else name.end


def trim(doc_span: Span) -> Span | None:
    """``doc_span`` without edge punctuation, spaces and conjunctions; ``None`` when empty."""
    start, end = doc_span.start, doc_span.end
    doc = doc_span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ in ("ADP", "DET")
    ):
        end -= 1
    return doc[start:end] if end > start else None
