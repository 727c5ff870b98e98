"""Lookups of names in French, German, Polish, Russian and Ukrainian (a mixin of the store).

A name as an article writes it is looked up under the keys of
:mod:`geomap.gazetteer.lemmas` in the ``local_names`` table and among the
names of every language; failing that, under a guessed nominative ending,
then, in Polish, with v for w ("Mitrowicy"), then as an admin unit named by its city
("Одеській області", "Gebiet Charkiw"), then under the English form of a French or German
compass word ("Nord-Kivu": North Kivu) or of a French lake or mountain ("lac Kivu"), then
as the river or range a French phrase names by its kind's word ("massif des Vosges"), then
as a part of a country or region named by a German compass word ("Ostukraine").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.alternate_namesakes import alternate_towns, bigger_namesakes
from geomap.gazetteer.districts import expand_abbreviations
from geomap.gazetteer.foreign_forms import (
    area_compound,
    compass_english,
    english_spellings,
    ezafe_forms,
    kind_english,
    kind_phrase,
    polish_v_keys,
    valley_compound,
    water_stem,
)
from geomap.gazetteer.lemmas import common_lemma, ending_keys, lookup_keys
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.rows import rank as _rank
from geomap.gazetteer.schema import (
    LOCAL_PREFERENCE,
    MATCH_KINDS,
    PLACE_SELECT,
)
from geomap.gazetteer.stem_lookups import CYRILLIC_COUNTRIES, StemLookups
from geomap.gazetteer.unit_words import admin_city, admin_stem, direction_part
from geomap.instance_cache import per_instance
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.records import Candidate, Place
from geomap.text import is_cyrillic

#: Languages whose case forms a country's and a home town's names may share ("Косові").
NAME_CASES = frozenset({"pl", "ru", "uk"})

#: Types whose names are translated rather than transliterated (any country).
_TRANSLATED_TYPES = frozenset({"country", "continent", "region", "water", "landform"})
#: Smallest populated place a guessed case ending may reach (abroad, for a Cyrillic name).
GUESS_MIN_POPULATION = 1_000
GUESS_ABROAD = 50_000
#: A village smaller than this, matched as written, may be an inflected form of a town's name.
GUESS_TOWN = 5_000
#: Places a compass compound may be a part of ("Ostukraine", "Nordafrika").
_WHOLES = frozenset({"country", "admin1", "region", "continent"})
#: What a common noun's lemma may reach beside a guessed town: a town, a river.
_PLACES = frozenset({"city", "water"})
#: The other language whose names a Russian or Ukrainian name meets under the same key.
_SISTERS = {"ru": "uk", "uk": "ru"}


def _guessable(place: Place, cyrillic: bool, home: frozenset[str] = frozenset()) -> bool:
    """Whether a guessed nominative may name ``place``.

    A country, an admin unit, a region, a sea or a town of 1,000 or more where
    the name's script is written, a city of 100,000 elsewhere.  The lemmatiser
    misses forms of countries too ("Niederlanden", "dla Polski", "Stanów
    Zjednoczonych").  A village of the countries in ``home`` (those speaking the
    article's language) may be named however small, as the local recogniser takes
    a home town of any size ("в Оймяконе", "от Уэлена": villages of a few hundred).
    """
    if place.country_code in home:
        return True
    if cyrillic and place.country_code not in CYRILLIC_COUNTRIES:  # abroad: a big city
        return place.feature_type in _TRANSLATED_TYPES or place.population >= GUESS_ABROAD
    return place.feature_type != "city" or place.population >= GUESS_MIN_POPULATION


def _big_abroad(place: Place) -> bool:
    """Whether a respelled name may reach ``place``: no town under :data:`GUESS_ABROAD`."""
    return place.feature_type != "city" or place.population >= GUESS_ABROAD


def _weak(place: Place, kind: str) -> bool:
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


def _bigger(place: Place, lang: str) -> int:
    """:data:`BIGGER_HOME` for a town of a country speaking ``lang``, else :data:`BIGGER_GUESS`."""
    home = place.country_code in OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
    return BIGGER_HOME if home else BIGGER_GUESS


def _small_towns(found: Sequence[tuple[Place, str]]) -> bool:
    """Whether every match is a town under :data:`SMALL_TOWN` people (and there is one)."""
    return bool(found) and all(
        p.feature_type == "city" and p.population < SMALL_TOWN for p, _ in found
    )


def _towns_rivers(found: Sequence[tuple[Place, str]]) -> bool:
    """Whether every match is a town or a river (what a common noun's lemma may reach)."""
    return all(p.feature_type in _PLACES for p, _ in found)


def _town_abroad(place: Place, lang: str) -> bool:
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
_NATURAL_TYPES = frozenset({"water", "landform"})


def _own_or_natural(cand: Candidate) -> bool:
    """Whether a match counts for a Cyrillic name: not an alternate, unless of a natural feature."""
    return cand.match != "alternate" or cand.place.feature_type in _NATURAL_TYPES


def _namesake_alternate(cand: Candidate) -> bool:
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


def _written_in_cyrillic(place: Place) -> bool:
    return place.feature_type in _TRANSLATED_TYPES or place.country_code in CYRILLIC_COUNTRIES


class LocalNames(StemLookups):
    """Name lookups in the languages indexed by lemma; mixed into :class:`Gazetteer`."""

    if TYPE_CHECKING:

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

        def _candidates_norm(self, norm: str) -> tuple[Candidate, ...]: ...

        def admin1(self, cc: str, admin1_code: str) -> Place | None:  # noqa: D102
            ...

    @per_instance(maxsize=16384)
    def _candidates_local(self, name: str, lang: str) -> tuple[Candidate, ...]:
        full = expand_abbreviations(name, lang)
        if full != name:  # "Кировской обл.", "woj. śląskiego": the unit's word in full
            return self._candidates_local(full, lang)
        cyrillic = is_cyrillic(name)
        found = self._local_matches(lookup_keys(name, lang), lang, cyrillic)
        if all(_weak(p, kind) for p, kind in found):
            # a form the lemmatiser does not know: guess its nominative, also when the
            # form as written is only another place's alternate name or a village's
            # ("Łodzi": Lodi's alternate, Łódź's locative; "Sieradza": a village, and
            # the genitive of Sieradz)
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            home = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
            found += [(p, "alternate") for p, _ in guessed if _guessable(p, cyrillic, home)]
        elif all(_weak(p, kind) or _town_abroad(p, lang) for p, kind in found):
            # "w dół Odry": a Czech town as written, and the genitive of the Odra
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed if p.feature_type in _TRANSLATED_TYPES]
        elif lang in NAME_CASES and any(p.feature_type == "country" for p, _ in found):
            # "у Косові": Kosovo's locative, and Kosiv's (a Carpathian town): a town of the
            # language's own country the guessed nominative names is offered too, for the
            # article's other places to choose (geomap.nlp.home_over_abroad)
            own = OWN_LANGUAGE_COUNTRIES[lang]
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and p.country_code in own]  # fmt: skip
        home = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
        if _small_towns(found):
            # "в Березниках": the lemma is a village's name ("Березник"), the guessed plural
            # nominative a city's (Berezniki): a town ten times the biggest found is offered too,
            # one of the language's own countries three times ("z Olsztyna do Szczytna")
            top = max(p.population for p, _ in found)
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and _guessable(p, cyrillic)
                      and p.population >= _bigger(p, lang) * top]  # fmt: skip
        elif found and common_lemma(name, lang) and _towns_rivers(found):
            # "у Печор": the lemmatiser reads a common noun ("печора") and reaches Pechora; the
            # guessed nominative ("Печоры", the plural's genitive) names Pechory: offered too
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and _guessable(p, cyrillic, home)]  # fmt: skip
        if not found and lang == "pl":  # "w Mitrowicy": Polish w for a foreign name's v
            keys = polish_v_keys(lookup_keys(name, lang) + ending_keys(name, lang))
            found = [(p, "alternate") for p, _ in self._local_matches(keys, lang)
                     if p.country_code != "PL" and _big_abroad(p)]  # fmt: skip
        if not found and lang in _SISTERS:  # "Каталонии": only the Ukrainian names have it
            keys, sister = lookup_keys(name, lang) + ending_keys(name, lang), _SISTERS[lang]
            found = [(p, "alternate") for p, _ in self._local_matches(keys, sister, cyrillic)
                     if p.feature_type in _WHOLES | _TRANSLATED_TYPES]  # fmt: skip
        stem = None if found else admin_stem(name, lang)
        if stem is not None:  # "Одеській області", "на Харківщині": the unit of that city
            found = [(p, "alternate") for p in self._admin1_by_stem(stem)]
        city = None if found else admin_city(name, lang)
        if city is not None:  # "Woiwodschaft Westpommern", "Bundesstaat Texas": the unit's
            found = [(c.place, "alternate") for c in self._candidates_local(city, lang)
                     if c.place.feature_type == "admin1"]  # fmt: skip
            if not found:  # own name; else "Gebiet Charkiw": the unit of the city Charkiw
                found = [(p, "alternate") for p in self._admin1_of_city(city, lang)]
        english = None if found else compass_english(name, lang)
        for form in english_spellings(english, lang) if english else ():
            # "Nord-Kivu", "Süd-Kivu": North Kivu, South Kivu; "Darfour du Nord": North Darfur
            found = [(c.place, "alternate") for c in self._candidates_local(form, lang)
                     if c.place.feature_type in _WHOLES]  # fmt: skip
            if found:
                break
        english = None if found else kind_english(name, lang)
        if english is not None:  # "lac Kivu": Lake Kivu
            found = [(c.place, "alternate") for c in self._candidates_local(english, lang)
                     if c.place.feature_type in ("water", "landform")]  # fmt: skip
        phrase = None if found else kind_phrase(name, lang)
        if phrase is not None:  # "massif des Vosges": the range, not the département
            found = [(c.place, "alternate") for c in self._candidates_local(phrase[0], lang)
                     if c.place.feature_type == phrase[1]]  # fmt: skip
        water = None if found else water_stem(name, lang)
        if water is not None:  # "Цимлянского водохранилища": the Tsimlyansk Reservoir
            found = [(p, "alternate") for p in self._water_by_stem(*water)]
        part = None if found else direction_part(name, lang, self._names_whole(lang))
        if part is not None:  # "Ostukraine": a part of Ukraine
            found = [(c.place, "alternate") for c in self._candidates_local(part, lang)
                     if c.place.feature_type in _WHOLES]  # fmt: skip
        around = None if found else area_compound(name, lang)
        if around is not None:  # "Münsterland", "Ruhrgebiet": the land of a city or a river
            valley = valley_compound(name, lang)  # "Aostatal": a valley, of a town too
            found = [(c.place, "alternate") for c in self._candidates_local(around, lang)
                     if c.match != "alternate" and (names_an_area(c.place) or (
                         valley and c.place.feature_type == "city"))]  # fmt: skip
        for form in () if found else ezafe_forms(name):  # "Masar-i-Scharif": Masar-e Scharif
            keys = lookup_keys(form, lang)
            found = [(p, "alternate") for p, _ in self._local_matches(keys, lang, cyrillic)]
            if found:
                break
        if not found:  # "Гайсинського району", "Landkreis Lörrach": the district's seat
            found = [(p, "alternate") for p in self._district_seats(name, lang)]
        if alternate_towns(found):  # "Wyszehradu": Visegrád's alternate; Višegrad lacks it
            found += bigger_namesakes(
                found, self._candidates_norm, lambda p: _guessable(p, cyrillic)
            )
        best: dict[str, tuple[Place, str]] = {}
        for place, kind in found:
            old = best.get(place.place_id)
            if old is None or LOCAL_PREFERENCE[kind] < LOCAL_PREFERENCE[old[1]]:
                best[place.place_id] = (place, kind)
        return tuple(Candidate(p, k) for p, k in _rank(best.values()))

    def _names_whole(self, lang: str) -> Callable[[str], bool]:
        """Whether a name is a country's, unit's, region's or continent's own in ``lang``."""
        return lambda name: any(
            c.match in ("name", "alias", "exonym") and c.place.feature_type in _WHOLES
            for c in self._candidates_local(name, lang)
        )

    def _local_matches(
        self, keys: Sequence[str], lang: str, cyrillic: bool = False
    ) -> list[tuple[Place, str]]:
        """Entries indexed under ``keys`` in ``lang``, then among every language's names.

        A Cyrillic name's transliteration meets the Latin names of every country
        ("Сили" -> "sili", an alternate name of Chile): for a Cyrillic name those
        count only as a place's own name, alias or exonym, and only for places where
        Cyrillic is written or for countries, regions and seas.  Once a town is found so,
        its namesakes in those countries by an alternate name are offered too
        (:func:`_namesake_alternate`), for the article's other places to choose between.
        """
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.kind FROM local_names n JOIN places p ON p.id = n.pid "
            f"WHERE n.lang = ? AND n.key IN ({marks})",
            (lang, *keys),
        )
        found = [(_place(r), MATCH_KINDS[r[-1]]) for r in rows]
        for key in keys:
            cands = self._candidates_norm(key)
            kept = [
                c
                for c in cands
                if not cyrillic or (_written_in_cyrillic(c.place) and _own_or_natural(c))
            ]
            found.extend((c.place, c.match) for c in kept)
            if cyrillic and any(c.place.feature_type == "city" for c in kept):
                found.extend((c.place, c.match) for c in cands if _namesake_alternate(c))
        return found
