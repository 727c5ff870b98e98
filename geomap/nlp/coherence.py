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

from geomap.geo import EARTH_RADIUS_KM
from geomap.records import Candidate

RADIUS_KM = 100.0
TOP_K = 10
LOCAL_TYPES = frozenset({"city", "admin2", "other"})


def support(cands: Mapping[str, Sequence[Candidate]]) -> dict[tuple[str, str], int]:
    """Return ``(name key, place_id) -> number of other names with a candidate nearby``."""
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
    out: dict[tuple[str, str], int] = {}
    for gi, key in enumerate(keys):
        for cand in cands[key]:
            p = cand.place
            if p.feature_type not in LOCAL_TYPES:
                continue
            lon, lat = np.radians(p.lon), np.radians(p.lat)
            a = (
                np.sin((g_lat - lat) / 2) ** 2
                + np.cos(lat) * np.cos(g_lat) * np.sin((g_lon - lon) / 2) ** 2
            )
            dist = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
            near = np.unique(g_group[(dist <= RADIUS_KM) & (g_group != gi)])
            if near.size:
                out[(key, p.place_id)] = int(near.size)
    return out
