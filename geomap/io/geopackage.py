"""``geomap.gpkg``: one GeoPackage with the layers QGIS and geopandas open as they are.

- ``places``: a point per place, its counts, best confidence and ``disputed`` note;
- ``areas``: the polygons of the countries, admin units, regions (their members'
  union), seas and disputed areas mentioned, with their mention counts, for a
  choropleth without a join;
- ``lines``: the lines of the rivers mentioned (MultiLineString; a GeoPackage layer has
  one geometry type), with the same columns as ``areas``;
- ``mentions``: a point per mention (no geometry when unresolved), streamed;
- ``claims``: a row per claim with its place, article metadata, speaker, role,
  confidence and ``lon``/``lat``.

Every column is flat: a list or dict value is JSON text (never a Python repr).
EPSG:4326.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.claim_records import claim_records
from geomap.io.base import Finished, WriteOptions, Writer
from geomap.io.gpkg_dates import add_date_columns
from geomap.layer_rows import NULLABLE_INTEGERS, claim_layer_row, mention_layer_row
from geomap.records import ArticleResult, Place

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.mapping.area_shapes import AreaShapes
    from geomap.runstore import RunStore

#: GDAL's option for SQLite's ``PRAGMA synchronous`` (:func:`_unsynced`).
SYNC_OPTION = "OGR_SQLITE_SYNCHRONOUS"
#: Rows buffered before they are appended to a layer (each append costs a data frame and
#: a transaction: 5000 rows, a few MB, take a third less time than five appends of 1000).
CHUNK = 5000
#: Columns that may be empty, with their type: a layer's field types are set by its first
#: chunk, and a column empty in all of it would otherwise become text (the speaker's offsets
#: of a thousand claims without one), its later numbers written as strings.
NULLABLE: dict[str, str] = {
    **dict.fromkeys(NULLABLE_INTEGERS, "Int64"),
    **dict.fromkeys(("mention_count", "article_count"), "Int64"),  # an empty lines layer's too
    **dict.fromkeys(("lon", "lat", "confidence"), "Float64"),
    "has_shape": "boolean",
    "disputed": "string",
}
#: Columns of the ``areas`` and ``lines`` layers (an empty layer has them too).
SHAPE_COLUMNS = [
    "place_id",
    "name",
    "feature_type",
    "country_code",
    "drawn_as",
    "disputed",
    "mention_count",
    "article_count",
]


def flat(row: Mapping[str, Any]) -> dict[str, Any]:
    """A record with every list or dict value as JSON text (GIS columns are flat)."""
    return _flattened(dict(row))


def _flattened(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` itself, each list or dict value replaced by its JSON text: a row made here."""
    for k, v in row.items():
        if isinstance(v, (list, tuple, dict)):
            row[k] = json.dumps(v, ensure_ascii=False)
    return row


def _append(
    path: Path,
    layer: str,
    rows: list[dict[str, Any]],
    geometry: list[Any],
    kind: str,
    columns: list[str] | None = None,
    *,
    exists: bool,
) -> None:
    """Write ``rows`` to ``layer`` of ``path``: appended if the layer ``exists``, else made."""
    import geopandas as gpd
    import pyogrio

    frame = gpd.GeoDataFrame(rows, columns=columns, geometry=geometry, crs="EPSG:4326")
    for name in frame.columns.intersection(list(NULLABLE)):
        frame[name] = frame[name].astype(NULLABLE[name])
    with _unsynced():
        pyogrio.write_dataframe(frame, path, layer=layer, geometry_type=kind, append=exists)


@contextmanager
def _unsynced() -> Iterator[None]:
    """GDAL's SQLite writes without waiting for the disk after each transaction.

    The file is in the run's staging folder, which :class:`geomap.outdir.OutputDir`
    syncs file by file before it is swapped in: SQLite's own syncs (several per
    layer) only cost time (0.5 s of a short run on a slow disk).  The option is
    process-wide in GDAL, so the previous value is restored.
    """
    import pyogrio

    before = pyogrio.get_gdal_config_option(SYNC_OPTION)
    pyogrio.set_gdal_config_options({SYNC_OPTION: "OFF"})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({SYNC_OPTION: before})


def _points(rows: list[dict[str, Any]]) -> list[Any]:
    """The rows' points (``lon``, ``lat``), made in one call; ``None`` where either is missing."""
    import shapely

    geometry: list[Any] = [None] * len(rows)
    placed = [i for i, r in enumerate(rows) if r["lon"] is not None and r["lat"] is not None]
    if placed:
        xy = [(float(rows[i]["lon"]), float(rows[i]["lat"])) for i in placed]
        for i, point in zip(placed, shapely.points(xy), strict=True):
            geometry[i] = point
    return geometry


