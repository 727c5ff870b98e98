"""Names an admin unit of the article's country extends: "Yorkshire" -> North Yorkshire.

GeoNames has no unit named "Yorkshire" or "Cheshire" in Britain: their admin units are
North Yorkshire, Cheshire East and Cheshire West and Chester. A story about Britain
naming "Yorkshire" then resolves it to a small namesake town in the United States. When a
name is resolved to a town or a county outside the country most of the article's other
names are in, and that country has an admin unit whose name is the name plus a compass
word ("North Yorkshire", "Cheshire East") or the name joined to another ("Cheshire West
and Chester"), the name may be that unit, the most populous of them, if it is bigger than the
namesake picked: the rule adds the unit to the name's candidates and rules the namesake
out, and the ranker scores the name again (:mod:`geomap.nlp.revisions`), so the confidence
is the unit's own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from geomap.gazetteer import normalize_name
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

#: Compass words that extend a unit's name before or after it ("North Yorkshire").
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central".split()  # noqa: SIM905
)
_COMPASS_ORDER = tuple(sorted(COMPASS_WORDS))
#: Feature types of the units a name may extend.
UNIT_TYPES = ("admin1", "admin2")
#: Feature types of the namesake picks that may give way to such a unit.
REPLACEABLE_TYPES = frozenset({"city", "admin2"})
#: Share of the article's other resolved mentions its main country must have.
MAIN_COUNTRY_SHARE = 0.5

_Pick = tuple[Place, float]


def extends(unit_name: str, name: str) -> bool:
    """Whether ``unit_name`` is ``name`` extended by a compass word or another name.

    "North Yorkshire" and "Cheshire East" extend "Yorkshire" and "Cheshire" by a
    compass word, "Cheshire West and Chester" joins "Cheshire" (with a compass word)
    to another name; "East Riding of Yorkshire" and "Yorkshire Dales" do not.
    """
    unit, words = normalize_name(unit_name).split(), normalize_name(name).split()
    n = len(words)
    if not words or len(unit) <= n:
        return False
    if unit[-n:] == words:
        return len(unit) == n + 1 and unit[0] in COMPASS_WORDS
    if unit[:n] != words:
        return False
    rest = unit[n:]
    if rest[0] in COMPASS_WORDS:
        rest = rest[1:]
    return not rest or (rest[0] == "and" and len(rest) > 1)


def main_country(picks: Mapping[str, _Pick], sizes: Mapping[str, int], key: str) -> str | None:
    """The country most of the article's other resolved mentions are in, if most are."""
    counts: Counter[str] = Counter()
    for other, (place, _) in picks.items():
        if other != key and place.country_code:
            counts[place.country_code] += sizes.get(other, 1)
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    return cc if n / sum(counts.values()) > MAIN_COUNTRY_SHARE else None


#: ``Candidate.match`` of a unit whose name extends the name as written ("North Yorkshire").
EXTENDED_MATCH = "extended"


class ExtendedUnits:
    """Offer the admin unit of the article's country a namesake pick's name extends.

    Parameters
    ----------
    gazetteer
        Anything with ``named_from(words, before)``
        (:meth:`geomap.gazetteer.Gazetteer.named_from`).
    """

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    def unit_for(self, name: str, cc: str, smallest: int) -> Place | None:
        """The most populous unit of ``cc`` extending ``name``, more than ``smallest`` people."""
        found = [
            p
            for p in self.gazetteer.named_from(name, _COMPASS_ORDER)
            if p.feature_type in UNIT_TYPES
            and p.country_code == cc
            and p.population > smallest
            and extends(p.name, name)
        ]
        return max(found, key=lambda p: p.population, default=None)

    def __call__(
        self,
        picks: Mapping[str, _Pick],
        names: Mapping[str, str],
        sizes: Mapping[str, int],
        cands: Mapping[str, Sequence[Candidate]],
    ) -> dict[str, Revision]:
        """Revisions: for a namesake outside the article's main country, its unit.

        ``names`` maps each group key to the name as written, ``sizes`` to its number of
        mentions, ``cands`` to its candidates (a unit among them is left to the ranker).
        The unit is added as a candidate and the namesake picked is ruled out.
        """
        out: dict[str, Revision] = {}
        for key, (place, _) in picks.items():
            if place.feature_type not in REPLACEABLE_TYPES:
                continue
            cc = main_country(picks, sizes, key)
            if cc is None or place.country_code == cc:
                continue
            if any(c.place.country_code == cc for c in cands.get(key, ())):
                continue
            unit = self.unit_for(names[key], cc, place.population)
            if unit is not None:
                added = (Candidate(unit, EXTENDED_MATCH),)
                out[key] = Revision(added, frozenset({place.place_id}))
        return out
