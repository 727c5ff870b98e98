"""A sea named by its first word after "the": "in the Aegean" is the Aegean Sea."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

_GAZ = TinyGazetteer(
    "geomap.test_short_seas_gazetteer.v1",
    [
        place("61", "Aegean Sea", "water", "", 0, "SEA", lon=25.0, lat=38.8),
        place("62", "Irish Sea", "water", "", 0, "SEA", lon=-5.0, lat=53.5),
        place("63", "Ireland", "country", "IE", 5_000_000, "PCLI", lon=-8.0, lat=53.0),
        place("64", "Aegean", "city", "US", 1_200, "PPL", lon=-80.0, lat=40.0),
    ],
    demonyms={"Irish": "63"},
)


def test_the_aegean_tagged_norp_is_the_sea() -> None:
    nlp = _GAZ.nlp([("Aegean", "NORP"), ("Irish", "NORP")])
    text = "The coast guard rescued 41 people in the Aegean ."
    assert found_toponyms(nlp, text) == ["Aegean"]
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s._.place.place_id for s in doc.spans[TOPONYMS]] == ["61"]


def test_not_a_demonym() -> None:
    nlp = _GAZ.nlp([("Aegean", "NORP"), ("Irish", "NORP")])
    assert found_toponyms(nlp, "The talks were praised in the Irish press .") == []
    assert found_toponyms(nlp, "Fishermen were angry with the Irish .") == []
