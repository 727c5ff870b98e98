"""Map HTML without a browser: offline, escaped, complete, small."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pytest
from map_fixtures import (
    ART_A,
    ART_B,
    HOSTILE_ID,
    PAYLOAD_IMG,
    PAYLOAD_SCRIPT,
    basemap_frame,
    comparison,
    mentions_frame,
    places_frame,
    shape_of,
)
from shapely.geometry import MultiLineString, Point

from geomap.mapping import build_map, write_map
from geomap.mapping.offline import script_json
from geomap.mapping.payload import build_payload
from geomap.mapping.popup import group_claims, highlight

TITLE = 'Seed <script>alert("t")</script> & map'


@pytest.fixture(scope="module")
def html_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("map") / "map.html"
    write_map(
        places_frame(),
        mentions_frame(),
        out,
        basemap=basemap_frame(),
        shape_of=shape_of,
        title=TITLE,
        comparison=comparison(),
    )
    return out.read_text(encoding="utf-8")


def _payload(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)
    assert m, "data blob missing"
    return json.loads(m.group(1))


def test_no_network_references_when_offline(html_text: str) -> None:
    assert not re.search(r"<script[^>]+src=", html_text, re.I)
    assert not re.search(r"<link[^>]+href=", html_text, re.I)
    cdns = (
        "cdn.jsdelivr",
        "cdnjs",
        "code.jquery",
        "bootstrapcdn",
        "unpkg",
        "tile.openstreetmap",
        "basemaps.cartocdn",
        "fontawesome",
        "bootstrap.min",
        "jquery",
    )
    for cdn in cdns:
        assert cdn not in html_text.lower()
    # url(...) in CSS only as data: URIs (or Leaflet's VML behaviour hack)
    for url in re.findall(r"url\(([^)]*)\)", html_text):
        assert url.strip("\"'").startswith(("data:", "#default#VML")), url


def test_leaflet_and_runtime_inlined(html_text: str) -> None:
    assert "Leaflet 1.9.4" in html_text or '"1.9.4"' in html_text
    assert "GeomapApp" in html_text
    assert "sourceMappingURL" not in html_text


def test_hostile_text_is_escaped(html_text: str) -> None:
    # the only raw </script> and <img are the page's own; the payload never appears raw
    assert PAYLOAD_SCRIPT not in html_text
    assert PAYLOAD_IMG not in html_text
    assert "<img" not in html_text.lower()
    title = re.search(r"<title>(.*?)</title>", html_text, re.S)
    assert title and "<script>" not in title.group(1)
    assert "&lt;script&gt;" in title.group(1)
    # every <script> element's text must be either inlined code or escaped JSON
    payload = _payload(html_text)
    assert HOSTILE_ID in payload["articles"]


def test_hostile_id_escaped_in_layer_control(html_text: str) -> None:
    # Leaflet renders layer names with innerHTML: they must arrive entity-escaped
    # (and then JSON-escaped by folium's tojson)
    escaped = "evil\\u0026quot;\\u0026gt;\\u0026lt;img src=x onerror="
    assert escaped in html_text


def test_script_json_escapes_breakouts() -> None:
    text = script_json({"s": "</script><script>x()</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["s"].startswith("</script>")


def test_payload_content(html_text: str) -> None:
    payload = _payload(html_text)
    assert payload["articles"][:2] == [ART_A, ART_B]
    poland = next(p for p in payload["places"] if p["id"] == "798544")
    # one colour group per article (no outlets given): Poland is in all three
    assert payload["groups"]["by"] == "article" and poland["groups"] == [0, 1, 2]
    assert poland["ll"] == [52.1, 19.4]  # (lat, lon) for Leaflet
    assert {g["article"] for g in poland["claims"]} == {0, 1, 2}
    item = poland["claims"][0]["items"][0]
    sentence, marks = item["sentence"], item["marks"]
    assert sentence[marks[0][0] : marks[0][1]] == "Poland"
    assert item["speaker"] == "the expert" and item["note"] == ""
    # the sources view: each speaker once, with the places it talks about
    expert = next(s for s in payload["sources"] if s["name"] == "the expert")
    assert payload["places"].index(poland) in expert["places"]
    assert expert["n"] == sum(
        c.get("speaker") == "the expert" for p in places_frame()["claims"] for c in p
    )
    assert len({s["name"].casefold() for s in payload["sources"]}) == len(payload["sources"])
    assert 0 <= item["confidence"] <= 1 and poland["conf"] == max(
        i["confidence"] for g in poland["claims"] for i in g["items"]
    )
    assert poland["cmp"]["pairs"][0]["sim"] == 0.71
    assert poland["cmp"]["pairs"][0]["why"] == ["NATO", "Moscow"]  # the names both use
    baltic = next(p for p in payload["places"] if p["id"] == "curated:baltic-states")
    member_shapes = [s for s in payload["shapes"] if s["p"] == payload["places"].index(baltic)]
    assert sorted(s["iso"] for s in member_shapes) == ["EE", "LT", "LV"]
    assert all(s["kind"] == "member" for s in member_shapes)
    assert any(s["kind"] == "country" for s in payload["shapes"])
    assert len(payload["basemap"]) == len(basemap_frame())


def test_legend_panel_title_present(html_text: str) -> None:
    assert 'class="geomap-legend' in html_text
    assert "several articles" in html_text and "low confidence" in html_text
    assert 'id="geomap-panel"' in html_text and 'id="geomap-search"' in html_text
    escaped_title = "Seed &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; map"
    assert f'<h1 class="geomap-title">{escaped_title}</h1>' in html_text
    assert f"<title>{escaped_title}</title>" in html_text


def test_legend_explains_ring_badge_and_clusters_in_the_page_colours() -> None:
    from geomap.mapping.assets import template_text
    from geomap.mapping.legend import Legend
    from geomap.mapping.style import CLUSTER_COLOR, GROUP_COLORS

    groups = {
        "by": "outlet",
        "items": [
            {"name": "Reuters", "color": GROUP_COLORS[0], "articles": 2},
            {"name": "TASS <b>", "color": GROUP_COLORS[1], "articles": 1},
        ],
    }
    legend = Legend(groups, 3, cluster=True)
    # the ring sample uses the outlets' own colours, one arc each
    assert legend.ring.count('class="geomap-legend-arc"') == 2
    assert GROUP_COLORS[0] in legend.ring and GROUP_COLORS[1] in legend.ring
    assert legend.badge and CLUSTER_COLOR in legend.cluster
    assert legend.categories[1][1] == "TASS &lt;b&gt;"
    # the page draws clusters in the legend's colour
    assert CLUSTER_COLOR in template_text("markers.js")
    # one article: nothing is ever ringed or counted, the legend says neither
    single = Legend({"by": "article", "items": [groups["items"][0] | {"articles": 1}]}, 1)
    assert single.ring == "" and not single.badge and single.cluster == ""


def test_size_under_3mb(html_text: str) -> None:
    assert len(html_text.encode("utf-8")) < 3_000_000


def test_tiles_are_optional_layers() -> None:
    fmap = build_map(places_frame(), mentions_frame(), basemap=basemap_frame(), tiles="osm,cartodb")
    html = fmap.get_root().render()
    assert "tile.openstreetmap.org" in html and "cartocdn" in html
    assert "OpenStreetMap (online)" in html
    with pytest.raises(ValueError, match="unknown tiles"):
        build_map(places_frame(), mentions_frame(), basemap=None, tiles="google")


def test_defaults_without_options(tmp_path: Path) -> None:
    out = write_map(places_frame(), None, tmp_path / "sub" / "map.html")
    html = out.read_text(encoding="utf-8")
    assert "<title>geomap</title>" in html
    payload = _payload(html)
    assert payload["basemap"] == []
    assert payload["cluster"] is False


def test_clustering_when_many_markers() -> None:
    rows = [
        {
            "place_id": str(i),
            "name": f"P{i}",
            "feature_type": "city",
            "country_code": "PL",
            "mention_count": 1,
            "articles": ["a"],
            "claims": [],
            "members": [],
            "geometry": Point(14 + i * 0.01, 50),
        }
        for i in range(200)
    ]
    places = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    payload = build_payload(places, None, basemap=None)
    assert payload["cluster"] is True
    html = build_map(places, None, basemap=None).get_root().render()
    assert "MarkerClusterGroup" in html


def test_helpers() -> None:
    claim = {"start": 10, "mention_start": 14, "mention_end": 20}
    assert highlight("The Poland case", claim, "Poland") == [4, 10]
    # offsets that do not fit fall back to a name search
    assert highlight(
        "In Poland.", {"start": 0, "mention_start": 90, "mention_end": 96}, "Poland"
    ) == [3, 9]


def test_list_columns_as_json_text() -> None:
    places = places_frame()
    places["articles"] = places["articles"].map(json.dumps)
    places["claims"] = places["claims"].map(json.dumps)
    places["members"] = places["members"].map(json.dumps)
    payload = build_payload(places, mentions_frame(), basemap=basemap_frame())
    poland = next(p for p in payload["places"] if p["id"] == "798544")
    assert len(poland["claims"]) == 3


def test_many_articles_leave_the_layer_control_to_the_panel() -> None:
    rows = [
        {
            "place_id": "1",
            "name": "Gdansk",
            "feature_type": "city",
            "country_code": "PL",
            "mention_count": 50,
            "articles": [f"art{i:02d}" for i in range(50)],
            "claims": [],
            "members": [],
            "geometry": Point(18.6, 54.4),
        }
    ]
    places = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    html = build_map(places, None, basemap=None).get_root().render()
    assert "art07" in _payload(html)["articles"]
    assert '\\"geomap-layer-article\\"' not in html  # not listed in Leaflet's control
    assert 'id="geomap-article-filter"' in html


def test_claims_of_names_placed_by_the_articles_focus_carry_a_note() -> None:
    sentence = "Water mains burst on Royal Street."
    claim = {"article": "a", "sentence": sentence, "start": 100, "speaker": None}
    by_focus = {
        **claim,
        "mention_start": 121,
        "mention_end": 133,
        "context_names": ["Royal Street"],
    }
    ((item,),) = (g["items"] for g in group_claims([by_focus], "New Orleans", {"a": 0}))
    assert item["sentence"][item["marks"][0][0] : item["marks"][0][1]] == "Royal Street"
    assert item["note"] == "placed here as the article's main locality: Royal Street"
    ((plain,),) = (g["items"] for g in group_claims([claim], "Water", {"a": 0}))
    assert plain["note"] == ""


def _river_places() -> gpd.GeoDataFrame:
    row = {
        "place_id": "ne:river:zed",
        "name": "Zed <b>River</b>",
        "feature_type": "water",
        "feature_code": "river",
        "country_code": None,
        "mention_count": 2,
        "articles": ["a"],
        "claims": [],
        "members": [],
        "geometry": Point(20.0, 50.0),
    }
    return gpd.GeoDataFrame([row], geometry="geometry", crs=4326)


RIVER_LINE = MultiLineString([[(18.0, 49.0), (20.0, 50.0)], [(20.0, 50.0), (23.0, 50.5)]])


def test_a_river_is_drawn_as_its_line() -> None:
    def river_shape(pid: str) -> MultiLineString | None:
        return RIVER_LINE if pid == "ne:river:zed" else None

    payload = build_payload(_river_places(), None, basemap=None, shape_of=river_shape)
    (shape,) = payload["shapes"]
    assert shape["kind"] == "line" and shape["geom"]["type"] == "MultiLineString"
    assert list(shape["geom"]["coordinates"][0][0]) == [18.0, 49.0]  # (lon, lat)
    (river,) = payload["places"]
    assert river["ll"] is None and river["at"] == [50.0, 20.0]  # a label, no marker
    assert payload["max_shade"] == 0  # a line is not shaded
    assert payload["style"]["river"].startswith("#")
    point_only = build_payload(_river_places(), None, basemap=None, shape_of=lambda pid: None)
    assert point_only["shapes"] == [] and point_only["places"][0]["ll"] == [50.0, 20.0]


def test_the_legend_names_river_lines_only_when_the_map_draws_one(tmp_path: Path) -> None:
    from geomap.mapping import write_map

    row = "river, drawn along its course"
    lined = write_map(
        _river_places(),
        None,
        tmp_path / "lined.html",
        basemap=None,
        shape_of=lambda pid: RIVER_LINE,
    )
    plain = write_map(
        _river_places(), None, tmp_path / "plain.html", basemap=None, shape_of=lambda pid: None
    )
    assert row in lined.read_text(encoding="utf-8")
    assert row not in plain.read_text(encoding="utf-8")


def _city_rows(points: list[tuple[float, float]]) -> gpd.GeoDataFrame:
    rows = [
        {
            "place_id": str(i),
            "name": f"P{i}",
            "feature_type": "city",
            "country_code": "PL",
            "mention_count": 1,
            "articles": ["a"],
            "claims": [],
            "members": [],
            "geometry": Point(lon, lat),
        }
        for i, (lon, lat) in enumerate(points)
    ]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


def test_fewer_markers_are_clustered_when_they_crowd_the_opening_view() -> None:
    # 139 places, most in Europe, under the 150-marker threshold: the world view opened
    # as one blot of overlapping circles over Europe
    europe = [(10 + (i % 10) * 2.5, 42 + (i // 10) * 2.0) for i in range(60)]
    world = [(-120.0, 40.0), (-60.0, -30.0), (140.0, 35.0), (25.0, -30.0)] * 3
    assert build_payload(_city_rows(europe + world), None, basemap=None)["cluster"] is True
    # with a few far places only, the view opens on Europe, where they stand clear
    few = build_payload(_city_rows(europe + world[:4]), None, basemap=None)
    assert few["cluster"] is False
    # as many markers spread over the world, each clear of the others: not clustered
    spread = [(-170 + (i % 10) * 36.0, -50 + (i // 10) * 18.0) for i in range(64)]
    assert build_payload(_city_rows(spread), None, basemap=None)["cluster"] is False
    # a few crowded markers keep their rings, badges and labels
    assert build_payload(_city_rows(europe[:20] + world), None, basemap=None)["cluster"] is False


def test_a_legend_of_one_mention_each_shows_one_shade_not_a_ramp_from_1_to_1() -> None:
    import folium

    from geomap.mapping.legend import Legend
    from geomap.mapping.style import GROUP_COLORS, SHADE_RAMP

    groups = {"by": "article", "items": [{"name": "a", "color": GROUP_COLORS[0], "articles": 1}]}

    def shown(max_shaded: int) -> str:
        fmap = folium.Map(tiles=None)
        Legend(groups, 1, max_shaded=max_shaded).add_to(fmap)
        return str(fmap.get_root().render())

    one = shown(1)
    assert "1 mention each" in one and 'class="geomap-ramp"' not in one
    assert f"background:{SHADE_RAMP[-1]}" in one  # the shade such shapes get
    many = shown(5)
    assert 'class="geomap-ramp"' in many and "1 mention each" not in many


def test_a_sea_is_outlined_not_shaded() -> None:
    from shapely.geometry import Polygon, box

    from geomap.mapping.place_shapes import UNSHADED, place_shapes

    def shape_of(pid: str) -> Polygon:
        return box(-60.0, 0.0, 0.0, 60.0)

    (sea,) = place_shapes(0, "ne:sea:x", "water", "", [], {}, shape_of)
    (land,) = place_shapes(1, "ne:landform:y", "landform", "", [], {}, shape_of)
    assert sea["kind"] == "outline" and sea["kind"] in UNSHADED
    assert land["kind"] == "area" and land["kind"] not in UNSHADED


def test_a_region_without_an_outline_is_counted_and_named_in_the_legend(tmp_path: Path) -> None:
    """Kursk Oblast was shaded and Zaporizhzhia oblast not, with no word why (user56)."""
    from shapely.geometry import box

    from geomap.mapping import write_map

    rows = gpd.GeoDataFrame(
        [
            {
                "place_id": pid,
                "name": name,
                "feature_type": "admin1",
                "country_code": cc,
                "mention_count": 1,
                "articles": ["a"],
                "claims": [],
                "members": [],
                "geometry": Point(lon, 50.0),
            }
            for pid, name, cc, lon in (
                ("1", "Kursk", "RU", 36.0),
                ("2", "Zaporizhzhia", "UA", 35.0),
            )
        ],
        geometry="geometry",
        crs=4326,
    )
    outline = {"1": box(35, 51, 37, 52)}
    payload = build_payload(rows, None, basemap=None, shape_of=outline.get)
    assert payload["unshaped_regions"] == 1
    page = write_map(rows, None, tmp_path / "m.html", basemap=None, shape_of=outline.get)
    assert "1 region(s) without an outline in the shipped data" in page.read_text(encoding="utf-8")
    shaped = write_map(rows.iloc[:1], None, tmp_path / "s.html", basemap=None, shape_of=outline.get)
    assert "without an outline" not in shaped.read_text(encoding="utf-8")
