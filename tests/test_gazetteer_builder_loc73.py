"""Builder rules of round 73 (made-up places): compass adjectives join a stem, and a
namesake's own name is no exonym of the city it qualifies, a unit shown by its full name."""

from __future__ import annotations

from geomap.gazetteer.builder.exonyms import promote_exonyms, qualifies
from geomap.gazetteer.builder.iso_codes import subdivision
from geomap.gazetteer.builder.iso_names import add_iso_names
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.stem_units import generic_words, stem_units
from geomap.gazetteer.builder.unit_display import rename_units


def _unit(pid: str, name: str, cc: str, pop: int, a1: str, at: float) -> Entry:
    e = Entry(pid, name, "admin1", cc, at, at, "test", population=pop, admin1_code=a1)
    e.add_name(name, "name")
    return e


def test_compass_adjectives_join_the_stem_a_compass_word_opened() -> None:
    units = {
        "XX.A": _unit("1", "Central Quatoria", "XX", 100, "A", 1.0),
        "XX.B": _unit("2", "Eastern Quatoria", "XX", 100, "B", 3.0),
        "XX.C": _unit("3", "Western Quatoria", "XX", 200, "C", 5.0),
        "XX.D": _unit("4", "Northern Zed Sea", "XX", 10, "D", 0.0),
        "XX.E": _unit("5", "Southern Zed Sea", "XX", 10, "E", 0.0),
    }
    assert generic_words(e.name for e in units.values()) == set()
    (region,) = stem_units(units.values(), units)
    assert (region.name, region.feature_type, region.population) == ("Quatoria", "region", 400)
    assert region.lon == 3.5  # (100 * 1 + 100 * 3 + 200 * 5) / 400


def test_adjectives_alone_make_no_stem_and_no_generic_word() -> None:
    units = {
        "XX.B": _unit("2", "Eastern Quatoria", "XX", 100, "B", 3.0),
        "XX.C": _unit("3", "Western Quatoria", "XX", 200, "C", 5.0),
    }
    assert stem_units(units.values(), units) == []
    assert generic_words(["Eastern Quatoria", "Western Quatoria", "Gold Coast"]) == set()


def _city(pid: str, name: str, cc: str, pop: int, *alternates: str) -> Entry:
    e = Entry(pid, name, "city", cc, 0.0, 0.0, "test", population=pop, admin1_code="01")
    e.add_name(name, "name")
    for a in alternates:
        e.add_name(a, "alternate")
    return e


def test_a_namesake_abroad_keeps_its_own_name() -> None:
    city = _city("1", "Belgor", "XA", 300_000, "Belhor-Dnistrovo", "Belgorr")
    town = _city("2", "Belhor-Dnistrovo", "XB", 40_000, "Belgor-Dnestrovo")
    qualified = _city("3", "Belgorr", "XB", 500, "Belgor Ridge")
    marra = _city("4", "Marra", "XA", 300_000, "Marra Hills")
    hills = _city("5", "Marra Hills", "XA", 4_000)
    assert qualifies(town, "belgor", "belhor dnistrovo")
    assert not qualifies(town, "belhor", "belhor dnistrovo")  # its own name alone
    promote_exonyms([city, town, qualified, marra, hills], set())
    assert city.names["belhor dnistrovo"] == "alternate"  # the town abroad's own name
    assert city.names["belgorr"] == "alternate"  # a namesake abroad named after the city
    # a namesake in the city's own country does not stop the promotion
    assert marra.names["marra hills"] == "exonym"


def test_a_namesake_abroad_named_by_the_citys_name_and_a_word_does_not_stop_it() -> None:
    capital = _city("1", "Panamo", "XA", 400_000, "Panamo City")
    namesake = _city("2", "Panamo City", "XB", 30_000, "Panamo Siti")
    promote_exonyms([capital, namesake], set())
    assert capital.names["panamo city"] == "exonym"  # the name shows the capital's own


def test_without_a_qualifying_namesake_the_form_is_promoted() -> None:
    city = _city("1", "Belgor", "XA", 300_000, "Belhor-Dnistrovo")
    town = _city("2", "Belhor-Dnistrovo", "XB", 40_000, "Dnistrovo")
    promote_exonyms([city, town], set())
    assert city.names["belhor dnistrovo"] == "exonym"


def test_a_unit_is_shown_by_its_alias_with_a_kind_word_before_its_name() -> None:
    unit = _unit("1", "Zrpska", "XX", 10, "02", 0.0)
    unit.admin1 = "Zrpska"
    town = _city("2", "Banjo", "XX", 10)
    town.admin1_code, town.admin1 = "02", "Zrpska"
    other = _unit("3", "Qorva", "XX", 10, "03", 0.0)
    entries = {e.place_id: e for e in (unit, town, other)}
    aliases = [("republika zrpska", "1", "alias"), ("free qorva", "3", "alias")]
    assert rename_units(entries, aliases) == 1
    assert (unit.name, town.admin1, other.name) == ("Republika Zrpska", "Republika Zrpska", "Qorva")
    assert "zrpska" in unit.names


def test_muhafazat_is_a_word_for_the_kind_of_unit() -> None:
    def admin(pid: str, name: str) -> Entry:
        e = Entry(pid, name, "admin1", "YE", 0.0, 0.0, "test")
        e.add_name(name, "name")
        return e

    qadra, abyan = admin("q", "Muhafazat Qadramaout"), admin("a", "Abyan Governorate")
    names = {"pl": "Qadramaut", "uk": "Кадрамаут"}
    sub = subdivision("YE-QD", False, "Governorate", "Qadramawt", names)
    assert add_iso_names({"q": qadra, "a": abyan}, [sub]) == 2
    assert {lang for lang, _ in qadra.local} == {"pl", "uk"} and not abyan.local
