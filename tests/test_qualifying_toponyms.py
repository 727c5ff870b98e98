"""A toponym that says which namesake a name is: "Pingtan island in Fujian province"."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer


def _p(pid: str, name: str, ftype: str, pop: int, code: str, unit: str, lon: float) -> Place:
    return Place(pid, name, ftype, "CN", None, pop, lon, 27.0, "test", code, admin1_code=unit)


_GAZ = TinyGazetteer(
    "geomap.test_qualifying_toponyms_gazetteer.v1",
    [
        _p("91", "Pingtan", "city", 30_816, "PPL", "32", 105.9),
        _p("92", "Pingtan", "city", 0, "PPL", "07", 119.8),
        _p("93", "Fujian", "admin1", 38_000_000, "ADM1", "07", 118.0),
        _p("94", "Chongqing", "admin1", 30_000_000, "ADM1", "32", 107.0),
    ],
)


def _places(text: str) -> dict[str, str]:
    nlp = _GAZ.nlp([("Pingtan", "GPE"), ("Fujian", "GPE")])
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {s.text: s._.place.place_id for s in doc.spans[TOPONYMS]}


def test_a_name_and_its_kind_word_in_a_unit() -> None:
    text = "Warships fired off Pingtan island in Fujian province on Monday ."
    assert _places(text) == {"Pingtan": "92", "Fujian": "93"}
    text = "Warships fired off Pingtan in coastal Fujian on Monday ."
    assert _places(text)["Pingtan"] == "92"
