"""Sentence starts a statistical sentence splitter put inside a sentence, taken back.

The French model's ``senter`` cut "…, a rappelé le ministre Andrii | Sybiha à Paris."
after the first word of a name it did not know, and the claim lost its speaker (the
words after the cut are another sentence).  A sentence starts after what can end one:
a mark (".", "!", "?", a closing quote or bracket, a dash, a colon) or a line break
(:mod:`geomap.nlp.sentences` marks those before the model runs).  So a start the model
set right after a word, on the same line, is no start: ``geomap_senter_mends`` runs after
the ``senter`` and clears it.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from geomap.extensions import register_extensions


def mend_sentences(doc: Doc) -> Doc:
    """Clear each sentence start of ``doc`` that follows a word on its own line."""
    breaks = sorted(doc._.line_breaks or ())
    for tok in doc[1:]:
        if not tok.is_sent_start:
            continue
        prev = doc[tok.i - 1]
        while prev.i > 0 and prev.is_space:
            prev = doc[prev.i - 1]
        if prev.is_space or not prev.text[-1:].isalnum():
            continue  # after a mark: a start the model may set
        end = prev.idx + len(prev.text)
        k = bisect_left(breaks, end)
        if k < len(breaks) and breaks[k] < tok.idx:
            continue  # a line break between them
        for t in doc[prev.i + 1 : tok.i + 1]:
            t.is_sent_start = False
    return doc


@Language.component("geomap_senter_mends")
def senter_mends(doc: Doc) -> Doc:
    """The ``geomap_senter_mends`` component (see :func:`mend_sentences`)."""
    register_extensions()
    return mend_sentences(doc)
