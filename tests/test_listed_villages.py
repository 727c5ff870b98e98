"""A village listed beside a town of its country, at home, is a place too."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place


def _found(text: str) -> list[str]:
    places = [
        Place("go", "Gołdap", "city", "PL", None, 13_000, 22.3, 54.31, "curated"),
        Place("wi", "Wiżajny", "city", "PL", None, 970, 22.87, 54.37, "curated"),
        Place("vi", "Vižaini", "city", "LT", None, 600, 23.0, 54.5, "curated"),
    ]
    gazetteer = Gazetteer.from_places(
        places,
        local_names=[("pl", "Gołdap", "go"), ("pl", "Wiżajny", "wi"), ("pl", "Wiżajnie", "vi")],
    )
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gazetteer)(nlp(text))
    return [s.text for s in doc.spans["toponyms"]]


def test_a_home_village_listed_beside_a_town() -> None:
    # Wiżajny has under 1,000 people: listed beside Gołdap it is taken
    assert _found("Prace trwają wokół Gołdapi i Wiżajn .") == ["Gołdapi", "Wiżajn"]
    # alone, after no preposition, it is not
    assert _found("Prace trwają , a Wiżajn nikt nie zna .") == []
    # a village abroad listed beside a town at home is not
    assert _found("Prace trwają wokół Gołdapi i Wiżajnie .") == ["Gołdapi"]
