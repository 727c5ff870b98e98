"""Cached facts about a country the resolver asks for on every article.

Split from :mod:`geomap.nlp.resolver`: a country's capital, its admin-1 units and
each admin-1 unit's share of its country's population (the admin-1 lift of
:mod:`geomap.nlp.scoring`), each looked up in the gazetteer once per resolver.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geomap.records import Place


class CountryFacts:
    """A gazetteer's capitals, admin-1 units and admin-1 population shares, cached.

    Parameters
    ----------
    gazetteer
        The :class:`~geomap.gazetteer.Gazetteer` asked.
    """

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer
        self._shares: dict[tuple[str, str], float] = {}
        self._units: dict[str, list[Place]] = {}
        self._capitals: dict[str, Place | None] = {}

    def capital(self, cc: str) -> Place | None:
        """Country ``cc``'s capital, its most populous ``PPLC`` city."""
        if cc not in self._capitals:
            seats = [p for p in self.gazetteer.places_in(cc, "city") if p.feature_code == "PPLC"]
            self._capitals[cc] = max(seats, key=lambda p: p.population, default=None)
        return self._capitals[cc]

    def units(self, cc: str) -> list[Place]:
        """The admin-1 units of country ``cc``."""
        if cc not in self._units:
            self._units[cc] = self.gazetteer.places_in(cc, "admin1")
        return self._units[cc]

    def admin1_shares(self, places: Iterable[Place]) -> dict[tuple[str, str], float]:
        """Each of ``places``' admin-1 unit's share of its country's population."""
        out: dict[tuple[str, str], float] = {}
        for p in places:
            if not (p.country_code and p.admin1_code):
                continue
            key = (p.country_code, p.admin1_code)
            if key not in self._shares:
                unit = self.gazetteer.admin1(*key)
                country = self.gazetteer.country(key[0])
                total = country.population if country is not None else 0
                share = unit.population / total if unit is not None and total > 0 else 0.0
                self._shares[key] = min(share, 1.0)
            out[key] = self._shares[key]
        return out
