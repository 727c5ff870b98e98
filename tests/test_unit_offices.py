"""A French word for an admin unit or its office names the unit ("la préfecture du Rhône")."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from geomap.gazetteer import Gazetteer
from geomap.nlp import local, resolver  # noqa: F401  (register factories)
from geomap.records import Place
from tests.local_recognise import local_pipeline, placed, recognise

PLACES = [
    Place("dep69", "Rhône", "admin2", "FR", None, 2_166_000, 4.68, 45.83, "t", "ADM2"),
    Place("river", "Rhône", "water", None, None, 0, 4.61, 43.68, "t", "river"),
    Place("dep38", "Isère", "admin2", "FR", None, 1_101_000, 5.43, 45.39, "t", "ADM2"),
    Place("bourges", "Bourges", "city", "FR", None, 68_000, 2.40, 47.08, "t", "PPLA2"),
]


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(PLACES)


@cache
def _nlp() -> Language:
    return local_pipeline("fr", "geomap.test_unit_offices_gazetteer.v1", _gazetteer)


def _placed(text: str) -> list[tuple[str, str | None]]:
    return placed(_nlp(), text)


def test_a_unit_word_before_the_name_says_the_departement_not_the_river() -> None:
    assert _placed("Des tracteurs bloquent la route, a indiqué la préfecture du Rhône .") == [
        ("Rhône", "dep69")
    ]
    assert _placed("Le préfet du Rhône a signé un arrêté .") == [("Rhône", "dep69")]
    # after its article alone, a name French gives no town is the river
    assert _placed("Les barges descendent le Rhône vers la mer .") == [("Rhône", "river")]


def test_a_unit_word_admits_a_departement_the_model_missed() -> None:
    text = "La préfecture de l’Isère a ouvert un centre ."
    assert recognise(_gazetteer(), "fr", text) == ["Isère"]
    assert recognise(_gazetteer(), "fr", "Le conseil départemental de l'Isère a voté .") == [
        "Isère"
    ]
    assert recognise(_gazetteer(), "fr", "La neige tombe sur l’Isère .") == []


def test_a_prefecture_named_by_its_town_stays_the_town() -> None:
    assert _placed("La préfecture de Bourges a ouvert un centre .") == [("Bourges", "bourges")]
