"""Names of admin units in other languages from ISO 3166-2 translations (issue 18)."""

from __future__ import annotations

import csv

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


def _town(
    pid: str, name: str, cc: str, lon: float, lat: float, alts: tuple[str, ...] = ()
) -> Entry:
    e = Entry(pid, name, "city", cc, lon, lat, "test", population=10_000)
    e.add_name(name, "name")
    e.on_rivers = rivers_named(name, alts, cc)
    return e


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
