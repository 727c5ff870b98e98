"""A county named with its word after the name, for a county GeoNames names with it before.

British and Irish usage writes "Durham County Council", "the Cork County Board" as
well as "County Durham"; GeoNames calls the British and Irish units "County Durham",
"County Cork", and the US ones "Durham County". "Durham County" found only the
county of North Carolina, so a British story's council was placed there and pulled
its "Durham" after it. :func:`county_first_candidates` adds, for a name "X County",
the admin-2 units whose own GeoNames name is "County X", as candidates of the same
standing: the article's other places choose between them. Another unit that only an
alias calls "County X" is not added (Westmoreland, a parish of Jamaica, is no
"Westmoreland County" of a story from Pennsylvania).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geomap.records import Candidate

#: The unit word that British and Irish usage puts on either side of a county's name.
COUNTY = "county"
#: Kind of unit a British or Irish county is in GeoNames.
COUNTY_TYPE = "admin2"


def county_first_candidates(
    gazetteer: Any, text: str, found: Sequence[Candidate]
) -> list[Candidate]:
    """The units named "County X" for the name ``text`` "X County" not already in ``found``."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() != COUNTY or not words[0][:1].isupper():
        return []
    have = {c.place.place_id for c in found}
    out: dict[str, Candidate] = {}
    for c in gazetteer.candidates(" ".join(["County", *words[:-1]])):
        if (
            c.match == "name"
            and c.place.feature_type == COUNTY_TYPE
            and c.place.place_id not in have
        ):
            out.setdefault(c.place.place_id, c)
    return list(out.values())


#: Lower-case words after a name that say it is a district's, and the words GeoNames
#: puts after the names of such units ("the Izmail district": Izmail Raion).
DISTRICT_WORDS: dict[str, tuple[str, ...]] = {
    "district": ("Raion", "District", "Rayon", "County"),
    "raion": ("Raion",),
    "rayon": ("Rayon", "Raion"),
    "county": ("County",),
}
#: Words after a name, or closing its list, that say it is a region's, oblast's or
#: province's, and the words after such a unit's own name or curated alias ("the Kyiv
#: region": Kyiv Oblast, whose entry is called "Kiev"; "the Kharkiv and Zaporizhzhia
#: regions": :func:`geomap.nlp.unit_lists.closing_plural`).
REGION_WORDS: dict[str, tuple[str, ...]] = {
    "region": ("Region", "Oblast", "Province"),
    "oblast": ("Oblast", "Region"),
    "province": ("Province", "Region"),
}
#: The plurals of :data:`REGION_WORDS` that close a list.
_SINGULAR = {"regions": "region", "oblasts": "oblast", "provinces": "province"}
#: Kinds of entry a unit's word names.
UNIT_TYPES = frozenset({"admin1", "admin2"})


def district_candidates(
    gazetteer: Any, text: str, next_words: Sequence[str], found: Sequence[Candidate]
) -> list[Candidate]:
    """``found`` with the units named ``text`` and a unit's word, when a mention has one.

    "Drones attacked the Izmail district": GeoNames holds the city Izmail and the unit
    "Izmail Raion" apart, and a name's candidates were only the city's. When a word
    right after one of the name's mentions (``next_words``, lower case) is a
    district's (:data:`DISTRICT_WORDS`), the admin-1 and admin-2 units named "<name>
    Raion", "<name> District" ... are added, as candidates of the same standing: the
    admin word after the name then favours a unit (:mod:`geomap.nlp.mention_evidence`).

    "the Kyiv region" and "the Kharkiv and Zaporizhzhia regions" name units whose
    entries are "Kiev" and "Kharkiv Oblast". After a region's word, or the plural
    closing the name's list (:data:`REGION_WORDS`), the units that have "<name>
    Oblast", "<name> Region" ... as their own name or a curated alias are added, and
    another unit of ``found`` that the name with that word does not name so goes:
    "Kyiv" is also short for the city's own unit, Kyiv City, but "the Kyiv region" is
    the oblast's name.
    """
    if not text[:1].isupper() or len(text.split()) > 3:
        return list(found)
    kept = list(found)
    regions = [s for w in next_words for s in REGION_WORDS.get(_SINGULAR.get(w, w), ())]
    named = _named_units(gazetteer, text, regions)
    if named:
        kept = [
            c for c in kept if c.place.feature_type not in UNIT_TYPES or c.place.place_id in named
        ]
        have = {c.place.place_id for c in kept}
        kept += [c for pid, c in named.items() if pid not in have]
    districts = [s for w in next_words for s in DISTRICT_WORDS.get(w, ())]
    have = {c.place.place_id for c in kept}
    return kept + [
        c for pid, c in _named_units(gazetteer, text, districts).items() if pid not in have
    ]


def _named_units(gazetteer: Any, text: str, suffixes: Sequence[str]) -> dict[str, Candidate]:
    """The admin-1 and admin-2 units whose own name or alias is ``text`` and a suffix."""
    out: dict[str, Candidate] = {}
    for suffix in dict.fromkeys(suffixes):
        for c in gazetteer.candidates(f"{text} {suffix}"):
            if c.match in ("name", "alias") and c.place.feature_type in UNIT_TYPES:
                out.setdefault(c.place.place_id, c)
    return out
