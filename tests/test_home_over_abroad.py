"""A home town near the article's places over a country abroad a case form also fits (issue 18)."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.nlp.home_over_abroad import home_over_abroad
from geomap.records import Candidate, Place


def _place(pid: str, name: str, ftype: str, cc: str, pop: int, lat: float, lon: float) -> Place:
    return Place(pid, name, ftype, cc, None, pop, lon, lat, "curated")


KOSOVO = _place("xk", "Kosovo", "country", "XK", 1_800_000, 42.58, 20.92)
KOSIV = _place("kosiv", "Kosiv", "city", "UA", 8_500, 48.32, 25.09)
VERKHOVYNA = _place("verkh", "Verkhovyna", "city", "UA", 5_800, 48.16, 24.83)
VYZHNYTSIA = _place("vyzh", "Vyzhnytsia", "city", "UA", 4_000, 48.24, 25.18)
KYIV = _place("kyiv", "Kyiv", "city", "UA", 2_900_000, 50.45, 30.52)
PRISTINA = _place("pr", "Pristina", "city", "XK", 200_000, 42.66, 21.17)


def test_a_case_form_offers_a_home_town_beside_a_country() -> None:
    gz = Gazetteer.from_places(
        [KOSOVO, KOSIV], local_names=[("uk", "Косово", "xk"), ("uk", "Косів", "kosiv")]
    )
    # "Косові" is the locative of both; the town comes as an alternate for the article
    found = [(c.place.name, c.match) for c in gz.candidates("Косові", "uk")]
    assert found[0] == ("Kosovo", "name")
    assert ("Kosiv", "alternate") in found
    # the nominative is the country's alone
    assert [c.place.name for c in gz.candidates("Косово", "uk")] == ["Kosovo"]


def _picks(*places: Place) -> dict[str, tuple[Place, float]]:
    return {p.name: (p, 0.9) for p in places}


def test_the_country_gives_way_to_a_town_among_the_articles_places() -> None:
    cands = {"Kosovo": [Candidate(KOSOVO, "name"), Candidate(KOSIV, "alternate")]}
    picks = _picks(KOSOVO, VERKHOVYNA, VYZHNYTSIA)
    out = home_over_abroad(picks, cands, "uk")
    assert out["Kosovo"].ruled_out == frozenset({"xk"})
    # one nearby place is not enough; a far one (Kyiv) does not count
    assert home_over_abroad(_picks(KOSOVO, VERKHOVYNA, KYIV), cands, "uk") == {}
    # a story that names a place of the country abroad keeps the country
    assert home_over_abroad(_picks(KOSOVO, VERKHOVYNA, VYZHNYTSIA, PRISTINA), cands, "uk") == {}
    # no home country: nothing to prefer
    assert home_over_abroad(picks, cands, None) == {}
