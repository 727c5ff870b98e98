from __future__ import annotations

import pytest

from geomap.gazetteer import normalize_name
from geomap.gazetteer.names import is_latin, strip_type_word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("São Paulo", "sao paulo"),
        ("Sao Paulo", "sao paulo"),
        ("SAO  PAULO", "sao paulo"),
        ("the United States", "united states"),
        ("The Hague", "hague"),
        ("U.S.", "us"),
        ("U.S.A.", "usa"),
        ("St. Petersburg", "saint petersburg"),
        ("St Petersburg", "saint petersburg"),
        ("Saint Petersburg", "saint petersburg"),
        ("Mt. Everest", "mount everest"),
        ("Ft Worth", "fort worth"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Cote d'Ivoire", "cote divoire"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Russia's", "russias"),
        ("Kraków", "krakow"),
        ("Zürich", "zurich"),
        ("  Kyiv\n", "kyiv"),
        ("Київ", "kiiv"),
        ("...", ""),
        ("the", "the"),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_possessive_is_not_stripped() -> None:
    assert normalize_name("Poland's") != normalize_name("Poland")


def test_strip_type_word() -> None:
    assert strip_type_word("Kaliningrad Oblast") == "kaliningrad"
    assert strip_type_word("Province of Lecce") == "lecce"
    assert strip_type_word("Rapides Parish") == "rapides"
    assert strip_type_word("Texas") is None
    assert strip_type_word("Oblast") is None


def test_strip_type_word_of_admin2_kinds_before_of() -> None:
    """GeoNames' "<kind> of X" admin-2 names give X; a town named "... Town" keeps its name."""
    assert strip_type_word("District Municipality of Muskoka") == "muskoka"
    assert strip_type_word("Regional Municipality of Niagara") == "niagara"
    assert strip_type_word("Metropolitan Borough of Wirral") == "wirral"
    assert strip_type_word("City and County of San Francisco") == "san francisco"
    assert strip_type_word("Denali Borough") == "denali"
    assert strip_type_word("Cape Town") is None


def test_is_latin() -> None:
    assert is_latin("Kraków")
    assert not is_latin("Київ")
    assert is_latin("O'Hare 2")
