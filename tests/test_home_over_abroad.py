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


REUNION = _place("re", "Reunion", "country", "RE", 870_000, -21.15, 55.5)
SAINT_SAUVEUR = _place("ss", "Saint-Sauveur", "city", "FR", 1_800, 49.32, 2.78)
COMPIEGNE = _place("cp", "Compiègne", "city", "FR", 40_000, 49.42, 2.83)
BEAUVAIS = _place("bv", "Beauvais", "city", "FR", 55_000, 49.43, 2.08)
CREIL = _place("cr", "Creil", "city", "FR", 35_000, 49.26, 2.47)


def test_without_cases_a_home_town_counts_by_its_own_name_only() -> None:
    # "à La Réunion" names the island by its own name; a village of the Oise has
    # "La Réunion" among its alternate names: no case form fits both in French
    picks = _picks(REUNION, COMPIEGNE, BEAUVAIS)
    alternate = {"Reunion": [Candidate(REUNION, "name"), Candidate(SAINT_SAUVEUR, "alternate")]}
    assert home_over_abroad(picks, alternate, "fr") == {}
    # a home town of that very name still wins in a story about its neighbours
    own = {"Reunion": [Candidate(REUNION, "name"), Candidate(SAINT_SAUVEUR, "name")]}
    assert home_over_abroad(picks, own, "fr")["Reunion"].ruled_out == frozenset({"re"})
    # where names take cases, an alternate (a guessed case form) is enough
    assert home_over_abroad(picks, alternate, "uk") == {}  # UA is home, FR is not
