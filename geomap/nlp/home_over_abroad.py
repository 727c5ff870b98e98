"""A home town among the article's places over a namesake abroad the same case form fits.

An inflected form may fit two names: Ukrainian "у Косові" is the locative of Косів
(Kosiv, a town of 8,500 in the Carpathians) and of Косово (Kosovo). Alone, the country
wins on prominence; in a story whose other places are Carpathian towns it is the town.
:func:`home_over_abroad` rules the place abroad out when

* the article is in a language with home countries
  (:data:`~geomap.nlp.local_words.HOME_COUNTRIES`) and the name's pick is a country or
  a town outside them;
* one of the name's candidates is a town of a home country (by any of its names: the
  sources give most towns' Cyrillic and Polish names as alternate names; in French and
  German, whose names take no case, by its own name: "à La Réunion" is no alternate
  name of a village in the Oise), within
  :data:`NEAR_KM` of at least :data:`NEAR_PLACES` other places the article's names
  resolved to (towns and admin units; a country's point is a centroid);
* no other name of the article resolved to a place in the country abroad (a story that
  names Pristina keeps Kosovo).

Every candidate but those towns is ruled out, and the ranker scores them again
(:mod:`geomap.nlp.revisions`).
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.gazetteer.guess_rules import NAME_CASES
from geomap.geo import haversine_km
from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

#: Farthest another of the article's places may lie from the home town.
NEAR_KM = 100.0
#: How many of the article's other places must lie that near.
NEAR_PLACES = 2
#: Kinds of the article's places a home town is measured against.
ANCHOR_TYPES = frozenset({"city", "admin1", "admin2"})

_Pick = tuple[Place, float]


def near_count(town: Place, others: list[Place]) -> int:
    """How many of ``others`` (of :data:`ANCHOR_TYPES`) lie within :data:`NEAR_KM` of ``town``."""
    return sum(
        1
        for p in others
        if p.feature_type in ANCHOR_TYPES
        and p.place_id != town.place_id
        and haversine_km(town.lon, town.lat, p.lon, p.lat) <= NEAR_KM
    )


def home_over_abroad(
    picks: Mapping[str, _Pick], cands: Mapping[str, list[Candidate]], lang: str | None
) -> dict[str, Revision]:
    """Rule out a pick abroad for a home town near the article's places (module docstring)."""
    home = HOME_COUNTRIES.get(lang or "", frozenset())
    if not home:
        return {}
    cased = lang in NAME_CASES  # a form fits two names only where names take cases
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.country_code in home or place.feature_type not in ("country", "city"):
            continue
        others = [p for k, (p, _) in picks.items() if k != key]
        if any(p.country_code == place.country_code for p in others):
            continue  # the article is about that country too
        options = cands.get(key, [])
        towns = {
            c.place.place_id
            for c in options
            if c.place.feature_type == "city"
            and c.place.country_code in home
            and (cased or c.match != "alternate")
            and near_count(c.place, others) >= NEAR_PLACES
        }
        if towns:
            out[key] = Revision(ruled_out=frozenset(c.place.place_id for c in options) - towns)
    return out
