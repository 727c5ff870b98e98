"""Spatial coherence between the names of one article ("spatial minimality").

Places named together in a local story lie close together: "Paris" and "Henry
County" are Paris, Tennessee and Henry County, Tennessee, not Paris, France and
one of the other Henry Counties. For every candidate of every name, :func:`support`
counts the *other* names of the article that have a candidate within
:data:`RADIUS_KM`, whichever of their candidates is picked. Only local features
(cities, admin-2 units, other) give and get support, and only each name's
:data:`TOP_K` most populous candidates give it, so a name with hundreds of
homonyms ("Springfield") does not support everything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from geomap.geo import EARTH_RADIUS_KM, haversine_km
from geomap.records import Candidate, Place

RADIUS_KM = 100.0
TOP_K = 10
LOCAL_TYPES = frozenset({"city", "admin2", "other"})


#: Candidates whose distances to every giver are computed in one array (bounded memory).
_ROWS = 256


def support(cands: Mapping[str, Sequence[Candidate]]) -> dict[tuple[str, str], int]:
    """Return ``(name key, place_id) -> number of other names with a candidate nearby``.

    The distances of every local candidate to every giver are computed as arrays,
    :data:`_ROWS` candidates at a time, with the haversine's operations in the
    same order as for one candidate.
    """
    givers: list[tuple[int, float, float]] = []
    keys = list(cands)
    for gi, key in enumerate(keys):
        local = [c.place for c in cands[key] if c.place.feature_type in LOCAL_TYPES]
        local.sort(key=lambda p: -p.population)
        givers.extend((gi, p.lon, p.lat) for p in local[:TOP_K])
    if len(keys) < 2 or not givers:
        return {}
    g_group = np.array([g[0] for g in givers])
    g_lon = np.radians([g[1] for g in givers])
    g_lat = np.radians([g[2] for g in givers])
    g_cos = np.cos(g_lat)
    # the givers come name by name: where each name's run of columns starts
    runs = np.flatnonzero(np.r_[True, g_group[1:] != g_group[:-1]])
    takers = [
        (gi, key, cand.place)
        for gi, key in enumerate(keys)
        for cand in cands[key]
        if cand.place.feature_type in LOCAL_TYPES
    ]
    out: dict[tuple[str, str], int] = {}
    for at in range(0, len(takers), _ROWS):
        chunk = takers[at : at + _ROWS]
        # each taker's coordinates as the scalars the haversine of one place uses
        lon = np.array([np.radians(p.lon) for _, _, p in chunk])[:, None]
        lat = np.array([np.radians(p.lat) for _, _, p in chunk])[:, None]
        cos = np.array([np.cos(np.radians(p.lat)) for _, _, p in chunk])[:, None]
        own = np.array([gi for gi, _, _ in chunk])[:, None]
        a = np.sin((g_lat - lat) / 2) ** 2 + cos * g_cos * np.sin((g_lon - lon) / 2) ** 2
        dist = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        near = (dist <= RADIUS_KM) & (g_group != own)
        names = np.logical_or.reduceat(near, runs, axis=1).sum(axis=1).tolist()
        for (_, key, p), n in zip(chunk, names, strict=True):
            if n:
                out[(key, p.place_id)] = int(n)
    return out


#: An other-name-only pick this far from every other place of the article is a stray.
STRAY_KM = 1000.0
#: A town smaller than this, far from the article's other places, may be a stray too.
STRAY_TOWN = 10_000
#: Kinds of place news names from anywhere: never a stray.
NEVER_STRAY = frozenset({"country", "continent", "region", "water"})
#: Other places the article must name before a pick can be called a stray.
STRAY_MIN_OTHERS = 2
#: A city this big in the country of another of the article's places is no stray.
STRAY_HOME_CITY = 100_000


def stray_picks(
    picks: Mapping[str, tuple[Place, float]], cands: Mapping[str, Sequence[Candidate]]
) -> set[str]:
    """Names known only as other places' alternate names or small towns, picked far away.

    "Tawila" in a story about Darfur matches only At Tawilah, Yemen (one of its
    alternate names); "Muse" in a story about Myanmar's border only a US village:
    when every candidate of a name is another place's alternate name or a town under
    :data:`STRAY_TOWN` people, and the pick lies more than :data:`STRAY_KM` from
    each of the article's other places (of at least :data:`STRAY_MIN_OTHERS`), it is
    left unresolved rather than placed there with the confidence of a lone candidate,
    in its own country too: "Newcomers", a restaurant in a story from Santa Barbara, is
    no other name of Newcomerstown, Ohio; "Heathrow" in a story naming the U.S. and
    Kansas City is no village in Florida. A country is never a
    stray: news names countries from anywhere, and a form another language inflects
    reaches it by a guessed nominative, matched as an alternate ("Stanów
    Zjednoczonych" in a Polish story about gas from Qatar). Nor is a country's
    capital, a sea or a region, for the same reasons ("в Каракасе" in a Russian
    story about Cuba, gas "из Патагонии"), nor a city of :data:`STRAY_HOME_CITY` people
    in the country of another of the article's places ("Форталезой", Fortaleza, in a
    Russian story about Brazil naming Rio, São Paulo and Brasília), nor the seat of an
    admin-1 unit (GeoNames' ``PPLA``) there, however small ("в Ушуае" in a story from
    Mendoza, 2,400 km off; "ІКАЛУЇТ", Nunavut's seat of 7,000, beside Canada).
    """
    return {key for key, (place, _) in picks.items() if is_stray(key, place, picks, cands)}


def is_stray(
    key: str,
    place: Place,
    picks: Mapping[str, tuple[Place, float]],
    cands: Mapping[str, Sequence[Candidate]],
    *,
    exempt: bool = True,
) -> bool:
    """Whether ``place`` would be a stray pick for the name ``key`` (:func:`stray_picks`).

    With ``exempt`` (the default), a country, capital, sea or region is never one;
    without, it is judged by its distance like any place (:func:`next_best`).
    """
    if exempt and (place.feature_type in NEVER_STRAY or place.feature_code == "PPLC"):
        return False
    options = cands.get(key, ())
    if not all(c.match == "alternate" or _small_town(c.place) for c in options):
        return False
    others = [p for k, (p, _) in picks.items() if k != key]
    if len(others) < STRAY_MIN_OTHERS:
        return False
    if (
        place.feature_type == "city"
        and (place.population >= STRAY_HOME_CITY or place.feature_code == "PPLA")
        and any(o.country_code == place.country_code for o in others)
    ):
        # "между Форталезой и Луандой" in a story about Brazil: a guessed form; "в Ушуае"
        # (Ushuaia, 57,000, Tierra del Fuego's seat) in a story from Mendoza, "ІКАЛУЇТ"
        # (Iqaluit, 7,000, Nunavut's seat) beside Canada: a province's seat is no namesake
        return False
    return all(haversine_km(place.lon, place.lat, o.lon, o.lat) > STRAY_KM for o in others)


def next_best(
    key: str,
    ranked: Sequence[tuple[Place, float]],
    picks: Mapping[str, tuple[Place, float]],
    cands: Mapping[str, Sequence[Candidate]],
) -> tuple[Place, float] | None:
    """The best-scored other candidate of a stray pick that is no stray itself.

    "Gulf" in a story from Dubai, known only as other places' alternate names, may
    score Gulf County, Florida first, a stray; the Persian Gulf, its next candidate,
    lies near Dubai. ``ranked`` holds the name's candidates, best first, with their
    confidence; ``None`` when every one is a stray, a far sea or country included
    (exempt from being dropped, not a reason to be chosen).
    """
    for place, conf in ranked[1:]:
        if not is_stray(key, place, picks, cands, exempt=False):
            return place, conf
    return None


def replace_strays(
    picks: Mapping[str, tuple[Place, float]],
    ranked: Mapping[str, Sequence[tuple[Place, float]]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, tuple[Place, float]]:
    """The picks without their strays, each replaced by its :func:`next_best` if any.

    Every stray is judged against the picks that are no strays, never against
    another stray's replacement: the result does not depend on the order the strays
    are taken in (a set's order changes with the interpreter's hash seed, and
    "Harvey, Irma and Maria" was placed differently from one run to the next).
    """
    strays = stray_picks(picks, cands)
    kept = {key: pick for key, pick in picks.items() if key not in strays}
    out = dict(kept)
    for key in sorted(strays):
        fallback = next_best(key, ranked.get(key, ()), kept, cands)
        if fallback is not None:
            out[key] = fallback
    return out


def _small_town(place: Place) -> bool:
    return place.feature_type in LOCAL_TYPES and place.population < STRAY_TOWN
