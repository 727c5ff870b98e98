"""Water cues and capital words narrow a name's candidates (water_context, capital_phrases)."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from geomap.nlp.capital_phrases import after_capital_word, capitals_of
from geomap.nlp.water_context import by_water_context, water_cue, waters_by_context
from geomap.records import Candidate, Place


@cache
def _blank(lang: str) -> Language:
    return spacy.blank(lang)


def _span(lang: str, text: str, name: str) -> Span:
    """The span of ``name`` (its last occurrence) in ``text`` tokenised by a blank pipeline."""
    doc = _blank(lang)(text)
    start = text.rindex(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def _cand(pid: str, ftype: str, cc: str | None = None) -> Candidate:
    return Candidate(Place(pid, pid, ftype, cc, None, 0, 10.0, 50.0, "curated"), "name")


CITY, RIVER, COUNTRY = (
    _cand("dnipro", "city", "UA"),
    _cand("dnieper", "water"),
    _cand("ne", "country", "NE"),
)


@pytest.mark.parametrize(
    ("lang", "text", "name", "cue"),
    [
        ("uk", "Бригади працюють на Дніпрі біля греблі.", "Дніпрі", "weak"),
        ("uk", "Вибухи лунали у Дніпрі вночі.", "Дніпрі", None),
        ("uk", "На лівому березі Дніпра пошкоджено будинки.", "Дніпра", "strong"),
        ("uk", "Рівень води в Тисі зростає.", "Тисі", "strong"),
        ("ru", "Лёд встал на Днепре.", "Днепре", "weak"),
        ("ru", "Дорогу на Мургаб перекрыли.", "Мургаб", None),
        ("pl", "Ruszyli w marszu na Kijów.", "Kijów", None),
        ("pl", "Stan alarmowy na Sanie pod Stalową Wolą.", "Sanie", "weak"),
        ("pl", "Walki trwają nad Dnieprem.", "Dnieprem", "weak"),
        ("pl", "Brakuje przeprawy przez San.", "San", "strong"),
        ("pl", "Jadą przez Lublin.", "Lublin", None),
        ("de", "Der Pegel stieg an der Donau.", "Donau", "strong"),
        ("de", "Die Pegel von Juba stiegen.", "Juba", "strong"),
        ("de", "Sie wohnt in Passau.", "Passau", None),
        ("fr", "Les barges remontent le Congo.", "Congo", "strong"),
        ("fr", "Le pont sur le Niger a cédé.", "Niger", "strong"),
        ("fr", "Lokoja, au confluent du Niger et de la Bénoué.", "Niger", "strong"),
        ("fr", "La junte au pouvoir au Niger a parlé.", "Niger", None),
    ],
)
def test_water_cue(lang: str, text: str, name: str, cue: str | None) -> None:
    assert water_cue(_span(lang, text, name)) == cue


def test_strong_cue_keeps_only_waters() -> None:
    span = _span("fr", "Les pluies sur le Niger continuent.", "Niger")
    assert by_water_context([COUNTRY, RIVER], [span]) == [RIVER]


def test_weak_cue_drops_only_towns() -> None:
    on = _span("uk", "Бригади працюють на Дніпрі.", "Дніпрі")
    assert by_water_context([CITY, RIVER], [on]) == [RIVER]
    # a country (or region) takes the same preposition: it stays
    assert by_water_context([COUNTRY, CITY, RIVER], [on]) == [COUNTRY, RIVER]
    # one mention in the town's own preposition: the name keeps all its readings
    at = _span("uk", "Вибухи у Дніпрі.", "Дніпрі")
    assert by_water_context([CITY, RIVER], [on, at]) == [CITY, RIVER]


def test_no_water_candidate_or_no_cue_changes_nothing() -> None:
    on = _span("uk", "Бригади працюють на Дніпрі.", "Дніпрі")
    assert by_water_context([CITY], [on]) == [CITY]  # a home town stays
    at = _span("uk", "Вибухи у Дніпрі.", "Дніпрі")
    assert waters_by_context({"k": [CITY, RIVER]}, {"k": [at]}) == {"k": [CITY, RIVER]}


@pytest.mark.parametrize(
    ("lang", "text", "name", "after"),
    [
        ("ru", "Встречи пройдут в столице Бразилии.", "Бразилии", True),
        ("uk", "Делегація прибула до столиці Польщі.", "Польщі", True),
        ("fr", "Ils ont manifesté dans la capitale du Mali.", "Mali", True),
        ("de", "Die Hauptstadt Kenias ist Nairobi.", "Kenias", True),
        ("ru", "Встречи пройдут в Бразилии.", "Бразилии", False),
    ],
)
def test_after_capital_word(lang: str, text: str, name: str, after: bool) -> None:
    assert after_capital_word(_span(lang, text, name)) is after


def test_capital_word_keeps_the_state() -> None:
    brazil, brasilia = _cand("br", "country", "BR"), _cand("bsb", "city", "BR")
    span = _span("ru", "Встречи пройдут в столице Бразилии.", "Бразилии")
    assert capitals_of({"k": [brazil, brasilia]}, {"k": [span]}) == {"k": [brazil]}
    bare = _span("ru", "Встречи пройдут в Бразилии.", "Бразилии")
    assert capitals_of({"k": [brazil, brasilia]}, {"k": [bare]}) == {"k": [brazil, brasilia]}


def test_cue_rules_out_towns_abroad_when_no_water_is_a_candidate() -> None:
    sanaa, san = _cand("sanaa", "city", "YE"), _cand("san", "city", "ML")
    gov = _cand("sanaa-gov", "admin1", "YE")
    on = _span("pl", "Stan alarmowy na Sanie pod Stalową Wolą.", "Sanie")
    assert by_water_context([sanaa, san, gov], [on]) == []
    # a country among them (na Kubie, na Litwie) keeps every candidate
    cuba = _cand("cu", "country", "CU")
    assert by_water_context([sanaa, cuba], [on]) == [sanaa, cuba]
    # no cue: the towns abroad stay
    bare = _span("pl", "Przyjechali z Sanie.", "Sanie")
    assert by_water_context([sanaa, san], [bare]) == [sanaa, san]
