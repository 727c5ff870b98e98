"""What an evaluation run measured: :class:`EvaluationResult` and its recognition part."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from geomap.evaluation.areas import AreaAccuracy
from geomap.evaluation.calibration import Reliability
from geomap.evaluation.errors_list import ErrorListing
from geomap.evaluation.metrics import GeonamesMatch, ResolutionMetrics
from geomap.evaluation.spans import PRF, TypeRecall
from geomap.records import Mention

Mode = Literal["end-to-end", "gold-spans"]


@dataclass(frozen=True, slots=True)
class RecognitionMetrics:
    """Recognition scores: exact and overlapping span match, recall by gold type."""

    exact: PRF
    overlap: PRF
    by_type: tuple[TypeRecall, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "by_type": [t.to_dict() for t in self.by_type],
        }


@dataclass(frozen=True, slots=True)
class EvaluationResult:
    """Everything one evaluation run measured.

    Attributes
    ----------
    corpus, split
        Names for the report (``split`` is ``"dev"``, ``"test"`` or ``"all"``).
    mode
        ``"end-to-end"`` or ``"gold-spans"``.
    documents, gold_toponyms, gold_with_coords, predicted
        Counts. ``predicted`` is the number of predicted mentions.
    recognition
        ``None`` in gold-spans mode.
    resolution
        Over the gold toponyms with coordinates that were evaluated: all of
        them in gold-spans mode, the ones an overlapping prediction found end
        to end.
    not_found
        Gold toponyms with coordinates that no prediction overlaps (end to
        end only; they are recognition misses and not part of ``resolution``).
    geonames
        Exact GeoNames id agreement over the same population as ``resolution``.
    area
        Area-aware accuracy over the same population (:class:`AreaAccuracy`); ``None``
        when no shapes were available (a geoparser without a gazetteer).
    confidence
        Reliability of the confidence of the resolved mentions among them (within
        161 km or not; :mod:`geomap.evaluation.calibration`).
    errors
        The error listing when requested, else ``None``.
    predictions
        Every predicted mention, in document order (not part of :meth:`to_dict`).
    scored
        ``(confidence, located_by, within 161 km)`` of each resolved mention scored
        (not part of :meth:`to_dict`; ``bench/calibrate_confidence.py`` fits on it).
    """

    corpus: str
    split: str
    mode: Mode
    documents: int
    gold_toponyms: int
    gold_with_coords: int
    predicted: int
    recognition: RecognitionMetrics | None
    resolution: ResolutionMetrics
    not_found: int
    geonames: GeonamesMatch
    area: AreaAccuracy | None = None
    confidence: Reliability | None = None
    errors: ErrorListing | None = None
    predictions: tuple[Mention, ...] = field(default=(), repr=False, compare=False)
    scored: tuple[tuple[float, str | None, bool], ...] = field(
        default=(), repr=False, compare=False
    )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (the ``--json`` output); predictions are left out."""
        return {
            "corpus": self.corpus,
            "split": self.split,
            "mode": self.mode,
            "documents": self.documents,
            "gold_toponyms": self.gold_toponyms,
            "gold_with_coords": self.gold_with_coords,
            "predicted": self.predicted,
            "recognition": None if self.recognition is None else self.recognition.to_dict(),
            "resolution": self.resolution.to_dict(),
            "not_found": self.not_found,
            "geonames": self.geonames.to_dict(),
            "area": None if self.area is None else self.area.to_dict(),
            "confidence": None if self.confidence is None else self.confidence.to_dict(),
            "errors": None if self.errors is None else self.errors.to_dict(),
        }
