"""A much bigger namesake nearer the towns of a name's own sentences wins over a small one.

"she fled with her mother to Krakow and later to London, where she trained ... In 1968
she emigrated to Canada" gave London, Ontario: the article's Canadian places voted for
it, though London's own sentence names only towns in Europe. "schemes in Bath, Cambridge
and Newport" gave Newport on the Isle of Wight (24,000 people), the admin-1 unit of Bath
and Cambridge (England) voting for it, not Newport in Wales (161,000), nearer both.

:func:`sentence_namesakes` revises a name picked as a city when another of its
candidates is a city of :data:`~geomap.nlp.vocab.BIG_CITY` people or more and at least
:data:`NAMESAKE_RATIO` times the pick's population, and the cities picked for the other
names of the name's sentences (:data:`MIN_CITIES` or more) each lie nearer that
namesake than the pick, or, all in the pick's and the namesake's country, lie summed no
farther from it: the namesake is the pick ("born in Toronto, Canada, and later moved to
London" keeps the Ontario city, near Toronto; "the street was later called Lafayette
... Franklin" keeps Franklin, Louisiana). A namesake within :data:`OTHER_PLACE_KM` of the
pick is the same place's other entry ("New Delhi", "Delhi"), left alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.nlp.revisions import Revision
from geomap.nlp.vocab import BIG_CITY
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Least distance of a namesake from the pick to be another place ("New Delhi" is no
#: part of the Delhi beside it to replace).
OTHER_PLACE_KM = 100.0
#: Fewest cities the name's sentences must name besides it.
MIN_CITIES = 2
#: Least ratio of a namesake's population to the pick's for the namesake to be weighed.
NAMESAKE_RATIO = 5


def _distance(place: Place, others: Sequence[Place]) -> float:
    return sum(haversine_km(place.lon, place.lat, o.lon, o.lat) for o in others)


def nearer_others(namesake: Place, pick: Place, others: Sequence[Place]) -> bool:
    """Whether ``namesake`` lies nearer the ``others`` than ``pick`` (module docstring)."""
    if all(
        haversine_km(namesake.lon, namesake.lat, o.lon, o.lat)
        < haversine_km(pick.lon, pick.lat, o.lon, o.lat)
        for o in others
    ):
        return True
    country = {namesake.country_code, pick.country_code} | {o.country_code for o in others}
    return len(country) == 1 and _distance(namesake, others) <= _distance(pick, others)


def sentence_cities(
    key: str, picks: Mapping[str, _Pick], groups: Mapping[str, Sequence[Span]]
) -> list[Place]:
    """The cities picked for the other names of the sentences naming ``key``."""
    sentences = {s.sent.start for s in groups[key]}
    return [
        picks[other][0]
        for other, spans in groups.items()
        if other != key
        and other in picks
        and picks[other][0].feature_type == "city"
        and any(s.sent.start in sentences for s in spans)
    ]


def sentence_namesakes(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: every candidate ruled out but the big namesake (module docstring)."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "city":
            continue
        least = max(BIG_CITY, NAMESAKE_RATIO * place.population)
        bigger = [
            c.place
            for c in cands.get(key, ())
            if c.place.feature_type == "city" and c.place.population >= least
        ]
        if not bigger:
            continue
        others = sentence_cities(key, picks, groups)
        if len(others) < MIN_CITIES:
            continue
        near = [
            p
            for p in bigger
            if haversine_km(p.lon, p.lat, place.lon, place.lat) > OTHER_PLACE_KM
            and nearer_others(p, place, others)
        ]
        if near:
            best = max(near, key=lambda p: p.population)
            out[key] = Revision(
                ruled_out=frozenset(
                    c.place.place_id for c in cands[key] if c.place.place_id != best.place_id
                )
            )
    return out
