"""Given character spans (gold toponyms) on a tokenised doc."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc


def split_at(doc: Doc, spans: Sequence[tuple[int, int]]) -> Doc:
    """``doc`` with its tokens split where a given span starts or ends inside one.

    A gold toponym inside a token ("U.S." of "U.S.-led", "Latin" of "Latin-born") is
    resolved by its own name, not the token's. The doc's text and extensions stay.
    """
    cuts = {i for start, end in spans for i in (start, end)}
    words: list[str] = []
    spaces: list[bool] = []
    changed = False
    for tok in doc:
        inner = sorted(c - tok.idx for c in cuts if tok.idx < c < tok.idx + len(tok.text))
        bounds = [0, *inner, len(tok.text)]
        parts = [tok.text[a:b] for a, b in pairwise(bounds)]
        changed = changed or len(parts) > 1
        words.extend(parts)
        spaces.extend([False] * (len(parts) - 1) + [bool(tok.whitespace_)])
    if not changed:
        return doc
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out._.article_id = doc._.article_id
    out._.line_breaks = doc._.line_breaks
    out._.offset_map = doc._.offset_map
    return out
