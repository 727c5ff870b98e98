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


def test_a_river_named_with_the_town_it_flows_through() -> None:
    from shapely.geometry import LineString, box

    from geomap.nlp.river_towns import river_by_town
    from geomap.records import Candidate

    moldova = Place("md", "Moldova", "country", "MD", None, 3_000_000, 28.5, 47.2, "curated")
    vltava = Place("vl", "Vltava", "water", None, None, 0, 14.2, 49.4, "curated")
    prague = Place("pr", "Prague", "city", "CZ", None, 1_300_000, 14.42, 50.08, "curated")
    shapes = {"vl": LineString([(14.2, 49.4), (14.42, 50.08), (14.45, 50.35)]),
              "md": box(26.6, 45.4, 30.2, 48.5)}  # fmt: skip
    nlp = spacy.blank("de")
    cands = [Candidate(moldova, "name"), Candidate(vltava, "alternate")]

    def picked(text: str, name: str = "Moldau") -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        spans = [doc[words.index(w) : words.index(w) + 1] for w in (name, "Prag")]
        out = river_by_town(
            cands, spans[:1], spans, lambda s: [Candidate(prague, "name")], shapes.get
        )
        return [c.place.place_id for c in out]

    assert picked("Die Moldau in Prag führt Hochwasser .") == ["vl"]
    # no preposition between: a list, not a river at a town
    assert picked("Moldau , Prag und Wien .") == ["md", "vl"]
    # a namesake near the town stays a candidate: the resolver weighs it
    town = Place("mt", "Moldau", "city", "CZ", None, 2_000, 14.5, 50.1, "curated")
    cands.append(Candidate(town, "name"))
    assert picked("Die Moldau in Prag führt Hochwasser .") == ["md", "vl", "mt"]


def test_a_capitalised_function_word_after_an_article_is_a_name() -> None:
    places = [Place("od", "Oder", "water", None, None, 0, 14.6, 52.3, "curated")]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = recognizer(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Die Stadt liegt an der Oder .") == ["Oder"]
    assert found("Der Pegel der Oder steigt .") == ["Oder"]
    # the conjunction, and a capital at a sentence's start, are no river
    assert found("Regen oder Sonne ? Oder Schnee .") == []


def test_a_german_area_compound_is_the_land_of_its_city_or_river() -> None:
    from geomap.gazetteer.foreign_forms import area_compound

    assert area_compound("Münsterland", "de") == "Münster"
    assert area_compound("Ruhrgebiet", "de") == "Ruhr"
    assert area_compound("Ausland", "de") is None  # too short a stem
    assert area_compound("Münsterland", "pl") is None
    places = [
        Place("ms", "Münster", "city", "DE", None, 300_000, 7.63, 51.96, "curated"),
        Place("gs", "Gast", "city", "DE", None, 500, 9.0, 50.0, "curated"),
    ]
    gazetteer = Gazetteer.from_places(places)
    assert [(c.place.place_id, c.match) for c in gazetteer.candidates("Münsterland", "de")] == [
        ("ms", "alternate")
    ]
    assert gazetteer.candidates("Gastland", "de") == []  # a village names no land
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gazetteer)(nlp("Die Leitung führt durch das Münsterland ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Münsterland"]
