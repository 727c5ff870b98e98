"""A resolved river is placed on the stretch of its line nearest the places named with it."""

from __future__ import annotations

import spacy
from shapely.geometry import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry
from spacy.tokens import Span

from geomap.nlp.river_points import RIVER_NEAR_KM, river_points
from geomap.records import Place
from tests.blank_geoparse import place

#: A river running north from (40, 30) to (40, 40), labelled at its southern end.
LINE = MultiLineString([LineString([(40.0, 30.0), (40.0, 40.0)])])
RIVER = place("ne:river:r", "Rio", "water", "", 0, "river", lon=40.0, lat=30.0)
TOWN = place("1", "Upton", "city", "SY", 50_000, "PPL", lon=40.2, lat=38.0)
FAR_TOWN = place("2", "Farton", "city", "SY", 50_000, "PPL", lon=30.0, lat=38.0)
COUNTRY = place("3", "Land", "country", "SY", 9_000_000, "PCLI", lon=41.0, lat=34.0)


def _shape(pid: str) -> BaseGeometry | None:
    return LINE if pid == RIVER.place_id else None


def _groups(text: str, names: dict[str, str]) -> dict[str, list[Span]]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    out: dict[str, list[Span]] = {}
    for key, word in names.items():
        i = next(t.i for t in doc if t.text == word)
        out[key] = [doc[i : i + 1]]
    return out


def _moved(picks: dict[str, tuple[Place, float]], text: str) -> Place:
    names = {"rio": "Rio", "upton": "Upton", "farton": "Farton", "land": "Land"}
    groups = _groups(text, {k: v for k, v in names.items() if k in picks})
    return river_points(picks, groups, _shape)["rio"][0]


def test_river_moves_to_the_stretch_by_a_town_of_its_sentence() -> None:
    picks = {"rio": (RIVER, 0.9), "upton": (TOWN, 0.9)}
    moved = _moved(picks, "Boats on the Rio near Upton.")
    assert (moved.place_id, moved.lon, moved.lat) == (RIVER.place_id, 40.0, 38.0)


def test_river_uses_the_article_towns_when_its_sentence_names_none() -> None:
    picks = {"rio": (RIVER, 0.9), "upton": (TOWN, 0.9)}
    moved = _moved(picks, "Fighting in Upton. Boats crossed the Rio.")
    assert (moved.lon, moved.lat) == (40.0, 38.0)


def test_a_country_does_not_place_a_river() -> None:
    picks = {"rio": (RIVER, 0.9), "land": (COUNTRY, 0.9)}
    assert _moved(picks, "Boats on the Rio in Land.") == RIVER


def test_a_river_far_from_every_town_keeps_its_point() -> None:
    assert RIVER_NEAR_KM < 800  # Farton lies some 880 km west of the line
    picks = {"rio": (RIVER, 0.9), "farton": (FAR_TOWN, 0.9)}
    assert _moved(picks, "Boats on the Rio near Farton.") == RIVER


def test_without_shapes_nothing_moves() -> None:
    picks = {"rio": (RIVER, 0.9), "upton": (TOWN, 0.9)}
    groups = _groups("Boats on the Rio near Upton.", {"rio": "Rio", "upton": "Upton"})
    assert river_points(picks, groups, None) == picks


def test_a_river_far_from_every_town_of_the_article_is_dropped() -> None:
    # another river of that name: the article's towns lie thousands of km from its line
    west = place("4", "Westby", "city", "SY", 50_000, "PPL", lon=10.0, lat=38.0)
    east = place("5", "Eastby", "city", "SY", 50_000, "PPL", lon=15.0, lat=38.0)
    picks = {"rio": (RIVER, 0.9), "eastby": (east, 0.9), "westby": (west, 0.9)}
    groups = _groups(
        "Boats on the Rio . Fighting in Eastby and Westby .",
        {"rio": "Rio", "eastby": "Eastby", "westby": "Westby"},
    )
    assert "rio" not in river_points(picks, groups, _shape)
    # with a single other place the article is too thin to judge
    picks = {"rio": (RIVER, 0.9), "westby": (west, 0.9)}
    groups = _groups("Boats on the Rio near Westby .", {"rio": "Rio", "westby": "Westby"})
    assert river_points(picks, groups, _shape)["rio"][0] == RIVER


