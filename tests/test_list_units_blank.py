"""A town picked in another unit than its list's other towns gets a lower confidence.

"Kherson, Antonivka, Bilozerka and Sadove": the gazetteer has no Sadove in the
towns' unit, the pick lies in another one; its raw confidence is scaled by
:func:`geomap.nlp.list_units.list_outliers` before calibration. spacy.blank("en"),
an entity ruler, a tiny gazetteer.
"""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer


def _town(pid: str, name: str, unit: str, lon: float) -> Place:
    return Place(pid, name, "city", "UA", unit, 10_000, lon, 46.6, "test", "PPL", unit)


_GAZ = TinyGazetteer(
    "geomap.test_list_units_gazetteer.v1",
    [
        _town("1", "Kherson", "08", 32.6),
        _town("2", "Antonivka", "08", 32.7),
        _town("3", "Bilozerka", "08", 32.4),
        _town("4", "Sadove", "09", 31.0),
        _town("5", "Pervomaisk", "09", 31.2),
    ],
)
_NAMES = ["Kherson", "Antonivka", "Bilozerka", "Sadove", "Pervomaisk"]


def _confidences(text: str) -> dict[str, float]:
    nlp = _GAZ.nlp([(n, "GPE") for n in _NAMES])
    doc = nlp(text)
    return {s.text: s._.confidence for s in doc.spans[TOPONYMS]}


def test_a_town_of_another_unit_in_a_list_is_less_sure() -> None:
    listed = _confidences("Shelling hit Kherson, Antonivka, Bilozerka and Sadove overnight.")
    alone = _confidences("Shelling hit Kherson overnight. Sadove was quiet.")
    assert listed["Sadove"] < alone["Sadove"] / 2
    assert listed["Antonivka"] == listed["Bilozerka"] > listed["Sadove"]


def test_a_list_split_between_units_changes_nothing() -> None:
    # one other town of each unit: no unit is the list's
    split = _confidences("Shelling hit Kherson, Sadove and Pervomaisk overnight.")
    apart = _confidences("Shelling hit Kherson. Shelling hit Sadove. Shelling hit Pervomaisk.")
    assert split["Sadove"] == apart["Sadove"]
