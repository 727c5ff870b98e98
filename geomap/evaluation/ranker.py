"""Fitting the resolver's candidate ranker from gold decisions (``bench/train_resolver.py``).

The resolver picks one candidate per name and article (one sense per
discourse), so a training example is one such *decision*: the candidates'
features (:func:`geomap.nlp.scoring.features`) and which candidates are right.
The ranker is a conditional logit (a softmax over a decision's candidates, as
the resolver scores them), fitted by L-BFGS with an L2 penalty on the mean
log-likelihood that pulls each weight towards its hand-set value
(:data:`geomap.nlp.scoring.DEFAULT_WEIGHTS`), its strength chosen by
cross-validation over documents.

Three things made an earlier fit learn signs against the features' meaning
(a curated alias weighed -0.83, so "Macedonia" went to Ohio):

* every *mention* was an example, in both runs (gold spans and end to end), so
  a name repeated in one article counted up to a dozen times for one decision;
* the penalty was divided by the number of examples (``2.6e-6`` in effect), so
  a feature seen in a handful of decisions (an exonym: 15) took whatever value
  fitted those, and collinear ones offset each other (water +8.1, admin-2 -4.2);
* a feature that rarely decides (an alias is nearly always a country, which
  wins anyway) gets its weight from the few names where it loses ("New York",
  the state in local news), unless the data also hold the stories it is for.

:func:`unique` collapses repeated decisions; the penalty is on the mean and
pulls towards the hand-set weights, so a feature the data rarely decide keeps
about its designed value (a range named without "the" stays behind a town of
that name, although the few islands in the data would lift every landform);
:func:`choose_l2` picks the largest penalty whose held-out accuracy is within
one standard error of the best (the usual "one-standard-error rule"); the
trainer reads the development halves of every corpus, not just two.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from geomap.geo import haversine_km
from geomap.records import Place

#: Penalties tried by :func:`choose_l2` (on the mean log-likelihood).
L2_GRID: tuple[float, ...] = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
#: Distance under which a candidate counts as the gold place when ids cannot decide.
CORRECT_KM = 161.0


@dataclass(frozen=True)
class Decision:
    """One name of one article: its candidates' features and which candidates are right."""

    corpus: str
    document: str
    features: tuple[Mapping[str, float], ...]
    correct: tuple[bool, ...]

    def informative(self) -> bool:
        """Whether the decision can teach a ranking: some candidates right, some wrong."""
        return any(self.correct) and not all(self.correct)

    def key(self) -> tuple[object, ...]:
        """What makes two decisions the same (the same choice, seen twice)."""
        feats = tuple(tuple(sorted(f.items())) for f in self.features)
        return (self.corpus, self.document, feats, self.correct)


def correct_flags(
    places: Sequence[Place],
    lon: float,
    lat: float,
    geonameid: str | None = None,
    inside: Callable[[Place, float, float], bool] | None = None,
) -> list[bool]:
    """Which candidates are the gold place.

    The gold GeoNames id decides when a candidate has it; otherwise a candidate
    within 161 km of the gold point is right; when none is, an area whose polygon
    holds the gold point is (``inside``, e.g. :func:`geomap.evaluation.areas.area_test`:
    a country, admin-1 unit, region or continent; corpora whose gold points come
    from Wikipedia put Russia 531 km from GeoNames' point).
    """
    ids = [p.place_id for p in places]
    if geonameid and geonameid in ids:
        return [pid == geonameid for pid in ids]
    near = [haversine_km(p.lon, p.lat, lon, lat) <= CORRECT_KM for p in places]
    if any(near) or inside is None:
        return near
    return [inside(p, lon, lat) for p in places]


def unique(decisions: Sequence[Decision]) -> list[Decision]:
    """The informative decisions, each once.

    A name repeated in an article is one decision, and the same decision seen
    in the gold-span and the end-to-end run is one too (with the NER label's
    feature it differs, and both stay).
    """
    seen: set[tuple[object, ...]] = set()
    out: list[Decision] = []
    for d in decisions:
        if not d.informative():
            continue
        k = d.key()
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out


