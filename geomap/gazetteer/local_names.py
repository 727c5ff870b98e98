"""Lookups of names in French, German, Polish, Russian and Ukrainian (a mixin of the store).

A name as an article writes it is looked up under the keys of
:mod:`geomap.gazetteer.lemmas` in the ``local_names`` table and among the
names of every language; failing that, under a guessed nominative ending,
then, in Polish, with v for w ("Mitrowicy"), then as an admin unit named by its city
("Одеській області", "Gebiet Charkiw"), then under the English form of a French or German
compass word ("Nord-Kivu": North Kivu) or of a French lake or mountain ("lac Kivu"), then
as a part of a country or region named by a German compass word ("Ostukraine").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.districts import district_seat, district_stem, expand_abbreviations
from geomap.gazetteer.foreign_forms import (
    area_compound,
    compass_english,
    ezafe_forms,
    kind_english,
    polish_v_keys,
    valley_compound,
    water_stem,
)
from geomap.gazetteer.lemmas import (
    MIN_ADMIN_STEM,
    admin_city,
    admin_stem,
    direction_part,
    ending_keys,
    lookup_keys,
)
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.rows import rank as _rank
from geomap.gazetteer.schema import (
    FEATURE_TYPE_CODES,
    LOCAL_PREFERENCE,
    MATCH_KINDS,
    PLACE_SELECT,
)
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.records import Candidate, Place
from geomap.text import is_cyrillic

#: Countries whose place names GeoNames romanises from Cyrillic.
CYRILLIC_COUNTRIES = frozenset({"RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ",
                                "MN", "MD", "GE", "AM", "AZ", "UZ", "TM"})  # fmt: skip
#: Countries whose admin units Polish, Russian and Ukrainian name by an adjective or
#: a "-щина" form of their seat ("obwód charkowski", "Сумщина").
STEM_COUNTRIES = CYRILLIC_COUNTRIES | {"PL"}
#: Types whose names are translated rather than transliterated (any country).
_TRANSLATED_TYPES = frozenset({"country", "continent", "region", "water", "landform"})
#: Smallest populated place a guessed case ending may reach (abroad, for a Cyrillic name).
GUESS_MIN_POPULATION = 1_000
GUESS_ABROAD = 50_000
#: A village smaller than this, matched as written, may be an inflected form of a town's name.
GUESS_TOWN = 5_000
#: Places a compass compound may be a part of ("Ostukraine", "Nordafrika").
_WHOLES = frozenset({"country", "admin1", "region", "continent"})


def _guessable(place: Place, cyrillic: bool) -> bool:
    """Whether a guessed nominative may name ``place``.

    A country, an admin unit, a region, a sea or a town of 1,000 or more where
    the name's script is written, a city of 100,000 elsewhere.  The lemmatiser
    misses forms of countries too ("Niederlanden", "dla Polski", "Stanów
    Zjednoczonych").
    """
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
#: Towns found under this many people leave room for a bigger one by a guessed nominative.
SMALL_TOWN = 20_000


def _small_towns(found: Sequence[tuple[Place, str]]) -> bool:
    """Whether every match is a town under :data:`SMALL_TOWN` people (and there is one)."""
    return bool(found) and all(
        p.feature_type == "city" and p.population < SMALL_TOWN for p, _ in found
    )


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


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


#: Letters at the end of an admin unit's stem its seat's name may spell otherwise
#: ("zaporo" of "zaporoskiego" against "zaporizhzhia").
STEM_SLACK = 3
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


class LocalNames:
    """Name lookups in the languages indexed by lemma; mixed into :class:`Gazetteer`."""

    if TYPE_CHECKING:

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

        def _candidates_norm(self, norm: str) -> tuple[Candidate, ...]: ...

        def admin1(self, cc: str, admin1_code: str) -> Place | None:  # noqa: D102
            ...

    @lru_cache(maxsize=16384)  # noqa: B019
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
            found += [(p, "alternate") for p, _ in guessed if _guessable(p, cyrillic)]
        elif all(_weak(p, kind) or _town_abroad(p, lang) for p, kind in found):
            # "w dół Odry": a Czech town as written, and the genitive of the Odra
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed if p.feature_type in _TRANSLATED_TYPES]
        if _small_towns(found):
            # "в Березниках": the lemma is a village's name ("Березник"), the guessed plural
            # nominative a city's (Berezniki): a town ten times the biggest found is offered too
            top = max(p.population for p, _ in found)
            guessed = self._local_matches(ending_keys(name, lang), lang, cyrillic)
            found += [(p, "alternate") for p, _ in guessed
                      if p.feature_type == "city" and p.population >= BIGGER_GUESS * top
                      and _guessable(p, cyrillic)]  # fmt: skip
        if not found and lang == "pl":  # "w Mitrowicy": Polish w for a foreign name's v
            keys = polish_v_keys(lookup_keys(name, lang) + ending_keys(name, lang))
            found = [(p, "alternate") for p, _ in self._local_matches(keys, lang)
                     if p.country_code != "PL" and _big_abroad(p)]  # fmt: skip
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
        if english is not None:  # "Nord-Kivu", "Süd-Kivu": North Kivu, South Kivu
            found = [(c.place, "alternate") for c in self._candidates_local(english, lang)
                     if c.place.feature_type in _WHOLES]  # fmt: skip
        english = None if found else kind_english(name, lang)
        if english is not None:  # "lac Kivu": Lake Kivu
            found = [(c.place, "alternate") for c in self._candidates_local(english, lang)
                     if c.place.feature_type in ("water", "landform")]  # fmt: skip
        water = None if found else water_stem(name, lang)
        if water is not None:  # "Цимлянского водохранилища": the Tsimlyansk Reservoir
            found = [(p, "alternate") for p in self._water_by_stem(*water)]
        part = None if found else direction_part(name, lang)
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
        best: dict[str, tuple[Place, str]] = {}
        for place, kind in found:
            old = best.get(place.place_id)
            if old is None or LOCAL_PREFERENCE[kind] < LOCAL_PREFERENCE[old[1]]:
                best[place.place_id] = (place, kind)
        return tuple(Candidate(p, k) for p, k in _rank(best.values()))

    def _water_by_stem(self, stem: str, kind: str) -> list[Place]:
        """The water whose English name has ``kind`` and a word sharing ``stem``'s start.

        As for an admin unit's stem (:data:`STEM_SLACK`), the word must share all of
        the stem but its last letters, at least 4 of them: "kakhov" meets the
        Kakhovka Reservoir, "tsimlyan" the Tsimlyansk Reservoir; the best match wins.
        """
        head = stem[:MIN_ADMIN_STEM]
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE p.ftype = ? AND ((n.norm >= ? AND n.norm < ?) OR (n.norm >= ? AND n.norm < ?))",
            (FEATURE_TYPE_CODES.index("water"), head, head + "~",
             f"{kind} {head}", f"{kind} {head}~"),
        )  # fmt: skip
        scored: dict[str, tuple[int, Place]] = {}
        for row in rows:
            words = row[-1].split()
            if kind not in words:
                continue
            best = max(_common_prefix(stem, w) for w in words if w != kind)
            if best >= min(4, len(stem)) and best >= len(stem) - STEM_SLACK:
                place = _place(row)
                if best > scored.get(place.place_id, (0, place))[0]:
                    scored[place.place_id] = (best, place)
        top = max((b for b, _ in scored.values()), default=0)
        return [p for b, p in scored.values() if b == top]

    def _district_seats(self, name: str, lang: str) -> list[Place]:
        """The town a district named ``name`` lies around (:mod:`geomap.gazetteer.districts`).

        By the seat's adjective, the biggest town of the language's script whose name
        starts with the adjective's stem ("haisyn": Haisyn); in German by the seat's name.
        """
        seat = district_seat(name, lang)
        if seat is not None:
            return [c.place for c in self._candidates_local(seat, lang)
                    if c.place.feature_type == "city"][:1]  # fmt: skip
        stem = district_stem(name, lang)
        if stem is None:
            return []
        countries = CYRILLIC_COUNTRIES if is_cyrillic(name) else OWN_LANGUAGE_COUNTRIES[lang]
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE n.norm >= ? AND n.norm < ? AND p.ftype = ?",
            (stem, stem + "~", FEATURE_TYPE_CODES.index("city")),
        )
        places = [_place(r) for r in rows]
        if any(p.feature_type == "country" for p in self._countries_by_stem(stem)):
            return []  # "Українська громада": the Ukrainian community, not Ukrainka's
        towns = [p for p in places if p.country_code in countries]
        return sorted(towns, key=lambda p: -p.population)[:1]

    def _countries_by_stem(self, stem: str) -> list[Place]:
        """The countries with a name that starts with ``stem`` ("ukrain": Ukraine)."""
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE n.norm >= ? AND n.norm < ? AND p.ftype = ?",
            (stem, stem + "~", FEATURE_TYPE_CODES.index("country")),
        )
        return [_place(r) for r in rows]

    def _admin1_of_city(self, city: str, lang: str) -> list[Place]:
        for c in self._candidates_local(city, lang):
            if c.place.feature_type == "city" and c.place.country_code and c.place.admin1_code:
                unit = self.admin1(c.place.country_code, c.place.admin1_code)
                return [unit] if unit is not None else []
        return []

    def _admin1_by_stem(self, stem: str) -> list[Place]:
        """The admin-1 unit whose name, or its seat's, shares the longest prefix with ``stem``.

        At least 4 letters (all of a shorter stem) must be shared, and all of the stem
        but its last :data:`STEM_SLACK` letters ("kashkadarin" shares only "kasha" with
        an alternate name of Cajamarca, Peru: no match).  The seat's name
        counts because the unit's adjective is formed from it in the article's
        language ("obwód charkowski": Charków), not from the unit's name in GeoNames.
        """
        lo, hi = stem[:MIN_ADMIN_STEM], stem[:MIN_ADMIN_STEM] + "~"
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE n.norm >= ? AND n.norm < ? "
            "AND (p.ftype = ? OR (p.ftype = ? AND p.fcode IN ('PPLA', 'PPLC')))",
            (lo, hi, FEATURE_TYPE_CODES.index("admin1"), FEATURE_TYPE_CODES.index("city")),
        )

        def shared(norm: str) -> int:
            # "kurskiy" is the adjective of Kursk: a city in -sk loses it before -skiy
            return max(_common_prefix(s, norm) for s in (stem, stem + "sk"))

        best = max((shared(r[-1]) for r in rows), default=0)
        if best < min(4, len(stem)) or best < len(stem) - STEM_SLACK:
            return []
        units: dict[str, tuple[int, Place]] = {}
        for place in (_place(r) for r in rows if shared(r[-1]) == best):
            route = 0
            if place.feature_type == "city":  # the seat: its unit
                unit = self.admin1(place.country_code or "", place.admin1_code or "")
                if unit is None:
                    continue
                place, route = unit, 1
            units.setdefault(place.place_id, (route, place))
        # units where such names are written first ("Сумщина": Sumy, not Sumbe in Angola),
        # then by the unit's own name, a region rather than a city's unit ("Kyiv City")
        ranked = sorted(
            units.values(),
            key=lambda rp: (
                rp[1].country_code not in STEM_COUNTRIES,
                rp[0],
                rp[1].name.lower().endswith(" city"),
                -rp[1].population,
            ),
        )
        return [ranked[0][1]] if ranked else []

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
