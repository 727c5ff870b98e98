"""The forms news writes for waters, added as alternate names at build time.

"Atlantic" for the Atlantic Ocean (:func:`add_water_short_forms`), "Mississippi River"
and "River Thames" for Natural Earth's bare river names (:func:`add_river_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

_WATER_SHORT = re.compile(r"^(?:the )?([A-Z][a-z]+(?:ic|ean|ian|an)) (?:Ocean|Sea)$")


def add_water_short_forms(entries: Iterable[Entry], demonyms: set[str]) -> None:
    """Index "Atlantic" for the Atlantic Ocean, "Mediterranean" for the Mediterranean Sea.

    News names oceans and seas by their adjective alone. Only one-word adjectival
    forms (-ic, -ean, -ian, -an) that are not demonyms ("Indian") get the short form,
    as an alternate name.
    """
    for e in entries:
        if e.feature_type != "water":
            continue
        m = _WATER_SHORT.match(e.name)
        if m and normalize_name(m.group(1)) not in demonyms:
            e.add_name(m.group(1), "alternate")


#: Words that already say a name is a river's ("Shatt al-Arab", "Rio Grande" say it too).
_RIVER_WORDS = frozenset({"river", "creek", "rio", "río", "stream", "shatt", "canal", "brook"})


def add_river_forms(entries: Iterable[Entry]) -> None:
    """Index "Mississippi River" and "River Thames" for the Natural Earth rivers.

    Natural Earth names rivers bare ("Mississippi", "Thames"); news adds the word,
    before or after. Both forms become alternate names of rivers whose name has no
    river word.
    """
    for e in entries:
        if e.feature_type != "water" or e.feature_code != "river":
            continue
        if _RIVER_WORDS & set(normalize_name(e.name).split()):
            continue
        e.add_name(f"{e.name} River", "alternate")
        e.add_name(f"River {e.name}", "alternate")
