"""How representative points of countries and admin1 units are chosen.

The method was picked by measuring distances to gold coordinates of country
and admin1 toponyms in the development half of the evaluation corpora (see
``docs/gazetteer.md``); only the *method* is taken from that comparison, no
coordinates or names.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.naturalearth import NEFeature
from geomap.gazetteer.names import normalize_name, strip_type_word
from geomap.geo import haversine_km

#: Country point method: "mid" (midpoint of the NE label point and the centroid of the
#: largest polygon, unless they are more than MID_MAX_KM apart), "label" (NE
#: LABEL_X/LABEL_Y), "repr" (polygon representative point), "centroid" (centroid of the
#: largest polygon), "capital" or "members".
#: "factbook" is the midpoint of the CIA World Factbook point (see builder/factbook.py)
#: and the centroid of the largest polygon: 92.4% of country toponyms of the eval dev halves
#: within 161 km of their gold point, against 76.4% for "mid" (docs/gazetteer.md).
COUNTRY_METHOD = "factbook"
MID_MAX_KM = 1000.0
#: Admin1 point method: "centroid" (of the unit's largest Natural Earth polygon, where it
#: has one), "label" (NE label point), "seat" (PPLA) or "members" (member centroid).
#: "centroid": 95.7% of the 650 admin-1 gold toponyms of the GeoWebNews, LGL and TUD-Loc dev
#: halves within 161 km of their gold point (median 19 km), against 92.5% (55 km) for
#: "members" (measured on the dev halves, docs/BENCHMARKS.md).
ADMIN1_METHOD = "centroid"


def _largest(geom: object) -> object:
    parts = getattr(geom, "geoms", None)
    return max(parts, key=lambda g: g.area) if parts else geom


def country_point(
    ne: NEFeature | None,
    capital: Entry | None,
    members: Sequence[Entry],
    method: str = COUNTRY_METHOD,
    factbook: tuple[float, float] | None = None,
) -> tuple[float, float] | None:
    """Return ``(lon, lat)`` for a country, falling back through the other methods."""
    order = [method, "mid", "centroid", "label", "repr", "capital", "members"]
    for m in order:
        if m == "factbook" and factbook is not None:
            if ne is None:
                return factbook
            c = _largest(ne.geom).centroid  # type: ignore[attr-defined]
            return (c.x + factbook[0]) / 2, (c.y + factbook[1]) / 2
        if m == "mid" and ne is not None:
            c = _largest(ne.geom).centroid  # type: ignore[attr-defined]
            x, y = ne.get("LABEL_X"), ne.get("LABEL_Y")
            if (
                isinstance(x, (int, float))
                and isinstance(y, (int, float))
                and haversine_km(c.x, c.y, float(x), float(y)) <= MID_MAX_KM
            ):
                return (c.x + float(x)) / 2, (c.y + float(y)) / 2
            return c.x, c.y
        if m == "label" and ne is not None:
            x, y = ne.get("LABEL_X"), ne.get("LABEL_Y")
            if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                return float(x), float(y)
        elif m == "repr" and ne is not None:
            p = ne.geom.representative_point()
            return p.x, p.y
        elif m == "centroid" and ne is not None:
            c = _largest(ne.geom).centroid  # type: ignore[attr-defined]
            return c.x, c.y
        elif m == "capital" and capital is not None:
            return capital.lon, capital.lat
        elif m == "members" and members:
            return sum(e.lon for e in members) / len(members), sum(e.lat for e in members) / len(
                members
            )
    return None


def admin1_point(
    cc: str,
    name: str,
    ascii_name: str,
    labels: dict[tuple[str, str], tuple[float, float]],
    members: Sequence[Entry],
    method: str = ADMIN1_METHOD,
    shape: object | None = None,
) -> tuple[float, float] | None:
    """Return ``(lon, lat)`` for an admin1 unit, falling back through the other methods.

    ``shape`` is the unit's polygon where Natural Earth has one (for "centroid").
    """
    order = [method, "members", "label", "seat"]
    for m in order:
        if m == "centroid" and shape is not None:
            c = _largest(shape).centroid  # type: ignore[attr-defined]
            return c.x, c.y
        if m == "label":
            for n in (name, ascii_name):
                for key in (normalize_name(n), strip_type_word(n)):
                    if key and (cc, key) in labels:
                        return labels[(cc, key)]
        elif m == "seat":
            seats = [e for e in members if e.feature_code == "PPLA"]
            if seats:
                s = max(seats, key=lambda e: (e.population, e.place_id))
                return s.lon, s.lat
        elif m == "members" and members:
            return sum(e.lon for e in members) / len(members), sum(e.lat for e in members) / len(
                members
            )
    return None
