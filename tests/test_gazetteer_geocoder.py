"""The geopy Geocoder over the real artifact."""

from __future__ import annotations

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.gazetteer import Gazetteer, GazetteerGeocoder


@pytest.fixture(scope="module")
def geocoder() -> GazetteerGeocoder:
    return GazetteerGeocoder(Gazetteer.open())


def test_is_a_geopy_geocoder(geocoder: GazetteerGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


def test_geocode_warsaw(geocoder: GazetteerGeocoder) -> None:
    loc = geocoder.geocode("Warsaw")
    assert isinstance(loc, Location)
    assert loc.latitude == pytest.approx(52.23, abs=0.05)
    assert loc.longitude == pytest.approx(21.01, abs=0.05)
    assert loc.address.startswith("Warsaw") and loc.address.endswith("Poland")
    assert loc.raw["country_code"] == "PL"
    assert loc.raw["place_id"] == "756135"


def test_geocode_many_and_unknown(geocoder: GazetteerGeocoder) -> None:
    locs = geocoder.geocode("Paris", exactly_one=False, limit=3)
    assert isinstance(locs, list) and len(locs) == 3
    assert locs[0].raw["country_code"] == "FR"
    assert geocoder.geocode("Qwxzzy") is None


def test_reverse_forms(geocoder: GazetteerGeocoder) -> None:
    for query in ("52.2297, 21.0118", (52.2297, 21.0118), Point(52.2297, 21.0118)):
        loc = geocoder.reverse(query)
        assert isinstance(loc, Location)
        assert loc.raw["name"] == "Warsaw"
    assert isinstance(geocoder.reverse("52.2297, 21.0118", exactly_one=False), list)


def test_rate_limiter(geocoder: GazetteerGeocoder) -> None:
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert geocode("Kyiv").raw["place_id"] == "703448"
    reverse = RateLimiter(geocoder.reverse, min_delay_seconds=0)
    assert reverse("50.45, 30.52").raw["country_code"] == "UA"


def test_geopandas_geocode() -> None:
    from geopandas.tools import geocode, reverse_geocode

    gdf = geocode(["Warsaw", "Qwxzzy"], provider=GazetteerGeocoder)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.iloc[0].x == pytest.approx(21.01, abs=0.05)
    assert gdf.geometry.iloc[0].y == pytest.approx(52.23, abs=0.05)
    assert gdf.address.iloc[0].startswith("Warsaw")
    assert gdf.geometry.iloc[1].is_empty
    from shapely.geometry import Point as SPoint

    back = reverse_geocode([SPoint(21.0118, 52.2297)], provider=GazetteerGeocoder)
    assert back.address.iloc[0].startswith("Warsaw")


def test_geocode_reads_qualifiers() -> None:
    from geomap.gazetteer import GazetteerGeocoder

    geo = GazetteerGeocoder()
    tx = geo.geocode("Paris, Texas")
    assert tx is not None and tx.raw["country_code"] == "US" and tx.raw["admin1"] == "Texas"
    ma = geo.geocode("Springfield, MA")
    assert ma is not None and ma.raw["admin1"] == "Massachusetts"
    fr = geo.geocode("Paris, France")
    assert fr is not None and fr.raw["country_code"] == "FR"
    assert geo.geocode("Paris, Narnia") is None
