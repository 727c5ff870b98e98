"""Streets and buildings tagged ORG, or FAC with "the", count only with ``facilities``."""

from __future__ import annotations

from spacy.language import Language

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_facilities_gazetteer.v1",
    [place("1", "New Orleans", "city", "US", 380_000, lon=-90.1, lat=30.0)],
)
PATTERNS = [
    ("New Orleans", "GPE"),
    ("Holy Redeemer Church", "ORG"),
    ("the Rogers Centre", "FAC"),
    ("Acme Widgets", "ORG"),
]
TEXT = (
    "Mass was held at Holy Redeemer Church in New Orleans. "
    "Acme Widgets played at the Rogers Centre."
)


def _names(facilities: bool) -> list[str]:
    nlp: Language = GAZ.nlp(PATTERNS)
    nlp.get_pipe("geomap_toponyms").facilities = facilities  # type: ignore[attr-defined]
    doc = nlp(TEXT)
    return [s.text for s in doc.spans["toponyms"]]


def test_buildings_tagged_org_or_with_the_are_names_with_facilities() -> None:
    assert _names(True) == ["Holy Redeemer Church", "New Orleans", "Rogers Centre"]


def test_without_facilities_only_the_place_counts() -> None:
    assert _names(False) == ["New Orleans"]
