"""Output formats: one module per format, one writer each, registered in :data:`WRITERS`.

Readers of input formats live here too (:mod:`geomap.io.readers`,
:mod:`geomap.io.corpora`, :mod:`geomap.io.files`).  Nothing in this package
imports the pipeline (:mod:`geomap.run`, :mod:`geomap.nlp`).
"""

from __future__ import annotations

from geomap.io.articles_jsonl import ArticlesJSONL
from geomap.io.base import Finished, WriteOptions, Writer
from geomap.io.claims_csv import ClaimsCSV
from geomap.io.comparison_json import ComparisonJSON
from geomap.io.geojson import MentionsGeoJSON, PlacesGeoJSON
from geomap.io.geopackage import GeoPackage
from geomap.io.map_html import MapHTML
from geomap.io.report import ReportJSON

#: Every output format, by name, in writing order (the report last: it lists the others).
WRITERS: dict[str, type[Writer]] = {
    "mentions": MentionsGeoJSON,
    "places": PlacesGeoJSON,
    "claims": ClaimsCSV,
    "comparison": ComparisonJSON,
    "map": MapHTML,
    "articles": ArticlesJSONL,
    "gpkg": GeoPackage,
    "report": ReportJSON,
}
#: File name of each output.
OUTPUT_FILES: dict[str, str] = {name: w.filename for name, w in WRITERS.items()}
#: Names a folder of geomap outputs may hold (checked before it is replaced).
KNOWN_FILES = frozenset(OUTPUT_FILES.values())

__all__ = ["KNOWN_FILES", "OUTPUT_FILES", "WRITERS", "Finished", "WriteOptions", "Writer"]
