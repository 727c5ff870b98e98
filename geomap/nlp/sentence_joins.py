"""Words that go on with the sentence before them, whatever the parser would cut.

After a headline line the parser may cut a body's first words into sentences of their
own ("Kharkiv | and Odesa were shelled", "Ersin | Tatar, leader of ..."): the first
place then has no speaker, and the model tags a lone first name a place. A lower-case
word right after a word (:func:`lowercase_joins`) and a word right after a sentence's
first word (:func:`opening_word_joins`) start no sentence; read by
:class:`geomap.nlp.sentences.LineSentences` before the parser.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, SENT_START
from spacy.tokens import Doc


def lowercase_joins(doc: Doc) -> None:
    """Forbid a sentence start at a lower-case word right after a word (no punctuation)."""
    if len(doc) < 2:
        return
    words = doc.to_array([IS_ALPHA, IS_LOWER, SENT_START]).astype(np.int64)
    alpha, lower, start = words[:, 0] == 1, words[:, 1] == 1, words[:, 2]
    joined = lower[1:] & alpha[1:] & alpha[:-1] & (start[1:] == 0)
    for i in np.flatnonzero(joined).tolist():
        doc[i + 1].is_sent_start = False


def opening_word_joins(doc: Doc) -> None:
    """Forbid a sentence start at a word right after a sentence's first word.

    A sentence of one word ends with punctuation ("Yes."): the word after a first
    word, with nothing between, goes on with it. Only starts already set (a line's,
    the text's) are read; a start set on the next word is kept.
    """
    if len(doc) < 2:
        return
    words = doc.to_array([IS_ALPHA, SENT_START]).astype(np.int64)
    alpha, start = words[:, 0] == 1, words[:, 1]
    joined = (start[:-1] == 1) & alpha[:-1] & alpha[1:] & (start[1:] == 0)
    for i in np.flatnonzero(joined).tolist():
        doc[i + 1].is_sent_start = False
