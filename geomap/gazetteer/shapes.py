"""The gazetteer's shapes: outlines, lines, the basemap, disputed areas, and nearest places.

Mixed into :class:`geomap.gazetteer.store.Gazetteer`, which provides the
queries (``_query``) and the artifact's ``path``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.rows import SELECT as _SELECT
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.schema import numeric_id
from geomap.gazetteer.spatial import nearest_row_id
from geomap.instance_cache import per_instance
from geomap.records import Place

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry


class Shapes:
    """Geometry reads of the gazetteer; mixed into :class:`geomap.gazetteer.store.Gazetteer`."""

    if TYPE_CHECKING:
        path: Path | None

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    @per_instance(maxsize=1)
    def disputed_areas(self) -> gpd.GeoDataFrame | None:
        """Natural Earth's disputed and breakaway areas, or ``None`` without the file.

        They are read from ``disputed_areas.geojson`` beside the artifact (written
        by the builder); an artifact built elsewhere may come without it.  Read
        once per store: the same frame each time (callers must not change it).
        """
        import geopandas as gpd

        path = self.path.parent / "disputed_areas.geojson" if self.path else None
        if path is None or not path.is_file():
            return None
        return gpd.read_file(path)

    @per_instance(maxsize=1)
    def disputed_countries(self) -> dict[str, dict[str, Any]]:
        """Countries Natural Earth notes as disputed (Taiwan, Kosovo), by ISO alpha-2.

        Each: ``name``, ``administered_by``, ``claimed_by``, ``note``, ``unrecognised``
        and ``as_of`` (the release), from ``disputed_countries.json`` beside the artifact
        (written by the builder); empty without it.
        """
        import json

        path = self.path.parent / "disputed_countries.json" if self.path else None
        if path is None or not path.is_file():
            return {}
        found: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        return found

    # ------------------------------------------------------------------ space
    def reverse(self, lon: float, lat: float) -> Place | None:
        """Return the populated place nearest to ``(lon, lat)``.

        Uses a 1-degree grid index: rings of cells are searched outwards
        until the nearest place found is closer than any unsearched cell.

        Parameters
        ----------
        lon, lat
            Point in GeoJSON order.

        Returns
        -------
        Place or None
            ``None`` only if the store has no populated places.
        """
        rid = nearest_row_id(self._query, lon, lat)
        if rid is None:
            return None
        return _place(self._query(f"{_SELECT} WHERE p.id = ?", (rid,))[0])

    @per_instance(maxsize=512)
    def shape(self, place_id: str) -> BaseGeometry | None:
        """Return the stored geometry of an entry (countries, regions, waters...), or ``None``."""
        pid = str(place_id)
        num = numeric_id(pid)
        if num is None:
            found = self._query("SELECT id FROM places WHERE xid = ?", (pid,))
            if not found:
                return None
            num = found[0][0]
        from geomap.gazetteer.geometry import decode_shape

        rows = self._query("SELECT wkb FROM shapes WHERE pid = ?", (num,))
        return decode_shape(rows[0][0]) if rows else None

    @per_instance(maxsize=8)
    def basemap(self, tolerance: float = 0.08) -> gpd.GeoDataFrame:
        """Return simplified country outlines for an offline basemap.

        Parameters
        ----------
        tolerance
            Simplification tolerance in degrees (0 keeps the stored outlines).

        Returns
        -------
        geopandas.GeoDataFrame
            Columns ``place_id``, ``name``, ``country_code``, ``geometry``; EPSG:4326;
            sorted by country code.
        """
        import geopandas as gpd

        from geomap.gazetteer.geometry import decode_shape

        rows = self._query(
            "SELECT COALESCE(p.xid, CAST(p.id AS TEXT)), p.name, p.cc, s.wkb FROM places p "
            "JOIN shapes s ON s.pid = p.id WHERE p.ftype = 0 ORDER BY p.cc, p.id"
        )
        geoms = [decode_shape(r[3]) for r in rows]
        if tolerance:
            geoms = [g.simplify(tolerance, preserve_topology=True) for g in geoms]
        return gpd.GeoDataFrame(
            {
                "place_id": [r[0] for r in rows],
                "name": [r[1] for r in rows],
                "country_code": [r[2] for r in rows],
            },
            geometry=geoms,
            crs="EPSG:4326",
        )
