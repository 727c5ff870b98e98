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
from geomap.gazetteer.compass_parts import compass_place
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
from geomap.gazetteer.guess_rules import (
    NAME_CASES,
    SISTERS,
    TRANSLATED_TYPES,
    WHOLES,
    big_abroad,
    bigger,
    guessable,
    names_an_area,
    namesake_alternate,
    own_or_natural,
    small_towns,
    town_abroad,
    towns_rivers,
    weak,
    written_in_cyrillic,
)
from geomap.gazetteer.lemmas import common_lemma, ending_keys, lookup_keys
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.respelled_keys import RESPELLINGS, respelled_keys
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.rows import rank as _rank
from geomap.gazetteer.schema import (
    LOCAL_PREFERENCE,
    MATCH_KINDS,
    PLACE_SELECT,
)
from geomap.gazetteer.stem_lookups import StemLookups
from geomap.gazetteer.unit_compounds import acronym, clipped_unit
from geomap.gazetteer.unit_words import admin_city, admin_stem, apposed_name, direction_part
from geomap.instance_cache import per_instance
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.records import Candidate, Place
from geomap.text import is_cyrillic


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
        if all(weak(p, kind) for p, kind in found):
            # a form the lemmatiser does not know: guess its nominative, also when the
            # form as written is only another place's alternate name or a village's
            # ("Łodzi": Lodi's alternate, Łódź's locative; "Sieradza": a village, and
            # the genitive of Sieradz)
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            home = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
            found += [(p, "alternate") for p, _ in guessed if guessable(p, cyrillic, home)]
        elif all(weak(p, kind) or town_abroad(p, lang) for p, kind in found):
            # "w dół Odry": a Czech town as written, and the genitive of the Odra
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed if p.feature_type in TRANSLATED_TYPES]
        elif lang in NAME_CASES and any(p.feature_type == "country" for p, _ in found):
            # "у Косові": Kosovo's locative, and Kosiv's (a Carpathian town): a town of the
            # language's own country the guessed nominative names is offered too, for the
            # article's other places to choose (geomap.nlp.home_over_abroad)
            own = OWN_LANGUAGE_COUNTRIES[lang]
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and p.country_code in own]  # fmt: skip
        home = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
        if small_towns(found):
            # "в Березниках": the lemma is a village's name ("Березник"), the guessed plural
            # nominative a city's (Berezniki): a town ten times the biggest found is offered too,
            # one of the language's own countries three times ("z Olsztyna do Szczytna")
            top = max(p.population for p, _ in found)
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and guessable(p, cyrillic)
                      and p.population >= bigger(p, lang) * top]  # fmt: skip
        elif found and common_lemma(name, lang) and towns_rivers(found):
            # "у Печор": the lemmatiser reads a common noun ("печора") and reaches Pechora; the
            # guessed nominative ("Печоры", the plural's genitive) names Pechory: offered too
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and guessable(p, cyrillic, home)]  # fmt: skip
        if not found and lang == "pl":  # "w Mitrowicy": Polish w for a foreign name's v
            keys = polish_v_keys(lookup_keys(name, lang) + ending_keys(name, lang))
            found = [(p, "alternate") for p, _ in self._local_matches(keys, lang)
                     if p.country_code not in home and big_abroad(p)]  # fmt: skip
        if not found and lang in RESPELLINGS:  # "Aruszy", "Moukalla": the English romanisation
            keys = respelled_keys(lookup_keys(name, lang) + ending_keys(name, lang), lang)
            found = [(p, "alternate") for p, kind in self._local_matches(keys, lang)
                     if kind != "alternate" and p.country_code not in home
                     and big_abroad(p)]  # fmt: skip
        if not found and lang in SISTERS:  # "Каталонии": only the Ukrainian names have it
            keys, sister = lookup_keys(name, lang) + ending_keys(name, lang), SISTERS[lang]
            found = [(p, "alternate") for p, _ in self._local_matches(keys, sister, cyrillic)
                     if p.feature_type in WHOLES | TRANSLATED_TYPES]  # fmt: skip
        stem = None if found else admin_stem(name, lang)
        if stem is not None:  # "Одеській області", "на Харківщині": the unit of that city
            found = [(p, "alternate") for p in self._admin1_by_stem(stem)]
        city = None if found else admin_city(name, lang)
        if city is not None:  # "Woiwodschaft Westpommern", "Bundesstaat Texas": the unit's
            found = [(c.place, "alternate") for c in self._candidates_local(city, lang)
                     if c.place.feature_type == "admin1"]  # fmt: skip
            if not found:  # own name; else "Gebiet Charkiw": the unit of the city Charkiw
                found = [(p, "alternate") for p in self._admin1_of_city(city, lang)]
        apposed = None if found else apposed_name(name, lang)
        if apposed is not None:  # "провинции Софала": the unit, its name as written
            found = [(c.place, "alternate") for c in self._candidates_local(apposed, lang)
                     if c.place.feature_type in ("admin1", "admin2")]  # fmt: skip
            if not found:  # "провінції Тете": the unit its seat Tete names
                found = [(p, "alternate") for p in self._units_of_seat(apposed, lang)]
        english = None if found else compass_english(name, lang)
        for form in english_spellings(english, lang) if english else ():
            # "Nord-Kivu", "Süd-Kivu": North Kivu, South Kivu; "Darfour du Nord": North Darfur
            found = [(c.place, "alternate") for c in self._candidates_local(form, lang)
                     if c.place.feature_type in WHOLES]  # fmt: skip
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
            # at the point of that part of the whole's outline (geomap.gazetteer.compass_parts)
            found = [(compass_place(c.place, name, getattr(self, "shape", None)), "alternate")
                     for c in self._candidates_local(part, lang)
                     if c.place.feature_type in WHOLES]  # fmt: skip
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
        clip = None if found else clipped_unit(name, lang)
        if clip is not None:  # "в Мособласти": Moscow Oblast
            found = [(p, "alternate") for p in self._units_by_clip(*clip, lang)]
        towns_only = all(p.feature_type == "city" for p, _ in found)
        letters = acronym(name, lang) if towns_only else None
        if letters is not None:  # "en IDF", "région PACA" (not Paca, a village in Peru)
            found += [(p, "alternate") for p in self._units_by_initials(letters, lang)]
        if not found:  # "Гайсинського району", "Landkreis Lörrach": the district's seat
            found = [(p, "alternate") for p in self._district_seats(name, lang)]
        if alternate_towns(found):  # "Wyszehradu": Visegrád's alternate; Višegrad lacks it
            found += bigger_namesakes(
                found, self._candidates_norm, lambda p: guessable(p, cyrillic)
            )
        best: dict[str, tuple[Place, str]] = {}
        for place, kind in found:
            old = best.get(place.place_id)
            if old is None or LOCAL_PREFERENCE[kind] < LOCAL_PREFERENCE[old[1]]:
                best[place.place_id] = (place, kind)
        return tuple(Candidate(p, k) for p, k in _rank(best.values()))

    def local_name(self, word: str, lang: str) -> bool:
        """Whether ``word`` is, by its lemma keys, a name the gazetteer holds in ``lang``."""
        keys = lookup_keys(word, lang)
        if not keys:
            return False
        marks = ",".join("?" * len(keys))
        sql = f"SELECT 1 FROM local_names WHERE lang = ? AND key IN ({marks}) LIMIT 1"
        return bool(self._query(sql, (lang, *keys)))

    def main_name(self, word: str) -> bool:
        """Whether ``word`` is some entry's own name or alias (not only another language's)."""
        return any(
            c.match in ("name", "alias") for c in self._candidates_norm(normalize_name(word))
        )

    def _names_whole(self, lang: str) -> Callable[[str], bool]:
        """Whether a name is a country's, unit's, region's or continent's own in ``lang``."""
        return lambda name: any(
            c.match in ("name", "alias", "exonym") and c.place.feature_type in WHOLES
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
        (:func:`namesake_alternate`), for the article's other places to choose between.
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
                if not cyrillic or (written_in_cyrillic(c.place) and own_or_natural(c))
            ]
            found.extend((c.place, c.match) for c in kept)
            if cyrillic and any(c.place.feature_type == "city" for c in kept):
                found.extend((c.place, c.match) for c in cands if namesake_alternate(c))
        return found
