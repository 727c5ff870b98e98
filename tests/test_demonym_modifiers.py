"""A demonym modifying a noun names its country, not the unit that bears the word (user70b A4).

Made-up places over a tiny gazetteer and spacy.blank("en"): "Varish" is the demonym of
Varland and the own name of a region of Ostria.
"""

from __future__ import annotations

from geomap.nlp.demonym_modifiers import modifies_a_noun
from tests.blank_geoparse import TinyGazetteer, place

VARLAND = place("1", "Varland", "country", "VL", 15_000_000, lon=46.0, lat=5.0)
REGION = place("2", "Varish", "admin1", "OS", 1_200_000, lon=44.0, lat=7.0)
OSTRIA = place("3", "Ostria", "country", "OS", 120_000_000, lon=39.0, lat=9.0)
KOLDAR = place("4", "Koldar", "city", "OS", 300_000, lon=37.4, lat=12.6)
GAZ = TinyGazetteer(
    "geomap.test_demonym_modifiers_gazetteer.v1",
    [VARLAND, REGION, OSTRIA, KOLDAR],
    demonyms={"varish": "1"},
    other_names=(("Varish", "1", "alternate"),),
)


def _placed(text: str) -> list[tuple[str, str | None]]:
    out = GAZ.resolve_named(text, ["Varish", "Ostria", "Koldar"])
    return [(m.text, m.place.place_id if m.place else None) for m in out if m.text == "Varish"]


def test_a_demonym_before_a_title_is_its_country_in_a_story_of_the_region_s_country() -> None:
    text = (
        "A drone struck Koldar in Ostria. Varish Information Minister Dalo Ames said the "
        "attack on Koldar was condemned. Fighting in Koldar went on."
    )
    assert _placed(text) == [("Varish", "1")]


def test_a_demonym_before_a_unit_word_stays_the_unit() -> None:
    text = "A drone struck Koldar in Ostria. Troops entered the Varish region near Koldar."
    assert _placed(text) == [("Varish", "2")]


def test_only_a_word_before_a_noun_modifies_it() -> None:
    nlp = GAZ.nlp([])
    doc = nlp("Varish forces left. Troops left Varish. Varish, Ostria. The Varish region.")
    words = [doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Varish"]
    assert [modifies_a_noun(s) for s in words] == [True, False, False, False]
