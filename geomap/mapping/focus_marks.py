"""Names the gazetteer lacks, placed at their article's focus, marked on the map.

"Sabina Shoal" (no entry) placed at Manila, the article's focus, is counted at Manila;
the popup says "placed here as the article's focus: Sabina Shoal". The marker says it
too (the payload's ``fo``, :func:`focus_level`; :mod:`geomap.mapping.legend` explains
it): a white dotted circle inside the disc when some of the place's claims hold such
placements, and a hollow disc with a dotted outline when every claim is one (no article
names the place there), so a reader does not take them for places the articles name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from geomap.mapping.popup import as_list, text_of


def placed_by_focus(claim: Mapping[str, Any]) -> bool:
    """Whether a claim's marking mention is a name placed at the article's focus.

    A claim is marked by a mention naming the place when it has one
    (:func:`geomap.claims.collect`), so its mention among its ``context_names`` (the
    sentence's names placed here as the focus) means none names the place.

    >>> placed_by_focus({"mention": "Sabina Shoal", "context_names": ["Sabina Shoal"]})
    True
    >>> placed_by_focus({"mention": "Manila", "context_names": ["Sabina Shoal"]})
    False
    """
    names = {text_of(n) for n in as_list(claim.get("context_names"))}
    return bool(names) and text_of(claim.get("mention")) in names


def focus_only(claims: Iterable[Any]) -> bool:
    """Whether a place has claims and each is a focus placement (:func:`placed_by_focus`)."""
    listed = [c for c in claims if isinstance(c, Mapping)]
    return bool(listed) and all(placed_by_focus(c) for c in listed)


def holds_focus(claim: Mapping[str, Any]) -> bool:
    """Whether a claim's sentence has names placed here as the article's focus."""
    return any(text_of(n) for n in as_list(claim.get("context_names")))


#: :func:`focus_level`'s values: no focus placement, some claims with one, only them.
NO_FOCUS, SOME_FOCUS, ONLY_FOCUS = 0, 1, 2


def focus_level(claims: Iterable[Any]) -> int:
    """How a place's claims hold focus placements (the payload's ``fo``).

    :data:`NO_FOCUS`, :data:`SOME_FOCUS` or :data:`ONLY_FOCUS` (:func:`focus_only`).

    >>> focus_level([{"mention": "Manila", "context_names": ["Sabina Shoal"]}])
    1
    """
    listed = [c for c in claims if isinstance(c, Mapping)]
    if focus_only(listed):
        return ONLY_FOCUS
    return SOME_FOCUS if any(holds_focus(c) for c in listed) else NO_FOCUS
