"""An admin-1 unit that GeoNames calls by its city's outdated spelling takes the city's.

GeoNames calls two of Ukraine's oblasts "Kiev" and "Odessa" while it calls their
cities "Kyiv" and "Odesa", and the map showed "the Kyiv region" as "Kiev". The
curated aliases (``data/aliases.csv``) already say both halves of the fix: the
unit's GeoNames name is another name of a city of its country ("Kiev" -> the city
Kyiv), and "<the city's name> Oblast" is a name of the unit ("Kyiv Oblast"). Where
both hold, :func:`rename_units` shows the unit by that name, and renames it on the
entries inside it. Only the displayed name changes: every name stays indexed.

GeoNames also cuts a leading word for the unit's kind that belongs to its name: it
calls Bosnia's entity "Srpska", which the curated aliases name "Republika Srpska".
Where a curated alias of a unit is its own name after such a word (a word of
:data:`~geomap.gazetteer.builder.iso_likeness.UNIT_WORDS` of four letters or more), the
unit is shown by that alias (:func:`full_name`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping

from geomap.gazetteer.builder.iso_likeness import UNIT_WORDS as KIND_WORDS
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

log = logging.getLogger(__name__)

#: The words after a city's name that name its unit, most specific first.
UNIT_WORDS = ("Oblast", "Province", "Region")


def rename_units(entries: Mapping[str, Entry], names: Iterable[tuple[str, str, str]]) -> int:
    """Show each admin-1 unit named by a city's other name by the city's (module docstring).

    ``names`` are ``(normalised name, place id, kind)``; only kind ``"alias"`` (the
    curated table) counts. Returns how many units were renamed.
    """
    alias_of: dict[str, set[str]] = defaultdict(set)
    for norm, pid, kind in names:
        if kind == "alias":
            alias_of[norm].add(pid)
    renamed: dict[tuple[str | None, str | None], tuple[str, str]] = {}
    for e in entries.values():
        if e.feature_type != "admin1":
            continue
        own = normalize_name(e.name)
        new = _city_unit_name(e, own, alias_of, entries) or full_name(e, own, alias_of)
        if new is not None:
            log.info("admin1 %s %s shown as %s", e.place_id, e.name, new)
            renamed[(e.country_code, e.admin1_code)] = (e.name, new)
            e.name = new
            e.admin1 = new
    if renamed:
        for e in entries.values():
            old_new = renamed.get((e.country_code, e.admin1_code))
            if old_new is not None and e.admin1 == old_new[0]:
                e.admin1 = old_new[1]
    return len(renamed)


def _city_unit_name(
    unit: Entry, own: str, alias_of: Mapping[str, set[str]], entries: Mapping[str, Entry]
) -> str | None:
    """The name "<city> Oblast" when the unit's own name is a curated alias of that city."""
    for pid in sorted(alias_of.get(own, ())):
        city = entries.get(pid)
        if city is None or city.feature_type != "city" or city.country_code != unit.country_code:
            continue
        if normalize_name(city.name) == own:
            continue
        for word in UNIT_WORDS:
            name = f"{city.name} {word}"
            if unit.place_id in alias_of.get(normalize_name(name), ()):
                return name
    return None


def full_name(unit: Entry, own: str, alias_of: Mapping[str, set[str]]) -> str | None:
    """The unit's name after a kind word when a curated alias names it so, else ``None``.

    >>> unit = Entry("9", "Zrpska", "admin1", "XX", 0.0, 0.0, "test")
    >>> full_name(unit, "zrpska", {"republika zrpska": {"9"}})
    'Republika Zrpska'
    >>> full_name(unit, "zrpska", {"free zrpska": {"9"}}) is None
    True
    """
    for word in sorted(w for w in KIND_WORDS if len(w) > 3):
        if unit.place_id in alias_of.get(f"{word} {own}", ()):
            return f"{word.capitalize()} {unit.name}"
    return None
