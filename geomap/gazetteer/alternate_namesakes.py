"""The bigger namesakes of the towns a local name reaches only as their alternate name.

The sources give a town's names in other languages as alternate names, and not every
town has them: the Polish "Wyszehrad" is an alternate name of Visegrád (Hungary, 1,800
people) only, while Višegrad on the Drina (Bosnia, 6,000) lacks it, and a story about
Bosnia ("Belgrad wysłał śmigłowce do Wyszehradu nad Driną") got the Hungarian village.
When every match of a local name is a town by an alternate name,
:func:`bigger_namesakes` offers the towns that bear one of those towns' own names
(compared without diacritics, as every name is) and are bigger than each of them, as
alternate matches too, so the article's other places choose between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from geomap.gazetteer.names import normalize_name
from geomap.records import Candidate, Place

_Match = tuple[Place, str]


def alternate_towns(found: Sequence[_Match]) -> bool:
    """Whether every match is a town by an alternate name only (and there is one)."""
    return bool(found) and all(
        kind == "alternate" and p.feature_type == "city" for p, kind in found
    )


def bigger_namesakes(
    found: Sequence[_Match],
    by_name: Callable[[str], Sequence[Candidate]],
    allowed: Callable[[Place], bool],
) -> list[_Match]:
    """The towns named by a found town's own name, bigger than every town found.

    Parameters
    ----------
    found
        The matches of a local name, each a town by an alternate name
        (:func:`alternate_towns`).
    by_name
        The candidates of a normalised name (the store's every-language lookup).
    allowed
        Whether a namesake may be offered (for a Cyrillic name, only a big city abroad).

    Returns
    -------
    list of (Place, str)
        Each namesake once, as an ``"alternate"`` match, in the lookup's order.
    """
    if not found:
        return []
    top = max(p.population for p, _ in found)
    seen = {p.place_id for p, _ in found}
    out: list[_Match] = []
    for name in dict.fromkeys(p.name for p, _ in found):
        for cand in by_name(normalize_name(name)):
            p = cand.place
            if (
                cand.match == "name"
                and p.feature_type == "city"
                and p.population > top
                and p.place_id not in seen
                and allowed(p)
            ):
                seen.add(p.place_id)
                out.append((p, "alternate"))
    return out
