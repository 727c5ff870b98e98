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


#: Lower-case words after a name that say it names a unit, and the words the
#: gazetteer puts after the names of such units ("the Izmail district": Izmail Raion;
#: "the Kyiv region": Kyiv Oblast, whose entry is called "Kiev"). A plural is the word
#: that closes a list of names ("the Kharkiv and Zaporizhzhia regions":
#: :func:`geomap.nlp.unit_lists.closing_plural`).
DISTRICT_WORDS: dict[str, tuple[str, ...]] = {
    "district": ("Raion", "District", "Rayon", "County"),
    "raion": ("Raion",),
    "rayon": ("Rayon", "Raion"),
    "county": ("County",),
    "region": ("Region", "Oblast", "Province"),
    "oblast": ("Oblast", "Region"),
    "province": ("Province", "Region"),
}
#: Kinds of entry a unit's word names.
UNIT_TYPES = frozenset({"admin1", "admin2"})
#: Each plural unit word's singular, for the words of :data:`DISTRICT_WORDS`.
_SINGULAR = {
    "districts": "district",
    "raions": "raion",
    "counties": "county",
    "regions": "region",
    "oblasts": "oblast",
    "provinces": "province",
}


def district_candidates(
    gazetteer: Any, text: str, next_words: Sequence[str], found: Sequence[Candidate]
) -> list[Candidate]:
    """``found`` with the units named ``text`` and a unit's word, when a mention has one.

    "Drones attacked the Izmail district": GeoNames holds the city Izmail and the unit
    "Izmail Raion" apart, and a name's candidates were only the city's; "the Kyiv
    region" and "the Kharkiv and Zaporizhzhia regions" name units whose entries are
    "Kiev" and "Kharkiv Oblast". When a word after one of the name's mentions
    (``next_words``, lower case: the next word, or the plural closing its list) is a
    unit's (:data:`DISTRICT_WORDS`), the admin-1 and admin-2 units that have "<name>
    Raion", "<name> Oblast" ... as their own name or a curated alias are added, as
    candidates of the same standing: the unit word then favours a unit
    (:mod:`geomap.nlp.mention_evidence`). Another unit of ``found`` that the name with
    that word does not name so goes: "Kyiv" is also short for the city's own unit,
    Kyiv City, but "the Kyiv region" is the oblast's name.
    """
    suffixes = [s for w in next_words for s in DISTRICT_WORDS.get(_SINGULAR.get(w, w), ())]
    if not suffixes or not text[:1].isupper() or len(text.split()) > 3:
        return list(found)
    named: dict[str, Candidate] = {}
    for suffix in dict.fromkeys(suffixes):
        for c in gazetteer.candidates(f"{text} {suffix}"):
            if c.match in ("name", "alias") and c.place.feature_type in UNIT_TYPES:
                named.setdefault(c.place.place_id, c)
    if not named:
        return list(found)
    kept = [c for c in found if c.place.feature_type not in UNIT_TYPES or c.place.place_id in named]
    have = {c.place.place_id for c in kept}
    return kept + [c for pid, c in named.items() if pid not in have]
