"""A unit's name inside the words of its official or administrative form.

State media and official sources name units by their full forms: "the Republic of
Crimea", "the Republic of Ireland", "the Xinjiang Uygur Autonomous Region", "the Luhansk
People's Republic" (the self-proclaimed republics Russia's media name as the oblasts
they claim), "the Zaporozhye Region" (a unit named by its seat, in the seat's other
spelling).  GeoNames lists some of these forms and not others.  :func:`unit_frames`
reads the name inside such a form and the kinds of entry the form may name;
:func:`frame_candidates` gives the units it names: the name's own units of those kinds,
and the first-order unit whose seat the name is when the form names such a unit
("Zaporozhye", the seat Zaporizhzhia's other spelling, names Zaporizhzhia Oblast).
The gazetteer's lookup falls back on them when a name has no entry of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from geomap.records import Candidate, Place

#: Words before a name that make it a state's or a unit's official form.
PREFIX_FRAMES: tuple[tuple[str, frozenset[str]], ...] = (
    ("republic of ", frozenset({"country", "admin1"})),
)
#: Words after a name (normalised) that make it a first-order unit's form.
SUFFIX_FRAMES: tuple[str, ...] = (
    " peoples republic",
    " autonomous region",
    " autonomous republic",
    " autonomous okrug",
    " autonomous oblast",
    " region",
    " oblast",
)
#: An ethnic word may stand between the name and "Autonomous Region" ("Guangxi Zhuang").
_ETHNIC_SLOT = " autonomous "
#: The kinds a suffix frame names.
UNIT_KINDS = frozenset({"admin1"})
#: GeoNames' feature code of the seat of a first-order unit.
SEAT_CODE = "PPLA"
#: Match kinds a name's own entry may have to count.
_KINDS = frozenset({"name", "alias", "exonym", "alternate"})


def unit_frames(norm: str) -> list[tuple[str, frozenset[str]]]:
    """The names inside a normalised official form, each with the kinds it may name.

    Examples
    --------
    >>> [(core, sorted(kinds)) for core, kinds in unit_frames("republic of crimea")]
    [('crimea', ['admin1', 'country'])]
    >>> [core for core, _ in unit_frames("xinjiang uygur autonomous region")]
    ['xinjiang uygur', 'xinjiang']
    >>> [core for core, _ in unit_frames("luhansk peoples republic")]
    ['luhansk']
    >>> unit_frames("crimea")
    []
    """
    out: list[tuple[str, frozenset[str]]] = []
    for prefix, kinds in PREFIX_FRAMES:
        if norm.startswith(prefix) and len(norm) > len(prefix):
            out.append((norm[len(prefix) :], kinds))
    for suffix in SUFFIX_FRAMES:
        if norm.endswith(suffix) and len(norm) > len(suffix):
            core = norm[: -len(suffix)]
            out.append((core, UNIT_KINDS))
            if _ETHNIC_SLOT in suffix + " " and " " in core:
                out.append((core.rsplit(" ", 1)[0], UNIT_KINDS))
            break
    return out


def frame_candidates(
    kinds: frozenset[str],
    cands: Iterable[Candidate],
    admin1: Callable[[str, str], Place | None],
) -> list[Candidate]:
    """The entries a frame's name names as units of ``kinds``.

    ``cands`` are the name's own candidates; ``admin1`` finds a country's first-order
    unit by code.  A unit of those kinds among them counts, and so does the unit whose
    seat (GeoNames ``PPLA``) a candidate town is, when the frame names first-order units.
    """
    out: list[Candidate] = []
    seen: set[str] = set()
    for c in cands:
        place = c.place
        if c.match not in _KINDS:
            continue
        unit: Place | None = None
        if place.feature_type in kinds:
            unit = place
        elif (
            "admin1" in kinds
            and place.feature_type == "city"
            and place.feature_code == SEAT_CODE
            and place.country_code
            and place.admin1_code
        ):
            unit = admin1(place.country_code, place.admin1_code)
        if unit is not None and unit.place_id not in seen:
            seen.add(unit.place_id)
            out.append(Candidate(unit, c.match))
    return out
