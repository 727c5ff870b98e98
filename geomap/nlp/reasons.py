"""Why a name was placed where it was, in one short line for the reader.

A placement of low confidence says little by its number alone ("Mykolaivka, 0.05"):
:func:`placement_reason` says how many places bear the name, how the pick was made and
which place came next ("one of 7 places named Mykolaivka; its list's other towns lie
in Donetsk, where the gazetteer has no Mykolaivka; next: Mykolaivka (Odessa, UA)").
The resolver sets it on each span (``span._.reason``); it reaches the mentions, the
claims, ``geomap claims`` and the map's popup. Empty for a name of one place.

A place is named by the name it matched: a pick or runner-up found by one of its
alternate names reads "Sylhet (called Jalalabad; Sylhet Division, BD)", so the reader
sees why a place of another name answers to this one. A name the gazetteer has but whose
places fit no part of the article, placed at the article's focus, says so and names
the gazetteer's place, never that the gazetteer lacks the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.gazetteer.names import normalize_name
from geomap.records import Candidate, Place


def alternate_ids(cands: Sequence[Candidate]) -> frozenset[str]:
    """The ids of the candidates a name matched by an alternate name only."""
    own = {c.place.place_id for c in cands if c.match != "alternate"}
    return frozenset(c.place.place_id for c in cands if c.match == "alternate") - own


def _where(place: Place, called: str | None = None) -> str:
    """A place with its unit and country: "Mykolaivka (Odessa, UA)".

    ``called``: the name it matched when that is not its own ("Sylhet (called
    Jalalabad; Sylhet Division, BD)").
    """
    parts = [p for p in (place.admin1, place.country_code) if p and p != place.name]
    if called and normalize_name(called) != normalize_name(place.name):
        parts.insert(0, f"called {called}")
    return f"{place.name} ({', '.join(parts)})" if parts else place.name


def placement_reason(
    name: str,
    place: Place | None,
    candidates: Sequence[Place],
    located_by: str | None,
    runner_up: Place | None = None,
    list_unit: str | None = None,
    split: bool = False,
    *,
    alternates: frozenset[str] = frozenset(),
    dropped: Place | None = None,
) -> str:
    """The reader's line on how ``name`` was placed at ``place`` (module doc).

    ``candidates``: the gazetteer's places of the name; ``runner_up``: the best other
    candidate; ``list_unit``: the unit the other towns of the name's list share, when
    the pick lies elsewhere (:func:`geomap.nlp.list_units.outliers_and_units`); ``split``:
    the name's mentions were placed apart by their neighbours
    (:mod:`geomap.nlp.split_senses`); ``alternates``: the ids of the candidates the name
    matched by an alternate name; ``dropped``: at a focus placement, the name's
    best-ranked candidate, which fit no part of the article.
    """
    if place is None:
        return ""

    def where(p: Place) -> str:
        return _where(p, name if p.place_id in alternates else None)

    if located_by == "focus" and dropped is not None and candidates:
        n = len({c.place_id for c in candidates})
        more = f", one of {n} places of that name" if n > 1 else ""
        return (
            f"the gazetteer's {name} is {where(dropped)}{more}, which does not fit the "
            "article's other places: placed at the article's main locality"
        )
    if located_by == "focus":
        return "the gazetteer lacks this name: placed at the article's main locality"
    if split:
        return f"the article's mentions of {name} name two places; this one's neighbours point here"
    distinct = {c.place_id for c in candidates}
    if len(distinct) < 2:
        return ""
    parts = [f"one of {len(distinct)} places named {name}"]
    if place.place_id in alternates:
        parts.append(f"the pick, {_where(place)}, bears it as an alternate name")
    if list_unit:
        parts.append(
            f"its list's other towns lie in {list_unit}, where the gazetteer has no {name}"
        )
    else:
        parts.append("chosen by kind, size and the article's other places")
    if runner_up is not None and runner_up.place_id != place.place_id:
        parts.append(f"next: {where(runner_up)}")
    return "; ".join(parts)
