"""Towns listed after a unit's name and a colon (issue 18, lang60).

"w obwodzie sumskim: Białopole, Krasnopole, Szostka i Ochtyrka": the towns of the
list, though none of them is found on its own; after a town's name the colon opens
a report, and no list is read.
"""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, ftype: str, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, "UA", None, pop, 34.5, 51.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def sumy() -> Gazetteer:
    places = [
        _place("sumy_obl", "Sumy Oblast", "admin1", 1_000_000, "ADM1"),
        _place("sumy", "Sumy", "city", 260_000, "PPLA"),
        _place("shostka", "Shostka", "city", 73_000, "PPLA2"),
        _place("okhtyrka", "Okhtyrka", "city", 47_000, "PPLA2"),
        _place("bilopillia", "Bilopillia", "city", 15_600, "PPL"),
    ]
    local = [
        ("de", "Oblast Sumy", "sumy_obl"),
        ("de", "Sumy", "sumy"),
        ("de", "Schostka", "shostka"),
        ("de", "Ochtyrka", "okhtyrka"),
        ("de", "Bilopillja", "bilopillia"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def test_towns_listed_after_a_unit_and_a_colon(sumy: Gazetteer) -> None:
    text = "Getroffene Orte in der Oblast Sumy: Bilopillja, Schostka und Ochtyrka."
    assert recognise(sumy, "de", text) == ["Oblast Sumy", "Bilopillja", "Schostka", "Ochtyrka"]


def test_no_list_after_a_towns_name_or_without_a_colon(sumy: Gazetteer) -> None:
    # after a town the colon opens a report
    assert recognise(sumy, "de", "Alarm in Sumy: Schostka meldet Schäden.") == ["Sumy"]
    # without the colon the words after the unit stay unread, as before
    assert recognise(sumy, "de", "Die Oblast Sumy Bilopillja Schostka meldet.") == ["Oblast Sumy"]


def test_a_sentence_after_the_colon_is_no_list() -> None:
    gz = Gazetteer.from_places(
        [
            Place(
                "hu",
                "Hungary",
                "country",
                "HU",
                None,
                9_600_000,
                19.0,
                47.0,
                "curated",
                feature_code="PCLI",
            ),
            Place(
                "die", "Die", "city", "FR", None, 4_500, 5.37, 44.75, "curated", feature_code="PPL"
            ),
        ],
        local_names=[("de", "Ungarn", "hu"), ("de", "Die", "die")],
    )
    # German capitalises the article that opens the sentence: no French town Die
    assert recognise(gz, "de", "Kritik kam aus Ungarn: Die Regierung fordert Geld.") == ["Ungarn"]
