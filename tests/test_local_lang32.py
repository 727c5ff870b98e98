"""Mechanisms found on the fresh dev articles of branch lang32 (issue 18)."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_spans import inflected_acronym
from geomap.records import Place


def test_an_acronym_with_a_case_ending_is_no_place() -> None:
    assert inflected_acronym("ГАЗе") and inflected_acronym("КАМАЗа")
    assert not inflected_acronym("МОСКВА") and not inflected_acronym("Газе")
    assert not inflected_acronym("США") and not inflected_acronym("McAllen")
    places = [Place("gz", "Gaza", "city", "PS", None, 600_000, 34.45, 31.5, "curated")]
    gazetteer = Gazetteer.from_places(places, local_names=[("ru", "Газа", "gz")])
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")
    doc = recognizer(nlp("На ГАЗе вводят четырёхдневку , а в Газе идут бои ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Газе"]