class GeoPackage(Writer):
    """``geomap.gpkg``: places, areas, lines, mentions and claims layers.

    Mentions and claims are appended as the articles come, and each area place's
    shape is made when the place is first seen: the work left to :meth:`finish`
    is the places and the shapes' counts, which only the whole run knows.
    """

    filename = "geomap.gpkg"

    def __init__(self, path: Path, options: WriteOptions) -> None:
        super().__init__(path, options)
        self._mentions: list[dict[str, Any]] = []
        self._claims: list[dict[str, Any]] = []
        self._shapes: AreaShapes | None = None
        #: The layers written so far (the file is the run's own: the others do not exist).
        self._layers: set[str] = set()

    def prepare(self, gazetteer: Gazetteer | None) -> None:
        """Import the GeoPackage libraries; read the gazetteer's disputed areas."""
        import geopandas  # noqa: F401
        import pyogrio  # noqa: F401
        import shapely.ops  # noqa: F401

        from geomap.mapping.area_shapes import AreaShapes

        self._shapes = AreaShapes(gazetteer)

    def add(self, item: ArticleResult) -> None:
        """Buffer the article's mentions and claims, append them in chunks; shape new places.

        A chunk is appended as soon as it is full, within an article too: a long
        article's tens of thousands of rows are never buffered at once.
        """
        places: dict[str, Place] = {}
        for m in item.mentions:
            # a new dict, flattened where it is (the frames' row: geomap.layer_rows)
            self._mentions.append(_flattened(mention_layer_row(m, item.metadata)))
            if m.place is not None:
                places[m.place.place_id] = m.place
            if len(self._mentions) >= CHUNK:
                self._flush_mentions()
        for c, record in zip(item.claims, claim_records(item), strict=True):
            self._claims.append(claim_row(places[c.place_id], record))
            if len(self._claims) >= CHUNK:
                self._flush_claims()
        if self._shapes is not None and self._shapes.gazetteer is not None:
            for place in places.values():
                self._shapes.make_soon(place)

    def _flush_mentions(self) -> None:
        if self._mentions:
            rows, self._mentions = self._mentions, []
            self._write("mentions", rows, _points(rows), "Point")

    def _flush_claims(self) -> None:
        if self._claims:
            rows, self._claims = self._claims, []
            self._write("claims", rows, _points(rows), "Point")

    def finish(self, run: Finished) -> None:
        """Write the places, areas and lines; close the mentions and claims layers."""
        self._flush_mentions()
        store = run.store
        if "mentions" not in self._layers:  # no mention at all: the layer still exists, empty
            self._write("mentions", [], [], "Point")
        shapes = self._shapes
        if shapes is None or not shapes.serves(run.gazetteer):
            from geomap.mapping.area_shapes import AreaShapes

            shapes = AreaShapes(run.gazetteer)
        places = [
            flat(
                {
                    **store.summary_of(pid),
                    "disputed": shapes.notes.place_note(t.place),
                }
            )
            for pid, t in store.places.items()
        ]
        self._write("places", places, _points(places), "Point")
        try:
            shaped = list(shape_rows(store, shapes))
        finally:
            shapes.close()
        for layer in ("areas", "lines"):
            kind = LAYER_KINDS[layer]
            chosen = [(r, g) for r, g in shaped if g.geom_type == kind]
            rows, geoms = [r for r, _ in chosen], [g for _, g in chosen]
            self._write(layer, rows, geoms, kind, SHAPE_COLUMNS)
        had_claims = any(t.claims for t in store.places.values())
        self._flush_claims()
        if not had_claims and "claims" not in self._layers:
            self._write("claims", [], [], "Point")
        add_date_columns(self.path, ("mentions", "claims"))

    def _write(
        self,
        layer: str,
        rows: list[dict[str, Any]],
        geometry: list[Any],
        kind: str,
        columns: list[str] | None = None,
    ) -> None:
        """Append ``rows`` to ``layer``, made by the first write (:func:`_append`)."""
        _append(self.path, layer, rows, geometry, kind, columns, exists=layer in self._layers)
        self._layers.add(layer)

    def close(self, wait: bool = True) -> None:
        """Nothing held open (each append opens and closes the file); the shapes' thread ended.

        ``wait``: for the shape being made (else left to its daemon thread).
        """
        self._mentions = []
        self._claims = []
        if self._shapes is not None:
            self._shapes.close(wait)
        self._shapes = None
        self._layers = set()

    def abandon(self) -> None:
        """As :meth:`close`, leaving the shape being made: a stopped run exits at once."""
        self.close(wait=False)


def claim_row(place: Place, claim: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row of the ``claims`` layer: the claim with its place's name and point."""
    return _flattened(claim_layer_row(place, claim, place.place_id))


def shape_rows(store: RunStore, shapes: AreaShapes) -> Iterator[tuple[dict[str, Any], Any]]:
    """``(row, geometry)`` for every mentioned place that has a shape.

    The geometry is a MultiPolygon (an area) or a MultiLineString (a river's line).
    """
    for pid, tally in store.places.items():
        found = shapes.of(tally.place)
        if found is None:
            continue
        place = tally.place
        values = (pid, place.name, place.feature_type, place.country_code)
        counts = (tally.mentions, len(tally.per_article))
        row = (*values, found.drawn_as, found.disputed, *counts)
        yield dict(zip(SHAPE_COLUMNS, row, strict=True)), found.geometry


#: The layers of ``geomap.gpkg``, in the order the other GIS formats write them, and
#: the geometry type of each.
LAYER_KINDS: dict[str, str] = {
    "places": "Point",
    "areas": "MultiPolygon",
    "lines": "MultiLineString",
    "mentions": "Point",
    "claims": "Point",
}
LAYERS: tuple[str, ...] = tuple(LAYER_KINDS)
