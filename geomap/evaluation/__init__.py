"""Evaluation harness: gold corpora, metrics, and the runner behind ``geomap evaluate``.

Importing this package loads no model; the geoparser is passed in by the caller.
"""

from __future__ import annotations

from geomap.evaluation.corpus import GoldDocument, GoldToponym, read_gold, split_of
from geomap.evaluation.protocol import GeoparserLike
from geomap.evaluation.results import EvaluationResult
from geomap.evaluation.runner import evaluate

__all__ = [
    "EvaluationResult",
    "GeoparserLike",
    "GoldDocument",
    "GoldToponym",
    "evaluate",
    "read_gold",
    "split_of",
]
