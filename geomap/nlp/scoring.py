"""Candidate scoring for toponym resolution.

Each candidate of a mention gets a feature vector (:func:`features`); its
score is the dot product with a weight vector. The shipped weights
(``data/resolver_weights.json``) are a logistic-regression ranker trained on
the development halves of the gold corpora by ``bench/train_resolver.py``
(:mod:`geomap.evaluation.ranker`), pulled towards :data:`DEFAULT_WEIGHTS`, the
hand-set weights, which are also the fallback when that file is absent.
Scores are turned into a confidence with a softmax over the mention's candidates
(calibrated by :mod:`geomap.nlp.confidence`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from geomap.nlp.concentration import country_share, near_share
from geomap.records import Candidate, Place

FEATURE_TYPES = ("country", "admin1", "admin2", "city", "region", "continent", "water",
                 "landform", "other")  # fmt: skip
#: Words after a name that say it is an administrative unit ("the Kaliningrad region").
ADMIN_WORDS = frozenset(
    """
    region oblast province state county krai kray governorate prefecture district
    republic canton voivodeship department territory municipality emirate parish co.
    """.split()  # noqa: SIM905
)
#: Plural admin words that close a list of names ("Clay, Becker and Douglas counties").
ADMIN_PLURALS = frozenset(
    """
    regions oblasts provinces states counties governorates prefectures districts
    cantons departments territories municipalities parishes
    """.split()  # noqa: SIM905
)
#: Entity label -> feature types it favours.
LABEL_AFFINITY: dict[str, frozenset[str]] = {
    "LOC": frozenset({"water", "landform", "region", "continent"}),
    "GPE": frozenset({"country", "admin1", "admin2", "city"}),
    "FAC": frozenset({"other", "landform"}),
}
_CODES = {"PPLC": "c_pplc", "PPLA": "c_ppla", "PPLA2": "c_ppla2", "PPLX": "c_minor",
          "PPLH": "c_minor", "PPLQ": "c_minor", "PPLW": "c_minor"}  # fmt: skip

#: A section of a populated place (PPLX) this populous is no minor place ("Hollywood").
SECTION_POPULATION = 100_000
#: A seat of government (GeoNames ``PPLG``: La Paz, The Hague, Cotonou, Putrajaya) is a
#: capital as the ranker sees it when it has this many people; the source's other
#: ``PPLG`` entries (a castle, a bishopric, a camp, a micronation) have next to none.
SEAT_POPULATION = 1_000

_GROUP = {"country": "country", "admin1": "admin1", "city": "local", "admin2": "local",
          "other": "local", "landform": "local", "water": "local"}  # fmt: skip

#: Hand-set weights, used when no trained weights are shipped; their keys are the
#: features :func:`features` computes (:data:`FEATURES`).
DEFAULT_WEIGHTS: dict[str, float] = {
    "t_country": 3.0,
    "t_continent": 2.6,
    "t_region": 2.2,
    "t_admin1": 2.0,
    "t_water": 1.8,
    "t_city": 1.4,
    "t_landform": 1.0,
    "t_admin2": 0.4,
    "t_other": 0.0,
    "log_pop": 0.3,
    "pop_top": 0.3,
    "c_pplc": 1.5,
    "c_ppla": 0.5,
    "c_ppla2": 0.2,
    "c_minor": -1.5,
    "c_million": 0.5,
    "m_alias": 0.3,
    "m_alternate": -2.0,
    "m_exonym": 0.0,
    "m_short": 1.5,
    "m_demonym": 1.0,
    "exact_case": 0.5,
    "container": 5.0,
    "admin_hint": 3.0,
    "label_affinity": 0.8,
    "shadowed": -1.0,
    "seat_of_namesake": 1.0,
    "after_the": 1.0,
    "ctx_country": 1.0,
    "ctx_country_small": 0.5,
    "ctx_admin1": 2.5,
    "ctx_admin1_lift": 0.5,
    "ctx_near": 1.0,
    "ctx_country_share": 0.5,
    "nearby": 1.0,
    "near_any": 1.0,
}

#: Every feature the resolver scores, in a fixed order; trained weights must declare these.
FEATURES: tuple[str, ...] = tuple(DEFAULT_WEIGHTS)


@dataclass
class Context:
    """Evidence from the rest of the document.

    ``countries`` and ``admin1s`` count votes; ``points`` are the other
    mentions' chosen places, ``(lon, lat)``.
    """

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    #: (country, admin1) -> the admin-1 unit's share of its country's population
    admin1_share: Mapping[tuple[str, str], float] = field(default_factory=dict)
    #: the other names' picks, each with its vote weight (confidence, times named)
    picks: list[tuple[Place, float]] = field(default_factory=list)


@dataclass(frozen=True)
class MentionEvidence:
    """What the text around one mention says about its candidates."""

    text: str
    label: str
    admin_hint: bool
    containers: tuple[Place, ...]
    #: place_id -> number of other names of the article with a candidate nearby
    support: Mapping[str, int] = field(default_factory=dict)
    #: whether a country or admin-1 unit has this very name ("Ohio": state and river)
    admin_named: bool = False
    #: whether the name follows "the" ("down the Ohio"), as waters and regions do
    after_the: bool = False
    #: (country, admin-1 code) of the admin-1 units among the candidates ("Geneva" the canton)
    units: frozenset[tuple[str, str]] = frozenset()


def features(
    cand: Candidate,
    ev: MentionEvidence,
    ctx: Context | None,
    max_pop: int,
) -> dict[str, float]:
    """Return the named, non-zero features of one candidate.

    ``max_pop`` is the largest population among the mention's candidates.
    """
    p = cand.place
    f: dict[str, float] = {f"t_{p.feature_type}": 1.0}
    f["log_pop"] = math.log10(max(p.population, 0) + 1)
    if max_pop > 0 and p.population >= max_pop:
        f["pop_top"] = 1.0
    code = _CODES.get(p.feature_code)
    if p.feature_code == "PPLG" and p.population >= SEAT_POPULATION:
        code = "c_pplc"  # "ЛА-ПАС" beside Bolivia: the seat of government, not Baja's La Paz
    if code == "c_minor" and p.population >= SECTION_POPULATION:
        code = None  # a section of a city known in its own right: "Hollywood"
    if code:
        f[code] = 1.0
    if p.feature_type == "city" and p.population >= 1_000_000:
        f["c_million"] = 1.0
    if cand.match == "alias":
        f["m_alias"] = 1.0
    elif cand.match == "alternate":
        f["m_alternate"] = 1.0
        if is_short_form(ev.text, p):
            f["m_short"] = 1.0
    elif cand.match == "exonym":
        f["m_exonym"] = 1.0
    elif cand.match == "demonym":
        f["m_demonym"] = 1.0
    if p.name == ev.text:
        f["exact_case"] = 1.0
    near = ev.support.get(p.place_id, 0)
    if near:
        f["near_any"] = math.log1p(near)
    if any(contains(c, p) for c in ev.containers):
        f["container"] = 1.0
    if ev.admin_hint and p.feature_type in {"admin1", "admin2"}:
        f["admin_hint"] = 1.0
    if p.feature_type in LABEL_AFFINITY.get(ev.label, ()):
        f["label_affinity"] = 1.0
    if ev.admin_named and p.feature_type in {"water", "landform"}:
        f["shadowed"] = 1.0
    if is_seat_of_namesake(p, ev.units):
        f["seat_of_namesake"] = 1.0
    if ev.after_the and p.feature_type in {"water", "landform", "region", "continent"}:
        f["after_the"] = 1.0
    if ctx is not None:
        votes = ctx.countries.get(p.country_code, 0) if p.country_code else 0
        if votes > 0:
            # Same-country evidence matters most among places of one kind (Paris FR vs
            # Paris TX); it must not let a village outvote the country it shares a name with.
            small = _GROUP.get(p.feature_type) == "local" and p.population < 100_000
            f["ctx_country_small" if small else "ctx_country"] = math.log1p(votes)
        if p.country_code and p.admin1_code:
            a1 = ctx.admin1s.get((p.country_code, p.admin1_code), 0)
            if a1:
                f["ctx_admin1"] = math.log1p(a1)
                lift = _admin1_lift(ctx, p.country_code, p.admin1_code, a1, votes)
                if lift > 0:
                    f["ctx_admin1_lift"] = lift
        close = near_share(p, ctx.picks)
        if close > 0:
            f["ctx_near"] = close
        share = country_share(p, ctx.countries)
        if share > 0:
            f["ctx_country_share"] = share
        local = p.feature_type in {"city", "admin2", "other", "landform"}
        if local and ctx.points and _min_distance_km(p, ctx.points) < 300.0:
            f["nearby"] = 1.0
    return f


def score(f: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Dot product of features and weights (missing weights count as 0)."""
    return sum(weights.get(name, 0.0) * value for name, value in f.items())


