"""An article's focus when two cities have equal votes: the more populous one."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS, register_extensions
from geomap.nlp.focus import article_focus
from geomap.records import Place


def _city(pid: str, cc: str, pop: int, lon: float, lat: float) -> Place:
    return Place(pid, pid, "city", cc, None, pop, lon, lat, "test")


def test_a_tie_goes_to_the_more_populous_city_not_the_first_named() -> None:
    # "Overberg" (a Dutch village of 1,379, the namesake of a South African district)
    # named before Grabouw, a South African town of 37,490: the hiking trails go to Grabouw
    register_extensions()
    doc = Doc(spacy.blank("en").vocab, words=["Overberg", "and", "Grabouw"])
    doc.spans[TOPONYMS] = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE")]
    village = _city("overberg", "NL", 1_379, 6.5, 52.0)
    town = _city("grabouw", "ZA", 37_490, 19.0, -34.2)
    picks = {"overberg": (village, 0.93), "grabouw": (town, 0.93)}
    groups = {"overberg": [doc.spans[TOPONYMS][0]], "grabouw": [doc.spans[TOPONYMS][1]]}
    focus = article_focus(picks, groups)
    assert focus is not None and focus[0] == town
    picks["overberg"] = (village, 0.95)  # more votes still win
    focus = article_focus(picks, groups)
    assert focus is not None and focus[0] == village
