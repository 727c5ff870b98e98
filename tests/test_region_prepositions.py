"""Ukrainian "на" with a name in the locative is the region's ("на Запоріжжі": the oblast)."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from geomap.gazetteer import Gazetteer
from geomap.nlp import local, resolver  # noqa: F401  (register factories)
from geomap.records import Place
from tests.local_recognise import local_pipeline, placed

PLACES = [
    Place("zcity", "Zaporizhzhia", "city", "UA", None, 710_000, 35.12, 47.85, "t", "PPLA"),
    Place("zobl", "Zaporizhzhia", "admin1", "UA", None, 1_358_000, 35.58, 47.30, "t", "ADM1"),
]


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        PLACES, local_names=[("uk", "Запоріжжя", "zcity"), ("uk", "Запоріжжя", "zobl")]
    )


@cache
def _nlp() -> Language:
    return local_pipeline("uk", "geomap.test_region_prepositions_gazetteer.v1", _gazetteer)


def _placed(text: str) -> list[tuple[str, str | None]]:
    return placed(_nlp(), text)


def test_na_with_a_locative_is_the_region_and_grouped_apart_from_the_city() -> None:
    assert _placed("На Запоріжжі окупанти обстріляли села .") == [("Запоріжжі", "zobl")]
    assert _placed("У Запоріжжі пролунали вибухи .") == [("Запоріжжі", "zcity")]
    # "на" with the name as written is a direction, the city
    text = "На Запоріжжі обстріли . Наступ на Запоріжжя триває . У Запоріжжі тихо ."
    assert _placed(text) == [
        ("Запоріжжі", "zobl"),
        ("Запоріжжя", "zcity"),
        ("Запоріжжі", "zcity"),
    ]
