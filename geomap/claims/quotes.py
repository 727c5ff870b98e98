"""Quotation regions of a text, for quotes that run over several sentences.

Only double quotes are used: curly ``“...”`` pairs and straight ``"..."``
pairs (alternating).  Single quotes are left alone: ``’`` is also the
apostrophe ("Russia’s").
"""

from __future__ import annotations

OPEN, CLOSE, STRAIGHT = "“", "”", '"'


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of each quotation, quote marks included.

    An opening mark without a closing one extends to the end of the text;
    a closing mark without an opening one is ignored.

    Examples
    --------
    >>> quote_regions('He said: “We hold. We stay.” Then "no".')
    [(9, 28), (34, 38)]
    """
    regions: list[tuple[int, int]] = []
    curly: int | None = None
    straight: int | None = None
    for i, ch in enumerate(text):
        if ch == OPEN and curly is None and straight is None:
            curly = i
        elif ch == CLOSE and curly is not None:
            regions.append((curly, i + 1))
            curly = None
        elif ch == STRAIGHT and curly is None:
            if straight is None:
                straight = i
            else:
                regions.append((straight, i + 1))
                straight = None
    for start in (curly, straight):
        if start is not None:
            regions.append((start, len(text)))
    return sorted(regions)


def region_at(regions: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation containing the characters ``start:end``, if any."""
    for r_start, r_end in regions:
        if r_start <= start and end <= r_end:
            return r_start, r_end
    return None
