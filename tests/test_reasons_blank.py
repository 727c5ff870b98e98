"""A placement says why: how many places bear the name, how it was chosen, what came next.

:mod:`geomap.nlp.reasons` over a tiny gazetteer, spacy.blank("en"); the line reaches the
claims (``geomap claims``) and the map's popup items.
"""

from __future__ import annotations

from geomap.claims.collect import claims_from_mentions
from geomap.mapping.popup import group_claims
from geomap.nlp.reasons import placement_reason
from geomap.records import Place
from geomap.serialize import claim_record
from tests.blank_geoparse import TinyGazetteer


def _town(pid: str, name: str, unit: str, code: str, lon: float, pop: int = 10_000) -> Place:
    return Place(pid, name, "city", "UA", unit, pop, lon, 47.0, "test", "PPL", code)


_GAZ = TinyGazetteer(
    "geomap.test_reasons_gazetteer.v1",
    [
        _town("1", "Orvo", "Eastland", "05", 37.5),
        _town("2", "Brask", "Eastland", "05", 37.7),
        _town("3", "Tilvo", "Westland", "16", 32.0, 1_500),
        _town("4", "Tilvo", "Southland", "17", 30.3, 1_200),
    ],
)


def test_a_town_outside_its_lists_unit_says_the_unit_and_the_next_place() -> None:
    (tilvo,) = [
        m
        for m in _GAZ.resolve_named(
            "Troops moved to Tilvo, Orvo and Brask.", ["Tilvo", "Orvo", "Brask"]
        )
        if m.text == "Tilvo"
    ]
    assert tilvo.reason.startswith("one of 2 places named Tilvo; its list's other towns lie in")
    assert "Eastland, where the gazetteer has no Tilvo" in tilvo.reason
    assert tilvo.reason.endswith("next: Tilvo (Southland, UA)")
    (claim,) = [c for c in claims_from_mentions([tilvo])]
    assert claim.reason == tilvo.reason
    (group,) = group_claims([claim_record(claim)], "Tilvo", {tilvo.article_id: 0})
    assert group["items"][0]["reason"] == tilvo.reason


def test_a_name_of_one_place_needs_no_reason() -> None:
    place = _town("1", "Orvo", "Eastland", "05", 37.5)
    assert placement_reason("Orvo", place, [place, place], "name") == ""
    assert placement_reason("Orvo", None, [place], "name") == ""
    assert "main locality" in placement_reason("Elm Street", place, [], "focus")


def test_a_pick_by_an_alternate_name_and_a_dropped_name_say_what_happened() -> None:
    """user70b A1/A2: "Jalalabad" -> Sylhet; "Marib" at the focus though the gazetteer has it."""
    sylt = _town("5", "Sylvo", "Northland", "03", 31.0, 200_000)
    jal = _town("6", "Jalvo", "Eastland", "05", 37.0, 250_000)
    why = placement_reason("Jalvo", sylt, [jal, sylt], "name", jal, alternates=frozenset({"5"}))
    assert "the pick, Sylvo (Northland, UA), bears it as an alternate name" in why
    assert why.endswith("next: Jalvo (Eastland, UA)")
    why = placement_reason("Sylvo", jal, [sylt], "name", sylt, alternates=frozenset({"5"}))
    assert why == ""  # one place: no reason
    focus = _town("7", "Brask", "Eastland", "05", 37.7)
    why = placement_reason("Jalvo", focus, [jal, sylt], "focus", dropped=jal)
    assert "lacks" not in why
    assert why.startswith("the gazetteer's Jalvo is Jalvo (Eastland, UA), one of 2 places")
    alt = frozenset({"5"})
    why = placement_reason("Jalvo", focus, [sylt], "focus", dropped=sylt, alternates=alt)
    assert why.startswith("the gazetteer's Jalvo is Sylvo (called Jalvo, Northland, UA)")
