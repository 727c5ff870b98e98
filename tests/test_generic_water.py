"""A place entity of "the" and one generic word naming a water body: "in the Gulf"."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

PLACES = [
    place("71", "Persian Gulf", "water", "", 0, "GULF", lon=51.0, lat=27.0),
    place("72", "Dubai", "city", "AE", 3_000_000, "PPLA", lon=55.3, lat=25.3),
]


class _Gazetteer(TinyGazetteer):
    """The gulf's short name as GeoNames gives it (an alternate name)."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Gulf", "71", "alternate")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _Gazetteer("geomap.test_generic_water_gazetteer.v1", PLACES)


def test_the_gulf_tagged_loc_is_the_gulf() -> None:
    nlp = _GAZ.nlp([("Dubai", "GPE"), ("the Gulf", "LOC")])
    text = "Insurers in Dubai raised premiums for ports in the Gulf ."
    assert found_toponyms(nlp, text) == ["Dubai", "Gulf"]
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s._.place.place_id for s in doc.spans[TOPONYMS]] == ["72", "71"]


def test_a_generic_word_with_no_water_of_that_name_is_no_place() -> None:
    nlp = _GAZ.nlp([("Dubai", "GPE"), ("the Coast", "LOC")])
    assert found_toponyms(nlp, "Insurers in Dubai and on the Coast agreed .") == ["Dubai"]
