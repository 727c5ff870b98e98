"""Names the gazetteer lacks go to the city that qualifies them before the article's focus."""

from __future__ import annotations

import re

from geomap.geoparser import Geoparser
from geomap.settings import Settings
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_local_gazetteer.v1",
    [
        place("10", "Austin", "city", "US", 900_000, lon=-97.7, lat=30.3),
        place("20", "Dallas", "city", "US", 1_300_000, lon=-96.8, lat=32.8),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    gp = Geoparser(Settings(), nlp=GAZ.nlp([]))
    spans = sorted(
        (m.start(), m.end()) for name in set(names) for m in re.finditer(re.escape(name), text)
    )
    out = gp.resolve_spans("t", text, spans)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_building_goes_to_the_city_named_in_its_sentence() -> None:
    text = "Austin voted. Austin again. The Qwertyhall in Dallas opened."
    out = _placed(text, ["Austin", "Austin", "Qwertyhall", "Dallas"])
    assert out["Qwertyhall"] == ("20", "focus")  # Dallas, not the article's focus Austin


def test_the_nearest_city_of_the_sentence_wins() -> None:
    text = "Austin voted. Austin again. From Austin to the Qwertyhall of Dallas."
    out = _placed(text, ["Austin", "Qwertyhall", "Dallas"])
    assert out["Qwertyhall"] == ("20", "focus")


def test_a_city_before_it_with_a_possessive() -> None:
    text = "Austin voted. Austin again. Dallas's Qwertyhall opened."
    out = _placed(text, ["Austin", "Dallas", "Qwertyhall"])
    assert out["Qwertyhall"] == ("20", "focus")


def test_a_city_merely_in_its_sentence_leaves_it_at_the_articles_focus() -> None:
    text = "Austin voted. Austin again. Dallas is calm and the Qwertyhall opened."
    out = _placed(text, ["Austin", "Dallas", "Qwertyhall"])
    assert out["Qwertyhall"] == ("10", "focus")
