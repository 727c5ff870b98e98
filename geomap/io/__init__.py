"""Output formats: one module per format, one writer each, registered in :data:`WRITERS`.

Readers of input formats live here too (:mod:`geomap.io.readers`,
:mod:`geomap.io.corpora`, :mod:`geomap.io.files`).  Nothing in this package
imports the pipeline (:mod:`geomap.run`, :mod:`geomap.nlp`).
"""

from __future__ import annotations

from collections.abc import Iterable

from geomap.io.articles_jsonl import ArticlesJSONL
from geomap.io.base import Finished, WriteOptions, Writer
from geomap.io.claims_csv import ClaimsCSV
from geomap.io.comparison_json import ComparisonJSON
from geomap.io.flatgeobuf import FlatGeobuf
from geomap.io.geojson import MentionsGeoJSON, PlacesGeoJSON
from geomap.io.geopackage import GeoPackage
from geomap.io.geoparquet import GeoParquet
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
    "geoparquet": GeoParquet,
    "flatgeobuf": FlatGeobuf,
    "report": ReportJSON,
}
#: What a run writes unless told otherwise.
DEFAULT_FORMATS: tuple[str, ...] = tuple(n for n, w in WRITERS.items() if not w.optional)
#: Formats written only when asked for (``geomap map --format``).
OPTIONAL_FORMATS: tuple[str, ...] = tuple(n for n, w in WRITERS.items() if w.optional)
#: File name of each output (the first, for a writer of several files).
OUTPUT_FILES: dict[str, str] = {name: w.filename for name, w in WRITERS.items()}
#: The articles a run parsed, kept for the next run into the same folder (:mod:`geomap.reuse`).
PARSED_FILE = ".geomap-parsed.sqlite"
#: Names a folder of geomap outputs may hold (checked before it is replaced).
KNOWN_FILES = frozenset(f for w in WRITERS.values() for f in w.filenames) | {PARSED_FILE}
#: The files of a default run.
DEFAULT_FILES = frozenset(f for n in DEFAULT_FORMATS for f in WRITERS[n].filenames)


def resolve_formats(formats: Iterable[str] | None) -> tuple[str, ...]:
    """The writers a run uses, in writing order, with the formats they require.

    ``formats`` defaults to :data:`DEFAULT_FORMATS`.

    Raises
    ------
    ValueError
        For a name that is not in :data:`WRITERS`.
    """
    wanted = set(DEFAULT_FORMATS if formats is None else formats)
    unknown = sorted(wanted - set(WRITERS))
    if unknown:
        raise ValueError(f"unknown output formats {unknown}; known: {', '.join(WRITERS)}")
    for name in list(wanted):
        wanted.update(WRITERS[name].requires)
    return tuple(n for n in WRITERS if n in wanted)


__all__ = [
    "DEFAULT_FILES",
    "DEFAULT_FORMATS",
    "KNOWN_FILES",
    "OPTIONAL_FORMATS",
    "OUTPUT_FILES",
    "PARSED_FILE",
    "WRITERS",
    "Finished",
    "WriteOptions",
    "Writer",
    "resolve_formats",
]
