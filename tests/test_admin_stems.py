"""An admin unit named by its seat's adjective (:func:`geomap.gazetteer.unit_words.admin_stem`)."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_words import admin_stem
from geomap.records import Place


def _gazetteer() -> Gazetteer:
    places = [
        Place("kg", "Jalal-Abad Region", "admin1", "KG", "03", 1_200_000, 72.7, 41.5,
              "curated", feature_code="ADM1", admin1_code="03"),
        Place("ja", "Jalal-Abad", "city", "KG", "03", 120_000, 73.0, 40.93, "curated",
              feature_code="PPLA", admin1_code="03"),
        Place("pe", "Cajamarca Department", "admin1", "PE", "06", 1_300_000, -78.5, -6.5,
              "curated", feature_code="ADM1", admin1_code="06"),
    ]  # fmt: skip
    return Gazetteer.from_places(
        places,
        other_names=[("Джалал-Абад", "ja", "exonym"), ("Kashamarka", "pe", "alternate")],
    )


def test_a_hyphenated_seat_keeps_both_parts() -> None:
    assert admin_stem("Джалал-Абадской области", "ru") == "dzhalal abad"
    assert admin_stem("Одесской области", "ru") == "odes"  # as before
    found = _gazetteer().candidates("Джалал-Абадской области", "ru")
    assert [c.place.place_id for c in found] == ["kg"]


def test_a_stem_must_share_all_but_its_last_letters() -> None:
    # "Кашкадарьинской области" (Qashqadaryo, Uzbekistan) shares only "kasha" with an
    # alternate name of Cajamarca: no unit
    assert admin_stem("Кашкадарьинской области", "ru") == "kashkadarin"
    assert _gazetteer().candidates("Кашкадарьинской области", "ru") == []


def test_an_autonomous_unit_and_a_compound_adjective() -> None:
    # only the last part of a hyphenated adjective is inflected ("Горно" stays, not
    # "горный"); "автономной" and "округе" are words of a unit, as "области" is
    assert admin_stem("Горно-Бадахшанской автономной области", "ru") == "gorno badakhshan"
    assert admin_stem("Ханты-Мансийском автономном округе", "ru") == "khanty mansiy"
    gbao = Place("tj", "Gorno-Badakhshan", "admin1", "TJ", "01", 200_000, 72.7, 38.2,
                 "curated", feature_code="ADM1", admin1_code="01")  # fmt: skip
    gazetteer = Gazetteer.from_places([gbao])
    found = gazetteer.candidates("Горно-Бадахшанской автономной области", "ru")
    assert [c.place.place_id for c in found] == ["tj"]
