"""Names the gazetteer lacks go to the city that qualifies them before the article's focus."""

from __future__ import annotations

import re
from dataclasses import replace

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
    out = GAZ.resolve_named(text, names)
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


UNITS = TinyGazetteer(
    "geomap.test_focus_unit_gazetteer.v1",
    [
        replace(
            place("1", "Cambridge", "city", "US", 100_000, lon=-71.1, lat=42.4), admin1_code="MA"
        ),
        replace(
            place("2", "Arizona", "admin1", "US", 7_000_000, lon=-111.5, lat=34.5), admin1_code="AZ"
        ),
        place("3", "Russia", "country", "RU", 140_000_000, lon=100.0, lat=60.0),
        place("4", "Phoenix", "city", "US", 1_600_000, lon=-112.1, lat=33.4),
    ],
)


def _units(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    gp = Geoparser(Settings(), nlp=UNITS.nlp([]))
    spans = sorted(
        (m.start(), m.end()) for name in set(names) for m in re.finditer(re.escape(name), text)
    )
    out = gp.resolve_spans("t", text, spans)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_name_naming_a_unit_the_focus_lies_outside_goes_to_the_unit() -> None:
    text = "Cambridge voted. She studied at Arizona State University. Cambridge again."
    out = _units(text, ["Cambridge", "Arizona State University"])
    assert out["Arizona State University"] == ("2", "name")


def test_a_unit_named_by_a_demonym_leaves_it_at_the_focus() -> None:
    text = "Cambridge voted. Protest at the Russian Embassy. Cambridge again."
    out = _units(text, ["Cambridge", "Russian Embassy"])
    assert out["Russian Embassy"] == ("1", "focus")


def test_a_square_named_after_a_unit_stays_at_the_focus() -> None:
    text = "Cambridge voted. She walked across Arizona Square. Cambridge again."
    out = _units(text, ["Cambridge", "Arizona Square"])
    assert out["Arizona Square"] == ("1", "focus")


def test_the_university_of_a_unit_goes_to_the_unit() -> None:
    text = "Cambridge voted. She studied at the University of Arizona. Cambridge again."
    out = _units(text, ["Cambridge", "University of Arizona"])
    assert out["University of Arizona"] == ("2", "name")


SHIRES = TinyGazetteer(
    "geomap.test_focus_admin1_gazetteer.v1",
    [
        replace(place("1", "Austin", "city", "US", 900_000, lon=-97.7, lat=30.3), admin1_code="TX"),
        replace(
            place("2", "Qwertyshire", "admin1", "ZZ", 500_000, lon=6.1, lat=46.2), admin1_code="QS"
        ),
        replace(place("3", "Zedtown", "city", "ZZ", 50_000, lon=6.5, lat=46.4), admin1_code="QS"),
    ],
)


def _shires(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    gp = Geoparser(Settings(), nlp=SHIRES.nlp([]))
    spans = sorted(
        (m.start(), m.end()) for name in set(names) for m in re.finditer(re.escape(name), text)
    )
    out = gp.resolve_spans("t", text, spans)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_building_in_an_admin1_unit_away_from_the_focus_goes_to_the_unit() -> None:
    text = "Austin voted. Austin again. The Qwertyhall in Qwertyshire opened."
    out = _shires(text, ["Austin", "Qwertyhall", "Qwertyshire"])
    assert out["Qwertyhall"] == ("2", "focus")
    text = "Zedtown voted. Zedtown again. The Qwertyhall in Qwertyshire opened."
    out = _shires(text, ["Zedtown", "Qwertyhall", "Qwertyshire"])
    assert out["Qwertyhall"] == ("3", "focus")  # the focus city lies in the unit


def test_an_addresss_numbers_do_not_part_a_street_from_its_city() -> None:
    text = "Austin voted. Austin again. Qwertystrasse 105, 10625 Dallas; open daily."
    out = _placed(text, ["Austin", "Qwertystrasse", "Dallas"])
    assert out["Qwertystrasse"] == ("20", "focus")  # Dallas, not the article's focus Austin


def test_a_name_of_a_city_the_gazetteer_lacks_goes_to_that_city() -> None:
    # "the Bay of Sevastopol" in a story from Kyiv: at Sevastopol, not the focus
    text = "Austin voted. Austin again. A ship sank in the Bay of Dallas."
    assert _placed(text, ["Austin", "Bay of Dallas"])["Bay of Dallas"] == ("20", "focus")
    text = "Austin voted. Austin again. Dallas mourned: a ship sank in the Bay of Dallas."
    assert _placed(text, ["Austin", "Dallas", "Bay of Dallas"])["Bay of Dallas"] == (
        "20",
        "focus",
    )
