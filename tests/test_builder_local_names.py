"""The gazetteer builder's names in other languages (issue 18).

ISO 3166-2 translations of admin units' names, breakaway areas' names, rivers named
alike in a language sharing one line, rivers named by the towns on them, and a name
Natural Earth gives two units.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from geomap.gazetteer.builder.admins import keeps_shared, shared_names
from geomap.gazetteer.builder.iso_codes import Subdivision, subdivision
from geomap.gazetteer.builder.iso_names import add_iso_names
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.town_rivers import rivers_named, town_river_entries

_TABLE = """# test table
code,parent,type,name,de,fr,pl,ru,uk
IT-25,,Region,Lombardia,Lombardei,Lombardie,,Ломбардия,Ломбардія
IT-BG,25,Province,Bergamo,,Bergame,,Бергамо,Бергамо
AM-SU,,Region,Syunik',Sjunik',Syunik,Sjunik,Сюникская область,Сюнік
IR-12,,Province,Kordestān,,Kurdistan,Kurdystan,,Курдістан
CM-SU,,Region,South,Süd,Sud,,Южный,Південний
AT-7,,State,Tirol,,Tyrol,Tyrol,Тироль,Тіроль
RU-KDA,,Administrative region,Krasnodarskij kraj,Region Krasnodar,,,,
RU-KYA,,Administrative region,Krasnojarskij kraj,Region Krasnojarsk,,,,
"""


def _entry(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0) -> Entry:
    e = Entry(pid, name, ftype, cc, 0.0, 0.0, "test", population=pop)
    e.add_name(name, "name")
    return e


def _subdivisions() -> list[Subdivision]:
    """The test table as iso-codes' subdivisions (a row per subdivision, a column per language)."""
    rows = csv.DictReader(line for line in _TABLE.splitlines() if not line.startswith("#"))
    return [subdivision(r["code"], bool(r["parent"]), r["type"], r["name"], dict(r)) for r in rows]


def _town(
    pid: str, name: str, cc: str, lon: float, lat: float, alts: tuple[str, ...] = ()
) -> Entry:
    e = Entry(pid, name, "city", cc, lon, lat, "test", population=10_000)
    e.add_name(name, "name")
    e.on_rivers = rivers_named(name, alts, cc)
    return e


def _admin(pid: str, name: str) -> Entry:
    e = Entry(pid, name, "admin1", "RU", 0.0, 0.0, "test")
    e.add_name(name, "name")
    return e


def test_rivers_named_alike_in_a_language_share_their_joined_line() -> None:
    from shapely.geometry import LineString

    from geomap.gazetteer.builder.model import Entry
    from geomap.gazetteer.builder.physical import join_named_rivers

    def river(pid: str, name: str, coords: list[tuple[float, float]]) -> Entry:
        e = Entry(pid, name, "water", None, 0.0, 0.0, "naturalearth", "River")
        e.add_name(name, "name")
        e.shape = LineString(coords)
        return e

    upper = river("rhein", "Rhein", [(9.6, 46.6), (7.6, 47.6), (8.2, 49.0)])
    lower = river("rhine", "Rhine", [(8.2, 49.0), (7.6, 50.4), (6.0, 51.9)])
    lower.add_local_name("Rhein", "de")  # the curated German name of the Rhine
    far = river("rhein2", "Rhein", [(20.0, 10.0), (21.0, 10.0)])
    assert join_named_rivers([upper, lower, far]) == 1
    assert upper.shape is not None and lower.shape is not None
    assert upper.shape.equals(lower.shape)
    assert upper.shape.length == pytest.approx(
        LineString([(9.6, 46.6), (7.6, 47.6), (8.2, 49.0)]).length
        + LineString([(8.2, 49.0), (7.6, 50.4), (6.0, 51.9)]).length,
        rel=0.01,
    )
    assert far.shape is not None and far.shape.length == pytest.approx(1.0)  # not touching


def test_breakaway_areas_get_their_names_in_other_languages(tmp_path: Path) -> None:
    from geomap.gazetteer.builder.disputed import SOURCE
    from geomap.gazetteer.builder.local import add_breakaway_names
    from geomap.gazetteer.builder.model import Entry

    source = tmp_path / SOURCE
    source.parent.mkdir(parents=True)
    features = [
        {"properties": {"BRK_NAME": "Abkhazia", "NAME_EN": "Abkhazia", "NAME_DE": "Abchasien",
                        "NAME_RU": "Абхазия"}},
        {"properties": {"BRK_NAME": "Nowhere", "NAME_EN": "Nowhere", "NAME_DE": "Nirgendwo"}},
    ]  # fmt: skip
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh)
    region = Entry("ab", "Abkhazia", "admin1", "GE", 41.0, 43.0, "test")
    town = Entry("abt", "Abkhazia", "city", "US", -90.0, 40.0, "test")  # never a town
    for e in (region, town):
        e.names["abkhazia"] = "name"
    assert add_breakaway_names({"ab": region, "abt": town}, tmp_path) == 2
    assert ("de", "abchasien") in region.local and ("ru", "abkhaziya") in region.local
    assert not town.local


