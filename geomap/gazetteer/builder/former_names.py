"""Former names a town's Cyrillic alternates keep, which now belong to a bigger town.

GeoNames lists old names among a town's alternates without saying they are old:
Korolyov, near Moscow, was Kaliningrad until 1996, and "Калининград" is among its
alternate names.  Indexed as a Russian name (:func:`~.geonames.add_script_names`),
it makes a rival of the oblast capital Kaliningrad whenever an article also
names Moscow.  :func:`drop_former_names` leaves out a town's Russian or Ukrainian
name when it is the own name of a bigger town of the same country and unlike the
town's own names (so two villages of one name, or two spellings of one name,
keep theirs).
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: Languages whose names GeoNames' Cyrillic alternates give.
CYRILLIC = ("ru", "uk")
#: A name this like one of the town's own names is a spelling of it, not a former name.
SPELLING_LIKENESS = 0.6


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def drop_former_names(cities: Iterable[Entry]) -> int:
    """Drop the Cyrillic names of towns that are a bigger town's own name; return how many.

    Parameters
    ----------
    cities
        The populated places, with their own names (``names`` of kind ``"name"``) and
        their local names.
    """
    towns = list(cities)
    biggest: dict[tuple[str | None, str], int] = {}
    for e in towns:
        for norm, kind in e.names.items():
            if kind == "name":
                slot = (e.country_code, norm)
                biggest[slot] = max(biggest.get(slot, 0), e.population)
    dropped = 0
    for e in towns:
        own = [n for n, k in e.names.items() if k == "name"] or [normalize_name(e.name)]
        for lang, key in [k for k in e.local if k[0] in CYRILLIC]:
            if biggest.get((e.country_code, key), 0) <= e.population:
                continue
            if any(_likeness(key, n) >= SPELLING_LIKENESS for n in own):
                continue
            del e.local[(lang, key)]
            e.written.discard((lang, key))
            dropped += 1
    return dropped
