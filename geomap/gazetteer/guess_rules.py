"""Which places a local-language name may reach when it is guessed, respelled or lemmatised.

The rules :class:`geomap.gazetteer.local_names.LocalNames` applies to a name read in
Russian, Ukrainian, Polish, French or German: a guessed nominative reaches a country,
unit, region, sea or a town big enough for its script and country
(:func:`guessable`); a weak match (an alternate name, a village) leaves room for a
guessed form (:func:`weak`); a bigger namesake is offered beside small towns
(:func:`bigger`); a German area compound is read from a big city or river
(:func:`names_an_area`).  Split from :mod:`geomap.gazetteer.local_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.gazetteer.stem_lookups import CYRILLIC_COUNTRIES
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.records import Candidate, Place

#: Languages whose case forms a country's and a home town's names may share ("Косові").
NAME_CASES = frozenset({"pl", "ru", "uk"})

#: Types whose names are translated rather than transliterated (any country).
TRANSLATED_TYPES = frozenset({"country", "continent", "region", "water", "landform"})
#: Smallest populated place a guessed case ending may reach (abroad, for a Cyrillic name).
GUESS_MIN_POPULATION = 1_000
GUESS_ABROAD = 50_000
#: Smallest town abroad a guessed case ending of a Cyrillic name may reach.
GUESS_CYRILLIC_ABROAD = 10_000
#: A village smaller than this, matched as written, may be an inflected form of a town's name.
GUESS_TOWN = 5_000
#: Places a compass compound may be a part of ("Ostukraine", "Nordafrika").
WHOLES = frozenset({"country", "admin1", "region", "continent"})
#: What a common noun's lemma may reach beside a guessed town: a town, a river.
LEMMA_PLACES = frozenset({"city", "water"})
#: The other language whose names a Russian or Ukrainian name meets under the same key.
SISTERS = {"ru": "uk", "uk": "ru"}


def guessable(place: Place, cyrillic: bool, home: frozenset[str] = frozenset()) -> bool:
    """Whether a guessed nominative may name ``place``.

    A country, an admin unit, a region, a sea or a town of 1,000 or more where
    the name's script is written; for a Cyrillic name abroad, a country, region or sea,
    or a town of :data:`GUESS_CYRILLIC_ABROAD` (it meets a town abroad only by the town's
    own Cyrillic name: "Нарвиком", "Кіруни", "Инвернесса").  The lemmatiser
    misses forms of countries too ("Niederlanden", "dla Polski", "Stanów
    Zjednoczonych").  A village of the countries in ``home`` (those speaking the
    article's language) may be named however small, as the local recogniser takes
    a home town of any size ("в Оймяконе", "от Уэлена": villages of a few hundred).
    """
    if place.country_code in home:
        return True
    if cyrillic and place.country_code not in CYRILLIC_COUNTRIES:  # abroad
        return place.feature_type in TRANSLATED_TYPES or place.population >= GUESS_CYRILLIC_ABROAD
    return place.feature_type != "city" or place.population >= GUESS_MIN_POPULATION


def big_abroad(place: Place) -> bool:
    """Whether a respelled name may reach ``place``: no town under :data:`GUESS_ABROAD`."""
    return place.feature_type != "city" or place.population >= GUESS_ABROAD


def weak(place: Place, kind: str) -> bool:
    """Whether a match leaves room for a guessed nominative: an alternate or a village.

    A match of any country, unit, region, sea or town of :data:`GUESS_TOWN` people by
    its name, alias or exonym is the name itself.
    """
    return kind == "alternate" or (place.feature_type == "city" and place.population < GUESS_TOWN)


#: A guessed nominative's town this many times the biggest town found is offered beside it.
BIGGER_GUESS = 10
#: The same for a town of the language's own countries (its readers' towns).
BIGGER_HOME = 3
#: Towns found under this many people leave room for a bigger one by a guessed nominative.
SMALL_TOWN = 20_000


def bigger(place: Place, lang: str) -> int:
    """:data:`BIGGER_HOME` for a town of a country speaking ``lang``, else :data:`BIGGER_GUESS`."""
    home = place.country_code in OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
    return BIGGER_HOME if home else BIGGER_GUESS


def small_towns(found: Sequence[tuple[Place, str]]) -> bool:
    """Whether every match is a town under :data:`SMALL_TOWN` people (and there is one)."""
    return bool(found) and all(
        p.feature_type == "city" and p.population < SMALL_TOWN for p, _ in found
    )


def towns_rivers(found: Sequence[tuple[Place, str]]) -> bool:
    """Whether every match is a town or a river (what a common noun's lemma may reach)."""
    return all(p.feature_type in LEMMA_PLACES for p, _ in found)


def town_abroad(place: Place, lang: str) -> bool:
    """A town under :data:`GUESS_ABROAD` outside the countries that speak ``lang``.

    Its name as written leaves room for a guessed nominative of a country, region,
    sea, river or landform ("Odry", the Czech town, and the Polish genitive of Odra).
    """
    own = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
    return (
        place.feature_type == "city"
        and place.population < GUESS_ABROAD
        and (place.country_code not in own)
    )


#: Smallest city whose name a German area compound is read from ("Münsterland").
AREA_CITY = 100_000


def names_an_area(place: Place) -> bool:
    """Whether a place gives its name to the land around it: a big city or a river."""
    return place.feature_type == "water" or (
        place.feature_type == "city" and place.population >= AREA_CITY
    )


#: Types whose alternate names a Cyrillic name's transliteration may meet: a river's,
#: lake's or sea's other names are its names in other languages ("Daugava" for the
#: Western Dvina, from Natural Earth's ``name_alt``), not a town's old names.
NATURAL_TYPES = frozenset({"water", "landform"})


def own_or_natural(cand: Candidate) -> bool:
    """Whether a match counts for a Cyrillic name: not an alternate, unless of a natural feature."""
    return cand.match != "alternate" or cand.place.feature_type in NATURAL_TYPES


def namesake_alternate(cand: Candidate) -> bool:
    """A town of :data:`GUESS_TOWN` people where Cyrillic is written, by an alternate name.

    "Мургаб" is the own name of Murgab (Turkmenistan) and an alternate one of Murghob
    (Tajikistan); beside the one, the other is a candidate too.
    """
    p = cand.place
    return (
        cand.match == "alternate"
        and p.feature_type == "city"
        and p.country_code in CYRILLIC_COUNTRIES
        and p.population >= GUESS_TOWN
    )


def written_in_cyrillic(place: Place) -> bool:
    """Whether ``place`` is named in Cyrillic at home: a translated kind, a Cyrillic country."""
    return place.feature_type in TRANSLATED_TYPES or place.country_code in CYRILLIC_COUNTRIES
