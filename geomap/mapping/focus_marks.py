"""A place on the map only because names the gazetteer lacks were placed at an article's focus.

"Sabina Shoal" (no entry) placed at Manila, the article's focus, draws Manila; the popup
already says "placed here as the article's focus: Sabina Shoal". When *every* claim of a
place is such a placement the marker says so too: a hollow disc with a dotted outline
(the payload's ``fo``; :mod:`geomap.mapping.legend` explains it), so a reader does not
take it for a place the articles name.
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
