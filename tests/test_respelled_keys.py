"""Polish, German and French spellings of foreign names read back as English romanises them."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.respelled_keys import respelled_keys
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str, pop: int) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 10.0, 10.0, "curated", "PPLA")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("arusha", "Arusha", "city", "TZ", 400_000),
            _place("jaffna", "Jaffna", "city", "LK", 170_000),
            _place("mukalla", "Mukalla", "city", "YE", 600_000),
            _place("presov", "Prešov", "city", "SK", 90_000),
            _place("mitrovica", "Mitrovica", "city", "XK", 100_000),
            _place("shibam", "Shibam", "city", "YE", 10_000),
            _place("shuma", "Shuma", "city", "PL", 200_000),
            _place("shuya", "Shuya", "city", "RU", 60_000),
        ],
        other_names=[("Suja", "shuya", "alternate")],
    )


@pytest.mark.parametrize(
    ("keys", "lang", "wanted"),
    [
        (("arusza",), "pl", "arusha"),
        (("dzafna",), "pl", "jafna"),
        (("preszov",), "pl", "presov"),
        (("mitrowica",), "pl", "mitrovica"),
        (("dschidda",), "de", "jidda"),
        (("schanghai",), "de", "shanghai"),
        (("moukalla",), "fr", "mukalla"),
        (("djeddah",), "fr", "jeddah"),
    ],
)
def test_respelled_keys(keys: tuple[str, ...], lang: str, wanted: str) -> None:
    assert wanted in respelled_keys(keys, lang)


def test_no_respelling_without_a_group_or_a_table() -> None:
    assert respelled_keys(("lublin",), "pl") == ()
    assert respelled_keys(("arusza",), "ru") == ()
    assert "arusza" not in respelled_keys(("arusza",), "pl")  # the key as given is left out


@pytest.mark.parametrize(
    ("name", "lang", "place"),
    [
        ("Aruszy", "pl", "Arusha"),  # sz, and a guessed nominative
        ("Dżaffnie", "pl", "Jaffna"),  # dż
        ("Preszowa", "pl", "Prešov"),  # sz for š, w for v
        ("Mitrowicy", "pl", "Mitrovica"),
        ("Moukalla", "fr", "Mukalla"),  # ou
    ],
)
def test_a_respelled_name_reaches_the_town(
    gaz: Gazetteer, name: str, lang: str, place: str
) -> None:
    cands = gaz.candidates(name, lang)
    assert [c.place.name for c in cands] == [place]
    assert cands[0].match == "alternate"


def test_small_towns_and_home_towns_are_not_reached(gaz: Gazetteer) -> None:
    assert gaz.candidates("Szibam", "pl") == []  # a town under GUESS_ABROAD
    assert gaz.candidates("Szuma", "pl") == []  # a town of the language's own country
    assert gaz.candidates("Aruszy", "ru") == []  # no table for Russian
    # a source's other name read so is not taken: "Soudja" (Sudzha) is no "Suja" (Shuya)
    assert gaz.candidates("Suja", "fr")
    assert gaz.candidates("Soudja", "fr") == []
