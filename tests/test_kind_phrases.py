"""French phrases that name a river or a range by its kind's word ("estuaire de la Seine")."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.foreign_forms import kind_phrase
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place

PLACES = [
    Place("se", "Seine", "water", None, None, 0, 2.28, 48.86, "curated"),
    Place("vr", "Vosges", "landform", None, None, 0, 7.17, 48.8, "curated"),
    Place("vd", "Vosges", "admin2", "FR", None, 310_000, 6.54, 48.17, "curated"),
    Place("snr", "Sénégal", "water", None, None, 0, -14.73, 16.64, "curated"),
    Place("sn", "Senegal", "country", "SN", None, 15_000_000, -14.25, 14.5, "curated"),
]


def test_the_kind_word_and_its_link_are_read_off() -> None:
    assert kind_phrase("estuaire de la Seine", "fr") == ("Seine", "water")
    assert kind_phrase("massif des Vosges", "fr") == ("Vosges", "landform")
    assert kind_phrase("étang d’Urbino", "fr") == ("Urbino", "water")
    assert kind_phrase("massif des vosges", "fr") is None  # no name after the link
    assert kind_phrase("région de Donetsk", "fr") is None  # a unit: not this rule's
    assert kind_phrase("massif des Vosges", "de") is None
    # a river's word takes the name with no "de"; other kinds' words do not
    assert kind_phrase("fleuve Sénégal", "fr") == ("Sénégal", "water")
    assert kind_phrase("rivière Chari", "fr") == ("Chari", "water")
    assert kind_phrase("massif Vosges", "fr") is None
    assert kind_phrase("fleuve sénégal", "fr") is None


def test_the_phrase_is_the_feature_of_its_kind() -> None:
    gazetteer = Gazetteer.from_places(PLACES)
    # the range, not the département of the same name
    assert [c.place.place_id for c in gazetteer.candidates("massif des Vosges", "fr")] == ["vr"]
    assert [c.place.place_id for c in gazetteer.candidates("estuaire de la Seine", "fr")] == ["se"]
    # the river, not the country of the same name
    assert [c.place.place_id for c in gazetteer.candidates("fleuve Sénégal", "fr")] == ["snr"]
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Le port est dans un estuaire de la Seine .")
    doc.ents = [Span(doc, 8, 9, label="LOC")]  # the model took only "Seine"
    assert [s.text for s in recognizer(doc).spans["toponyms"]] == ["estuaire de la Seine"]
    # a river's word before its name stays out of the span (the name is the river's)
    doc = nlp("La crue du fleuve Sénégal continue .")
    doc.ents = [Span(doc, 4, 5, label="LOC")]
    assert [s.text for s in recognizer(doc).spans["toponyms"]] == ["Sénégal"]
