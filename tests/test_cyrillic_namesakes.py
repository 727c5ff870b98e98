"""A Cyrillic name that is one town's own name offers its namesakes' alternates too.

:func:`geomap.gazetteer.guess_rules.namesake_alternate`: "Мургаб" is the own name
of Murgab (Turkmenistan) and an alternate name of Murghob (Tajikistan).
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 70.0, 38.0, "test", feature_code="PPL")


def test_a_namesakes_alternate_is_offered_beside_a_towns_own_name() -> None:
    towns = [
        _town("tm", "Murgab", "TM", 13_000),
        _town("tj", "Murghob", "TJ", 10_800),
        _town("de", "Murgabdorf", "DE", 20_000),
    ]
    gz = Gazetteer.from_places(
        towns,
        other_names=[("Murgab", "tj", "alternate"), ("Murgab", "de", "alternate")],
    )
    found = {c.place.place_id: c.match for c in gz.candidates("Мургаб", "ru")}
    # Germany does not write Cyrillic: its town's alternate stays out
    assert found == {"tm": "name", "tj": "alternate"}


def test_no_alternate_is_offered_without_a_town_by_its_own_name() -> None:
    gz = Gazetteer.from_places(
        [_town("tj", "Murghob", "TJ", 10_800)], other_names=[("Murgab", "tj", "alternate")]
    )
    assert gz.candidates("Мургаб", "ru") == []
