"""JSON outputs write C1 controls, DEL, line separators and bidi controls as escapes.

``cat report.json`` showed a file named with a right-to-left override spoofed, and a
C1 CSI in an article's text reached the terminal; the values read back are unchanged.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point

from geomap.frames import write_geojson
from geomap.io.base import dump, dump_indented

HOSTILE = "bidi\u202etxt.exe \x9b31m \x7f \u2028 \u2066x\u2069 Kyiv"
UNSHOWN = ["\u202e", "\x9b", "\x7f", "\u2028", "\u2066", "\u2069"]


def test_compact_json_escapes_them_and_reads_back_the_same() -> None:
    text = dump({"source": HOSTILE, "n": 1})
    assert not any(c in text for c in UNSHOWN)
    assert "\\u202e" in text and "\\u009b" in text
    assert json.loads(text) == {"source": HOSTILE, "n": 1}
    assert "Kyiv" in text  # other text stays as written (no ASCII escapes)


def test_indented_json_streamed_escapes_them_too() -> None:
    fh = io.StringIO()
    dump_indented(fh, {"name": HOSTILE, "inputs": []}, "inputs", [{"source": HOSTILE}])
    text = fh.getvalue()
    assert not any(c in text for c in UNSHOWN)
    assert json.loads(text) == {"name": HOSTILE, "inputs": [{"source": HOSTILE}]}


def test_a_geojson_frame_escapes_them(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame({"name": [HOSTILE]}, geometry=[Point(30.5, 50.45)], crs="EPSG:4326")
    path = write_geojson(frame, tmp_path / "places.geojson")
    text = path.read_text(encoding="utf-8")
    assert not any(c in text for c in UNSHOWN)
    assert json.loads(text)["features"][0]["properties"]["name"] == HOSTILE