def test_iso_translations_name_admin_units() -> None:
    lombardy = _entry("lo", "Lombardy", "admin1", "IT")  # named like Lombardia, not equal
    milan = _entry("mi", "Milan", "admin1", "IT")
    bergamo_unit = _entry("bgp", "Bergamo", "admin2", "IT")
    bergamo = _entry("bg", "Bergamo", "city", "IT", 120_000)
    syunik = _entry("sy", "Syunik", "admin1", "AM")
    kurdistan_ir = _entry("ku", "Kurdistan", "admin1", "IR")
    kurdistan = _entry("kr", "Kurdistan", "region", None)
    kurdistan.add_local_name("Kurdystan", "pl")
    south = _entry("so", "South", "admin1", "CM")
    tyrol = _entry("ty", "Tyrol", "admin1", "AT")
    krasnodar = _entry("kd", "Krasnodar Krai", "admin1", "RU")
    krasnoyarsk = _entry("ky", "Krasnoyarsk Krai", "admin1", "RU")
    entries = {
        e.place_id: e
        for e in (
            lombardy, milan, bergamo_unit, bergamo, syunik, kurdistan_ir, kurdistan, south,
            tyrol, krasnodar, krasnoyarsk,
        )
    }  # fmt: skip
    assert add_iso_names(entries, _subdivisions()) > 0
    # a name in another language by similarity of the own names
    assert ("de", "lombardei") in lombardy.local and ("ru", "lombardiya") in lombardy.local
    assert not milan.local
    # an equal name, with the transliteration's apostrophe
    assert ("de", "sjunik") in syunik.local and ("pl", "sjunik") in syunik.local
    # a province named like its town: the name is the town's
    assert not bergamo_unit.local and not bergamo.local
    # another place's name in that language stays that place's
    assert ("pl", "kurdystan") not in kurdistan_ir.local
    assert ("uk", "kurdistan") in kurdistan_ir.local
    # a unit named by its position alone: its translations are common words
    assert not south.local
    # a German-speaking country's unit: its own name is its German name
    assert ("de", "tirol") in tyrol.local
    # an adjective of the unit's name ("krasnodarskij") is that unit's, not a likely one's
    assert ("de", "region krasnodar") in krasnodar.local
    assert ("de", "region krasnodar") not in krasnoyarsk.local


def test_rivers_named_by_the_towns_on_them() -> None:
    towns = [
        _town("1", "Marburg an der Lahn", "DE", 8.77, 50.81),
        _town("2", "Limburg an der Lahn", "DE", 8.05, 50.38),
        _town("3", "Nakło nad Notecią", "PL", 17.60, 53.14),
        _town("4", "Montagne-sur-Odet", "FR", -4.10, 48.00),
        _town("5", "Boulogne-sur-Mer", "FR", 1.61, 50.73),  # the sea: no river
        _town("6", "Dorf an der Messe", "DE", 9.0, 50.0),  # a common word: no river
        _town("7", "Kirchberg", "DE", 10.1, 48.1, ("Kirchberg an der Kimze",)),  # alternate only
        _town("8", "Zell am Rhein", "DE", 7.6, 47.6),  # the Rhine is there already
    ]
    rhine = Entry("rh", "Rhein", "water", None, 7.8, 47.9, "test", feature_code="river")
    rhine.add_name("Rhein", "name")
    entries = {e.place_id: e for e in (*towns, rhine)}
    rivers = {e.name: e for e in town_river_entries(entries)}
    assert set(rivers) == {"Lahn", "Notecią", "Odet"}
    lahn = rivers["Lahn"]
    assert lahn.feature_type == "water" and ("de", "lahn") in lahn.local
    assert 8.0 < lahn.lon < 8.8 and 50.3 < lahn.lat < 50.9  # between its towns
    assert not lahn.names  # indexed in German only: no English name
    assert ("pl", "notecia") in rivers["Notecią"].local


def test_a_name_natural_earth_gives_two_units_stays_on_the_one_without_a_kind_word() -> None:
    named = [
        ("1", "RU", "ru", "Республика Алтай"),  # the Altai Republic
        ("2", "RU", "ru", "Республика Алтай"),  # Altai Krai: the source's slip
        ("2", "RU", "de", "Region Altai"),
        ("3", "KZ", "ru", "Республика Алтай"),  # another country: not shared
    ]
    shared = shared_names(named)
    assert shared == {("1", "ru", "Республика Алтай"), ("2", "ru", "Республика Алтай")}
    assert keeps_shared("Altai") and keeps_shared("Washington")
    assert not keeps_shared("Altai Krai") and not keeps_shared("Moscow Oblast")


def test_iso_names_follow_the_kind_word_and_the_own_romanised_name_is_russian() -> None:
    krai, republic = _admin("k", "Altai Krai"), _admin("r", "Altai")
    subs = [
        subdivision("RU-ALT", False, "Administrative territory", "Altayskiy kray", {}),
        subdivision("RU-AL", False, "Republic", "Altay, Respublika", {"uk": "Республіка Алтай"}),
    ]
    assert add_iso_names({"k": krai, "r": republic}, subs) > 0
    # "в Алтайском крае": the romanised own name is the key of the Russian name
    assert ("ru", "altayskiy kray") in krai.local
    assert ("ru", "altayskiy kray") not in republic.local
    assert ("uk", "respublika altay") in republic.local
    assert ("uk", "respublika altay") not in krai.local
