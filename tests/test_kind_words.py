"""A feature named by its kind's word and its own name ("пустыне Гоби", "îles Lofoten").

:func:`geomap.gazetteer.kind_words.apposed_kind`: the phrase is the feature of the name
after the word, of the kinds that word may name; a town of that name is not taken.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.kind_words import DESERT, ISLAND, WATER, apposed_kind, kind_candidates
from geomap.records import Place


def _gazetteer() -> Gazetteer:
    def entry(pid: str, name: str, ftype: str, cc: str | None) -> Place:
        return Place(pid, name, ftype, cc, None, 1_000, 43.0, 104.0, "test")

    return Gazetteer.from_places(
        [
            entry("gobi", "Gobi Desert", "landform", None),
            entry("lof", "Lofoten", "landform", None),
            entry("town", "Skarboro", "city", "GB"),
        ],
        local_names=[
            ("ru", "Гоби", "gobi"),
            ("pl", "Gobi", "gobi"),
            ("fr", "Gobi", "gobi"),
            ("fr", "Lofoten", "lof"),
            ("ru", "Скарборо", "town"),
        ],
    )


def test_the_name_after_a_kind_word_and_its_kinds() -> None:
    assert apposed_kind("пустыне Атакама", "ru") == ("Атакама", DESERT)
    assert apposed_kind("pustyni Gobi", "pl") == ("Gobi", DESERT)
    assert apposed_kind("озера Каріба", "uk") == ("Каріба", WATER)
    assert apposed_kind("îles Lofoten", "fr") == ("Lofoten", ISLAND)
    assert apposed_kind("désert de Gobi", "fr") == ("Gobi", DESERT)
    assert apposed_kind("пустыне гоби", "ru") is None  # no name after it
    assert apposed_kind("Гоби", "ru") is None
    assert apposed_kind("городе Скарборо", "ru") is None  # not a kind's word
    assert apposed_kind("pustyni Gobi", "en") is None


def test_the_phrase_is_the_feature_of_that_kind() -> None:
    gz = _gazetteer()
    assert [c.place.place_id for c in kind_candidates(gz, "пустыне Гоби", "ru")] == ["gobi"]
    assert [c.place.place_id for c in kind_candidates(gz, "pustyni Gobi", "pl")] == ["gobi"]
    assert [c.place.place_id for c in kind_candidates(gz, "désert de Gobi", "fr")] == ["gobi"]
    assert [c.place.place_id for c in kind_candidates(gz, "îles Lofoten", "fr")] == ["lof"]
    assert not gz.candidates("пустыне Гоби", "ru")  # the recogniser's lookup: unchanged


def test_a_town_of_the_name_is_not_the_feature() -> None:
    assert not kind_candidates(_gazetteer(), "рифу Скарборо", "ru")  # no kind's word
    assert not kind_candidates(_gazetteer(), "озере Скарборо", "ru")  # a lake is no town
