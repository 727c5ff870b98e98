"""iso-codes' translations reach GeoNames' Belgian provinces and countries' long names (issue 18).

GeoNames names Belgium's provinces "Province du Hainaut" and "Provincie West-Vlaanderen",
ISO 3166-2 "Hainaut" and "West-Vlaanderen": the word for the kind is left out when they
are matched.  ISO 3166-1 translates countries' names and official names ("Großherzogtum
Luxemburg", "Российская Федерация"), indexed as the countries' exonyms.
"""

from __future__ import annotations

import pytest

from geomap.gazetteer.builder.iso_codes import iso_codes, subdivision
from geomap.gazetteer.builder.iso_countries import add_country_names, read_country_names
from geomap.gazetteer.builder.iso_names import add_iso_names, without_kind
from geomap.gazetteer.builder.iso_positions import proper_name
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name


def _entry(pid: str, name: str, ftype: str, cc: str) -> Entry:
    e = Entry(pid, name, ftype, cc, 0.0, 0.0, "test")
    e.add_name(name, "name")
    return e


def test_a_leading_word_for_the_kind_goes() -> None:
    assert without_kind("province du hainaut") == "hainaut"
    assert without_kind("provincie west vlaanderen") == "west vlaanderen"
    assert without_kind("provincia di bergamo") == "bergamo"
    assert without_kind("provinces unies") is None
    assert without_kind("province") is None
    assert without_kind("hainaut") is None


def test_a_belgian_province_takes_its_iso_translations() -> None:
    hainaut = _entry("h", "Province du Hainaut", "admin2", "BE")
    flanders = _entry("wv", "Provincie West-Vlaanderen", "admin2", "BE")
    wallonia = _entry("w", "Wallonia", "admin1", "BE")
    subs = [
        subdivision("BE-WHT", True, "Province", "Hainaut", {"de": "Hennegau", "ru": "Эно"}),
        subdivision("BE-VWV", True, "Province", "West-Vlaanderen", {"fr": "Flandre-Occidentale"}),
    ]
    entries = {"h": hainaut, "wv": flanders, "w": wallonia}
    assert add_iso_names(entries, subs) == 4  # "Hainaut" in French too: Belgium speaks it
    assert ("de", "hennegau") in hainaut.written and (
        "ru",
        normalize_name("Эно"),
    ) in hainaut.written
    assert ("fr", "hainaut") in hainaut.written
    assert ("fr", "flandre occidentale") in flanders.written
    assert not wallonia.written


def test_a_province_named_like_a_town_stays_the_towns() -> None:
    province = _entry("p", "Province de Liège", "admin2", "BE")
    town = _entry("t", "Liège", "city", "BE")
    town.population = 190_000
    sub = subdivision("BE-WLG", True, "Province", "Liège", {"de": "Lüttich"})
    assert add_iso_names({"p": province, "t": town}, [sub]) == 0
    assert not province.written


def test_countries_take_their_long_names_unless_inverted_or_another_places() -> None:
    lu = _entry("lu", "Luxembourg", "country", "LU")
    kr = _entry("kr", "South Korea", "country", "KR")
    md = _entry("md", "Moldova", "country", "MD")
    region = _entry("r", "Some Region", "region", "MD")
    region.add_local_name("Republik Moldau", "de")
    rows = [
        ("LU", "de", "Großherzogtum Luxemburg"),
        ("KR", "ru", "Корея, Республика"),
        ("MD", "de", "Republik Moldau"),
    ]
    assert add_country_names({"lu": lu, "kr": kr, "md": md, "r": region}, rows) == 1
    assert ("de", normalize_name("Großherzogtum Luxemburg")) in lu.written
    assert not kr.written and not md.written


def test_iso_codes_give_the_official_names_in_each_language() -> None:
    folder = iso_codes()
    if folder is None:
        pytest.skip("pycountry is not installed")
    rows = set(read_country_names(folder))
    assert ("LU", "de", "Großherzogtum Luxemburg") in rows
    assert ("RU", "ru", "Российская Федерация") in rows


def test_a_translation_whose_form_is_a_bigger_places_is_left_out() -> None:
    soum = _entry("s", "Province du Soum", "admin2", "BF")
    soum.population = 60_000
    sumy = _entry("t", "Sumy", "city", "UA")
    sumy.population = 260_000
    sumy.add_local_name("Сумы", "ru")
    sub = subdivision("BF-SOM", True, "Province", "Soum", {"ru": "Сум", "fr": "Soum"})
    assert add_iso_names({"s": soum, "t": sumy}, [sub]) == 0
    assert not soum.written
    sumy.population = 6_000  # a smaller town's form no longer keeps it out
    assert add_iso_names({"s": soum, "t": sumy}, [sub]) == 1
    assert ("ru", normalize_name("Сум")) in soum.written


