"""Conflict batch d34 (issue 16): towns reached or passed ("as far as X", "past X").

spacy.blank("en") with an entity ruler that labels the names as the small model did,
parts of speech set by hand (blank has none), a tiny gazetteer, and the geomap
components.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _p(pid: str, name: str, cc: str, pop: int, lon: float, lat: float) -> Place:
    return place(pid, name, "city", cc, pop, "PPLA", lon=lon, lat=lat)


_GAZ = TinyGazetteer(
    "geomap.test_conflict_d34_gazetteer.v1",
    [
        _p("1", "Sennar", "SD", 130_122, 33.6, 13.6),
        _p("2", "Vardo", "NO", 1_875, 31.1, 70.4),
        _p("3", "Hammerfest", "NO", 10_000, 23.7, 70.7),
        _p("4", "Kosti", "SD", 345_068, 32.7, 13.2),
        _p("5", "Washington", "US", 689_545, -77.0, 38.9),
    ],
)

#: Parts of speech the small model gives the words these tests read.
_POS = {"past": "ADP", "is": "AUX", "concerned": "VERB", "flew": "VERB", "was": "AUX"}


def _found(nlp: Language, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = _POS.get(tok.lower_, "PROPN" if tok.is_title else "X")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_town_as_far_as_which_something_reached() -> None:
    nlp = _GAZ.nlp([("Sennar", "PERSON")])
    text = "Drones cut electricity in the state and as far as Sennar, the army said."
    assert _found(nlp, text) == ["Sennar"]


def test_towns_a_flight_passed() -> None:
    nlp = _GAZ.nlp([("Vardo", "PERSON")])
    text = "The bombers flew along the coast past Vardo and Hammerfest before turning back."
    assert _found(nlp, text) == ["Vardo", "Hammerfest"]


def test_as_far_as_a_name_is_concerned_names_no_place() -> None:
    nlp = _GAZ.nlp([("Washington", "PERSON")])
    text = "As far as Washington is concerned, the talks are over."
    assert _found(nlp, text) == []


def test_past_as_an_adjective_heads_no_town() -> None:
    nlp = _GAZ.nlp([("Vardo", "PERSON")])
    doc_text = "He said that over the past Vardo had kept quiet."
    nlp_doc = nlp.make_doc(doc_text)
    for tok in nlp_doc:
        tok.pos_ = "ADJ" if tok.lower_ == "past" else ("PROPN" if tok.is_title else "X")
    for _, proc in nlp.pipeline:
        nlp_doc = proc(nlp_doc)
    assert [s.text for s in nlp_doc.spans[TOPONYMS]] == []
