"""Why a name was placed where it was, in one short line for the reader.

A placement of low confidence says little by its number alone ("Mykolaivka, 0.05"):
:func:`placement_reason` says how many places bear the name, how the pick was made and
which place came next ("one of 7 places named Mykolaivka; its list's other towns lie
in Donetsk, where the gazetteer has no Mykolaivka; next: Mykolaivka (Odessa, UA)").
The resolver sets it on each span (``span._.reason``); it reaches the mentions, the
claims, ``geomap claims`` and the map's popup. Empty for a name of one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.records import Place


def _where(place: Place) -> str:
    """A place with its unit and country: "Mykolaivka (Odessa, UA)"."""
    parts = [p for p in (place.admin1, place.country_code) if p and p != place.name]
    return f"{place.name} ({', '.join(parts)})" if parts else place.name


def placement_reason(
    name: str,
    place: Place | None,
    candidates: Sequence[Place],
    located_by: str | None,
    runner_up: Place | None = None,
    list_unit: str | None = None,
    split: bool = False,
) -> str:
    """The reader's line on how ``name`` was placed at ``place`` (module doc).

    ``candidates``: the gazetteer's places of the name; ``runner_up``: the best other
    candidate; ``list_unit``: the unit the other towns of the name's list share, when
    the pick lies elsewhere (:func:`geomap.nlp.list_units.outliers_and_units`); ``split``:
    the name's mentions were placed apart by their neighbours
    (:mod:`geomap.nlp.split_senses`).
    """
    if place is None:
        return ""
    if located_by == "focus":
        return "the gazetteer lacks this name: placed at the article's main locality"
    if split:
        return f"the article's mentions of {name} name two places; this one's neighbours point here"
    distinct = {c.place_id for c in candidates}
    if len(distinct) < 2:
        return ""
    parts = [f"one of {len(distinct)} places named {name}"]
    if list_unit:
        parts.append(
            f"its list's other towns lie in {list_unit}, where the gazetteer has no {name}"
        )
    else:
        parts.append("chosen by kind, size and the article's other places")
    if runner_up is not None and runner_up.place_id != place.place_id:
        parts.append(f"next: {_where(runner_up)}")
    return "; ".join(parts)
