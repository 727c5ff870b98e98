"""A town the model tags ORG after "in" or "from" (recognizer._after_locative, issue 16)."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_locative_towns_gazetteer.v1",
    [
        place("2651285", "Dewsbury", "city", "GB", 62_945, "PPL"),
        place("2643266", "March", "city", "GB", 22_298, "PPL"),
    ],
)


def _found(text: str, label: str) -> list[str]:
    nlp = _GAZ.nlp([("Dewsbury", label), ("March", label)])
    doc = nlp(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_town_tagged_org_after_in_or_from_is_the_town() -> None:
    assert _found("They rented a cottage in Dewsbury.", "ORG") == ["Dewsbury"]
    assert _found("Barry, who was from Dewsbury, said so.", "ORG") == ["Dewsbury"]
    assert _found("She works at Dewsbury now.", "ORG") == []  # "at" precedes firms too
    assert _found("Sales rose in March.", "DATE") == []  # a month, not the town
