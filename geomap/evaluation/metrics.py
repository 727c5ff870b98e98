"""Resolution metrics: pure functions over distances and GeoNames ids.

Nothing here knows about spaCy or the gazetteer; the runner
(:mod:`geomap.evaluation.runner`) turns predictions into points and ids.
Recognition metrics are in :mod:`geomap.evaluation.spans`, the area-aware
accuracy in :mod:`geomap.evaluation.areas`.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

#: Acc@161: the "within 100 miles" threshold used throughout the geoparsing literature.
ACC_KM = 161.0
#: Largest possible error on Earth (half the circumference), as used by Gritta et al. 2018.
MAX_ERROR_KM = 20039.0


@dataclass(frozen=True, slots=True)
class ResolutionMetrics:
    """Distance-based resolution scores.

    Two populations are reported:

    * the *penalised* figures (``acc161``, ``mean_km``, ``median_km``,
      ``auc``) cover every gold toponym with coordinates that was evaluated
      (``n``); one without a predicted point (``unresolved``) counts as an
      error of :data:`MAX_ERROR_KM`;
    * the ``*_resolved`` figures cover only the ``resolved`` ones, those with a
      predicted point.

    ``None`` means the population is empty.
    """

    n: int
    resolved: int
    unresolved: int
    acc161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    acc161_resolved: float | None
    mean_km_resolved: float | None
    median_km_resolved: float | None
    auc_resolved: float | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class GeonamesMatch:
    """Exact GeoNames id agreement.

    ``compared`` counts gold toponyms with a ``geonameid`` whose prediction has
    a numeric ``place_id`` (a GeoNames id); ``rate = exact / compared``.
    """

    compared: int
    exact: int
    rate: float | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


def accuracy_at(errors_km: Sequence[float], km: float = ACC_KM) -> float | None:
    """Share of errors at or below ``km`` (Acc@161 by default); ``None`` if empty.

    161 km is 100 miles. (Gritta et al.'s code tests ``ln(1 + e) < ln(161)``,
    i.e. ``e < 160``; the difference only matters for errors in (160, 161].)
    """
    if not errors_km:
        return None
    return sum(1 for e in errors_km if e <= km) / len(errors_km)


def auc_of_errors(errors_km: Sequence[float], max_error_km: float = MAX_ERROR_KM) -> float | None:
    """Area under the curve of sorted log errors (Gritta et al. 2018); lower is better.

    The metric of M. Gritta, M. T. Pilehvar and N. Collier, "Which Melbourne?
    Augmenting Geocoding with Maps", ACL 2018 (its AUC column: CamCoder .22 on
    LGL, .31 on GeoVirus), as implemented in the authors' evaluation code,
    ``print_stats`` in ``preprocessing.py`` of
    ``github.com/milangritta/Geocoding-with-Map-Vector``::

        errors = np.log(np.array(errors_km) + 1)
        auc = np.trapz(errors) / (np.log(20039) * (len(errors) - 1))

    i.e. the trapezoidal area (unit spacing) under the curve of the
    ``ln(1 + error)`` values, divided by the largest possible area, the
    rectangle of height ``ln(20039 km)`` (about the largest distance on Earth)
    and width ``n - 1``. It is 0 for a perfect geocoder and about 1 when every
    toponym is on the other side of the globe. Here the errors are sorted
    ascending first, so the value is the area under the error curve and does
    not depend on input order (the authors' snippet integrates in input
    order; with the trapezoidal rule that only changes which two values count
    half, at the ends). A single error ``e`` has no width; its AUC is
    ``ln(1 + e) / ln(20039)``.

    Parameters
    ----------
    errors_km
        Errors in kilometres (unresolved toponyms already set to the maximum).
    max_error_km
        The normalising maximum error.

    Returns
    -------
    float or None
        ``None`` when there are no errors.
    """
    if not errors_km:
        return None
    logs = sorted(math.log1p(max(0.0, e)) for e in errors_km)
    norm = math.log(max_error_km)
    if len(logs) == 1:
        return logs[0] / norm
    area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
    return area / (norm * (len(logs) - 1))


def resolution_metrics(
    errors_km: Sequence[float | None], max_error_km: float = MAX_ERROR_KM
) -> ResolutionMetrics:
    """Resolution scores from one error per evaluated gold toponym.

    Parameters
    ----------
    errors_km
        Great-circle error in km for each gold toponym with coordinates, or
        ``None`` when the system gave no point for it (unresolved).
    max_error_km
        The error an unresolved toponym counts as in the penalised figures.
    """
    resolved = [e for e in errors_km if e is not None]
    penalised = [max_error_km if e is None else e for e in errors_km]
    return ResolutionMetrics(
        n=len(errors_km),
        resolved=len(resolved),
        unresolved=len(errors_km) - len(resolved),
        acc161=accuracy_at(penalised),
        mean_km=statistics.fmean(penalised) if penalised else None,
        median_km=statistics.median(penalised) if penalised else None,
        auc=auc_of_errors(penalised, max_error_km),
        acc161_resolved=accuracy_at(resolved),
        mean_km_resolved=statistics.fmean(resolved) if resolved else None,
        median_km_resolved=statistics.median(resolved) if resolved else None,
        auc_resolved=auc_of_errors(resolved, max_error_km),
    )


def geonames_match(pairs: Iterable[tuple[str | None, str | None]]) -> GeonamesMatch:
    """Exact GeoNames id agreement.

    Parameters
    ----------
    pairs
        ``(gold_geonameid, predicted_place_id)`` per evaluated gold toponym.
        A pair is compared when the gold id is given and the predicted id is
        all digits (a GeoNames id; Natural Earth or curated ids are skipped).
    """
    compared = exact = 0
    for gold_id, pred_id in pairs:
        if gold_id and pred_id and pred_id.isdigit():
            compared += 1
            exact += int(gold_id.strip() == pred_id)
    return GeonamesMatch(compared, exact, exact / compared if compared else None)
