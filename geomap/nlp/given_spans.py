"""Given character spans (gold toponyms) on a tokenised doc.

:func:`aligned` and :func:`gold_spans` moved from :mod:`geomap.geoparser`
(``Geoparser.resolve_spans``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span


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


def aligned(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the tokens that cover ``start:end`` (``None`` if none do)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start_char, span.end_char) if span is not None else None


def gold_spans(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Span]:
    """Spans for given offsets, labelled as the model's entity that overlaps them most.

    The label ("GPE", "LOC" ...) is the model's own reading of the text, which the
    resolver weighs (a river and a state share the name "Ohio"); a span no entity
    overlaps is labelled ``"GOLD"``.
    """
    out: dict[tuple[int, int], Span] = {}
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        overlap = [(min(e.end, span.end) - max(e.start, span.start), e.label_) for e in doc.ents]
        best = max((o for o in overlap if o[0] > 0), default=(0, "GOLD"))
        out[(span.start_char, span.end_char)] = Span(doc, span.start, span.end, label=best[1])
    return sorted(out.values(), key=lambda s: (s.start, s.end))
