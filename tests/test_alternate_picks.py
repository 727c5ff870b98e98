"""A place bearing a name only as an alternate yields to a bigger place called so (user70b A2)."""

from __future__ import annotations

from geomap.nlp.alternate_picks import own_names_first
from geomap.records import Candidate
from tests.blank_geoparse import place

OWN = place("1", "Jalvo", "city", "AF", 270_000)
OLD = place("2", "Sylvo", "city", "BD", 237_000)
SMALL = place("3", "Jalvo", "city", "IN", 39_000)
GULF = place("4", "Persian Gulf", "water", "", 0)


def test_an_alternate_only_pick_yields_to_a_bigger_own_name() -> None:
    cands = {"j": [Candidate(OWN, "name"), Candidate(OLD, "alternate"), Candidate(SMALL, "name")]}
    ranked = {"j": [(OLD, 0.6), (SMALL, 0.2), (OWN, 0.2)]}
    assert own_names_first({"j": (OLD, 0.6)}, ranked, cands) == {"j": (OWN, 0.2)}


def test_a_smaller_own_name_or_a_pick_of_no_population_stays() -> None:
    cands = {"j": [Candidate(OLD, "alternate"), Candidate(SMALL, "name")]}
    ranked = {"j": [(OLD, 0.6), (SMALL, 0.4)]}
    assert own_names_first({"j": (OLD, 0.6)}, ranked, cands) == {"j": (OLD, 0.6)}
    cands = {"g": [Candidate(GULF, "alternate"), Candidate(SMALL, "name")]}
    ranked = {"g": [(GULF, 0.6), (SMALL, 0.4)]}
    assert own_names_first({"g": (GULF, 0.6)}, ranked, cands) == {"g": (GULF, 0.6)}


def test_a_short_form_of_the_pick_s_own_name_stays() -> None:
    county = place("5", "Clavo County", "admin2", "US", 60_000)
    town = place("6", "Clavo", "city", "US", 60_000)
    cands = {"clavo": [Candidate(county, "alternate"), Candidate(town, "name")]}
    ranked = {"clavo": [(county, 0.6), (town, 0.4)]}
    assert own_names_first({"clavo": (county, 0.6)}, ranked, cands) == {"clavo": (county, 0.6)}
