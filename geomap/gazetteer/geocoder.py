"""A geopy :class:`~geopy.geocoders.base.Geocoder` backed by the offline gazetteer.

It never touches the network, so it can stand in wherever geopy geocoders are
accepted: ``RateLimiter``, ``geopandas.tools.geocode(..., provider=GazetteerGeocoder)``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.store import Gazetteer
from geomap.geo import latlon
from geomap.records import Place


def place_address(place: Place, gazetteer: Gazetteer | None = None) -> str:
    """Return a readable address: name, admin1 (if different) and country name."""
    parts = [place.name]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.country_code and place.feature_type != "country":
        country = gazetteer.country(place.country_code) if gazetteer is not None else None
        parts.append(country.name if country is not None else place.country_code)
    return ", ".join(parts)


class GazetteerGeocoder(Geocoder):
    """Offline geopy geocoder over :class:`~geomap.gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer
        The store to use (default: :meth:`Gazetteer.open` with its default path,
        opened on first use).
    **kwargs
        Accepted for compatibility with geopy's ``Geocoder`` (``timeout``,
        ``user_agent``, ...); no request is ever made.

    Examples
    --------
    >>> geocoder = GazetteerGeocoder()  # doctest: +SKIP
    >>> geocoder.geocode("Warsaw").point  # doctest: +SKIP
    Point(52.22977, 21.01178, 0.0)
    """

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("user_agent", "geomap-offline")
        super().__init__(**kwargs)
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """The underlying store (opened lazily)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open()
        return self._gazetteer

    def _location(self, place: Place) -> Location:
        lat, lon = latlon(place.lon, place.lat)
        raw = asdict(place)
        raw["members"] = list(place.members)
        return Location(place_address(place, self.gazetteer), Point(lat, lon), raw)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        limit: int | None = None,
        feature_type: str | None = None,
        **kwargs: Any,
    ) -> Location | list[Location] | None:
        """Look a name up in the gazetteer.

        Parameters
        ----------
        query
            A place name, e.g. ``"Warsaw"``.
        exactly_one
            Return the best match only (default) or a list.
        timeout
            Ignored (no network).
        limit
            Maximum number of results when ``exactly_one`` is false.
        feature_type
            Keep only entries of this feature type.
        **kwargs
            Ignored, for compatibility.

        Returns
        -------
        Location, list of Location or None
            ``None`` when nothing matches.
        """
        places = self._lookup(str(query))
        if feature_type:
            places = [p for p in places if p.feature_type == feature_type]
        if not places:
            return None
        if exactly_one:
            return self._location(places[0])
        if limit:
            places = places[:limit]
        return [self._location(p) for p in places]

    def _lookup(self, query: str) -> list[Place]:
        """Candidates of a query; "Paris, Texas" keeps the Parises in Texas.

        A query that is not itself a name is read as "name, qualifier, ...": each
        qualifier must be the admin-1 unit or the country of the entry, by name or
        by ISO code ("Springfield, IL", "Paris, France").
        """
        places: list[Place] = self.gazetteer.lookup(query)
        if places or "," not in query:
            return places
        name, *qualifiers = [part.strip() for part in query.split(",") if part.strip()]
        places = self.gazetteer.lookup(name)
        for qualifier in qualifiers:
            places = [p for p in places if self._qualifies(p, qualifier)]
        return places

    def _qualifies(self, place: Place, qualifier: str) -> bool:
        q = normalize_name(qualifier)
        if place.country_code and q == place.country_code.lower():
            return True
        if place.admin1_code and q == place.admin1_code.lower():
            return True
        if place.admin1 and normalize_name(place.admin1) == q:
            return True
        return any(
            c.feature_type in {"admin1", "country"}
            and c.country_code == place.country_code
            and (c.feature_type == "country" or c.admin1_code == place.admin1_code)
            for c in self.gazetteer.lookup(qualifier)
        )

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        **kwargs: Any,
    ) -> Location | list[Location] | None:
        """Return the populated place nearest to a point.

        Parameters
        ----------
        query
            ``"lat, lon"``, a ``(lat, lon)`` tuple or a :class:`geopy.point.Point`.
        exactly_one
            Return one Location (default) or a one-element list.
        timeout
            Ignored (no network).
        **kwargs
            Ignored, for compatibility.

        Returns
        -------
        Location, list of Location or None
            ``None`` when the store holds no populated places.
        """
        point = Point(query)
        place = self.gazetteer.reverse(point.longitude, point.latitude)
        if place is None:
            return None
        loc = self._location(place)
        return loc if exactly_one else [loc]