def test_a_river_far_from_a_town_and_a_country_of_the_article_is_dropped() -> None:
    """A dateline's town and its country say where the article is (user73b A3)."""
    west = place("4", "Westby", "city", "SY", 50_000, "PPL", lon=10.0, lat=38.0)
    far_land = place("6", "Farland", "country", "FL", 9_000_000, "PCLI", lon=-60.0, lat=-10.0)
    picks = {"rio": (RIVER, 0.9), "westby": (west, 0.9), "land": (far_land, 0.9)}
    names = {"rio": "Rio", "westby": "Westby", "land": "Farland"}
    groups = _groups("Westby - Boats on the Rio . Farland said .", names)
    assert "rio" not in river_points(picks, groups, _shape)
    # a country whose point lies within reach of the line keeps the river
    near = {**picks, "land": (COUNTRY, 0.9)}
    groups = _groups("Westby - Boats on the Rio . Land said .", {**names, "land": "Land"})
    assert river_points(near, groups, _shape)["rio"][0] == RIVER
    # but not against two towns far from it: the towns say where the article is
    east = place("5", "Eastby", "city", "SY", 50_000, "PPL", lon=15.0, lat=38.0)
    towns = {**near, "eastby": (east, 0.9)}
    text = "Westby - Boats on the Rio . Land said . Eastby too ."
    groups = _groups(text, {**names, "land": "Land", "eastby": "Eastby"})
    assert "rio" not in river_points(towns, groups, _shape)


def test_a_canal_far_from_every_town_of_the_article_is_kept() -> None:
    # a shipping route named from afar: "freight from Eastby to Westby through the Rio Canal"
    canal = place("ne:river:c", "Rio Canal", "water", "", 0, "river", lon=40.0, lat=30.0)
    west = place("4", "Westby", "city", "SY", 50_000, "PPL", lon=10.0, lat=38.0)
    east = place("5", "Eastby", "city", "SY", 50_000, "PPL", lon=15.0, lat=38.0)
    picks = {"rio": (canal, 0.9), "eastby": (east, 0.9), "westby": (west, 0.9)}
    groups = _groups(
        "Ships pass the Rio . Freight from Eastby to Westby .",
        {"rio": "Rio", "eastby": "Eastby", "westby": "Westby"},
    )
    assert (
        river_points(picks, groups, lambda pid: LINE if pid == canal.place_id else None)["rio"][0]
        == canal
    )


#: A curated stream kept as a point only (no line), labelled mid-course.
STREAM = place("curated:river-s", "Stream", "water", "", 0, "STM", lon=20.0, lat=47.0)
NEAR_TOWN = place("4", "Neartown", "city", "UA", 80_000, "PPL", lon=22.7, lat=48.4)
OTHER_TOWN = place("5", "Othertown", "city", "UA", 30_000, "PPL", lon=24.2, lat=48.1)
DISTANT_TOWN = place("6", "Distant", "city", "RU", 500_000, "PPL", lon=37.6, lat=55.7)


def _stream(picks: dict[str, tuple[Place, float]], text: str) -> Place:
    names = {"s": "Stream", "near": "Neartown", "other": "Othertown", "far": "Distant"}
    groups = _groups(text, {k: v for k, v in names.items() if k in picks})
    return river_points(picks, groups, _shape)["s"][0]


def test_a_shapeless_stream_goes_to_the_nearest_town_of_its_sentence() -> None:
    picks = {"s": (STREAM, 0.9), "near": (NEAR_TOWN, 0.9), "other": (OTHER_TOWN, 0.9)}
    moved = _stream(picks, "The Stream rose near Othertown and Neartown.")
    assert (moved.place_id, moved.lon, moved.lat) == (STREAM.place_id, 22.7, 48.4)


def test_a_shapeless_stream_keeps_its_point_without_a_near_town_in_its_sentence() -> None:
    picks = {"s": (STREAM, 0.9), "near": (NEAR_TOWN, 0.9), "far": (DISTANT_TOWN, 0.9)}
    # Neartown is in another sentence; Distant lies beyond SHAPELESS_KM of the point
    assert _stream(picks, "Rain in Neartown. The Stream rose as Distant watched.") == STREAM


def test_a_shapeless_stream_ignores_a_town_far_off_in_its_sentence() -> None:
    picks = {"s": (STREAM, 0.9), "near": (NEAR_TOWN, 0.9)}
    # "Der Wetterdienst in Offenbach warnte vor Dauerregen an der Leine": the office's town
    text = "Officials in Neartown warned of more heavy rain on the Stream ."
    assert _stream(picks, text) == STREAM
