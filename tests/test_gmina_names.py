"""A Polish gmina is named by its name after the word, whatever its case (issue 18).

"w gminie Ustrzyki Dolne" names Ustrzyki Dolne whole, not "gminie Ustrzyki" (an
alternate name of the town); "w gminie Cisna" takes the village after the word as
after "w rejonie"; "w Cisnej" is a case form of a home village's own name.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_towns import case_form_of
from geomap.records import Place
from tests.local_recognise import recognise


def _village(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 22.3, 49.2, "t", "PPL")


def _gz(cc: str = "PL") -> Gazetteer:
    return Gazetteer.from_places(
        [_village("ud", "Ustrzyki Dolne", cc, 9_600), _village("cisna", "Cisna", cc, 460)],
        local_names=[
            ("pl", "Ustrzyki Dolne", "ud"),
            ("pl", "gmina Ustrzyki", "ud"),
            ("pl", "Cisna", "cisna"),
        ],
    )


def test_the_gmina_word_is_no_part_of_the_name() -> None:
    gz = _gz()
    text = "W gminie Ustrzyki Dolne frekwencja wyniosła 41 proc ."
    assert recognise(gz, "pl", text) == ["Ustrzyki Dolne"]
    assert recognise(gz, "pl", "Wójt gminy Cisna zrezygnował .") == []  # no preposition
    assert recognise(gz, "pl", "Wybory odbyły się w gminie Cisna wczoraj .") == ["Cisna"]


def test_a_case_form_of_a_home_villages_own_name() -> None:
    assert recognise(_gz(), "pl", "Wybory wójta odbędą się w Cisnej .") == ["Cisnej"]
    assert recognise(_gz(), "pl", "Wybory wójta odbędą się Cisnej .") == []  # no preposition
    assert recognise(_gz("SK"), "pl", "Wybory wójta odbędą się w Cisnej .") == []  # abroad
    assert case_form_of("Cisnej", "Cisna")
    assert case_form_of("Mikołajek", "Mikołajki")
    assert not case_form_of("Cisna", "Cisna")  # the name itself is no guess
    assert not case_form_of("Sejmie", "Cisna")
    assert not case_form_of("Cisowej", "Cisna")  # another stem
