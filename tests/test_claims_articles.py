"""``geomap claims --article``: part of an id, title or outlet, case-folded (user58)."""

from __future__ import annotations

from geomap.claims.select import articles_matching, unmatched_article

OBSERVER = "Kharkiv Observer (saved pages)/2024-07-09 Guided bombs hit Kozacha Lopan, one dead"
INFO = {
    OBSERVER: {"title": "Guided bombs hit Kozacha Lopan, one dead", "outlet": "Kharkiv Observer"},
    "SW-001": {"title": "Shelling cuts power in Kupiansk", "outlet": "Slobozhansky Wire"},
    "SW-002": {"title": "Drones hit fuel depot", "outlet": "Slobozhansky Wire"},
    "ru_белгород": {"title": "Обстрел Белгорода", "outlet": "Белгородская правда"},
    "r1": {"title": "Strikes on Odesa port", "outlet": "Reuters"},
}


def _found(query: str) -> set[str]:
    return set(articles_matching(query, set(INFO), INFO))


def test_part_of_an_outlet_a_title_or_an_id_finds_the_article() -> None:
    assert _found("Kharkiv Obs") == {OBSERVER}
    assert _found("Koza") == {OBSERVER}
    assert _found("SW-00") == {"SW-001", "SW-002"}
    assert _found("sw-002") == {"SW-002"}


def test_other_scripts_are_case_folded() -> None:
    assert _found("белгород") == {"ru_белгород"}
    assert _found("БЕЛГОРОДА") == {"ru_белгород"}
    assert _found("ＳＷ-001") == {"SW-001"}  # full-width letters are the same letters


def test_text_inside_a_word_is_found_when_no_word_starts_with_it() -> None:
    assert _found("harkiv obs") == {OBSERVER}
    assert _found("ort") == {"r1"}
    assert unmatched_article("Kyiv Independent", set(INFO), INFO)
    assert not unmatched_article("slobozhansky", set(INFO), INFO)
