"""One place per unknown name in an article read in pieces (geomap.piece_focus)."""

from __future__ import annotations

from geomap.piece_focus import article_focus, one_focus_per_name
from geomap.records import Mention, Place
from tests.blank_geoparse import place

BIG = place("1", "Kramatorsk", "city", "UA", 150_000, "PPLA2")
SMALL = place("2", "Lyman", "city", "UA", 20_000, "PPL")
OBLAST = place("3", "Donetsk Oblast", "admin1", "UA", 4_000_000, "ADM1")


def _m(text: str, where: Place | None, by: str | None = "name", conf: float = 0.8) -> Mention:
    return Mention("a", 0, len(text), text, text, 0, where, conf, located_by=by)


def test_a_name_at_several_focuses_goes_to_the_articles_focus() -> None:
    mentions = [
        _m("Kramatorsk", BIG),
        _m("Kramatorsk", BIG),
        _m("Lyman", SMALL),
        _m("Robotyne", SMALL, "focus", 0.5),  # one piece's focus
        _m("Robotyne", BIG, "focus", 0.4),  # another's
        _m("Main Street", SMALL, "focus", 0.6),  # one place only: left alone
    ]
    out = one_focus_per_name(mentions)
    assert [(m.text, m.place.name if m.place else None, m.located_by) for m in out] == [
        ("Kramatorsk", "Kramatorsk", "name"),
        ("Kramatorsk", "Kramatorsk", "name"),
        ("Lyman", "Lyman", "name"),
        ("Robotyne", "Kramatorsk", "focus"),
        ("Robotyne", "Kramatorsk", "focus"),
        ("Main Street", "Lyman", "focus"),
    ]
    assert [m.confidence for m in out[3:5]] == [0.5, 0.4]


def test_without_a_focus_the_name_is_left_unplaced() -> None:
    mentions = [
        _m("Donetsk Oblast", OBLAST),
        _m("Robotyne", SMALL, "focus"),
        _m("robotyne", BIG, "focus"),
    ]
    out = one_focus_per_name(mentions)
    assert [(m.place, m.located_by, m.confidence) for m in out[1:]] == [(None, None, 0.0)] * 2
    assert out[0] == mentions[0]


def test_the_focus_counts_only_cities_and_counties_named() -> None:
    assert article_focus([_m("x", SMALL, "focus"), _m("y", OBLAST), _m("z", BIG)]) == BIG
    assert article_focus([_m("y", OBLAST), _m("w", None, None)]) is None


def test_a_places_confidence_is_its_names_not_that_of_names_placed_at_it() -> None:
    """Springfield named once at 0.05 was shown at 0.76, a street's placed there (user56)."""
    from geomap.claims.collect import claims_from_mentions
    from geomap.frames import places_frame
    from geomap.records import ArticleResult, InputStatus
    from geomap.runstore import RunStore

    named = _m("Springfield", SMALL, "name", 0.05)
    street = _m("Main Street", SMALL, "focus", 0.76)
    assert places_frame([named, street], [])["confidence"].tolist() == [0.05]
    (claim,) = claims_from_mentions([named, street])
    assert claim.confidence == 0.05
    only_street = places_frame([street], [])["confidence"].tolist()
    assert only_street == [0.76]  # placed only by the focus: its own
    item = ArticleResult(InputStatus("a.txt", "a", "ok", None, 2, 0), (street, named), (), {})
    with RunStore() as store:
        store.add(item)
        assert store.places[SMALL.place_id].confidence == 0.05
