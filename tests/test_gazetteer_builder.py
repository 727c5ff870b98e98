"""Build-time rules of the gazetteer builder, on hand-made entries."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry import Point

from geomap.gazetteer.builder.admins import admin1_spellings, drop_shadowing_variants
from geomap.gazetteer.builder.arabic import (
    add_names_without_article,
    arabic_countries,
    without_article,
)
from geomap.gazetteer.builder.disputed import disputed_entries
from geomap.gazetteer.builder.exonyms import promote_exonyms
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.physical import join_split_waters
from geomap.gazetteer.builder.water_forms import add_river_forms, add_water_short_forms


def _entry(pid: str, name: str, ftype: str, cc: str, pop: int, a1: str = "01") -> Entry:
    e = Entry(pid, name, ftype, cc, 0.0, 0.0, "test", population=pop, admin1_code=a1)
    e.add_name(name, "name")
    return e


def test_promote_exonyms() -> None:
    geneve = _entry("1", "Genève", "city", "CH", 200_000, "GE")
    canton = _entry("2", "Geneva", "admin1", "CH", 450_000, "GE")
    village = _entry("3", "Geneva", "city", "US", 20_000, "IL")
    for alt in ("Geneva", "Ginevra", "Gen", "White City"):
        geneve.add_name(alt, "alternate")
    okc = _entry("4", "Oklahoma City", "city", "US", 650_000, "OK")
    okc.add_name("Oklahoma", "alternate")
    tuscaloosa = _entry("5", "Tuscaloosa", "city", "US", 100_000, "AL")
    tuscaloosa.add_name("Druid City", "alternate")
    augsburg = _entry("6", "Augsburg", "city", "DE", 290_000, "02")
    augsburg.add_name("Augusta", "alternate")
    augusta = _entry("7", "Augusta", "city", "US", 200_000, "GA")
    promote_exonyms([geneve, canton, village, okc, tuscaloosa, augsburg, augusta], {"genevan"})
    assert geneve.names["geneva"] == "exonym"  # only the canton (its own unit) is as big
    assert geneve.names["ginevra"] == "exonym"
    assert geneve.names["gen"] == "alternate"  # too short: a code
    assert geneve.names["white city"] == "alternate"  # not a form of the name
    assert okc.names["oklahoma"] == "alternate"  # a word of its name, and a state
    assert tuscaloosa.names["druid city"] == "alternate"  # a nickname
    assert augsburg.names["augusta"] == "alternate"  # another big city has that name


def test_river_forms_for_bare_natural_earth_names() -> None:
    mississippi = Entry("ne:river:mississippi", "Mississippi", "water", None, 0.0, 0.0, "test")
    mississippi.feature_code = "river"
    rio = Entry("ne:river:rio-grande", "Rio Grande", "water", None, 0.0, 0.0, "test")
    rio.feature_code = "river"
    lake = Entry("ne:lake:erie", "Erie", "water", None, 0.0, 0.0, "test")
    lake.feature_code = "lake"
    add_river_forms([mississippi, rio, lake])
    assert mississippi.names["mississippi river"] == "alternate"
    assert mississippi.names["river mississippi"] == "alternate"
    assert set(rio.names) == set() and set(lake.names) == set()  # has a river word; a lake


def test_short_forms_of_oceans_and_seas_but_not_of_demonyms() -> None:
    atlantic = Entry("ne:sea:atlantic", "Atlantic Ocean", "water", None, 0.0, 0.0, "test")
    indian = Entry("ne:sea:indian", "Indian Ocean", "water", None, 0.0, 0.0, "test")
    add_water_short_forms([atlantic, indian], {"indian"})
    assert atlantic.names["atlantic"] == "alternate"
    assert "indian" not in indian.names


def test_an_ocean_without_a_shape_takes_its_two_halves() -> None:
    from shapely.geometry import box

    def water(pid: str, name: str, shape: object = None) -> Entry:
        e = Entry(pid, name, "water", None, 0.0, 0.0, "test")
        e.shape = shape  # type: ignore[assignment]
        return e

    north = water("1", "North Atlantic Ocean", box(-60, 0, -10, 60))
    south = water("2", "South Atlantic Ocean", box(-40, -50, 10, 0))
    whole = water("3", "Atlantic Ocean")
    lone = water("4", "Pacific Ocean")  # only one half known: stays a point
    half = water("5", "North Pacific Ocean", box(150, 0, 200, 50))
    join_split_waters([north, south, whole, lone, half])
    assert whole.shape is not None and whole.shape.equals(north.shape.union(south.shape))
    assert lone.shape is None


def test_cldr_time_zone_cities_are_exonyms_of_the_biggest_city_of_their_country() -> None:
    from geomap.gazetteer.builder.local import add_cldr_cities
    from geomap.gazetteer.lemmas import lemma_key

    vienna = _entry("1", "Vienna", "city", "AT", 1_900_000, "09")
    vienna_us = _entry("2", "Vienna", "city", "US", 16_000, "VA")
    warsaw = _entry("3", "Warsaw", "city", "PL", 1_700_000, "78")
    entries = {e.place_id: e for e in (vienna, vienna_us, warsaw)}
    assert add_cldr_cities(entries) > 0
    assert vienna.local[("fr", lemma_key("Vienne", "fr"))] == "exonym"
    assert vienna.local[("de", lemma_key("Wien", "de"))] == "exonym"
    assert warsaw.local[("de", lemma_key("Warschau", "de"))] == "exonym"
    assert not vienna_us.local  # the zone's city is in its zone's country


def test_a_local_exonym_outranks_an_alternate_of_the_same_name() -> None:
    from geomap.gazetteer.lemmas import lemma_key

    vienna = _entry("1", "Vienna", "city", "AT", 1_900_000, "09")
    vienna.add_local_name("Вена", "ru", "alternate")
    vienna.add_local_name("Вена", "ru", "exonym")  # CLDR's name after a GeoNames alternate
    vienna.add_local_name("Вена", "ru", "alternate")
    assert vienna.local[("ru", lemma_key("Вена", "ru"))] == "exonym"


def test_a_russian_mountain_word_is_not_part_of_the_mountain_name() -> None:
    from geomap.gazetteer.builder.local import add_mountain_names
    from geomap.gazetteer.lemmas import lemma_key

    hoverla = Entry("ne:elevation:gora-goverla", "Gora Goverla", "landform", None, 24.5, 48.2, "t")
    blanc = Entry("ne:elevation:mont-blanc", "Mont Blanc", "landform", None, 6.9, 45.8, "t")
    assert add_mountain_names([hoverla, blanc]) == 2
    assert hoverla.local[("uk", lemma_key("Goverla", "uk"))] == "name"  # meets "Говерла"
    assert not blanc.local  # "Mont" is part of the French name


def test_towns_of_ukraine_and_russia_get_their_polish_and_german_transcriptions() -> None:
    from geomap.gazetteer.builder.geonames import add_transcribed_names
    from geomap.gazetteer.lemmas import lemma_key
    from geomap.gazetteer.transcribe import german_forms, polish_forms

    assert polish_forms("Гуляйполе", "UA") == ["Hulajpołe"]  # г -> h, "ля" -> "la"
    assert polish_forms("Костянтинівка", "UA") == ["Kostiantyniwka"]  # "тя" -> "tia"
    assert polish_forms("Куп'янськ", "UA") == ["Kupjansk", "Kupiansk"]  # both usages
    assert polish_forms("Белгород", "RU") == ["Biełgorod"]  # Russian г -> g, "бе" -> "bie"
    assert polish_forms("Шебекино", "RU") == ["Szebiekino"]
    town = _entry("1", "Hulyaypole", "city", "UA", 13_000)
    assert german_forms("Часів Яр", "UA") == ["Tschassiw Jar"]  # ч -> tsch, vowel-s-vowel
    assert german_forms("Запоріжжя", "UA") == ["Saporischschja"]
    assert german_forms("Ельня", "RU") == ["Jelnja"]
    assert german_forms("Белгород", "RU") == ["Belgorod"]
    assert german_forms("Покровськ", "UA") == ["Pokrowsk"]
    add_transcribed_names(town, ["Гуляйполе", "Huliaipole", "Гуляјполе"])
    assert town.local[("pl", lemma_key("Hulajpole", "pl"))] == "alternate"
    assert town.local[("de", lemma_key("Huljajpole", "de"))] == "alternate"
    assert {lang for lang, _ in town.local} == {"pl", "de"}  # Latin, Serbian names not read


def test_towns_get_the_english_spelling_of_their_russian_names() -> None:
    from geomap.gazetteer.builder.geonames import add_transcribed_names
    from geomap.gazetteer.transcribe import english_forms, yo_form

    assert english_forms("Новая Каховка") == ["Novaya Kakhovka"]
    assert english_forms("Енакиево") == ["Yenakiyevo"]  # е after a vowel, at the start: "ye"
    assert english_forms("Жёлтые Воды") == ["Zholtyye Vody"]  # ё after ж: "o"
    assert english_forms("Нова Каховка") == ["Nova Kakhovka"]
    assert english_forms("Дніпродзержинськ") == []  # Ukrainian letters: no Russian name
    assert yo_form("Fëdorovka") == "Fyodorovka"
    town = _entry("2", "Hola Prystan", "city", "UA", 14_000)
    add_transcribed_names(town, ["Голая Пристань", "Гола Пристань", "Velikaya Novosëlka", "Ч"])
    assert town.names["golaya pristan"] == "alternate"
    assert town.names["velikaya novosyolka"] == "alternate"  # the romanised "ë" as "yo"
    assert "hola prystan" in town.names  # its own name kept
    assert "ch" not in town.names  # an abbreviation ("Ч") gets no English name


def test_arabic_names_are_also_indexed_without_the_article(tmp_path: Path) -> None:
    info = tmp_path / "countryInfo.txt"
    sy = "SY SYR 760 SY Syria Damascus 185180 22933531 AS .sy SYP Pound 963 - - ar-SY,ku,fr 1 IQ"
    us = "US USA 840 US States Washington 9629091 327167434 NA .us USD Dollar 1 - - en-US,es 2 CA"
    info.write_text("#ISO\tx\n" + "\n".join(r.replace(" ", "\t") for r in (sy, us)) + "\n")
    countries = arabic_countries(info)
    assert countries == {"SY"}
    qamishli = _entry("1", "Al Qāmishlī", "city", "SY", 0)
    qamishli.feature_code = "PPLA2"  # a seat: indexed although GeoNames gives no population
    qamishli.add_name("Al-Kamishly", "alternate")
    qamishli.add_name("Qamishli", "alternate")  # also an alternate: the own name's form wins
    ain = _entry("2", "Al Ain", "city", "SY", 50_000)
    hamlet = _entry("3", "Al Mazraa", "city", "SY", 200)
    el_paso = _entry("4", "El Paso", "city", "US", 680_000)
    add_names_without_article([qamishli, ain, hamlet, el_paso], countries)
    assert qamishli.names["qamishli"] == "exonym"  # its own name, as English writes it
    assert qamishli.names["kamishly"] == "alternate"
    assert "ain" not in ain.names  # too short to stand alone
    assert "mazraa" not in hamlet.names  # a hamlet
    assert "paso" not in el_paso.names  # "El" is Spanish there
    assert without_article("ash shaykh maskin") == "shaykh maskin"


def test_a_country_takes_geonames_own_point_over_a_computed_one(tmp_path: Path) -> None:
    from geomap.gazetteer.builder.countries import representative_point
    from geomap.gazetteer.builder.curated import read_country_points

    table = tmp_path / "country_points.csv"
    table.write_text("# provenance\niso2,lat,lon\nca,60.10867,-113.64258\n", encoding="utf-8")
    given = read_country_points(table)
    assert given == {"CA": (-113.64258, 60.10867)}  # (lon, lat), ISO code upper case
    capital = _entry("6094817", "Ottawa", "city", "CA", 1_000_000)
    factbook = (-95.0, 60.0)  # the computed point: Factbook, no polygon here
    assert representative_point("CA", given, None, capital, [], factbook, {}) == given["CA"]
    assert representative_point("CA", {}, None, capital, [], factbook, {}) == factbook
    assert read_country_points(tmp_path / "absent.csv") == {}
    shipped = read_country_points(Path(__file__).parents[1] / "data" / "country_points.csv")
    assert len(shipped) > 190 and shipped["JP"] == (139.75309, 35.68536)


def test_a_natural_earth_river_keeps_its_parts_as_one_line() -> None:
    from shapely.geometry import LineString, Point

    from geomap.gazetteer.builder.naturalearth import Physical
    from geomap.gazetteer.builder.physical import _point_of, merge_physical

    def river(*coords: tuple[float, float]) -> Physical:
        return Physical("river", "Zed", "river", "water", LineString(coords), 5.0)

    upper = river((0.0, 0.0), (1.0, 0.2), (2.0, 0.0))
    lower = river((2.0, 0.0), (2.5, 0.001), (3.0, 0.0))  # continues it; a bend under 1 km
    far = river((40.0, 10.0), (41.0, 10.0))  # another river of that name
    new = merge_physical([], [upper, lower, far])
    assert len(new) == 2
    zed, other = sorted(new, key=lambda e: e.lon)
    assert zed.shape is not None and zed.shape.geom_type == "MultiLineString"
    assert len(zed.shape.geoms) == 1  # the parts that meet are one line
    assert zed.shape.hausdorff_distance(upper.geom.union(lower.geom)) < 0.01
    assert len(zed.shape.geoms[0].coords) == 4  # simplified: the 1 m bend is gone
    # the point the resolver places it at is the one of the unsimplified parts
    assert (zed.lon, zed.lat) == _point_of(upper.geom.union(lower.geom))
    assert other.shape is not None and other.shape.distance(Point(40.5, 10.0)) < 1e-9


def test_a_geonames_river_takes_the_line_of_its_natural_earth_parts() -> None:
    from shapely.geometry import LineString, box

    from geomap.gazetteer.builder.naturalearth import Physical
    from geomap.gazetteer.builder.physical import merge_physical

    gn = Entry("7", "Zed", "water", None, 0.5, 0.0, "test", feature_code="STM")
    gn.add_name("Zed", "name")
    near = Physical("river", "Zed", "river", "water", LineString([(0, 0), (6, 0)]), 5.0)
    # beyond SAME_FEATURE_DEG of the GeoNames point: its own NE entry, lent to the GeoNames line
    rest = Physical("river", "Zed", "river", "water", LineString([(6.5, 0), (12, 0)]), 5.0)
    lake = Entry("8", "Mere", "water", None, 0.0, 5.0, "test", feature_code="LK")
    lake.add_name("Mere", "name")
    lake.shape = box(-1, 4, 1, 6)
    inflow = Physical("river", "Mere", "river", "water", LineString([(0, 4), (0, 3)]), 5.0)
    new = merge_physical([gn, lake], [near, rest, inflow])
    assert [e.place_id for e in new] == ["ne:river:zed"]  # the same entries as without lines
    assert (gn.lon, gn.lat) == (0.5, 0.0)
    assert gn.shape is not None and gn.shape.geom_type == "MultiLineString"
    assert gn.shape.bounds == (0.0, 0.0, 12.0, 0.0)
    assert new[0].shape is not None and new[0].shape.bounds == (6.5, 0.0, 12.0, 0.0)
    assert lake.shape.equals(box(-1, 4, 1, 6))  # a lake keeps its polygon, not a river's line


def test_the_store_returns_a_river_line_and_has_shape_stays_polygonal() -> None:
    from shapely.geometry import MultiLineString, box

    from geomap.gazetteer import Gazetteer
    from geomap.records import Place

    river = Place("ne:river:zed", "Zed", "water", None, None, 0, 1.0, 0.0, "naturalearth")
    sea = Place("ne:marine:mere", "Mere", "water", None, None, 0, 0.0, 5.0, "naturalearth")
    line = MultiLineString([[(0.0, 0.0), (2.0, 0.0)], [(3.0, 0.0), (4.0, 1.0)]])
    gz = Gazetteer.from_places(
        [river, sea], shapes={river.place_id: line, sea.place_id: box(-1, 4, 1, 6)}
    )
    got = gz.shape("ne:river:zed")
    assert got is not None and got.geom_type == "MultiLineString" and got.equals(line)
    assert list(got.geoms[1].coords) == [(3.0, 0.0), (4.0, 1.0)]  # (lon, lat)
    by_id = {p.place_id: p for p in (gz.get("ne:river:zed"), gz.get("ne:marine:mere")) if p}
    assert not by_id["ne:river:zed"].has_shape and by_id["ne:marine:mere"].has_shape


def test_a_river_line_runs_on_through_the_lake_it_crosses() -> None:
    from shapely.geometry import LineString

    from geomap.gazetteer.builder.naturalearth import Physical
    from geomap.gazetteer.builder.physical import merge_physical

    above = Physical("river", "Zed", "river", "water", LineString([(0, 0), (2, 0)]), 5.0)
    below = Physical("river", "Zed", "river", "water", LineString([(3, 0), (5, 0)]), 5.0)
    lake = Physical("centerline", "Zed", "river", "water", LineString([(2, 0), (3, 0)]), 5.0)
    elsewhere = Physical("centerline", "Zed", "river", "water", LineString([(9, 9), (9, 8)]), 5.0)
    with_lake = merge_physical([], [above, below, lake, elsewhere])
    without = merge_physical([], [above, below])
    (zed,) = with_lake
    assert [(e.place_id, e.lon, e.lat) for e in with_lake] == [
        (e.place_id, e.lon, e.lat) for e in without
    ]  # the same entry at the same point: a centerline only adds to the line
    assert zed.shape is not None and zed.shape.bounds == (0.0, 0.0, 5.0, 0.0)
    assert len(zed.shape.geoms) == 1  # one line through the lake, not the far centerline


def test_an_admin1_unit_with_a_polygon_is_at_its_largest_parts_centroid() -> None:
    from shapely.geometry import MultiPolygon, box

    from geomap.gazetteer.builder.points import admin1_point

    # the unit's towns crowd one corner; its islet is far away and small
    towns = [Entry(str(i), f"T{i}", "city", "XX", 0.5, 0.5 + i / 10, "t") for i in range(3)]
    shape = MultiPolygon([box(0.0, 0.0, 10.0, 4.0), box(30.0, 30.0, 30.5, 30.5)])
    assert admin1_point("XX", "Unit", "Unit", {}, towns, shape=shape) == (5.0, 2.0)
    # without a polygon: the mean of its towns, as before
    assert admin1_point("XX", "Unit", "Unit", {}, towns) == (0.5, 0.6)


def test_one_river_under_two_names_is_one_entry() -> None:
    from shapely.geometry import LineString

    from geomap.gazetteer.builder.naturalearth import Physical
    from geomap.gazetteer.builder.physical import merge_physical

    def river(name: str, coords: list[tuple[float, float]], alts: list[str]) -> Physical:
        return Physical("river", name, "river", "water", LineString(coords), 4.0, alts)

    upper = river("Zedin", [(0.0, 0.0), (2.0, 0.0)], [])
    middle = river("Zeda", [(2.0, 0.0), (4.0, 0.0)], ["Zedin"])  # its other name
    lower = river("Zedae", [(4.0, 0.0), (6.0, 0.0)], [])  # one more letter
    other = river("Quor", [(6.0, 0.0), (6.0, 3.0)], [])  # meets it, another name
    apart = river("Zedine", [(20.0, 0.0), (21.0, 0.0)], [])  # a namesake far away
    new = merge_physical([], [upper, middle, lower, other, apart])
    assert sorted(e.name for e in new) == ["Quor", "Zeda", "Zedine"]
    zed = next(e for e in new if e.name == "Zeda")
    assert {n for n, k in zed.names.items() if k == "name"} == {"zeda", "zedae", "zedin"}
    assert zed.shape is not None and abs(zed.shape.length - 6.0) < 1e-9
    assert sorted(zed.merged_ids) == ["ne:river:zedae", "ne:river:zedin"]  # still named


def _area(**props: str) -> dict[str, object]:
    square = [[[45.0, 9.0], [47.0, 9.0], [47.0, 11.0], [45.0, 11.0], [45.0, 9.0]]]
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Polygon", "coordinates": square},
    }


def test_a_disputed_area_no_other_source_names_becomes_a_region_with_its_outline() -> None:
    features = [
        _area(
            NAME_LONG="Somaliland",
            BRK_NAME="Somaliland",
            FORMAL_EN="Republic of Somaliland",
            ADM0_A3="SOL",
            ADM0_A3_US="SOM",
        ),
        _area(NAME_LONG="India", NAME_EN="Demchok", BRK_NAME="Demchok", ADM0_A3="IND"),
        _area(NAME_LONG="Georgia", BRK_NAME="Abkhazia", ADM0_A3="B35"),
        _area(NAME_LONG="N. Cyprus", FORMAL_EN="non-government-controlled areas", ADM0_A3="CYN"),
    ]
    known = {"india", "georgia", "abkhazia"}
    entries = disputed_entries(features, {"SOM": "SO", "IND": "IN"}, known)
    by_name = {e.name: e for e in entries}
    assert sorted(by_name) == ["Demchok", "Somaliland"]
    somaliland = by_name["Somaliland"]
    assert somaliland.feature_type == "region" and somaliland.country_code == "SO"
    assert somaliland.names == {"somaliland": "name", "republic of somaliland": "alternate"}
    assert somaliland.shape is not None and somaliland.shape.contains(
        Point(somaliland.lon, somaliland.lat)
    )
    assert by_name["Demchok"].names == {"demchok": "name"}  # "India" left to the country


def test_an_area_another_entry_names_gives_that_entry_its_other_names() -> None:
    from geomap.gazetteer.builder.disputed import names_for_holders

    karabakh = _entry("curated:k", "Nagorno-Karabakh", "region", "AZ", 0)
    karabakh.add_name("Artsakh", "alternate")
    unit = _entry("1", "Krym", "admin1", "UA", 2_000_000)
    region = _entry("ne:region:krym", "Krym", "region", "UA", 0)
    town = _entry("2", "Demchok", "city", "IN", 900)
    india = _entry("3", "India", "country", "IN", 1_000_000_000)
    holders: dict[str, list[Entry]] = {}
    for e in (karabakh, unit, region, town, india):
        for n in e.names:
            holders.setdefault(n, []).append(e)
    features = [
        _area(
            NAME_LONG="Azerbaijan",
            NAME_EN="Nagorno-Karabakh",
            BRK_NAME="Artsakh",
            FORMAL_EN="Republic of Artsakh",
        ),
        _area(NAME_LONG="Krym", NAME_EN="Krym Peninsula", BRK_NAME="Krym"),
        _area(NAME_LONG="India", NAME_EN="Demchok", BRK_NAME="Demchok", FORMAL_EN="Demchok Sector"),
        _area(NAME_LONG="India", NAME_EN="Tirpani Valleys", BRK_NAME="Tirpani Valleys"),
    ]
    assert names_for_holders(features, holders) == 2
    assert karabakh.names["republic of artsakh"] == "alternate"  # one place, not two
    assert unit.names["krym peninsula"] == "alternate"  # the admin-1 unit before the region
    assert "krym peninsula" not in region.names
    assert "demchok sector" not in town.names  # a town is no holder of an area
    assert set(india.names) == {"india"}  # the sovereign named in NAME_LONG takes nothing


def test_admin1_units_get_the_english_spellings_news_writes() -> None:
    assert admin1_spellings("southern darfur") == ["south darfur"]
    assert admin1_spellings("oromiya") == ["oromia"]
    assert admin1_spellings("ingushetiya republic") == ["ingushetia republic"]
    assert admin1_spellings("northern cape") == []  # "North Cape" is another place
    assert admin1_spellings("southern governorate") == []
    assert admin1_spellings("kenya") == []


def test_an_admin1_region_form_never_shadows_another_entrys_own_name() -> None:
    iran = _entry("126584", "Kurdistan", "admin1", "IR", 1_600_000)
    iran.add_name("kurdistan region", "alternate")
    iran.add_name("kurdistan", "alternate")
    iraq = _entry("curated:kurdistan-region", "Kurdistan Region", "region", "IQ", 0)
    kept = _entry("1", "Sagaing Region", "admin1", "MM", 5_000_000)
    kept.add_name("sagaing", "alternate")
    assert drop_shadowing_variants([iran, iraq, kept]) == 1
    assert "kurdistan region" not in iran.names and "kurdistan region" in iraq.names
    assert iran.names["kurdistan"] == "name" and kept.names["sagaing"] == "alternate"


def test_exonym_with_its_forms_in_other_languages() -> None:
    koln = _entry("1", "Köln", "city", "DE", 960_000, "07")
    for alt in ("Cologne", "Colonia", "Cologna", "Domstadt", "White City"):
        koln.add_name(alt, "alternate")
    village = _entry("2", "Cologne", "city", "IT", 7_000, "09")
    promote_exonyms([koln, village], set())
    assert koln.names["cologne"] == "exonym"  # Colonia, Cologna beside it: a translation
    assert koln.names["domstadt"] == "alternate"  # a nickname: no forms beside it
    assert koln.names["white city"] == "alternate"


def test_short_form_of_a_qualified_town_name() -> None:
    clacton = _entry("1", "Clacton-on-Sea", "city", "GB", 50_000, "ENG")
    clacton.add_name("Clacton", "alternate")
    hamlet = _entry("2", "Bexhill-on-Sea", "city", "GB", 5_000, "ENG")
    hamlet.add_name("Bexhill", "alternate")
    york = _entry("3", "New York City", "city", "US", 8_000_000, "NY")
    york.add_name("New", "alternate")
    promote_exonyms([clacton, hamlet, york], set())
    assert clacton.names["clacton"] == "exonym"
    assert hamlet.names["bexhill"] == "alternate"  # under SHORT_FORM_MIN_POPULATION
    assert york.names["new"] == "alternate"


def test_a_seat_without_a_population_keeps_all_its_alternate_names() -> None:
    from geomap.gazetteer.builder.geonames import _parse, city_entry
    from geomap.gazetteer.names import normalize_name

    alts = "Kerdaha,Kirdaha,Kurdaha,Qardaha,Qardahah,Qurdaha"

    def row(code: str, pop: int) -> str:
        cols = ["173364", "Al Qardahah", "Al Qardahah", alts, "35.45", "36.05", "P", code]
        return "\t".join([*cols, "SY", "", "02", "", "", "", str(pop), "", "", "", "2023"])

    seat, hamlet = (_parse(row(code, pop)) for code, pop in (("PPLA2", 0), ("PPL", 600)))
    assert seat is not None and hamlet is not None
    assert normalize_name("Qardaha") in city_entry(seat).names
    assert normalize_name("Qardaha") not in city_entry(hamlet).names  # the 3 shortest only


def test_arabic_names_are_also_indexed_with_the_other_final_ta_marbuta() -> None:
    from geomap.gazetteer.builder.arabic import add_final_h_forms, final_h_form

    city = _entry("1", "As Sulaymaniyah", "city", "IQ", 878_146)
    city.add_name("Sulaimaniya", "alternate")
    hamlet = _entry("2", "Al Mazraa", "city", "IQ", 200)
    tulsa = _entry("3", "Tulsa", "city", "US", 400_000)
    add_final_h_forms([city, hamlet, tulsa], frozenset({"IQ"}))
    assert city.names["sulaimaniyah"] == "alternate"  # "Sulaimaniyah" as news writes it
    assert city.names["as sulaymaniya"] == "exonym"  # the own name's other form
    assert "al mazraah" not in hamlet.names  # a hamlet
    assert "tulsah" not in tulsa.names  # not an Arabic-speaking country
    assert final_h_form("al ula") is None  # a short last word keeps its spelling
