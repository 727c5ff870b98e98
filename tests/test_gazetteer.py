"""Behaviour of the committed artifact data/gazetteer.sqlite."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geomap.gazetteer import Gazetteer
from geomap.geo import haversine_km
from geomap.records import Place


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.open()


def _ids(places: list[Place]) -> list[str]:
    return [p.place_id for p in places]


def test_info_and_counts(gz: Gazetteer) -> None:
    info = gz.info
    assert info["schema_version"] == "3"
    assert int(info["count_type_country"]) >= 245
    assert int(info["count_type_city"]) > 150_000
    assert int(info["count_type_admin1"]) > 3000
    assert "GeoNames" in info["licence"]
    assert len(info["sha256:geonames/cities500.txt.gz"]) == 64
    assert 4 <= gz.max_name_tokens <= 20


def test_two_georgias(gz: Gazetteer) -> None:
    places = gz.lookup("Georgia")
    kinds = {(p.feature_type, p.country_code) for p in places}
    assert ("country", "GE") in kinds
    assert ("admin1", "US") in kinds
    assert places[0].country_code == "GE"  # the country ranks first
    state = next(p for p in places if p.feature_type == "admin1")
    assert state.admin1_code == "GA"
    assert 30 < state.lat < 35 and -86 < state.lon < -80


def test_two_parises(gz: Gazetteer) -> None:
    places = gz.lookup("Paris")
    fr = places[0]
    assert (fr.name, fr.country_code, fr.feature_type) == ("Paris", "FR", "city")
    assert haversine_km(fr.lon, fr.lat, 2.35, 48.86) < 10
    tx = [p for p in places if p.country_code == "US" and p.admin1 == "Texas"]
    assert tx and tx[0].feature_type == "city"


def test_kaliningrad_city_and_oblast(gz: Gazetteer) -> None:
    cands = gz.candidates("Kaliningrad")
    city = next(c for c in cands if c.place.feature_type == "city" and c.place.country_code == "RU")
    oblast = next(c for c in cands if c.place.feature_type == "admin1")
    assert city.match == "name" and city.place.admin1 == "Kaliningrad Oblast"
    assert oblast.place.name == "Kaliningrad Oblast" and oblast.match == "alternate"
    assert cands[0].place.place_id == city.place.place_id
    for variant in ("Kaliningrad Oblast", "Kaliningrad oblast", "KALININGRAD OBLAST"):
        assert gz.lookup(variant)[0].place_id == oblast.place.place_id
    assert oblast.place.place_id == "554230"  # GeoNames admin1 id
    assert gz.admin1("RU", "23").place_id == "554230"


@pytest.mark.parametrize(
    ("name", "cc", "code"),
    [
        ("Crimea", "UA", "11"),
        ("Texas", "US", "TX"),
        ("Victoria", "AU", "07"),
        ("Jujuy", "AR", "10"),
    ],
)
def test_admin1_units(gz: Gazetteer, name: str, cc: str, code: str) -> None:
    match = [p for p in gz.lookup(name) if p.feature_type == "admin1" and p.country_code == cc]
    assert match, name
    assert match[0].admin1_code == code
    assert match[0].population > 0


def test_fujian_admin1(gz: Gazetteer) -> None:
    p = gz.lookup("Fujian")[0]
    assert (p.feature_type, p.country_code) == ("admin1", "CN")
    assert 115 < p.lon < 121 and 23 < p.lat < 29


def test_baltic_states_region(gz: Gazetteer) -> None:
    p = gz.lookup("Baltic States")[0]
    assert p.feature_type == "region"
    assert set(p.members) == {"EE", "LV", "LT"}
    assert p.has_shape
    shape = gz.shape(p.place_id)
    riga = gz.lookup("Riga")[0]
    assert shape is not None and shape.contains(Point(riga.lon, riga.lat))
    assert gz.lookup("the Baltics")[0].place_id == p.place_id


def test_eastern_europe_region(gz: Gazetteer) -> None:
    p = gz.lookup("Eastern Europe")[0]
    assert p.feature_type == "region"
    assert {"PL", "UA", "RU", "BY"} <= set(p.members)
    assert "DE" not in p.members


@pytest.mark.parametrize("name", ["Middle East", "Sahel", "Balkans", "Scandinavia", "Levant"])
def test_other_regions(gz: Gazetteer, name: str) -> None:
    p = gz.lookup(name)[0]
    assert p.feature_type == "region"
    assert p.members


def test_continent(gz: Gazetteer) -> None:
    europe = gz.lookup("Europe")[0]
    assert europe.feature_type == "continent"
    assert "PL" in europe.members and "CN" not in europe.members


def test_black_sea(gz: Gazetteer) -> None:
    p = gz.lookup("Black Sea")[0]
    assert p.feature_type == "water"
    assert p.source == "geonames"  # GeoNames id kept, NE polygon attached
    assert p.has_shape
    assert 27 < p.lon < 42 and 40 < p.lat < 47
    assert sum(1 for q in gz.lookup("Black Sea") if q.feature_type == "water") == 1


@pytest.mark.parametrize(
    ("name", "ftype"),
    [("Persian Gulf", "water"), ("Alps", "landform"), ("Sahara", "landform"), ("Danube", "water")],
)
def test_waters_and_landforms(gz: Gazetteer, name: str, ftype: str) -> None:
    assert gz.lookup(name)[0].feature_type == ftype


def test_victoria_candidates(gz: Gazetteer) -> None:
    places = gz.lookup("Victoria")
    kinds = {(p.feature_type, p.country_code) for p in places}
    assert ("admin1", "AU") in kinds
    assert ("city", "CA") in kinds
    assert ("city", "SC") in kinds


def test_kyiv_kiev_same_place(gz: Gazetteer) -> None:
    kyiv = gz.lookup("Kyiv")[0]
    kiev = gz.lookup("Kiev")[0]
    assert kyiv.place_id == kiev.place_id == "703448"
    assert kyiv.feature_code == "PPLC"
    assert gz.candidates("Kiev")[0].match == "alias"
    assert gz.lookup("Odessa")[0].place_id == gz.lookup("Odesa")[0].place_id


def test_sao_paulo(gz: Gazetteer) -> None:
    a = next(p for p in gz.lookup("São Paulo") if p.feature_type == "city")
    b = next(p for p in gz.lookup("Sao Paulo") if p.feature_type == "city")
    assert a.place_id == b.place_id == "3448439"
    assert a.population > 10_000_000


@pytest.mark.parametrize(
    "name", ["the United States", "United States", "U.S.", "US", "USA", "America", "U.S.A."]
)
def test_us_aliases(gz: Gazetteer, name: str) -> None:
    p = gz.lookup(name)[0]
    assert (p.feature_type, p.country_code) == ("country", "US")


@pytest.mark.parametrize(
    ("name", "cc"),
    [
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("Russian Federation", "RU"),
        ("DRC", "CD"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("Holland", "NL"),
        ("Burma", "MM"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
    ],
)
def test_country_aliases(gz: Gazetteer, name: str, cc: str) -> None:
    p = gz.lookup(name)[0]
    assert (p.feature_type, p.country_code) == ("country", cc)


@pytest.mark.parametrize("code", ["IN", "IT", "AT", "BE", "NO", "ME", "IS", "TO", "OR"])
def test_two_letter_words_are_not_country_codes(gz: Gazetteer, code: str) -> None:
    assert not any(p.feature_type == "country" for p in gz.lookup(code))


def test_country_and_admin1_accessors(gz: Gazetteer) -> None:
    pl = gz.country("PL")
    assert pl is not None and pl.name == "Poland" and pl.feature_type == "country"
    assert gz.country("pl") == pl
    assert gz.country("ZZ") is None
    tx = gz.admin1("US", "TX")
    assert tx is not None and tx.name == "Texas"
    assert gz.get(pl.place_id) == pl


def test_city_has_admin1_and_code(gz: Gazetteer) -> None:
    warsaw = gz.lookup("Warsaw")[0]
    assert warsaw.feature_code == "PPLC"
    assert warsaw.country_code == "PL"
    assert warsaw.admin1 is not None and warsaw.admin1_code is not None
    assert gz.admin1("PL", warsaw.admin1_code).name == warsaw.admin1


def test_reverse_warsaw(gz: Gazetteer) -> None:
    warsaw = gz.lookup("Warsaw")[0]
    assert gz.reverse(warsaw.lon, warsaw.lat).place_id == warsaw.place_id
    near = gz.reverse(warsaw.lon + 0.01, warsaw.lat - 0.01)
    assert near.country_code == "PL"
    assert haversine_km(near.lon, near.lat, warsaw.lon + 0.01, warsaw.lat - 0.01) < 5


def test_reverse_remote_points(gz: Gazetteer) -> None:
    # middle of the Pacific and near the pole still give a populated place
    assert gz.reverse(-140.0, 0.0) is not None
    assert gz.reverse(0.0, 89.0) is not None


def test_shape_of_poland_contains_warsaw(gz: Gazetteer) -> None:
    pl = gz.country("PL")
    shape = gz.shape(pl.place_id)
    assert shape is not None and shape.geom_type in ("Polygon", "MultiPolygon")
    warsaw = gz.lookup("Warsaw")[0]
    assert shape.contains(Point(warsaw.lon, warsaw.lat))
    assert not shape.contains(Point(13.4, 52.52))  # Berlin
    assert pl.has_shape


def test_basemap(gz: Gazetteer) -> None:
    gdf = gz.basemap()
    assert gdf.crs is not None and gdf.crs.to_epsg() == 4326
    assert len(gdf) > 200
    assert {"place_id", "name", "country_code", "geometry"} <= set(gdf.columns)
    assert set(gdf.geom_type) <= {"Polygon", "MultiPolygon"}
    assert len(gdf.to_json().encode()) < 600_000


def test_demonyms(gz: Gazetteer) -> None:
    assert gz.demonym("Russian").country_code == "RU"
    assert gz.demonym("American").country_code == "US"
    assert gz.demonym("British").country_code == "GB"
    assert gz.demonym("Ukrainian").country_code == "UA"
    assert gz.demonym("European").feature_type == "continent"
    assert gz.demonym("Klingon") is None


def test_has_name(gz: Gazetteer) -> None:
    assert gz.has_name("Kaliningrad")
    assert gz.has_name("new york city")
    assert not gz.has_name("Qwxzzy")
    assert not gz.has_name("")


def test_admin2_us_county(gz: Gazetteer) -> None:
    cook = [p for p in gz.lookup("Cook County") if p.admin1 == "Illinois"]
    assert cook and cook[0].feature_type == "admin2"
    chicago = gz.lookup("Chicago")[0]
    assert haversine_km(cook[0].lon, cook[0].lat, chicago.lon, chicago.lat) < 60


def test_results_are_deterministic(gz: Gazetteer) -> None:
    fresh = Gazetteer.open(gz.path)
    assert _ids(fresh.lookup("Springfield")) == _ids(gz.lookup("Springfield"))


def test_thread_safe_reads(gz: Gazetteer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["Paris", "Georgia", "Kyiv", "Black Sea", "Texas", "Warsaw", "Victoria"] * 20
    expected = {n: _ids(gz.lookup(n)) for n in set(names)}
    fresh = Gazetteer.open(gz.path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda n: (n, _ids(fresh.lookup(n))), names))
    assert all(ids == expected[n] for n, ids in got)


def test_cli_lookup_and_info() -> None:
    from typer.testing import CliRunner

    from geomap.cli.gazetteer_cmd import gazetteer_app

    runner = CliRunner()
    res = runner.invoke(gazetteer_app, ["lookup", "Kiev", "-n", "3"])
    assert res.exit_code == 0, res.output
    assert "703448" in res.output and "alias" in res.output
    res = runner.invoke(gazetteer_app, ["lookup", "Qwxzzy"])
    assert res.exit_code == 1
    res = runner.invoke(gazetteer_app, ["info"])
    assert res.exit_code == 0 and '"schema_version": "3"' in res.output


def test_same_feature_from_two_sources_is_merged(gz: Gazetteer) -> None:
    med = [p for p in gz.lookup("Mediterranean Sea") if p.feature_type == "water"]
    assert len(med) == 1 and med[0].source == "geonames" and med[0].has_shape
    shape = gz.shape(med[0].place_id)
    assert shape.distance(Point(5.0, 40.0)) < 0.5  # western basin (second NE polygon)
    assert shape.distance(Point(25.0, 34.0)) < 0.5  # eastern basin
    assert gz.lookup("Mediterranean")[0].place_id == med[0].place_id


def test_curated_extra_places_and_aliases(gz: Gazetteer) -> None:
    donbas = gz.lookup("Donbass")[0]
    assert (donbas.place_id, donbas.source, donbas.country_code) == (
        "curated:donbas",
        "curated",
        "UA",
    )
    assert {p.country_code for p in gz.lookup("Congo")[:2]} == {"CD", "CG"}
    assert gz.lookup("Mt. Everest")[0].place_id == gz.lookup("Everest")[0].place_id
    assert gz.lookup("Ft. Worth")[0].name == "Fort Worth"


@pytest.mark.parametrize(
    ("name", "cc"),
    [("Kherson region", "UA"), ("Donetsk Oblast", "UA"), ("Belgorod region", "RU")],
)
def test_admin1_with_type_word_variants(gz: Gazetteer, name: str, cc: str) -> None:
    p = gz.lookup(name)[0]
    assert (p.feature_type, p.country_code) == ("admin1", cc)


def test_curated_tables_are_in_the_artifact(gz: Gazetteer) -> None:
    import csv

    from geomap.gazetteer.paths import repo_data_dir

    with (repo_data_dir() / "region_members.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 40
    for row in rows:
        region = gz.get(row["place_id"])
        assert region is not None, row["place_id"]
        assert set(region.members) == set(row["members"].split())
        assert all(gz.country(cc) is not None for cc in region.members), row["name"]
    with (repo_data_dir() / "demonyms.csv").open(encoding="utf-8") as fh:
        demonyms = [r["demonym"] for r in csv.DictReader(fh)]
    assert len(demonyms) >= 250
    assert all(gz.demonym(d) is not None for d in demonyms)


@pytest.mark.parametrize(
    ("abbrev", "cc", "code"),
    [("Calif.", "US", "CA"), ("N.Y.", "US", "NY"), ("W.Va.", "US", "WV"), ("B.C.", "CA", "02")],
)
def test_state_and_province_abbreviations(gz: Gazetteer, abbrev: str, cc: str, code: str) -> None:
    c = gz.candidates(abbrev)[0]
    assert (c.place.country_code, c.place.admin1_code, c.match) == (cc, code, "alias")


def test_plural_demonyms(gz: Gazetteer) -> None:
    assert gz.demonym("Russians").country_code == "RU"
    assert gz.demonym("Texans").name == "Texas"
    assert gz.demonym("Swiss").country_code == "CH"


def test_admin2_short_name(gz: Gazetteer) -> None:
    found = [c for c in gz.candidates("Gwinnett") if c.place.feature_type == "admin2"]
    assert [(c.place.name, c.place.admin1, c.match) for c in found] == [
        ("Gwinnett County", "Georgia", "alternate")
    ]


def test_exonyms_of_big_cities(gz: Gazetteer) -> None:
    geneva = {
        (c.place.country_code, c.place.feature_type): c.match for c in gz.candidates("Geneva")
    }
    assert geneva[("CH", "city")] == "exonym"  # Genève
    assert geneva[("CH", "admin1")] == "name"  # the canton keeps its own name
    gothenburg = gz.candidates("Gothenburg")
    assert (gothenburg[0].place.country_code, gothenburg[0].match) == ("SE", "exonym")
    # nicknames and translations are not exonyms; nor a city's name without "City"
    assert all(c.match != "exonym" for c in gz.candidates("White House"))
    assert all(c.match != "exonym" for c in gz.candidates("Oklahoma"))
    assert all(c.match != "exonym" for c in gz.candidates("Mexico"))


def test_extra_demonyms_and_abbreviations(gz: Gazetteer) -> None:
    assert gz.demonym("Kurdish").name == "Kurdistan"
    assert gz.candidates("W. Va.")[0].place.name == "West Virginia"
    assert gz.candidates("NSW")[0].place.name == "New South Wales"


def test_rivers_by_their_news_names(gz: Gazetteer) -> None:
    for name in ("Mississippi River", "River Thames", "Danube River"):
        (cand,) = gz.candidates(name)
        assert cand.place.feature_type == "water" and cand.place.place_id.startswith("ne:river:")


def test_display_names_are_written_as_english_readers_expect() -> None:
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.builder.admins import oblast_name
    from geomap.gazetteer.builder.model import Entry
    from geomap.gazetteer.names import display_name

    # transliteration marks go, European diacritics and elisions stay
    assert display_name("Khān Yūnis") == "Khan Yunis"
    assert display_name("Ryazan’") == "Ryazan"
    assert display_name("Kraków") == "Kraków"
    assert display_name("Côte d’Ivoire") == "Côte d’Ivoire"
    seat = Entry("1", "Kharkiv", "city", "UA", 36.2, 50.0, "geonames", feature_code="PPLA")
    assert oblast_name("Kharkivs’ka Oblast’", [seat]) == "Kharkiv Oblast"
    assert oblast_name("Kharkivs’ka Oblast’", []) == "Kharkivs’ka Oblast’"  # no seat: unchanged
    # the shipped gazetteer shows them, and still finds the sources' own spellings
    with Gazetteer.open() as gz:
        assert gz.lookup("Khān Yūnis")[0].name == "Khan Yunis"
        oblast = gz.lookup("Kharkivs’ka Oblast’")[0]
        assert oblast.name == "Kharkiv Oblast" and oblast.feature_type == "admin1"
        assert gz.lookup("Kharkiv")[0].admin1 == "Kharkiv Oblast"


def test_the_west_is_the_western_world_not_a_province(gz: Gazetteer) -> None:
    for name in ("the West", "West", "Western"):
        aliases = [c.place for c in gz.candidates(name) if c.match == "alias"]
        assert [(p.feature_type, p.name) for p in aliases] == [("region", "Western Europe")]


def test_a_country_is_at_geonames_own_point(gz: Gazetteer) -> None:
    canada = gz.country("CA")
    assert canada is not None
    assert (canada.lon, canada.lat) == pytest.approx((-113.64258, 60.10867), abs=1e-4)


def test_an_area_and_its_formal_name_are_one_place(gz: Gazetteer) -> None:
    # Natural Earth's "Republic of Artsakh" and "Crimean Peninsula" join the entries
    # that already answer "Artsakh" and "Crimea" (gazetteer.builder.disputed.names_for_holders)
    assert gz.lookup("Republic of Artsakh")[0].place_id == gz.lookup("Artsakh")[0].place_id
    assert gz.lookup("Crimean Peninsula")[0].place_id == gz.lookup("Crimea")[0].place_id
    assert gz.lookup("Gulf of America")[0].place_id == gz.lookup("Gulf of Mexico")[0].place_id
