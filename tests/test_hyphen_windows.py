"""A hyphenated name of three parts is found whole in Russian and Ukrainian ("Дар-эс-Салам")."""

from __future__ import annotations

from functools import cache

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_spans import window_end
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, cc: str, pop: int, code: str) -> Place:
    return Place(pid, name, "city", cc, "01", pop, 39.0, -6.0, "t", code, admin1_code="01")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("dar", "Dar es Salaam", "TZ", 2_700_000, "PPLA"),
            _place("pap", "Port-au-Prince", "HT", 1_200_000, "PPLC"),
        ],
        local_names=[("ru", "Дар-эс-Салам", "dar"), ("uk", "Порт-о-Пренс", "pap")],
    )


def test_a_name_of_three_hyphenated_parts_is_found_whole() -> None:
    # five tokens each ("Дар", "-", "эс", "-", "Салам"): more than the scan's four words
    assert recognise(_gazetteer(), "ru", "Финал примет Дар-эс-Салам.") == ["Дар-эс-Салам"]
    text = "ПОРТ-О-ПРЕНС, 17 грудня — а в Порт-о-Пренсі бракує пального."
    assert recognise(_gazetteer(), "uk", text) == ["ПОРТ-О-ПРЕНС", "Порт-о-Пренсі"]


def test_the_window_counts_a_compound_as_one_word() -> None:
    doc = spacy.blank("ru")("в Дар-эс-Салам и Додому прибыли")
    assert [t.text for t in doc][1:6] == ["Дар", "-", "эс", "-", "Салам"]
    assert window_end(doc, 1, 1, len(doc)) == 6  # the whole compound
    assert window_end(doc, 1, 2, len(doc)) == 7  # and "и"
    assert window_end(doc, 0, 1, len(doc)) == 1  # "в" alone
    assert window_end(doc, 1, 9, 4) == 4  # never past ``stop``
