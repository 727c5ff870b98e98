"""A place's adjective taken for a mention: "the Transnistrian region" is Transnistria.

The recogniser takes "Transnistrian" in "the Transnistrian region" as a place (a name
before a unit noun), and the gazetteer holds the noun, not the adjective: the mention
had no candidate at all.  English makes most adjectives of regions by adding "n" to a
name in "-ia" or "-ea" ("Transnistrian", "Crimean", "Siberian", "Abkhazian"); when a
one-word name ending so has no candidate, the name without its "n" is looked up, and
its countries, admin-1 units and regions are the name's candidates, matched as a
demonym.  A town's name is never reached so ("Republican" is no Republica).
"""

from __future__ import annotations

from typing import Any

from geomap.records import Candidate

#: Endings of an adjective made from a name in "-ia" or "-ea" by adding "n".
ADJECTIVE_ENDINGS = ("ian", "ean")
#: Kinds of place an adjective of this shape may stand for.
ADJECTIVE_TYPES = frozenset({"country", "admin1", "region"})


def adjective_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """The regions a one-word adjective in "-ian"/"-ean" is made from ("Transnistrian").

    >>> adjective_candidates(None, ["Transnistrian", "region"])
    []
    """
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].endswith(ADJECTIVE_ENDINGS):
        return []
    return [
        Candidate(c.place, "demonym")
        for c in gazetteer.candidates(words[0][:-1])
        if c.match in {"name", "alias"} and c.place.feature_type in ADJECTIVE_TYPES
    ]
