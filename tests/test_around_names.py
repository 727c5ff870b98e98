"""Russian regions named with "-ье" and "под" (issue 18): "Подмосковье", "Забайкалье"."""

from __future__ import annotations

from geomap.gazetteer.unit_words import admin_stem, around_stem


def test_a_region_in_ye_is_matched_by_its_stem_in_any_case() -> None:
    assert around_stem("Подмосковье", "ru") == "moskov"
    assert around_stem("Подмосковья", "ru") == "moskov"
    assert around_stem("Подмосковьем", "ru") == "moskov"
    assert around_stem("Забайкалье", "ru") == "zabaykal"
    assert admin_stem("Ставрополья", "ru") == "stavropol"


def test_short_stems_lowercase_words_and_other_languages_are_left_out() -> None:
    assert around_stem("Поморье", "ru") is None  # "pomor": Pomorskie would meet it
    assert around_stem("Подолье", "ru") is None
    assert around_stem("подмосковье", "ru") is None
    assert around_stem("Подмосковье", "uk") is None
    assert around_stem("Москва", "ru") is None
