"""A town qualified by an admin-2 unit is the namesake in that unit's admin-1 (issue 16).

"in eight Barangays of Santa Maria, Davao del Sur, in Mindanao" (GeoVirus dev): once
"Davao del Sur" was read whole, Santa Maria went to a namesake in Central Luzon, the
region of the story's other places: a province (GeoNames admin-2) qualified nothing.
"""

from __future__ import annotations

from dataclasses import replace

import spacy

from geomap.extensions import TOPONYMS, register_extensions
from geomap.nlp.mention_evidence import mention_evidence
from geomap.nlp.scoring import contains
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _in(p: Place, code: str) -> Place:
    return replace(p, admin1_code=code)


GAZ = TinyGazetteer(
    "geomap.test_admin2_qualifiers_gazetteer.v1",
    [
        _in(place("1", "Santa Maria", "city", "PH", 28_000, "PPL", 120.44, 16.95), "03"),
        _in(place("2", "Santa Maria", "city", "PH", 16_000, "PPL", 125.47, 6.55), "11"),
        _in(place("3", "Davao del Sur", "admin2", "PH", 2_300_000, "ADM2", 125.39, 6.94), "11"),
    ],
)


def _held(text: str, town: tuple[int, int], unit: tuple[int, int]) -> list[str]:
    """The town's candidates inside a container its qualifier gives."""
    register_extensions()
    doc = spacy.blank("en")(text)
    spans = [doc[town[0] : town[1]], doc[unit[0] : unit[1]]]
    doc.spans[TOPONYMS] = spans
    gaz = GAZ()
    cands = {"santa maria": list(gaz.candidates("Santa Maria"))}
    cands["davao del sur"] = list(gaz.candidates("Davao del Sur"))
    ev = mention_evidence("santa maria", spans[:1], cands, {}, lambda text, lang: [])
    return [
        c.place.place_id
        for c in cands["santa maria"]
        if any(contains(h, c.place) for h in ev.containers)
    ]


def test_a_province_qualifier_holds_the_towns_of_its_region() -> None:
    assert _held("In Santa Maria, Davao del Sur, pigs died.", (1, 3), (4, 7)) == ["2"]


def test_a_province_named_apart_qualifies_nothing() -> None:
    assert _held("In Santa Maria pigs died. Davao del Sur too.", (1, 3), (6, 9)) == []
