"""A town named after the river it stands on, when the article names that river.

Towns of one name are told apart by their rivers: "Kostrzyn nad Odrą" and Kostrzyn
(Greater Poland), "Frankfurt an der Oder" and Frankfurt am Main, "Châlons-sur-Marne".
News writes the short name ("w Kostrzynie"); in a story that names the Oder, the town
is the one on the Oder. :func:`river_qualified_towns` rules out a name's other
candidates when its pick is a town and another of its towns is qualified by a river
(:data:`QUALIFIERS`) that the article's names resolved to; the ranker scores the name's
qualified towns again (:mod:`geomap.nlp.revisions`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

#: How a town's name names its river, per language: "X nad Y", "X an der Y", "X am Y",
#: "X-sur-Y", "X (Y)".
QUALIFIERS: dict[str, re.Pattern[str]] = {
    "pl": re.compile(r"^.+ nad (?P<river>\w+)$"),
    "de": re.compile(r"^.+ (?:an der|am) (?P<river>\w+)$|^.+ \((?P<paren>\w+)\)$"),
    "fr": re.compile(r"^.+-sur-(?P<river>[\w-]+)$"),
}

_Pick = tuple[Place, float]


def _river(name: str, lang: str) -> str | None:
    pattern = QUALIFIERS.get(lang)
    found = pattern.match(name) if pattern is not None else None
    if found is None:
        return None
    return found.group("river") or found.groupdict().get("paren")


def river_qualified_towns(
    picks: Mapping[str, _Pick],
    cands: Mapping[str, Sequence[Candidate]],
    gazetteer: Any,
    lang: str,
) -> dict[str, Revision]:
    """Revisions: a town's namesakes ruled out for its namesake on a river the article names."""
    waters = {p.place_id for p, _ in picks.values() if p.feature_type == "water"}
    if not waters:
        return {}
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "city":
            continue
        options = cands.get(key, ())
        qualified: set[str] = set()
        for c in options:
            river = _river(c.place.name, lang) if c.place.feature_type == "city" else None
            if river is None:
                continue
            named = {r.place.place_id for r in gazetteer.candidates(river, lang)}
            if named & waters:
                qualified.add(c.place.place_id)
        if qualified and place.place_id not in qualified:
            out[key] = Revision(ruled_out=frozenset(c.place.place_id for c in options) - qualified)
    return out
