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


def district_candidates(
    gazetteer: Any, text: str, next_words: Sequence[str], found: Sequence[Candidate]
) -> list[Candidate]:
    """The units named ``text`` and a district's word, when a mention is followed by one.

    "Drones attacked the Izmail district": GeoNames holds the city Izmail and the unit
    "Izmail Raion" apart, and a name's candidates were only the city's. When a word
    right after one of the name's mentions (``next_words``, lower case) is a district's
    (:data:`DISTRICT_WORDS`), the admin-1 and admin-2 units named "<name> Raion",
    "<name> District" ... are added, as candidates of the same standing: the admin
    word after the name then favours a unit (:mod:`geomap.nlp.mention_evidence`).
    """
    suffixes = [s for w in next_words for s in DISTRICT_WORDS.get(w, ())]
    if not suffixes or not text[:1].isupper() or len(text.split()) > 3:
        return []
    have = {c.place.place_id for c in found}
    out: dict[str, Candidate] = {}
    for suffix in dict.fromkeys(suffixes):
        for c in gazetteer.candidates(f"{text} {suffix}"):
            if (
                c.match in ("name", "alias")
                and c.place.feature_type in ("admin1", "admin2")
                and c.place.place_id not in have
            ):
                out.setdefault(c.place.place_id, c)
    return list(out.values())
