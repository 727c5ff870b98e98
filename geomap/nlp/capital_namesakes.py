"""A country's capital over a small town abroad found only by an alternate name.

A German story about drones over Poland wrote "Lukaschenko bestritt in Minsk jede
Beteiligung": "Minsk" is the capital of Belarus by its own name, and an alternate name
of Mińsk Mazowiecki (37,000 people, 40 km from Warsaw). The article's Polish places
voted for the town. A foreign outlet names a small town abroad by its own name; a short
or other name that is also a capital's own name is the capital's.

:func:`capital_namesakes` rules out a name's pick when

* the pick is a town (not a capital) that the name matches only as an alternate name,
  in a country that is not a home country of the article's language
  (:data:`~geomap.nlp.local_words.HOME_COUNTRIES`: a Polish paper's "w Mińsku" may be
  the town near Warsaw; English has none);
* another candidate is a country's capital (GeoNames ``PPLC``) the name matches by its
  own name, alias or exonym, with :data:`CAPITAL_RATIO` times the pick's people or more;
* no other name of the article is picked as the admin-1 unit the pick lies in (strong
  evidence: "Mińsk, Masowien").

The other towns found by an alternate name and smaller by that ratio go too, and the
ranker chooses among the rest (:mod:`geomap.nlp.revisions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: GeoNames code of a country's capital.
CAPITAL = "PPLC"
#: Least ratio of the capital's population to a town's for the capital to win.
CAPITAL_RATIO = 10
#: How a capital's name must match: its own name, a curated alias or an exonym.
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def _small_alternates(options: Sequence[Candidate], capital: Place) -> frozenset[str]:
    """The towns found by an alternate name, :data:`CAPITAL_RATIO` times smaller or more."""
    return frozenset(
        c.place.place_id
        for c in options
        if c.match == "alternate"
        and c.place.feature_type == "city"
        and c.place.feature_code != CAPITAL
        and c.place.population * CAPITAL_RATIO <= capital.population
    )


def capital_namesakes(
    picks: Mapping[str, _Pick],
    cands: Mapping[str, Sequence[Candidate]],
    lang: str | None,
) -> dict[str, Revision]:
    """Revisions: small towns found by an alternate name ruled out for the capital."""
    home = HOME_COUNTRIES.get(lang or "", frozenset())
    units = {
        (p.country_code, p.admin1_code) for p, _ in picks.values() if p.feature_type == "admin1"
    }
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "city" or place.feature_code == CAPITAL:
            continue
        if place.country_code in home or (place.country_code, place.admin1_code) in units:
            continue
        options = cands.get(key, ())
        matches = {c.match for c in options if c.place.place_id == place.place_id}
        if matches != {"alternate"}:
            continue
        capitals = [
            c.place
            for c in options
            if c.place.feature_code == CAPITAL
            and c.match in OWN_MATCHES
            and c.place.country_code != place.country_code
        ]
        if not capitals:
            continue
        capital = max(capitals, key=lambda p: p.population)
        ruled = _small_alternates(options, capital)
        if place.place_id in ruled:
            out[key] = Revision(ruled_out=ruled)
    return out
