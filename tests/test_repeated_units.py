"""A county or a big city's English name found once is a place where else the model
mislabels it, and an organisation's name cut short is no person's (issue 16).

GeoVirus dev: "Cornwall Fire and" tagged PERSON made "Cornwall" a person's word, so
no "Cornwall" of the article was a place; GeoWebNews dev: "Douma" (GeoNames' Duma,
its English name an exonym) tagged PERSON in "Douma's fall" was missed after two
mentions found as places.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.nlp.repeats import notable
from geomap.records import Candidate
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_repeated_units_gazetteer.v1",
    [
        place("1", "Cornwall", "admin2", "GB", 400_000),
        place("2", "Duma", "city", "SY", 110_000),
    ],
    other_names=(("Douma", "2", "exonym"),),
)


def _found(patterns: list[tuple[str, str]], text: str) -> list[str]:
    doc = GAZ.nlp(patterns)(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_an_entity_cut_after_a_lower_case_word_is_no_persons_name() -> None:
    patterns = [("Cornwall", "GPE"), ("Cornwall Fire and", "PERSON")]
    text = "A caravan park in Cornwall burned. Cornwall Fire and Rescue Service came."
    assert _found(patterns, text)[:1] == ["Cornwall"]
    # a whole person's name still is one: "Cornwall" is then a surname
    patterns = [("Cornwall", "GPE"), ("Jack Cornwall", "PERSON")]
    assert _found(patterns, "Jack Cornwall came. Cornwall said so.") == []


def test_a_county_and_a_big_citys_english_name_are_repeated() -> None:
    nlp = GAZ.nlp([])
    doc = nlp.make_doc("Troops entered Douma on Sunday. Later, Douma's fall was announced.")
    doc.ents = [Span(doc, 2, 3, "GPE"), Span(doc, 8, 9, "PERSON")]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(s.text, s.start) for s in doc.spans[TOPONYMS]] == [("Douma", 2), ("Douma", 8)]
    county = place("1", "Cornwall", "admin2", "GB", 400_000)
    small = place("3", "Smallshire", "admin2", "GB", 40_000)
    assert notable(Candidate(county, "name"), single=True, model_said=False, repeated=True)
    assert not notable(Candidate(small, "name"), single=True, model_said=False, repeated=True)
    city = place("2", "Duma", "city", "SY", 110_000)
    assert notable(Candidate(city, "exonym"), single=True, model_said=True, repeated=True)
    assert not notable(Candidate(city, "exonym"), single=True, model_said=False, repeated=True)
    # another spelling of a town of 10,000+ is repeated where the model said place
    # ("Stepanakert" for Xankandi, fx71p); not without the model's word, nor a village's
    assert notable(Candidate(city, "alternate"), single=True, model_said=True, repeated=True)
    assert not notable(Candidate(city, "alternate"), single=True, model_said=False, repeated=True)
    village = place("5", "Smallby", "city", "SY", 2_000)
    assert not notable(Candidate(village, "alternate"), single=True, model_said=True, repeated=True)


def test_an_entity_is_not_cut_to_a_county_it_starts_with() -> None:
    """Conflict dev: "near Ain Issa" (GPE, unknown whole) was cut to Ain, France."""
    ain = place("4", "Ain", "admin2", "FR", 650_000)
    assert not notable(Candidate(ain, "name"), single=True, model_said=False)
    gaz = TinyGazetteer("geomap.test_repeated_units_ain.v1", [ain])
    doc = gaz.nlp([("Ain Issa", "GPE")])("Drones struck villages near Ain Issa.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Ain Issa"]
