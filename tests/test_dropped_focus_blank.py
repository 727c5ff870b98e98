"""A name the gazetteer has, placed at the focus over a big town abroad (user70b A1).

A tiny gazetteer and spacy.blank("en"): "Hodvo" is only another name of a big city of
another country, far from the story's towns; the resolver drops it as a stray and
places it at the article's focus, below the map's line, and the reason names the
gazetteer's place instead of saying the gazetteer lacks the name.
"""

from __future__ import annotations

from geomap.nlp.abroad import FAR_FOCUS_CONFIDENCE
from tests.blank_geoparse import TinyGazetteer, place

TYRE = place("1", "Sur", "city", "LB", 130_000, lon=35.2, lat=33.27)
BEIRUT = place("2", "Beirut", "city", "LB", 1_900_000, "PPLC", lon=35.5, lat=33.89)
PORT = place("3", "Al Hudvo", "city", "YE", 735_000, lon=42.95, lat=14.8)
GAZ = TinyGazetteer(
    "geomap.test_dropped_focus_gazetteer.v1",
    [TYRE, BEIRUT, PORT],
    other_names=(("Hodvo", "3", "alternate"),),
)


def test_the_focus_placement_is_below_the_line_and_says_what_the_gazetteer_has() -> None:
    text = "Shelling hit Sur and Beirut. Officials in Sur said the attack on Hodvo was condemned."
    (hodvo,) = [m for m in GAZ.resolve_named(text, ["Sur", "Beirut", "Hodvo"]) if m.text == "Hodvo"]
    assert hodvo.located_by == "focus" and hodvo.place is not None
    assert hodvo.place.country_code == "LB"
    assert hodvo.confidence <= FAR_FOCUS_CONFIDENCE
    assert "lacks" not in hodvo.reason
    assert hodvo.reason.startswith("the gazetteer's Hodvo is Al Hudvo (called Hodvo, YE)")
