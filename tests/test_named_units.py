"""A name followed by the country or admin-1 unit it lies in ("Kufra, in Libya")."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

PLACES = [
    place("41", "Libya", "country", "LY", 6_678_567, "PCLI", lon=17.0, lat=28.0),
    place("42", "Al Kufrah", "admin1", "LY", 88_129, "ADM1", lon=23.29, lat=24.2),
]


class _Gazetteer(TinyGazetteer):
    """The unit's English name as GeoNames gives it (an exonym)."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Kufra", "42", "exonym")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _Gazetteer("geomap.test_named_units_gazetteer.v1", PLACES)


def test_a_unit_of_the_country_named_after_a_comma_and_in() -> None:
    nlp = _GAZ.nlp([("Kufra", "ORG"), ("Libya", "GPE")])
    text = "Refugees have reached Kufra , in Libya 's far southeast , officials said ."
    assert found_toponyms(nlp, text) == ["Kufra", "Libya"]
    # without the unit after it, an organisation's name stays one
    assert found_toponyms(nlp, "Refugees have reached Kufra , officials said .") == []
