"""A place on the map only by names placed at an article's focus is drawn as such (user72b A1)."""

from __future__ import annotations

from map_fixtures import basemap_frame, places_frame

from geomap.mapping.assets import template_text
from geomap.mapping.focus_marks import ONLY_FOCUS, SOME_FOCUS, focus_level, focus_only
from geomap.mapping.legend import Legend
from geomap.mapping.payload import build_payload

FOCUS = {"mention": "Vostra Shoal", "context_names": ["Vostra Shoal"], "confidence": 0.76}
NAMED = {"mention": "Belvar", "context_names": ["Vostra Shoal"], "confidence": 0.9}


def test_a_place_of_focus_placements_only_is_flagged() -> None:
    assert focus_only([FOCUS, FOCUS])
    assert not focus_only([FOCUS, NAMED])  # named once: a place of the articles
    assert not focus_only([{"mention": "Belvar", "context_names": []}])
    assert not focus_only([])
    assert focus_level([FOCUS, NAMED]) == SOME_FOCUS  # Belvar named, a shoal placed there too
    assert focus_level([FOCUS]) == ONLY_FOCUS
    assert focus_level([{"mention": "Belvar", "context_names": []}]) == 0


def test_the_payload_and_legend_mark_focus_placements() -> None:
    places = places_frame()
    first = places.index[0]
    places.at[first, "claims"] = [
        {**c, "mention": "Vostra Shoal", "context_names": ["Vostra Shoal"]}
        for c in places.at[first, "claims"]
    ]
    second = places.index[1]
    places.at[second, "claims"] = [
        {**c, "context_names": ["Vostra Shoal"]} for c in places.at[second, "claims"]
    ]
    payload = build_payload(places, None, basemap=basemap_frame())
    flagged = {p["id"]: p["fo"] for p in payload["places"] if p["fo"]}
    assert flagged == {
        str(places.at[first, "place_id"]): ONLY_FOCUS,
        str(places.at[second, "place_id"]): SOME_FOCUS,
    }
    shown, plain = Legend(payload["groups"], 3, focus=True), Legend(payload["groups"], 3)
    row = "placed at their article's focus"
    assert row in str(shown._template.module.html(shown, {}))
    assert row not in str(plain._template.module.html(plain, {}))
    assert "geomap-focus-mark" in template_text("markers.js")
