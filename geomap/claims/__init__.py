"""Claims: who an article says claims what about each place, and how articles compare.

Importing :mod:`geomap.claims.attribution` registers the ``geomap_attribution``
spaCy factory; this package's top level stays free of spaCy pipelines.
"""

from __future__ import annotations

from geomap.claims.collect import claims_from_mentions, places_from_mentions, speaker_from_span
from geomap.claims.compare import ClaimPair, Comparison, PlaceComparison, compare
from geomap.claims.export import write_claims_csv, write_comparison_json
from geomap.claims.render import render_claims

__all__ = [
    "ClaimPair",
    "Comparison",
    "PlaceComparison",
    "claims_from_mentions",
    "compare",
    "places_from_mentions",
    "render_claims",
    "speaker_from_span",
    "write_claims_csv",
    "write_comparison_json",
]
