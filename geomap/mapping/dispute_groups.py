"""A place's disputed status: its area, the dispute its area is part of, its country's note.

Natural Earth draws a dispute of several parts as several areas of one group
(``BRK_GROUP``): "Jammu and Kashmir" is the Indian-administered Jammu and Kashmir,
Pakistan's Gilgit-Baltistan, China's Aksai Chin and Shaksam Valley, Demchok and the
Siachen Glacier.  A name that only the group answers to ("Kashmir": an area's other
name that is a word of its group's, never an area's own name) is the whole group:
every part, each with its own note, not the Indian part alone.  An admin unit, region
or landform that is no area but whose point lies within a group's outline (its
parts' convex hull: Azad Kashmir, between Gilgit-Baltistan and Jammu and Kashmir)
is said to lie in it (Natural Earth notes no status of its own for it).  A country
Natural Earth notes as claimed or disputed (Taiwan, Kosovo:
:meth:`geomap.gazetteer.Gazetteer.disputed_countries`) says so.  Every note names
the release it is from: the status is Natural Earth's, of that date, not geomap's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from shapely.geometry import Point
from shapely.ops import unary_union

from geomap.mapping.disputed import AREA_TYPES, Area, area_label, area_of
from geomap.records import Place

#: Feature types that may lie within a dispute's outline without being one of its areas.
WITHIN_TYPES = frozenset({"admin1", "admin2", "region", "landform"})


def group_names(areas: list[Area]) -> dict[str, str]:
    """Casefolded names only a group answers to -> the group ("kashmir" -> "Jammu and Kashmir").

    A name is a group's when an area of a group of two or more areas has it, it is a
    word (or words) of the group's name and it is no area's own name.
    """
    own = {a.name.casefold() for a in areas}
    sizes: dict[str, int] = {}
    for a in areas:
        if a.group:
            sizes[a.group] = sizes.get(a.group, 0) + 1
    out: dict[str, str] = {}
    for a in areas:
        if not a.group or sizes[a.group] < 2:
            continue
        words = f" {a.group.casefold()} "
        for key in a.names:
            if key not in own and f" {key} " in words:
                out[key] = a.group
    return out


def areas_of(
    name: str, ftype: str, lon_lat: tuple[float, float] | None, areas: list[Area]
) -> list[int]:
    """Indexes of the disputed areas a place is: its own, or every part of its group.

    >>> from shapely.geometry import box
    >>> a = Area("Jammu and Kashmir", "", frozenset({"jammu and kashmir", "kashmir"}),
    ...          box(74, 32, 76, 35), group="Jammu and Kashmir")
    >>> b = Area("Gilgit-Baltistan", "", frozenset({"gilgit-baltistan"}), box(72, 35, 75, 37),
    ...          group="Jammu and Kashmir")
    >>> areas_of("Kashmir", "region", (75.5, 34.5), [a, b]), areas_of("Jammu and Kashmir",
    ...     "admin1", (75, 33), [a, b])
    ([0, 1], [0])
    """
    group = group_names(areas).get(name.casefold()) if ftype in AREA_TYPES else None
    if group is not None:
        members = [i for i, a in enumerate(areas) if a.group == group]
        if lon_lat is None or any(
            areas[i].geometry.buffer(0.5).contains(Point(*lon_lat)) for i in members
        ):
            return members
    found = area_of(name, ftype, lon_lat, areas)
    return [found] if found >= 0 else []


def group_label(name: str, areas: list[Area], members: list[int]) -> str:
    """The note of a place that is several areas: each part's note, after the place's name.

    The release the notes are as of, the same for every part, is said once, at the end.

    >>> parts = [Area("A", "A — claimed by C (status as of NE)", frozenset(), Point(0, 0)),
    ...          Area("B", "B — claimed by D (status as of NE)", frozenset(), Point(1, 0))]
    >>> group_label("AB", parts, [0, 1])
    'AB — disputed, in parts: A — claimed by C; B — claimed by D (status as of NE)'
    """
    if len(members) == 1:
        return areas[members[0]].label
    return f"{name} — disputed, in parts: {_parts(areas, members)}"


def _parts(areas: list[Area], members: list[int]) -> str:
    """The notes of ``members``, ``"; "``-joined, a suffix all of them share said once."""
    labels = [areas[i].label for i in members]
    cut = labels[0].rfind(" (status as of ")
    suffix = labels[0][cut:] if cut >= 0 else ""
    if suffix and all(label.endswith(suffix) for label in labels):
        return "; ".join(label[: -len(suffix)] for label in labels) + suffix
    return "; ".join(labels)


def group_geometry(areas: list[Area], members: list[int]) -> Any:
    """The union of the areas ``members``."""
    if len(members) == 1:
        return areas[members[0]].geometry
    return unary_union([areas[i].geometry for i in members])


def within_note(
    name: str,
    ftype: str,
    lon_lat: tuple[float, float] | None,
    areas: list[Area],
    country: str | None,
) -> str | None:
    """The note of a unit that lies within a dispute's outline but is none of its areas.

    ``country``: the name of the country the place is in (its gazetteer's), if known.

    >>> from shapely.geometry import box
    >>> parts = [Area("X", "X — claimed by B", frozenset(), box(0, 0, 1, 1), group="G"),
    ...          Area("Y", "Y — claimed by A", frozenset(), box(2, 0, 3, 1), group="G")]
    >>> within_note("Z", "admin1", (1.5, 0.5), parts, "A")
    'Z, A — within the disputed G region, whose parts are: X — claimed by B; Y — claimed by A'
    >>> within_note("Z", "city", (1.5, 0.5), parts, "A") is None
    True
    """
    if ftype not in WITHIN_TYPES or lon_lat is None:
        return None
    point = Point(*lon_lat)
    groups: dict[str, list[int]] = {}
    for i, a in enumerate(areas):
        if a.group:
            groups.setdefault(a.group, []).append(i)
    for group, members in groups.items():
        if len(members) < 2:
            continue
        if group_geometry(areas, members).convex_hull.contains(point):
            where = f"{name}, {country}" if country else name
            parts = _parts(areas, members)
            return f"{where} — within the disputed {group} region, whose parts are: {parts}"
    return None


def country_note(status: Mapping[str, Any] | None) -> str | None:
    """A country's note from its Natural Earth status (:meth:`Gazetteer.disputed_countries`).

    >>> country_note({"name": "Taiwan", "administered_by": "itself", "claimed_by": "China",
    ...               "as_of": "Natural Earth 5.1.1"})
    'Taiwan — self-administered, claimed by China (status as of Natural Earth 5.1.1)'
    >>> country_note({"name": "Kosovo", "type": "Disputed", "as_of": "Natural Earth 5.1.1"})
    'Kosovo — disputed (status as of Natural Earth 5.1.1)'
    """
    if not status:
        return None
    name = str(status.get("name") or "")
    administered, claimed = status.get("administered_by"), status.get("claimed_by")
    return area_label(name, administered, claimed, status.get("as_of") or None)


class DisputeNotes:
    """Each place's disputed note, from a gazetteer's areas and country statuses.

    Parameters
    ----------
    areas
        The disputed areas (:func:`geomap.mapping.disputed.prepare_areas`).
    countries
        ISO alpha-2 -> Natural Earth status (:meth:`Gazetteer.disputed_countries`).
    country_name
        ISO alpha-2 -> the country's name (``None`` when unknown).
    """

    def __init__(
        self,
        areas: list[Area],
        countries: Mapping[str, Mapping[str, Any]],
        country_name: Any = None,
    ) -> None:
        self.areas = areas
        self.countries = countries
        self._country_name = country_name
        self._hulls: list[tuple[str, list[int], Any]] | None = None

    @classmethod
    def of(cls, gazetteer: Any) -> DisputeNotes:
        """The notes of ``gazetteer`` (none without one)."""
        from geomap.mapping.disputed import prepare_areas

        if gazetteer is None:
            return cls([], {})

        def name_of(cc: str) -> str | None:
            country = gazetteer.country(cc)
            return None if country is None else str(country.name)

        areas = prepare_areas(gazetteer.disputed_areas())
        return cls(areas, gazetteer.disputed_countries(), name_of)

    def place_note(self, place: Place) -> str | None:
        """:meth:`note` of a place."""
        point = (place.lon, place.lat)
        return self.note(place.name, place.feature_type, place.country_code, point, place.members)

    def note(
        self,
        name: str,
        ftype: str,
        cc: str | None,
        lon_lat: tuple[float, float],
        members: Sequence[str] = (),
    ) -> str | None:
        """The place's note: its areas', its country's, or the dispute it lies within.

        A group of countries (``members``: Eastern Europe) lies within no dispute, its
        point wherever it is.
        """
        found = areas_of(name, ftype, lon_lat, self.areas)
        if found:
            return group_label(name, self.areas, found)
        if ftype == "country":
            return country_note(self.countries.get(cc or ""))
        if ftype not in WITHIN_TYPES or members:
            return None
        point = Point(*lon_lat)
        for _group, parts, hull in self._group_hulls():
            if hull.contains(point):
                held = self._country_name(cc) if cc and self._country_name else None
                return within_note(name, ftype, lon_lat, [self.areas[i] for i in parts], held)
        return None

    def _group_hulls(self) -> list[tuple[str, list[int], Any]]:
        if self._hulls is None:
            groups: dict[str, list[int]] = {}
            for i, a in enumerate(self.areas):
                if a.group:
                    groups.setdefault(a.group, []).append(i)
            self._hulls = [
                (g, m, group_geometry(self.areas, m).convex_hull)
                for g, m in groups.items()
                if len(m) >= 2
            ]
        return self._hulls
