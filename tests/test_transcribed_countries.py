"""German and Polish transcriptions of the Russian names of former Soviet republics' towns."""

from __future__ import annotations

from geomap.gazetteer.builder.geonames import GeoRow, city_entry


def _row(name: str, cc: str, alternates: tuple[str, ...]) -> GeoRow:
    return GeoRow("1", name, name, alternates, 44.85, 65.5, "P", "PPLA", cc, "", "", 300_000, "")


def test_a_central_asian_town_is_indexed_in_german_transcription() -> None:
    # "bei Kysylorda": German writes Кызылорда by the Duden rules (з -> s)
    town = city_entry(_row("Kyzylorda", "KZ", ("Кызылорда",)))
    assert ("de", "kysylorda") in town.local
    assert ("pl", "kyzylorda") in town.local  # Polish: ł for л, lost in the key
    # a Georgian town's Russian name: "Kutaissi" (с between vowels -> ss)
    kutaisi = city_entry(_row("Kutaisi", "GE", ("Кутаиси",)))
    assert ("de", "kutaissi") in kutaisi.local
    # a country whose names do not reach German through Russian: none
    assert ("de", "kysylorda") not in city_entry(_row("Kyzylorda", "MN", ("Кызылорда",))).local
