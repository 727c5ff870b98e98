"""A unit abroad written as its word and its name as written ("провинции Софала").

:func:`geomap.gazetteer.unit_words.apposed_name`: Russian, Ukrainian and Polish write a
province, county or canton abroad as the unit's word, inflected, and the name left as it
is. The whole is the unit: by the unit's own name ("провинции Софала", "prowincji
Gauteng"), else as the unit its seat names ("провінції Тете": Tete, the seat of Tete
Province, is the only entry of that name in Ukrainian).
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_words import apposed_name
from geomap.records import Place


def _gazetteer() -> Gazetteer:
    def entry(pid: str, name: str, ftype: str, code: str, admin1: str) -> Place:
        return Place(pid, name, ftype, "MZ", None, 100_000, 34.0, -17.0, "test",
                     feature_code=code, admin1_code=admin1)  # fmt: skip

    return Gazetteer.from_places(
        [
            entry("so", "Sofala", "admin1", "ADM1", "05"),
            entry("tp", "Tete", "admin1", "ADM1", "08"),
            entry("tc", "Tete", "city", "PPLA", "08"),
            entry("bc", "Beira", "city", "PPLA", "05"),
        ],
        local_names=[("ru", "Софала", "so"), ("uk", "Тете", "tc"), ("ru", "Бейра", "bc")],
    )


def test_the_name_after_a_unit_word_is_read_as_written() -> None:
    assert apposed_name("провинции Софала", "ru") == "Софала"
    assert apposed_name("провінції Тете", "uk") == "Тете"
    assert apposed_name("prowincji Gauteng", "pl") == "Gauteng"
    assert apposed_name("провинции софала", "ru") is None  # no name after it
    assert apposed_name("Софала", "ru") is None
    assert apposed_name("области Софала", "ru") is None  # not a unit abroad's word
    assert apposed_name("province Sofala", "fr") is None


def test_the_whole_is_the_unit_by_its_name_or_its_seat() -> None:
    gz = _gazetteer()
    assert [c.place.place_id for c in gz.candidates("провинции Софала", "ru")] == ["so"]
    assert [c.place.place_id for c in gz.candidates("провінції Тете", "uk")] == ["tp"]


def test_a_town_not_named_like_the_unit_it_is_the_seat_of_gives_none() -> None:
    assert not _gazetteer().candidates("провинции Бейра", "ru")  # Beira is Sofala's seat
