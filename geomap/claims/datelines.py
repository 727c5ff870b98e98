"""A story's dateline: where it was filed, not what anyone claims ("LVIV, Ukraine (AP) —").

Moved from :mod:`geomap.claims.scene` (which re-exports :func:`in_dateline`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dashes that close a dateline ("LVIV, Ukraine (AP) — ...").
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


def in_dateline(span: Span) -> bool:
    """Whether ``span`` is in the dateline opening its sentence ("LVIV, Ukraine (AP) —").

    A dateline is up to a dozen words before a dash, with a word in capitals or an
    agency in brackets, or a place name in capitals opening the sentence before a
    capitalised word ("SAN ANTONIO Turner Sports analyst …"); it says where the story
    was filed, not what anyone claims.
    """
    sent = span.sent
    doc = sent.doc
    if _capital_opening(span):
        return True
    for tok in sent[1:12]:
        spaced = tok.text != "-" or bool(doc[tok.i - 1].whitespace_)
        if tok.text in _DATELINE_DASHES and spaced:
            prefix = doc[sent.start : tok.i]
            dateline = any(t.is_upper and len(t) > 2 for t in prefix) or "(" in prefix.text
            return dateline and span.end <= tok.i
    return False


def _capital_opening(span: Span) -> bool:
    """Whether ``span`` is a place name in capitals that opens its sentence, dash or not.

    At least four capital letters ("UK police said" is no dateline) and a word in
    title case after it ("SAN ANTONIO Turner Sports …"; not a headline in capitals).
    """
    sent = span.sent
    doc = sent.doc
    if any(not t.is_punct for t in doc[sent.start : span.start]) or span.end >= sent.end:
        return False
    letters = [ch for ch in span.text if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    after = doc[span.end]
    return after.is_title and after.is_alpha


def past_dateline(subj: Token) -> Token:
    """The speaker the parser hung below a dateline it made the subject, else ``subj``.

    "BAMAKO (Reuters) - Mali's ruling junta said …": the parser made "BAMAKO" the
    subject and "junta" its apposition; the dateline files the story, the apposition
    after its dash speaks, and so does a conjunct the parser made of it ("GOMA, Congo
    (Reuters) - M23 rebels said …": "rebels" a conjunct of "GOMA").
    """
    doc = subj.doc
    if not in_dateline(doc[subj.i : subj.i + 1]):
        return subj
    dash = next((t.i for t in doc[subj.i : subj.sent.end] if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return subj
    return next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > dash), subj)
