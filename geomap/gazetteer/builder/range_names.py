"""The names news give a mountain range that Natural Earth abbreviates or spells out.

Natural Earth names many ranges with an abbreviated word ("Appalachian Mts.", "Tatra
Mts.", "Kopet Dag Mts ."), which no article writes; news write "the Appalachian
Mountains" or, for a range named by an adjective in "-an", the plural alone: "the
Appalachians", "the Grampians" (as GeoNames names the Carpathians). Both forms are
indexed as aliases of the range (:mod:`geomap.gazetteer.builder.physical`): its own
names, not another place's alternate names, so a range named so is no stray
(:mod:`geomap.nlp.coherence`).
"""

from __future__ import annotations

import re

#: Natural Earth's range words, lower-cased, dots dropped.
RANGE_WORDS = frozenset({"mts", "mountains"})
_SPACED_DOT = re.compile(r"\s+\.")


def range_forms(name: str) -> list[str]:
    """The other names of a range called ``name`` (empty for any other name).

    >>> range_forms("Appalachian Mts.")
    ['Appalachian Mountains', 'Appalachians']
    >>> range_forms("Kopet Dag Mts .")
    ['Kopet Dag Mountains']
    >>> range_forms("Atlas Mountains")
    []
    >>> range_forms("Cascade Range")
    []
    """
    words = _SPACED_DOT.sub(".", name).split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in RANGE_WORDS:
        return []
    stem = words[:-1]
    out = [] if words[-1] == "Mountains" else [" ".join([*stem, "Mountains"])]
    if len(stem) == 1 and stem[0].endswith("an") and stem[0][:1].isupper():
        out.append(stem[0] + "s")  # "the Appalachians"
    return out
