"""A unit's adjective coordinated with another's shares its head noun ("между X и Y областями")."""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.nlp.shared_heads import shared_head
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 36.0, 53.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        _place("or", "Oryol Oblast", "admin1", "RU", 700_000, "ADM1"),
        _place("tu", "Tula Oblast", "admin1", "RU", 1_500_000, "ADM1"),
        _place("vo", "Volyn Oblast", "admin1", "UA", 1_000_000, "ADM1"),
        _place("ri", "Rivne Oblast", "admin1", "UA", 1_100_000, "ADM1"),
        _place("op", "Opole Voivodeship", "admin1", "PL", 950_000, "ADM1"),
        _place("sl", "Silesian Voivodeship", "admin1", "PL", 4_400_000, "ADM1"),
        _place("orv", "Orlovskoye", "city", "RU", 300, "PPL"),  # alternate "Орловской"
    ]
    local = [
        ("ru", "Орловская область", "or"),
        ("ru", "Тульская область", "tu"),
        ("uk", "Волинська область", "vo"),
        ("uk", "Рівненська область", "ri"),
        ("pl", "województwo opolskie", "op"),
        ("pl", "województwo śląskie", "sl"),
    ]
    return Gazetteer.from_places(
        places, local_names=local, other_names=(("Орловской", "orv", "alternate"),)
    )


def _placed(gz: Gazetteer, lang: str, text: str) -> dict[str, str | None]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    resolve = ToponymResolver(gz, resolver_weights(), rounds=2)
    doc = resolve(LocalToponymRecognizer(gz)(nlp(text)))
    return {s.text: s._.place.place_id if s._.place else None for s in doc.spans["toponyms"]}


def test_the_first_adjective_takes_the_head_after_the_last(tiny: Gazetteer) -> None:
    got = _placed(tiny, "ru", "Обстрелы на границе между Орловской и Тульской областями.")
    assert got == {"Орловской": "or", "Тульской областями": "tu"}
    got = _placed(tiny, "uk", "Навчання між Волинською та Рівненською областями.")
    assert got == {"Волинською": "vo", "Рівненською областями": "ri"}


def test_the_last_adjective_takes_the_head_before_the_first(tiny: Gazetteer) -> None:
    got = _placed(tiny, "pl", "Ćwiczenia na terenie województw opolskiego i śląskiego.")
    assert got == {"województw opolskiego": "op", "śląskiego": "sl"}


def test_no_head_no_shared_name() -> None:
    nlp = spacy.blank("ru")
    doc = nlp("между Орловской и Тульской дорогами")
    assert shared_head(doc[1:2]) is None
    doc = nlp("между Орловской и Тульской областями")
    assert shared_head(doc[1:2]) == "Орловской областями"
    assert shared_head(doc[3:4]) is None  # the head is its own neighbour: no ellipsis
    doc = spacy.blank("fr")("au Mali , la région de Kayes")
    assert shared_head(doc[1:2]) is None  # an article is no conjunct, French no such ellipsis


def test_a_noun_beside_a_units_adjective_shares_no_head() -> None:
    # "Одесу та Харківську область": the city's accusative ends unlike the adjective
    # beside the head, so it is no "Одеська область"
    doc = spacy.blank("uk")("атакували Одесу та Харківську область")
    assert shared_head(doc[1:2]) is None
    doc = spacy.blank("ru")("атаковали Одессу и Харьковскую область")
    assert shared_head(doc[1:2]) is None
    doc = spacy.blank("uk")("влучили у Сумську та Харківську області")
    assert shared_head(doc[2:3]) == "Сумську області"
