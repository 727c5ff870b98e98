"""Fallbacks for a name with no entry, by its first word: "South Arlington", "County Kerry".

Read by :func:`geomap.nlp.candidates.name_candidates` after the name's own lookup.
"""

from __future__ import annotations

from typing import Any

from geomap.nlp.boundaries import COMPASS_WORDS
from geomap.records import Candidate


def compass_part_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """Candidates of the rest of a name that begins with a compass word and has no entry.

    "North Mitrovica", "South Arlington" and "East Oxford" are parts of Mitrovica,
    Arlington and Oxford (the recogniser keeps the word in the mention:
    :func:`geomap.nlp.boundaries.with_compass_word`); the rest's namesakes are
    marked as alternate matches and the article chooses between them.
    """
    if len(words) < 2 or words[0].lower() not in COMPASS_WORDS or not words[1][:1].isupper():
        return []
    rest = " ".join(words[1:])
    return [
        Candidate(c.place, "alternate")
        for c in gazetteer.candidates(rest)
        if c.match in {"name", "alias"}
    ]


#: Words before a name that say it is a unit by the rest of it: "County Kerry", "Co. Cork".
LEADING_UNIT_WORDS = frozenset({"county", "co."})
#: What "Greater X" may be: the metropolitan area around the city X, or the unit X.
GREATER_TYPES = frozenset({"city", "admin2", "admin1"})
#: Words that may close a "Greater" name: "the Greater Toronto Area".
AREA_WORDS = frozenset({"area", "region"})


def prefixed_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """Candidates of a name with no entry led by a unit's word or by "Greater".

    "County Kerry" and "Co. Cork" (Irish usage) are the admin-1 or admin-2 unit named
    by the rest, or by "County" and the rest (GeoNames has County Cork, and Kerry);
    "Greater Sydney" and "the Greater Toronto Area" are the area around a city, placed
    at the city (or the unit so named). The candidates are marked as alternate matches:
    the article weighs the namesakes.
    """
    if len(words) < 2 or not words[1][:1].isupper():
        return []
    first = words[0].lower()
    if first in LEADING_UNIT_WORDS:
        rest = " ".join(words[1:])
        forms, kinds = [rest, f"County {rest}"], frozenset({"admin1", "admin2"})
    elif first == "greater":
        end = len(words) - 1 if len(words) > 2 and words[-1].lower() in AREA_WORDS else None
        forms, kinds = [" ".join(words[1:end])], GREATER_TYPES
    else:
        return []
    out: dict[str, Candidate] = {}
    for form in forms:
        for c in gazetteer.candidates(form):
            if c.match in {"name", "alias"} and c.place.feature_type in kinds:
                out.setdefault(c.place.place_id, Candidate(c.place, "alternate"))
    return list(out.values())
