"""A stray pick gives way to the name's next candidate that is no stray."""

from __future__ import annotations

from geomap.nlp.coherence import next_best, replace_strays, stray_picks
from geomap.records import Candidate, Place


def _at(pid: str, ftype: str, cc: str | None, lon: float, lat: float, pop: int = 0) -> Place:
    return Place(pid, pid, ftype, cc, None, pop, lon, lat, "test")


def test_the_next_candidate_near_the_articles_places_replaces_a_stray() -> None:
    dubai = _at("dubai", "city", "AE", 55.2, 25.1, 3_000_000)
    sharjah = _at("sharjah", "city", "AE", 55.4, 25.3, 1_000_000)
    county = _at("gulf county", "admin2", "US", -85.2, 30.0, 5_000)
    sea = _at("persian gulf", "water", None, 51.0, 27.0)
    cands = {
        "dubai": [Candidate(dubai, "name")],
        "sharjah": [Candidate(sharjah, "name")],
        "gulf": [Candidate(county, "alternate"), Candidate(sea, "alternate")],
    }
    picks = {"dubai": (dubai, 0.9), "sharjah": (sharjah, 0.9), "gulf": (county, 0.6)}
    assert stray_picks(picks, cands) == {"gulf"}
    rest = {k: v for k, v in picks.items() if k != "gulf"}
    assert next_best("gulf", [(county, 0.6), (sea, 0.3)], rest, cands) == (sea, 0.3)
    far = _at("far sea", "water", None, -150.0, -40.0)
    assert next_best("gulf", [(county, 0.6), (far, 0.3)], rest, cands) is None


def test_a_stray_is_never_replaced_on_the_strength_of_another_strays_replacement() -> None:
    # A's next candidate lies near the article's cities; B's next candidate lies
    # only near A's replacement. Judged against the kept picks alone, B has none,
    # whichever stray is taken first (a set's order follows the hash seed).
    dubai = _at("dubai", "city", "AE", 55.2, 25.1, 3_000_000)
    sharjah = _at("sharjah", "city", "AE", 55.4, 25.3, 1_000_000)
    a_far = _at("a far", "city", "US", -85.0, 30.0, 5_000)
    a_near = _at("a near", "city", "OM", 60.0, 22.0, 5_000)
    b_far = _at("b far", "city", "BR", -47.0, -15.0, 5_000)
    b_next = _at("b next", "city", "IN", 68.0, 20.0, 5_000)  # 1,400 km from Dubai, 860 from A
    cands = {
        "dubai": [Candidate(dubai, "name")],
        "sharjah": [Candidate(sharjah, "name")],
        "a": [Candidate(a_far, "alternate"), Candidate(a_near, "alternate")],
        "b": [Candidate(b_far, "alternate"), Candidate(b_next, "alternate")],
    }
    ranked = {"a": [(a_far, 0.6), (a_near, 0.3)], "b": [(b_far, 0.6), (b_next, 0.3)]}
    for order in (("a", "b"), ("b", "a")):
        picks = {"dubai": (dubai, 0.9), "sharjah": (sharjah, 0.9)}
        picks.update({k: ranked[k][0] for k in order})
        assert stray_picks(picks, cands) == {"a", "b"}
        out = replace_strays(picks, ranked, cands)
        assert out["a"] == (a_near, 0.3)
        assert "b" not in out


def test_a_small_town_far_from_every_place_strays_in_its_own_country_too() -> None:
    # "Heathrow" (a Florida village its only candidate) in a story naming the U.S.,
    # Kansas City and London: far from all of them, though the U.S. is named
    usa = _at("us", "country", "US", -98.5, 39.8, 327_000_000)
    kansas = _at("kansas city", "city", "US", -94.6, 39.1, 150_000)
    london = _at("london", "city", "GB", -0.1, 51.5, 9_000_000)
    village = _at("heathrow", "city", "US", -81.4, 28.8, 5_896)
    cands = {
        "us": [Candidate(usa, "name")],
        "kansas city": [Candidate(kansas, "name")],
        "london": [Candidate(london, "name")],
        "heathrow": [Candidate(village, "name")],
    }
    picks = {k: (c[0].place, 0.9) for k, c in cands.items()}
    assert stray_picks(picks, cands) == {"heathrow"}
    near = _at("orlando", "city", "US", -81.4, 28.5, 300_000)  # a place of the article near it
    cands["orlando"] = [Candidate(near, "name")]
    picks["orlando"] = (near, 0.9)
    assert stray_picks(picks, cands) == set()


def test_the_seat_of_an_admin1_unit_in_the_articles_country_is_no_stray() -> None:
    # "в Ушуае" in a story from Mendoza: Ushuaia (57,000, Tierra del Fuego's seat), reached by
    # a guessed nominative, 2,400 km from Mendoza and San Juan, in Argentina like them
    argentina = _at("ar", "country", "AR", -63.6, -38.4, 45_000_000)
    mendoza = _at("mendoza", "city", "AR", -68.84, -32.89, 876_000)
    san_juan = _at("san juan", "city", "AR", -68.54, -31.54, 447_000)
    seat = Place("ushuaia", "Ushuaia", "city", "AR", None, 56_825, -68.3, -54.8, "test", "PPLA")
    town = Place("town", "Town", "city", "AR", None, 56_825, -68.3, -54.8, "test", "PPL")
    # abroad, a seat stays a stray like any small town
    abroad = Place("seat", "Seat", "city", "CL", None, 56_825, -68.3, -54.8, "test", "PPLA")
    strays = {}
    for place in (seat, town, abroad):
        picks = {"ar": (argentina, 0.9), "mendoza": (mendoza, 0.9), "san juan": (san_juan, 0.9)}
        picks[place.place_id] = (place, 0.5)
        cands = {k: [Candidate(p, "alternate")] for k, (p, _) in picks.items()}
        strays[place.place_id] = stray_picks(picks, cands)
    assert strays == {"ushuaia": set(), "town": {"town"}, "seat": {"seat"}}
