"""Candidate features of a name's own evidence: short forms and sections of cities."""

from __future__ import annotations

from geomap.nlp.scoring import MentionEvidence, features
from geomap.records import Candidate, Place


def _place(name: str, ftype: str, code: str, pop: int = 0) -> Place:
    return Place(name, name, ftype, "US", None, pop, 0.0, 0.0, "test", feature_code=code)


def test_a_bare_name_is_not_a_countys_short_form() -> None:
    # "Crossroads Correctional Center in Shelby": the town, not Shelby County, Tennessee
    ev = MentionEvidence("Shelby", "GPE", False, ())
    county = Candidate(_place("Shelby County", "admin2", "ADM2"), "alternate")
    assert "m_short" not in features(county, ev, None, 0)
    oblast = MentionEvidence("Kaliningrad", "GPE", False, ())
    unit = Candidate(_place("Kaliningrad Oblast", "admin1", "ADM1"), "alternate")
    assert features(unit, oblast, None, 0)["m_short"] == 1.0


def test_a_populous_section_of_a_city_is_no_minor_place() -> None:
    ev = MentionEvidence("Hollywood", "GPE", False, ())
    section = Candidate(_place("Hollywood", "city", "PPLX", 167_664), "name")
    assert "c_minor" not in features(section, ev, None, 0)
    hamlet = Candidate(_place("Hollywood", "city", "PPLX", 3_000), "name")
    assert features(hamlet, ev, None, 0)["c_minor"] == 1.0


def test_a_populated_seat_of_government_is_a_capital() -> None:
    # La Paz (PPLG, Bolivia's seat of government) against Baja California Sur's La Paz (PPLA)
    ev = MentionEvidence("ЛА-ПАС", "GAZ", False, ())
    seat = Candidate(_place("La Paz", "city", "PPLG", 2_004_652), "exonym")
    assert features(seat, ev, None, 2_004_652)["c_pplc"] == 1.0
    # the source's stray seats (a castle, a bishopric) are no capitals
    castle = Candidate(_place("Chasse Royale", "city", "PPLG", 0), "name")
    assert "c_pplc" not in features(castle, ev, None, 0)
