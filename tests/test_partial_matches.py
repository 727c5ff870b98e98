"""A name known only by a part or a respelling, matched to a place abroad, is left unplaced."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.partial_matches import is_far_abroad, partial_names, partial_strays
from geomap.records import Candidate, Place


def _at(pid: str, ftype: str, cc: str | None, lon: float, lat: float, pop: int = 0) -> Place:
    return Place(pid, pid, ftype, cc, None, pop, lon, lat, "test")


CORK = _at("cork", "city", "IE", -8.47, 51.90, 200_000)
KERRY = _at("kerry", "admin2", "IE", -9.60, 52.10, 150_000)
SHEADING = _at("michael", "admin1", "IM", -4.55, 54.28, 1_500)  # Isle of Man, ~400 km away
PARISH = _at("michael parish", "admin2", "IE", -9.80, 52.00, 400)


def test_a_partial_match_abroad_and_far_from_every_other_place_is_dropped() -> None:
    picks = {"cork": (CORK, 0.9), "kerry": (KERRY, 0.9), "skellig michael": (SHEADING, 0.6)}
    out = partial_strays(picks, {"skellig michael": [(SHEADING, 0.6)]}, {"skellig michael"})
    assert "skellig michael" not in out
    assert out["cork"] == (CORK, 0.9)


def test_the_next_candidate_in_the_articles_country_replaces_it() -> None:
    picks = {"cork": (CORK, 0.9), "skellig michael": (SHEADING, 0.6)}
    ranked = {"skellig michael": [(SHEADING, 0.6), (PARISH, 0.3)]}
    out = partial_strays(picks, ranked, {"skellig michael"})
    assert out["skellig michael"] == (PARISH, 0.3)


def test_a_whole_names_pick_and_a_near_or_home_partial_match_stay() -> None:
    picks = {"cork": (CORK, 0.9), "michael": (SHEADING, 0.6)}
    ranked = {"michael": [(SHEADING, 0.6)]}
    assert partial_strays(picks, ranked, set()) == picks  # its own name: not judged here
    near = _at("near", "city", "GB", -7.0, 52.5, 1_000)  # abroad, but 120 km from Cork
    assert not is_far_abroad(near, [CORK])
    home = _at("home", "city", "IE", -6.0, 55.0, 1_000)  # far, but in Ireland
    assert not is_far_abroad(home, [CORK])
    assert is_far_abroad(SHEADING, [CORK, KERRY])


def test_countries_regions_and_waters_are_exempt_and_one_other_place_suffices() -> None:
    russia = _at("russia", "country", "RU", 100.0, 60.0, 140_000_000)
    assert not is_far_abroad(russia, [CORK])  # "Russian Embassy" in a story from Cork
    sea = _at("sea", "water", None, 150.0, -20.0)
    assert not is_far_abroad(sea, [CORK])
    assert not is_far_abroad(SHEADING, [])  # no other place: nothing to judge by
    copenhagen = _at("copenhagen", "city", "DK", 12.6, 55.7, 1_150_000)  # "... Airport"
    assert not is_far_abroad(copenhagen, [CORK])
    australia = _at("australia", "country", "AU", 134.0, -25.0, 25_000_000)
    mare = _at("mare", "admin2", "NC", 168.0, -21.5, 5_000)  # "Marree" respelled
    assert is_far_abroad(mare, [australia])


def test_partial_names_are_the_names_without_an_entry_of_their_own() -> None:
    gaz = Gazetteer.from_places([SHEADING, CORK])
    doc = spacy.blank("en")("Skellig Michael lies off Cork.")
    groups = {"skellig michael": [doc[0:2]], "cork": [doc[4:5]], "none": [doc[2:3]]}
    cands = {
        "skellig michael": [Candidate(SHEADING, "alternate")],
        "cork": [Candidate(CORK, "name")],
        "none": [],
    }
    assert partial_names(gaz, groups, cands) == {"skellig michael"}


def test_a_demonym_is_no_partial_match_and_a_partial_country_pick_is_an_anchor() -> None:
    sicily = _at("sicily", "admin1", "IT", 14.0, 37.5, 5_000_000)
    doc = spacy.blank("en")("Sicilian cooks")
    gaz = Gazetteer.from_places([sicily])
    cands = {"sicilian": [Candidate(sicily, "demonym")]}
    assert partial_names(gaz, {"sicilian": [doc[0:1]]}, cands) == set()
    australia = _at("australia", "country", "AU", 134.0, -25.0, 25_000_000)
    mare = _at("mare", "admin2", "NC", 168.0, -21.5, 5_000)
    picks = {"central australia": (australia, 0.8), "marree": (mare, 0.5)}
    out = partial_strays(picks, {"marree": [(mare, 0.5)]}, {"central australia", "marree"})
    assert out == {"central australia": (australia, 0.8)}
