"""Water cues and capital words narrow a name's candidates (water_context, capital_phrases)."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from geomap.extensions import register_extensions
from geomap.nlp.capital_phrases import after_capital_word, capitals_of
from geomap.nlp.focus import placeable
from geomap.nlp.water_context import (
    by_water_context,
    on_water,
    water_cue,
    waterless_strays,
    waters_by_context,
)
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
        ("de", "Ein klares Signal an Moskau.", "Moskau", None),
        ("de", "Die Schiffe am Rhein warten.", "Rhein", "strong"),
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


def _town(pid: str, cc: str, lat: float, lon: float) -> Place:
    return Place(pid, pid, "city", cc, None, 10_000, lat, lon, "curated")


def test_a_town_abroad_far_from_the_article_is_no_river_on_the_water() -> None:
    text = "Stan alarmowy na Sanie pod Stalową Wolą."
    on, town = _span("pl", text, "Sanie"), _span("pl", text, "Stalową Wolą")
    sanaa, stalowa = _town("sanaa", "YE", 15.35, 44.2), _town("stalowa", "PL", 50.58, 22.05)
    groups = {"s": [on], "t": [town]}
    cands = {"s": [Candidate(sanaa, "alternate")], "t": [Candidate(stalowa, "name")]}
    picks = {"s": (sanaa, 0.5), "t": (stalowa, 0.9)}
    assert waterless_strays(picks, groups, cands) == {"s"}
    # a namesake abroad near the article's places stays ("на Вахше" by Dushanbe)
    near = _town("near", "UA", 50.4, 23.0)
    assert waterless_strays({**picks, "s": (near, 0.5)}, groups, cands) == set()
    # a home town stays, and so does a name with a water candidate or with no cue
    home = _town("home", "PL", 10.0, 10.0)
    assert waterless_strays({**picks, "s": (home, 0.5)}, groups, cands) == set()
    wet = {**cands, "s": [Candidate(sanaa, "alternate"), RIVER]}
    assert waterless_strays(picks, groups, wet) == set()
    bare = {"s": [_span("pl", "Samolot z Sanie.", "Sanie")], "t": [town]}
    assert waterless_strays(picks, bare, cands) == set()


def test_a_unit_after_the_weak_na_is_no_river() -> None:
    # "Na Krymie i w Donbasie ...": a region takes "na" as a river does; only a town
    # abroad after the weak cue is dropped, a unit only after a strong cue
    text = "Na Krymie trwa okupacja, a w Prisztinie spokój."
    on, town = _span("pl", text, "Krymie"), _span("pl", text, "Prisztinie")
    unit = Place("unit", "unit", "admin1", "UA", None, 0, 45.0, 34.0, "curated")
    far = _town("far", "XK", 42.67, 21.17)
    groups = {"s": [on], "t": [town]}
    cands = {"s": [Candidate(unit, "name")], "t": [Candidate(far, "name")]}
    picks = {"s": (unit, 0.9), "t": (far, 0.9)}
    assert water_cue(on) == "weak"
    assert waterless_strays(picks, groups, cands) == set()
    strong = _span("pl", "Poziom wody w Krymie rośnie, a w Prisztinie spokój.", "Krymie")
    assert water_cue(strong) == "strong"
    assert waterless_strays(picks, {**groups, "s": [strong]}, cands) == {"s"}


def test_a_name_on_the_water_may_go_to_the_focus() -> None:
    register_extensions()
    on = _span("pl", "Stan alarmowy na Sanie pod Stalową Wolą.", "Sanie")
    assert on_water(on)
    assert placeable([on])
    town = _span("pl", "Stan alarmowy w Sanie pod Stalową Wolą.", "Sanie")
    assert not on_water(town)
    assert not placeable([town])
    # English has no water cues here ("am" is a verb)
    assert not on_water(_span("en", "I am Rhine.", "Rhine"))


def test_a_strongly_cued_mention_is_grouped_apart_from_the_bare_ones() -> None:
    # "Le pont sur le Niger a cédé. La junte au Niger a parlé.": the river, then the
    # country; one cue narrowed every "Niger" of the article to the river before
    from geomap.nlp.name_groups import group_mentions

    text = "Le pont sur le Niger a cédé. La junte au Niger a parlé."
    doc = _blank("fr")(text)
    first = doc.char_span(text.index("Niger"), text.index("Niger") + 5)
    second = _span("fr", text, "Niger")
    second = doc[second.start : second.end]
    assert first is not None and water_cue(first) == "strong" and water_cue(second) is None
    groups = group_mentions([first, second], str.lower)
    assert sorted(len(g) for g in groups.values()) == [1, 1]


def test_a_dash_before_the_name_is_no_word_and_no_failure() -> None:
    # "Взрывы - в Донецке": the word before the link word is a dash alone, whose lemma
    # list is empty; reading it failed the resolution of the article's names
    assert water_cue(_span("ru", "Взрывы - в Донецке.", "Донецке")) is None
    assert water_cue(_span("ru", "Взрывы — в Донецке.", "Донецке")) is None


def test_a_town_on_a_seas_shore_is_near_the_sea_not_its_middle() -> None:
    from shapely.geometry import box

    text = "Корабли в Черном море замечены у берегов Одессы."
    on, sea_span = _span("ru", text, "Одессы"), _span("ru", text, "Черном море")
    odesa = Place("odesa", "Odesa", "city", "UA", None, 1_000_000, 30.74, 46.49, "geonames")
    sea = Place("sea", "Black Sea", "water", None, None, 0, 34.3, 43.41, "geonames")
    groups = {"o": [on], "s": [sea_span]}
    cands = {"o": [Candidate(odesa, "name")], "s": [Candidate(sea, "name")]}
    picks = {"o": (odesa, 0.9), "s": (sea, 0.95)}
    assert waterless_strays(picks, groups, cands) == {"o"}  # 440 km from the sea's point
    outline = box(27.5, 41.0, 41.7, 46.6)  # the sea reaches the town's shore

    def shape(pid: str) -> object:
        return outline if pid == "sea" else None

    assert waterless_strays(picks, groups, cands, shape) == set()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "name", "cue"),
    [
        ("uk", "Повінь у басейні Янцзи зупинила судноплавство.", "Янцзи", "strong"),
        ("ru", "Паводок в бассейне Амура продолжается.", "Амура", "strong"),
        ("pl", "Susza w dorzeczu Odry trwa.", "Odry", "strong"),
        ("fr", "Les pluies dans le bassin du Congo continuent.", "Congo", "strong"),
        ("uk", "Громади посилюють оборону вздовж Дніпра.", "Дніпра", "weak"),
        ("ru", "Колонны идут вдоль Днепра.", "Днепра", "weak"),
        ("pl", "Wały wzdłuż Odry przesiąkają.", "Odry", "weak"),
        ("uk", "Громади посилюють оборону біля Дніпра.", "Дніпра", None),
        ("uk", "Купальні басейни поблизу Берегового закрито.", "Берегового", None),
    ],
)
def test_basin_and_along_cues(lang: str, text: str, name: str, cue: str | None) -> None:
    """A river's basin is a strong cue, "along" a weak one; "near" and a pool are none."""
    assert water_cue(_span(lang, text, name)) == cue


def test_along_drops_the_rivers_namesake_town() -> None:
    span = _span("uk", "Громади посилюють оборону вздовж Дніпра і Прип'яті.", "Дніпра")
    kept = by_water_context([CITY, RIVER, COUNTRY], [span])
    assert CITY not in kept and RIVER in kept