def test_a_department_with_an_anglicised_name_is_matched_by_its_code() -> None:
    garonne = _entry("g", "Upper Garonne", "admin2", "FR")
    garonne.admin1_code, garonne.admin2_code = "76", "31"
    lot = _entry("l", "Lot", "admin2", "FR")
    lot.admin1_code, lot.admin2_code = "76", "46"
    subs = [
        subdivision("FR-31", True, "Metropolitan department", "Haute-Garonne", {}),
        # the code is Lot's, the names share no word: another coding, left alone
        subdivision("FR-46", True, "Metropolitan department", "Tarn-et-Garonne", {}),
    ]
    assert add_iso_names({"g": garonne, "l": lot}, subs) == 1  # French only: France speaks it
    assert ("fr", "haute garonne") in garonne.written
    assert not lot.written


def test_a_code_shared_only_with_a_kind_word_is_another_coding() -> None:
    donetsk = _entry("d", "Donetsk Oblast", "admin2", "XX")
    donetsk.admin2_code = "05"
    sub = subdivision("XX-05", True, "Region", "Vinnytska oblast", {"pl": "Obwód winnicki"})
    assert add_iso_names({"d": donetsk}, [sub]) == 0
    assert not donetsk.written


def test_a_position_keeps_only_its_translations_written_as_proper_names() -> None:
    assert proper_name("Extrême-Nord") and proper_name("Grand Est")
    assert not proper_name("Nord-Ouest") and not proper_name("Південний Захід")
    assert not proper_name("Далека північна") and not proper_name("Nordost")
    assert not proper_name("Region Północny") and not proper_name("Centre-Est")
    far = _entry("f", "Far North", "admin1", "CM")
    west = _entry("w", "North-West", "admin1", "CM")
    subs = [
        subdivision(
            "CM-EN", False, "Region", "Far North", {"fr": "Extrême-Nord", "uk": "Далека північна"}
        ),
        subdivision("CM-NW", False, "Region", "North-West", {"fr": "Nord-Ouest", "de": "Nordwest"}),
    ]
    assert add_iso_names({"f": far, "w": west}, subs) == 1
    assert ("fr", "extreme nord") in far.written
    assert not west.written


def test_a_unit_takes_the_translations_of_the_subdivision_it_already_has_a_name_of() -> None:
    # GeoNames' "Lower Saxony" shares no name with DE-NI "Niedersachsen" and is not like it;
    # the curated tables give the unit its German name, which the subdivision's German
    # translation is: it takes the French, Polish and Russian ones
    lower = _entry("ni", "Lower Saxony", "admin1", "DE")
    lower.add_local_name("Niedersachsen", "de")
    other = _entry("sn", "Saxony", "admin1", "DE")
    sub = subdivision(
        "DE-NI",
        False,
        "Land",
        "Niedersachsen",
        {"de": "Niedersachsen", "fr": "Basse-Saxe", "ru": "Нижняя Саксония"},
    )
    assert add_iso_names({"ni": lower, "sn": other}, [sub]) >= 2
    assert ("fr", "basse saxe") in lower.written
    assert ("ru", normalize_name("Нижняя Саксония")) in lower.written
    assert ("fr", "basse saxe") not in other.written
    # a translation no unit of that country has as written matches nothing by it
    stray = subdivision("DE-XX", False, "Land", "Nirgendwo", {"fr": "Nulle-Part"})
    assert add_iso_names({"ni": _entry("ni", "Lower Saxony", "admin1", "DE")}, [stray]) == 0


def test_a_position_name_after_a_kind_word_is_the_units_own_name_at_home() -> None:
    nord = _entry("n", "Département du Nord", "admin2", "FR")
    haiti = _entry("h", "Nord", "admin1", "HT")
    sub = subdivision("FR-59", False, "Department", "Nord", {"fr": "Nord", "uk": "Нор"})
    assert add_iso_names({"n": nord, "h": haiti}, [sub]) == 1
    assert nord.written == {("fr", "nord")}  # its own name in French; "Нор" is a common word
    cameroon = _entry("c", "North Region", "admin1", "CM")
    north = subdivision("CM-NO", True, "Region", "Nord", {"fr": "Nord", "uk": "Північний"})
    assert add_iso_names({"c": cameroon}, [north]) == 0  # no kind word before it, not at home