def softmax_top(scores: Sequence[float]) -> float:
    """Probability mass of the best score under a softmax."""
    if not scores:
        return 0.0
    top = max(scores)
    return 1.0 / sum(math.exp(s - top) for s in scores)


def _admin1_lift(ctx: Context, cc: str, a1: str, a1_votes: float, cc_votes: float) -> float:
    """How much more the article is about one admin-1 unit than its population predicts.

    ``log(doc share / population share)``, floored at 0: many votes for England in
    a British article say little (England is most of the country), many for Ohio
    in an American one say a lot.
    """
    prior = ctx.admin1_share.get((cc, a1), 0.0)
    if prior <= 0 or cc_votes <= 0:
        return 0.0
    return max(0.0, math.log(min(1.0, a1_votes / cc_votes) / prior))


def is_seat_of_namesake(p: Place, units: frozenset[tuple[str, str]]) -> bool:
    """Whether ``p`` is the capital or seat of an admin-1 unit among the name's candidates.

    "Geneva", "Moscow", "Odesa", "Kaliningrad" each name a city and the unit it is
    the seat of; news mean the city more often than the unit.
    """
    if p.feature_type != "city" or p.feature_code not in {"PPLA", "PPLC"}:
        return False
    return bool(p.country_code and p.admin1_code) and (p.country_code, p.admin1_code) in units


def is_short_form(text: str, p: Place) -> bool:
    """Whether ``text`` is the entry's name without its type word ("Kaliningrad" Oblast).

    Not a county's: news write "Shelby County", and a bare "Shelby" is a town's name.
    """
    from geomap.gazetteer import normalize_name

    if p.feature_type not in {"admin1", "water"}:
        return False
    return normalize_name(p.name).startswith(normalize_name(text) + " ")


def contains(container: Place, p: Place) -> bool:
    """Whether ``p`` lies in ``container``: a country, admin-1 unit or group of countries."""
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
