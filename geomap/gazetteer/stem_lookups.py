"""Lookups by a name's stem, for the languages that name a unit by its seat (a store mixin).

Polish, Russian and Ukrainian name an admin unit by an adjective or a "-щина" form of
its seat ("obwód charkowski", "Одеській області", "Сумщина"), a reservoir by an
adjective of its town ("Цимлянского водохранилища"), a district by its seat
("Гайсинського району"); these are found by the longest shared prefix of a stem
with the names in the store.  :class:`StemLookups` is mixed into
:class:`geomap.gazetteer.local_names.LocalNames`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.districts import district_seat, district_stem, seat_suffix_stem
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.schema import FEATURE_TYPE_CODES, PLACE_SELECT
from geomap.gazetteer.unit_compounds import initials
from geomap.gazetteer.unit_words import MIN_ADMIN_STEM
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.records import Candidate, Place
from geomap.text import is_cyrillic

#: Countries whose place names GeoNames romanises from Cyrillic.
CYRILLIC_COUNTRIES = frozenset({"RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ",
                                "MN", "MD", "GE", "AM", "AZ", "UZ", "TM"})  # fmt: skip
#: Countries whose admin units Polish, Russian and Ukrainian name by an adjective or
#: a "-щина" form of their seat ("obwód charkowski", "Сумщина").
STEM_COUNTRIES = CYRILLIC_COUNTRIES | {"PL"}


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
#: Kinds of unit a name after a district's word may name itself ("Kreis Tulcea").
SEAT_UNIT_TYPES = frozenset({"admin1", "admin2"})
#: Letters a district seat's name has past its adjective's stem ("vovchan" + "sk").
SEAT_TAIL = 3


class StemLookups:
    """Lookups of units, waters and district seats by a stem (mixed into the store)."""

    if TYPE_CHECKING:

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

        def _candidates_local(self, name: str, lang: str) -> tuple[Candidate, ...]: ...

        def admin1(self, cc: str, admin1_code: str) -> Place | None:  # noqa: D102
            ...

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

    def _units_by_clip(self, stem: str, word: str, lang: str) -> list[Place]:
        """The one admin-1 unit of ``lang``'s country named ``stem``... ``word`` in ``lang``.

        "mos", "oblast": the key "moskovskaya oblast", Moscow Oblast.  None when no unit
        or several begin with the stem (:mod:`geomap.gazetteer.unit_compounds`).
        """
        home = OWN_LANGUAGE_COUNTRIES.get(lang, frozenset())
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.key FROM local_names n JOIN places p ON p.id = n.pid "
            "WHERE n.lang = ? AND p.ftype = ? AND n.key >= ? AND n.key < ?",
            (lang, FEATURE_TYPE_CODES.index("admin1"), stem, stem + "~"),
        )
        units = {
            place.place_id: place
            for row in rows
            if row[-1].split()[-1] == word and (place := _place(row)).country_code in home
        }
        return list(units.values()) if len(units) == 1 else []

    def _units_by_initials(self, letters: str, lang: str) -> list[Place]:
        """The one admin-1 unit of ``lang``'s countries whose name there has these initials.

        "idf": Île-de-France; none when no unit or several are so written
        (:func:`geomap.gazetteer.unit_compounds.initials`).
        """
        home = sorted(OWN_LANGUAGE_COUNTRIES.get(lang, frozenset()))
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.key FROM local_names n JOIN places p ON p.id = n.pid "
            f"WHERE n.lang = ? AND p.ftype = ? AND p.cc IN ({','.join('?' * len(home))})",
            (lang, FEATURE_TYPE_CODES.index("admin1"), *home),
        )
        units = {(p := _place(r)).place_id: p for r in rows if letters in initials(r[-1])}
        return list(units.values()) if len(units) == 1 else []

    def _district_seats(self, name: str, lang: str) -> list[Place]:
        """The town a district named ``name`` lies around (:mod:`geomap.gazetteer.districts`).

        By the seat's adjective, the biggest town of the language's script whose name
        starts with the adjective's stem ("haisyn": Haisyn); in German by the seat's name.
        The word before the name says a unit: a unit the name itself names comes first
        ("Kreis Tulcea": Tulcea County, whose alternate name is "Tulcea"), the town only
        when the name names none.
        """
        seat = district_seat(name, lang)
        if seat is not None:
            found = self._candidates_local(seat, lang)
            units = [c.place for c in found if c.place.feature_type in SEAT_UNIT_TYPES]
            return (units or [c.place for c in found if c.place.feature_type == "city"])[:1]
        stem = district_stem(name, lang)
        if stem is None:
            return []
        countries = CYRILLIC_COUNTRIES if is_cyrillic(name) else OWN_LANGUAGE_COUNTRIES[lang]
        mine = self._towns_by_stem(stem, countries)
        short = seat_suffix_stem(stem)
        if not mine and short is not None:
            # "Яремчанської громади", "Шосткинського району": the adjective adds "-ан-",
            # "-ин-" to its seat's stem (Yaremche, Shostka)
            stem, mine = short, self._towns_by_stem(short, countries)
        # the seat's own name goes on from its adjective's stem by a short ending at most
        # ("bar": Bar, not Barnaul; "zhmeryn": Zhmerynka; "vovchan": Vovchansk)
        near = [(tail, p) for tail, p in mine if tail <= SEAT_TAIL]
        closest = min((tail for tail, _ in near), default=SEAT_TAIL)
        if self._countries_by_stem(stem, closest):
            return []  # "Українська громада": the Ukrainian community, not Ukrainka's
        home = OWN_LANGUAGE_COUNTRIES[lang]  # a district of the language's own country first
        return sorted((p for _, p in near or mine),
                      key=lambda p: (p.country_code not in home, -p.population))[:1]  # fmt: skip

    def _towns_by_stem(self, stem: str, countries: frozenset[str]) -> list[tuple[int, Place]]:
        """``(letters past the stem, town)`` of the towns of ``countries`` named ``stem``..."""
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE n.norm >= ? AND n.norm < ? AND p.ftype = ?",
            (stem, stem + "~", FEATURE_TYPE_CODES.index("city")),
        )
        mine = [(len(r[-1]) - len(stem), _place(r)) for r in rows]
        return [(tail, p) for tail, p in mine if p.country_code in countries]

    def _countries_by_stem(self, stem: str, tail: int) -> list[Place]:
        """The countries whose name is ``stem`` and at most ``tail`` letters ("ukrain": Ukraine).

        A country fits an adjective when it is no further from the stem than a town
        ("Барська громада": Bar, not Bahrain).
        """
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.norm FROM names n JOIN places p ON p.id = n.pid "
            "WHERE n.norm >= ? AND n.norm < ? AND p.ftype = ?",
            (stem, stem + "~", FEATURE_TYPE_CODES.index("country")),
        )
        return [_place(r) for r in rows if len(r[-1]) - len(stem) <= tail]

    def _admin1_of_city(self, city: str, lang: str) -> list[Place]:
        for c in self._candidates_local(city, lang):
            if c.place.feature_type == "city" and c.place.country_code and c.place.admin1_code:
                unit = self.admin1(c.place.country_code, c.place.admin1_code)
                return [unit] if unit is not None else []
        return []

    def _units_of_seat(self, town: str, lang: str) -> list[Place]:
        """The admin-1 units a town of that name is the seat of (GeoNames' PPLA).

        Only a unit whose own name starts with the town's (Tete Province of Tete), as
        :func:`geomap.nlp.apposed_units.seat_units`.
        """
        out: list[Place] = []
        for c in self._candidates_local(town, lang):
            seat = c.place
            if seat.feature_type != "city" or seat.feature_code != "PPLA":
                continue
            if not seat.country_code or not seat.admin1_code:
                continue
            unit = self.admin1(seat.country_code, seat.admin1_code)
            if unit is not None and normalize_name(unit.name).startswith(normalize_name(seat.name)):
                out.append(unit)
        return out

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
