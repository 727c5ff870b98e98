"""The map's sources view: who speaks in the run, and about which places.

Built from the claims the places carry (``places.geojson`` claims; a streamed
run's places carry their first claims only, so the counts are of those).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from geomap.mapping.popup import as_list, text_of
from geomap.sanitize import inert_bidi

#: Sources listed in the payload at most (the most claims first).
MAX_SOURCES = 500


def sources_payload(place_claims: Iterable[tuple[int, Any]]) -> list[dict[str, Any]]:
    """``[{"name", "kind", "places": [place index], "n": claims}]``, most claims first.

    Parameters
    ----------
    place_claims
        ``(place index in the payload, the place's claims)`` pairs; a claim's source
        is its ``speaker_entity`` (the source merged over its article), else its
        ``speaker``.  Claims without a speaker (the journalist's) are left out.
    """
    by_name: dict[str, dict[str, Any]] = {}
    for index, claims in place_claims:
        for claim in as_list(claims):
            if not isinstance(claim, Mapping):
                continue
            name = inert_bidi(text_of(claim.get("speaker_entity")) or text_of(claim.get("speaker")))
            if not name:
                continue
            entry = by_name.setdefault(
                name.casefold(),
                {"name": name, "kind": text_of(claim.get("speaker_kind")), "places": [], "n": 0},
            )
            entry["n"] += 1
            if index not in entry["places"]:
                entry["places"].append(index)
    ranked = sorted(by_name.values(), key=lambda e: (-e["n"], e["name"].casefold()))
    return ranked[:MAX_SOURCES]
