"""Recognition and resolution metrics: pure functions over spans and distances.

Nothing here knows about spaCy or the gazetteer; the runner
(:mod:`geomap.evaluation.runner`) turns predictions into spans, points and ids.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

MatchMode = Literal["exact", "overlap"]
Span = tuple[int, int]

#: Acc@161: the "within 100 miles" threshold used throughout the geoparsing literature.
ACC_KM = 161.0
#: Largest possible error on Earth (half the circumference), as used by Gritta et al. 2018.
MAX_ERROR_KM = 20039.0
#: The group name of gold toponyms without a ``type``.
NO_TYPE = "(none)"


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts they come from.

    A ratio whose denominator is zero is reported as 0.0; the counts say why.
    """

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TypeRecall:
    """Recall of the gold toponyms of one ``type`` (or one type group)."""

    type: str
    gold: int
    found_exact: int
    found_overlap: int
    recall_exact: float
    recall_overlap: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


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


@dataclass(frozen=True, slots=True)
class AreaAccuracy:
    """Area-aware accuracy: Acc@161, except that an area counts as right when it holds the gold.

    A prediction that is a country, admin-1 unit, region or continent is right when
    the gold point lies inside its polygon (or within 161 km of its point); a sea,
    lake, river or mountain range with a shape when the gold point lies within 161 km
    of that shape; any other prediction when it is within 161 km. Over the same
    toponyms as ``acc161`` (unresolved ones are wrong). ``by_area`` counts the toponyms
    right by the shape only (more than 161 km from the area's representative point).
    ``None``: no toponyms.
    """

    n: int
    correct: int
    by_area: int
    rate: float | None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


def area_accuracy(scored: Iterable[tuple[float | None, bool]]) -> AreaAccuracy:
    """Area-aware accuracy from ``(error_km or None, gold point inside the predicted area)``.

    Examples
    --------
    >>> area_accuracy([(10.0, False), (500.0, True), (500.0, False), (None, False)]).rate
    0.5
    """
    n = correct = by_area = 0
    for error, inside in scored:
        n += 1
        near = error is not None and error <= ACC_KM
        if near or inside:
            correct += 1
            by_area += not near
    return AreaAccuracy(n, correct, by_area, correct / n if n else None)


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall and F1 from true positives and the two totals.

    Examples
    --------
    >>> prf(3, 4, 6).f1
    0.6
    """
    if not 0 <= tp <= min(n_pred, n_gold):
        raise ValueError(f"tp={tp} must be within [0, min(n_pred={n_pred}, n_gold={n_gold})]")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(tp, n_pred - tp, n_gold - tp, precision, recall, f1)


def match_spans(
    gold: Sequence[Span], pred: Sequence[Span], mode: MatchMode = "exact"
) -> list[tuple[int, int]]:
    """Match gold spans to predicted spans one-to-one.

    Parameters
    ----------
    gold, pred
        ``(start, end)`` character spans of one document.
    mode
        ``"exact"``: same start and end. ``"overlap"``: the spans share at
        least one character. In overlap mode the candidate pairs are taken
        greedily by largest shared length (ties: smallest start distance, then
        document order), and each gold and each predicted span is used at most
        once, so one long prediction covering two gold toponyms counts once.

    Returns
    -------
    list of (int, int)
        ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    if mode == "exact":
        where = {s: i for i, s in reversed(list(enumerate(pred)))}
        pairs: list[tuple[int, int]] = []
        used: set[int] = set()
        for gi, g in enumerate(gold):
            pi = where.get(g)
            if pi is not None and pi not in used:
                used.add(pi)
                pairs.append((gi, pi))
        return pairs
    if mode != "overlap":
        raise ValueError(f"unknown match mode {mode!r}")
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0:
                candidates.append((-shared, abs(gs - ps), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return sorted(result)


def type_group(type_: str | None) -> str | None:
    """Return the group of a namespaced type: the part before ``':'``.

    ``"literal:Mixed"`` -> ``"literal"``; a type without ``':'`` or ``None``
    has no group.
    """
    if type_ is None or ":" not in type_:
        return None
    return type_.split(":", 1)[0]


def recall_by_type(found: Iterable[tuple[str | None, bool, bool]]) -> list[TypeRecall]:
    """Recall per gold type and per type group.

    Parameters
    ----------
    found
        One ``(type, found_exact, found_overlap)`` triple per gold toponym.

    Returns
    -------
    list of TypeRecall
        The groups first, named ``"<group>:*"`` (``"literal:*"``,
        ``"associative:*"``), then each type; both sorted by name. Gold
        without a type is reported as :data:`NO_TYPE`.
    """
    counts: dict[str, list[int]] = {}
    for type_, exact, overlap in found:
        keys = [type_ or NO_TYPE]
        group = type_group(type_)
        if group is not None:
            keys.append(f"{group}:*")
        for key in keys:
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += 1
            c[1] += int(exact)
            c[2] += int(overlap)
    ordered = sorted(counts, key=lambda k: (not k.endswith(":*"), k))
    return [TypeRecall(k, g, e, o, e / g, o / g) for k in ordered for g, e, o in [counts[k]]]


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
