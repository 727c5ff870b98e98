"""Claims: who an article says claims what about each place, and how articles compare.

Importing :mod:`geomap.claims.attribution` registers the ``geomap_attribution``
spaCy factory; this package's top level loads no pipeline.
"""

from __future__ import annotations

from geomap.claims.collect import claims_from_mentions as claims_from_mentions
from geomap.claims.collect import places_from_mentions as places_from_mentions
from geomap.claims.collect import speaker_from_span as speaker_from_span
from geomap.claims.compare import ClaimPair as ClaimPair
from geomap.claims.compare import Comparison as Comparison
from geomap.claims.compare import PlaceComparison as PlaceComparison
from geomap.claims.compare import compare as compare
from geomap.claims.render import render_claims as render_claims
