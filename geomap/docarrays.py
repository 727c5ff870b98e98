"""Token tests over a whole doc at once: spaCy's attribute arrays instead of a Python loop.

A pass that reads one attribute of every token (its lemma, its text) in Python costs
more than the rest of a component when only a few tokens matter; these helpers
find those few with one ``Doc.to_array`` and numpy, and the caller looks only at them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

_STRINGS = StringStore()


def word_hashes(words: Iterable[str]) -> NDArray[np.uint64]:
    """SpaCy's hashes of ``words`` (as ``Doc.to_array`` gives ORTH, LOWER or LEMMA), sorted."""
    return np.array(sorted(_STRINGS.add(w) for w in words), dtype=np.uint64)


def word_hash(word: str) -> int:
    """SpaCy's hash of one word."""
    return int(_STRINGS.add(word))


def indices(mask: Any) -> list[int]:
    """The token indices where a boolean array over the doc's tokens is true."""
    return cast("list[int]", np.asarray(mask).nonzero()[0].tolist())


def among(values: Any, hashes: NDArray[np.uint64]) -> NDArray[np.bool_]:
    """``np.isin(values, hashes)`` for the sorted ``hashes`` of :func:`word_hashes`.

    One binary search per value: ``np.isin`` sorts both arrays again on every call,
    several times slower for a doc's few hundred tokens against a short word list.
    """
    values = np.asarray(values)
    if not len(hashes):
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(hashes, values)
    at[at == len(hashes)] = 0
    return cast("NDArray[np.bool_]", hashes[at] == values)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text (``[t.text for t in doc]``), without making a Token each."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()]


def where(doc: Doc, attr: int, value: int) -> list[int]:
    """The indices of the tokens whose attribute ``attr`` (``LOWER``, ``DEP`` ...) is ``value``."""
    if not len(doc):
        return []
    return indices(doc.to_array(attr) == value)
