"""Candidate scoring for toponym resolution.

Each candidate gets a feature vector (:func:`features`); the score is a
weighted sum (:class:`Weights`). The weights are plain numbers in the
component config so they can be tuned on a development split (see
``docs/BENCHMARKS.md``).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from geomap.records import Candidate, Place

TYPE_PRIOR: dict[str, float] = {
    "country": 3.0,
    "continent": 2.6,
    "region": 2.2,
    "admin1": 2.0,
    "water": 1.8,
    "city": 1.4,
    "landform": 1.0,
    "admin2": 0.4,
    "other": 0.0,
}
CODE_PRIOR: dict[str, float] = {
    "PPLC": 1.0,
    "PPLA": 0.5,
    "PPLA2": 0.2,
    "PPLX": -1.0,
    "PPLH": -2.0,
    "PPLQ": -2.0,
    "PPLW": -2.0,
}
MATCH_PRIOR: dict[str, float] = {"name": 0.0, "alias": 0.3, "alternate": -2.0}
#: Words after a name that say it is an administrative unit ("the Kaliningrad region").
ADMIN_WORDS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "state",
        "county",
        "krai",
        "kray",
        "governorate",
        "prefecture",
        "district",
        "republic",
        "canton",
        "voivodeship",
        "department",
        "territory",
        "municipality",
        "emirate",
    ]
)
#: Entity label -> feature types it favours.
LABEL_AFFINITY: dict[str, frozenset[str]] = {
    "LOC": frozenset({"water", "landform", "region", "continent"}),
    "GPE": frozenset({"country", "admin1", "admin2", "city"}),
    "FAC": frozenset({"other", "landform"}),
}


@dataclass(frozen=True)
class Weights:
    """Weights of the resolution score."""

    type_prior: float = 1.0
    population: float = 0.3
    code_prior: float = 1.0
    match_prior: float = 1.0
    exact_case: float = 0.5
    context_country: float = 1.5
    context_admin1: float = 2.5
    container: float = 5.0
    admin_hint: float = 3.0
    label_affinity: float = 0.8
    nearby: float = 1.0


@dataclass
class Context:
    """Evidence from the rest of the document.

    ``countries`` and ``admin1s`` count votes; ``points`` are the other
    mentions' chosen places, ``(lon, lat)``.
    """

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass(frozen=True)
class MentionEvidence:
    """What the text around one mention says about its candidates."""

    text: str
    label: str
    admin_hint: bool
    containers: tuple[Place, ...]


def features(cand: Candidate, ev: MentionEvidence, ctx: Context | None) -> dict[str, float]:
    """Return the named features of one candidate."""
    p = cand.place
    f = {
        "type_prior": TYPE_PRIOR.get(p.feature_type, 0.0),
        "population": math.log10(max(p.population, 0) + 1),
        "code_prior": CODE_PRIOR.get(p.feature_code, 0.0),
        "match_prior": MATCH_PRIOR.get(cand.match, 0.0),
        "exact_case": 1.0 if p.name == ev.text else 0.0,
        "container": 1.0 if any(_contains(c, p) for c in ev.containers) else 0.0,
        "admin_hint": 1.0 if ev.admin_hint and p.feature_type in {"admin1", "admin2"} else 0.0,
        "label_affinity": 1.0 if p.feature_type in LABEL_AFFINITY.get(ev.label, ()) else 0.0,
        "context_country": 0.0,
        "context_admin1": 0.0,
        "nearby": 0.0,
    }
    if ctx is not None:
        if p.country_code:
            f["context_country"] = math.log1p(ctx.countries.get(p.country_code, 0))
        if p.country_code and p.admin1_code:
            f["context_admin1"] = math.log1p(ctx.admin1s.get((p.country_code, p.admin1_code), 0))
        if p.feature_type in {"city", "admin2", "other", "landform"} and ctx.points:
            f["nearby"] = 1.0 if _min_distance_km(p, ctx.points) < 300.0 else 0.0
    return f


def score(f: dict[str, float], w: Weights) -> float:
    """Weighted sum of features."""
    return sum(getattr(w, name) * value for name, value in f.items())


def softmax_top(scores: list[float]) -> float:
    """Probability mass of the best score under a softmax."""
    if not scores:
        return 0.0
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    return 1.0 / total


def _contains(container: Place, p: Place) -> bool:
    if container.place_id == p.place_id:
        return False
    if container.feature_type == "country":
        return p.country_code == container.country_code
    if container.feature_type == "admin1":
        return (p.country_code, p.admin1_code) == (container.country_code, container.admin1_code)
    if container.feature_type in {"region", "continent"} and container.members:
        return p.country_code in container.members
    return False


def _min_distance_km(p: Place, points: list[tuple[float, float]]) -> float:
    from geomap.geo import haversine_km

    return min(haversine_km(p.lon, p.lat, lon, lat) for lon, lat in points)
