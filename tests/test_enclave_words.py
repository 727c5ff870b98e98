"""A name after a word for an enclave or exclave is the admin unit, as after "région" (A9)."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_words import ADMIN_WORDS, TERRITORY_WORDS, admin_city
from geomap.nlp import local, resolver  # noqa: F401  (register factories)
from geomap.records import Place
from tests.local_recognise import local_pipeline, placed

PLACES = [
    Place("city", "Kaliningrad", "city", "RU", "23", 475_000, 20.51, 54.71, "t", "PPLA", "23"),
    Place(
        "obl", "Kaliningrad Oblast", "admin1", "RU", "23", 812_000, 21.39, 54.72, "t", "ADM1", "23"
    ),
]


@cache
def _gazetteer() -> Gazetteer:
    names = [(lang, "Kaliningrad", pid) for lang in ("fr", "de") for pid in ("city", "obl")]
    return Gazetteer.from_places(PLACES, local_names=names)


@cache
def _nlp(lang: str) -> Language:
    return local_pipeline(lang, f"geomap.test_enclave_words_{lang}.v1", _gazetteer)


def test_the_words_are_admin_words_in_every_language() -> None:
    for lang, words in TERRITORY_WORDS.items():
        assert words <= ADMIN_WORDS[lang], lang
    assert admin_city("enclave de Kaliningrad", "fr") == "Kaliningrad"
    assert admin_city("Exklave Kaliningrad", "de") == "Kaliningrad"


def test_an_enclave_is_the_unit_and_the_town_stays_the_town() -> None:
    fr = placed(
        _nlp("fr"), "L’enclave de Kaliningrad est isolée . Le port de Kaliningrad est ouvert ."
    )
    assert fr == [("enclave de Kaliningrad", "obl"), ("Kaliningrad", "city")]
    de = placed(
        _nlp("de"),
        "Die russische Exklave Kaliningrad liegt an der Ostsee . In Kaliningrad schneit es .",
    )
    assert de == [("Exklave Kaliningrad", "obl"), ("Kaliningrad", "city")]
