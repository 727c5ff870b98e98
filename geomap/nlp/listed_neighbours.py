"""A name the gazetteer lacks goes to the town it is listed with: "Macomia and Quissanga".

Conflict news lists a village the gazetteer lacks beside a town it knows ("attacked
villages near Macomia and Quissanga", "floods around Bentiu and Rubkona", "Schools
were closed in Turbat and Mand"): the towns of such a list lie close together, closer
than the article's focus, which may be a capital hundreds of kilometres away.
:func:`listed_neighbour` gives the town (or district) listed right before the name,
else right after it, for :mod:`geomap.nlp.final_places`, which sends there a name that
nothing else lets it place (no qualifier, and nothing that makes the name one the
article's focus may hold: :func:`~geomap.nlp.focus.placeable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.nlp.focus import FOCUS_TYPES, street_or_building

#: A focus farther than this from the town listed beside a name gives way to that town.
FAR_KM = 161.0
#: The words between two names of one list ("X and Y", "X, Y", "X, and Y", "X or Y").
LIST_GAPS = frozenset({("and",), (",",), ("or",), (",", "and"), (",", "or")})


def listed(first: Span, second: Span, *, commas: bool = True) -> bool:
    """Whether only a list's comma or conjunction stands between ``first`` and ``second``.

    A comma alone only inside a longer list ("Copenhagen, Hamburg, Brasoc and
    Mannheim"): "Rockingham, Northamptonshire" is a town and its county. Without
    ``commas``, only a bare "and" or "or": ", and" may end a clause ("near Eteringbang,
    and Caracas denied it").
    """
    if second.start <= first.end:
        return False
    doc = first.doc
    gap = tuple(t.lower_ for t in doc[first.end : second.start])
    if not commas and "," in gap:
        return False
    if gap != (",",):
        return gap in LIST_GAPS
    before = doc[first.start - 1].text if first.start > 0 else ""
    after = doc[second.end].lower_ if second.end < len(doc) else ""
    return before == "," or after in {",", "and", "or"}


def listed_neighbour(
    spans: Sequence[Span], located: Sequence[tuple[Span, Any, float]], *, commas: bool = True
) -> tuple[Any, float] | None:
    """The town or district listed beside one of ``spans``, with its confidence.

    ``located`` holds the article's resolved mentions with their place and confidence;
    the neighbour must be a city or a district (:data:`~geomap.nlp.focus.FOCUS_TYPES`: a
    country or a region listed beside a name says little of where it lies). The one
    before the name goes first ("Macomia and Quissanga"), then the one after it
    ("Quissanga and Macomia"). ``None`` when there is none, or the name is a street's or
    a building's (:func:`~geomap.nlp.focus.street_or_building`). ``commas``: as
    :func:`listed`'s.
    """
    if any(street_or_building(s) for s in spans):
        return None  # "Bourbon and Dauphine streets": streets of one town, not two towns
    towns = [(o, p, c) for o, p, c in located if p is not None and p.feature_type in FOCUS_TYPES]
    for span in spans:
        for other, place, conf in towns:
            if listed(other, span, commas=commas):
                return place, conf
    for span in spans:
        for other, place, conf in towns:
            if listed(span, other, commas=commas):
                return place, conf
    return None


def far_from(listed: tuple[Any, float] | None, focus: Any) -> bool:
    """Whether the listed town ``listed`` lies more than :data:`FAR_KM` from ``focus``.

    "fighting around Lere and Nara" in a story from Nouakchott: the village lies by Nara,
    not in the capital 1,000 km away, though the focus might hold a name so heard.
    """
    if listed is None:
        return False
    town = listed[0]
    return haversine_km(town.lon, town.lat, focus.lon, focus.lat) > FAR_KM
