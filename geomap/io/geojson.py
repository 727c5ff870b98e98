"""GeoJSON (RFC 7946): ``mentions.geojson`` streamed, ``places.geojson`` at the end.

Points are ``[lon, lat]``; unresolved mentions have ``null`` geometry.  Records
become properties through :mod:`geomap.serialize` only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from geomap.io.base import Finished, JsonArrayStream, WriteOptions, Writer, dump
from geomap.records import ArticleResult
from geomap.serialize import dated_mention_feature, point

_HEADER = '{"type":"FeatureCollection","features":[\n'
#: Claims a place's Feature holds at most: GDAL (QGIS, geopandas) refuses a Feature of
#: some megabytes ("GeoJSON object too complex/large"), which a place named 50,000 times
#: makes; every claim is in ``claims.csv`` and the GeoPackage's ``claims`` layer.
PLACE_CLAIMS = 1000
_FOOTER = "\n]}\n"


class MentionsGeoJSON(Writer):
    """``mentions.geojson``: one Feature per mention, written as each article arrives."""

    filename = "mentions.geojson"

    def __init__(self, path: Path, options: WriteOptions) -> None:
        super().__init__(path, options)
        self._fh: TextIO = path.open("w", encoding="utf-8")
        self._stream = JsonArrayStream(self._fh, _HEADER)

    def add(self, item: ArticleResult) -> None:
        """Write the article's mentions."""
        for mention in item.mentions:
            self._stream.write(dump(dated_mention_feature(mention, item.metadata)))

    def finish(self, run: Finished) -> None:
        """Close the collection."""
        self._stream.end(_FOOTER)
        self._fh.close()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


class PlacesGeoJSON(Writer):
    """``places.geojson``: one Feature per place with its articles and claims.

    A place's first :data:`PLACE_CLAIMS` claims; ``claims_omitted`` counts the others;
    ``disputed`` is its disputed note (:class:`geomap.mapping.dispute_groups.DisputeNotes`).
    """

    filename = "places.geojson"

    def finish(self, run: Finished) -> None:
        """Write the places in order of first mention, each claim read back from the store."""
        from geomap.mapping.dispute_groups import DisputeNotes

        store = run.store
        notes = DisputeNotes.of(run.gazetteer)
        with self.path.open("w", encoding="utf-8") as fh:
            places = JsonArrayStream(fh, _HEADER)
            for pid, tally in store.places.items():
                props = store.summary_of(pid)
                props["disputed"] = notes.place_note(tally.place)
                props["claims_omitted"] = max(0, tally.claims - PLACE_CLAIMS)
                head = dump({"type": "Feature", "geometry": point(tally.place)})[:-1]
                parts = [head, ',"properties":', dump(props)[:-1], ',"claims":[']
                places.write("".join(parts))
                for n, claim in enumerate(store.claims_of(pid, limit=PLACE_CLAIMS)):
                    fh.write(("," if n else "") + dump(claim))
                fh.write("]}}")
            places.end(_FOOTER)
