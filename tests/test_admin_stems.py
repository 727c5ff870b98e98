"""An admin unit named by its seat's adjective (:func:`geomap.gazetteer.lemmas.admin_stem`)."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.lemmas import admin_stem
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
