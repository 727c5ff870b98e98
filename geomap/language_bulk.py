"""The part of a text in the language most of it is written in.

py3langid reads a text as a whole, and Cyrillic letters weigh heavily: an English
report quoting one Russian sentence ("Officials in Warsaw said ... Минобороны России
заявило, что ... Officials in Kyiv denied it.") came out Russian at 0.72, and was
read by the Russian pipeline.  :func:`bulk_text` splits the text into sentences and
paragraphs, detects each, and keeps those in the language that holds the most
letters; the article's language is then detected on them.  A Russian article quoting
an English sentence stays Russian.  :mod:`geomap.language` asks only when the
detector is unsure of the whole or the text mixes the Latin and Cyrillic scripts.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

#: Where a text is cut into pieces detected one by one: line breaks, and the spaces
#: after a sentence's end (its closing quotes and brackets with it).
_PIECE_END = re.compile(r"\s*\n\s*|(?<=[.!?…])[\"'»”’)\]]*\s+")
#: Letters a piece needs to be detected; shorter ones (a name, "Reuters") go with none.
MIN_PIECE_LETTERS = 20


def bulk_text(text: str, identifier: Any) -> str:
    """The pieces of ``text`` in the language most of its letters are in, joined.

    Parameters
    ----------
    text
        The text (the sample the detector reads).
    identifier
        py3langid's identifier (its ``classify(text) -> (code, probability)``).

    Returns
    -------
    str
        ``text`` itself (the same object) when it has fewer than two pieces long
        enough to detect, or when they are all in one language; else the pieces in
        the language holding the most letters, in their order, one space apart.
    """
    pieces = []
    for piece in _PIECE_END.split(text):
        letters = sum(ch.isalpha() for ch in piece)
        if letters >= MIN_PIECE_LETTERS:
            pieces.append((piece, letters, str(identifier.classify(piece)[0])))
    weight: Counter[str] = Counter()
    for _, letters, code in pieces:
        weight[code] += letters
    if len(weight) < 2:
        return text
    ((top, _),) = weight.most_common(1)
    return " ".join(piece for piece, _, code in pieces if code == top)