class _Stacked:
    """Decisions as one candidate matrix, for a vectorised loss."""

    def __init__(self, decisions: Sequence[Decision], names: Sequence[str]) -> None:
        rows = [[f.get(n, 0.0) for n in names] for d in decisions for f in d.features]
        self.x = np.array(rows, dtype=float).reshape(-1, len(names))
        self.ok = np.array([c for d in decisions for c in d.correct], dtype=float)
        sizes = [len(d.features) for d in decisions]
        self.starts = np.cumsum([0, *sizes[:-1]]).astype(int)
        self.group = np.repeat(np.arange(len(decisions)), sizes)
        self.n = len(decisions)

    def loss(self, w: np.ndarray, l2: float, prior: np.ndarray) -> tuple[float, np.ndarray]:
        s = self.x @ w
        s = s - np.maximum.reduceat(s, self.starts)[self.group]
        e = np.exp(s)
        z = np.add.reduceat(e, self.starts)
        z_ok = np.add.reduceat(e * self.ok, self.starts)
        nll = -float(np.sum(np.log(z_ok) - np.log(z))) / self.n
        resid = e * self.ok / z_ok[self.group] - e / z[self.group]
        grad = -(self.x.T @ resid) / self.n
        d = w - prior
        return nll + l2 * float(d @ d), grad + 2 * l2 * d


def fit(
    decisions: Sequence[Decision],
    names: Sequence[str],
    l2: float,
    prior: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """The weights maximising the mean log-probability of the right candidates, penalised.

    The penalty is ``l2 · |w - prior|²``.

    Parameters
    ----------
    decisions
        Informative decisions (:func:`unique`).
    names
        The features to weigh.
    l2
        Penalty on the squared distance from ``prior``, against the *mean*
        log-likelihood (so it does not fade as the data grow).
    prior
        The weights the penalty pulls towards (missing names: 0); ``None``: all 0.
        A feature no decision shows keeps its prior weight.

    Returns
    -------
    dict of str to float
        A weight per name.
    """
    start = np.array([(prior or {}).get(n, 0.0) for n in names], dtype=float)
    if not decisions:
        return {n: float(v) for n, v in zip(names, start, strict=True)}
    data = _Stacked(decisions, names)
    result = minimize(data.loss, start, args=(l2, start), jac=True, method="L-BFGS-B")
    return {n: float(v) for n, v in zip(names, result.x, strict=True)}


def top1(decisions: Sequence[Decision], weights: Mapping[str, float]) -> float:
    """Share of decisions whose best-scored candidate is right (ties: the first)."""
    if not decisions:
        return 0.0
    hits = 0
    for d in decisions:
        scores = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in d.features]
        hits += d.correct[int(np.argmax(scores))]
    return hits / len(decisions)


def fold_of(document: str, folds: int) -> int:
    """A document's cross-validation fold, by a stable hash of its corpus and id."""
    return int(hashlib.sha1(document.encode("utf-8")).hexdigest(), 16) % folds


def cross_validate(
    decisions: Sequence[Decision],
    names: Sequence[str],
    l2: float,
    folds: int = 5,
    prior: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """Held-out top-1 accuracy per corpus, each document's decisions held out together."""
    hits: dict[str, list[float]] = {}
    for k in range(folds):
        train = [d for d in decisions if fold_of(f"{d.corpus}:{d.document}", folds) != k]
        test = [d for d in decisions if fold_of(f"{d.corpus}:{d.document}", folds) == k]
        weights = fit(train, names, l2, prior)
        for d in test:
            hits.setdefault(d.corpus, []).append(top1([d], weights))
    return {c: float(np.mean(v)) for c, v in sorted(hits.items())}


def choose_l2(
    decisions: Sequence[Decision],
    names: Sequence[str],
    grid: Sequence[float] = L2_GRID,
    folds: int = 5,
    prior: Mapping[str, float] | None = None,
) -> tuple[float, dict[float, dict[str, float]]]:
    """The penalty to use, and the held-out accuracy per corpus of every penalty tried.

    Each penalty is scored by its held-out top-1 accuracy averaged over the
    corpora; the choice is the largest penalty scoring within one standard
    error of the best (binomial, per corpus, averaged like the accuracies):
    held-out differences smaller than that are noise, and the larger penalty
    trusts the few decisions of a rare feature less.
    """
    table = {l2: cross_validate(decisions, names, l2, folds, prior) for l2 in grid}
    sizes: dict[str, int] = {}
    for d in decisions:
        sizes[d.corpus] = sizes.get(d.corpus, 0) + 1

    def mean(l2: float) -> float:
        return float(np.mean(list(table[l2].values()))) if table[l2] else 0.0

    best = max(grid, key=mean)
    var = sum(p * (1 - p) / sizes[c] for c, p in table[best].items())
    se = float(np.sqrt(var)) / max(len(table[best]), 1)
    return max(l2 for l2 in grid if mean(l2) >= mean(best) - se), table
