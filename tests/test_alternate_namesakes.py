"""Local names of a small town: its bigger namesakes, a bigger home town guessed (issue 18)."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.alternate_namesakes import alternate_towns, bigger_namesakes
from geomap.records import Candidate, Place


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 19.0, 45.0, "curated")


VISEGRAD_HU = _town("hu", "Visegrád", "HU", 1_800)
VISEGRAD_BA = _town("ba", "Višegrad", "BA", 6_000)
HAMLET = _town("hamlet", "Visegrad", "RS", 300)
BAR = _town("bar", "Bar", "ME", 13_000)
BAR_UA = _town("bar-ua", "Bar", "UA", 15_000)
#: "z Olsztyna do Szczytna": the genitive of Szczytno is the nominative of a smaller town
SZCZYTNA = _town("szczytna", "Szczytna", "PL", 5_200)
SZCZYTNO = _town("szczytno", "Szczytno", "PL", 26_000)
LIPNA = _town("lipna", "Lipna", "PL", 5_000)
LIPNO = _town("lipno", "Lipno", "PL", 8_000)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [VISEGRAD_HU, VISEGRAD_BA, HAMLET, BAR, BAR_UA, SZCZYTNA, SZCZYTNO, LIPNA, LIPNO],
        other_names=[("Wyszehrad", "hu", "alternate"), ("Baru", "bar", "alternate")],
        local_names=[("pl", "Antibari", "bar")]
        + [("pl", p.name, p.place_id) for p in (SZCZYTNA, SZCZYTNO, LIPNA, LIPNO)],
    )


def _ids(gz: Gazetteer, name: str, lang: str) -> list[str]:
    return [c.place.place_id for c in gz.candidates(name, lang)]


def test_a_bigger_namesake_of_an_alternate_only_town_is_offered(gz: Gazetteer) -> None:
    # "do Wyszehradu": only Visegrád (HU) has the Polish form; Višegrad (BA) is bigger
    ids = _ids(gz, "Wyszehradu", "pl")
    assert "hu" in ids
    assert "ba" in ids
    assert "hamlet" not in ids  # a smaller namesake is not offered


def test_no_namesake_when_a_town_is_matched_by_its_own_local_name(gz: Gazetteer) -> None:
    # "Antibari" is Bar's own Polish name here: the bigger Bar (UA) is not added
    assert _ids(gz, "Antibari", "pl") == ["bar"]


def test_the_rule_only_reads_alternate_towns() -> None:
    assert alternate_towns([(VISEGRAD_HU, "alternate")])
    assert not alternate_towns([(VISEGRAD_HU, "name")])
    assert not alternate_towns([])

    def lookup(norm: str) -> list[Candidate]:
        assert norm == "visegrad"
        return [Candidate(VISEGRAD_BA, "name"), Candidate(HAMLET, "name"),
                Candidate(VISEGRAD_HU, "name")]  # fmt: skip

    found = [(VISEGRAD_HU, "alternate")]
    assert bigger_namesakes(found, lookup, lambda p: True) == [(VISEGRAD_BA, "alternate")]
    assert bigger_namesakes(found, lookup, lambda p: p.country_code != "BA") == []


def test_a_home_town_three_times_bigger_by_a_guessed_nominative_is_offered(gz: Gazetteer) -> None:
    # "do Szczytna": the village Szczytna as written, and the genitive of Szczytno (5x)
    assert _ids(gz, "Szczytna", "pl") == ["szczytna", "szczytno"]
    # Lipno is under three times Lipna: the form as written stays alone
    assert _ids(gz, "Lipna", "pl") == ["lipna"]
