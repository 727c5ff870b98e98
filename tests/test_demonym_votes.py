"""A country the article names by its people's adjective votes as a named country (user70b A2).

Made-up places over a tiny gazetteer and spacy.blank("en"): "Tarbul" is the capital of
Lybara (big) and a provincial town of Kedonia, whose people are "Kedonian".
"""

from __future__ import annotations

from geomap.nlp.demonym_votes import article_demonyms
from tests.blank_geoparse import TinyGazetteer, place, placed

LYBARA = place("1", "Lybara", "country", "LR", 7_000_000, lon=17.0, lat=27.0)
KEDONIA = place("2", "Kedonia", "country", "KD", 6_000_000, lon=35.8, lat=33.9)
TARBUL_LR = place("3", "Tarbul", "city", "LR", 1_300_000, "PPLC", lon=13.2, lat=32.9)
TARBUL_KD = place("4", "Tarbul", "city", "KD", 230_000, "PPLA", lon=35.8, lat=34.4)
GAZ = TinyGazetteer(
    "geomap.test_demonym_votes_gazetteer.v1",
    [LYBARA, KEDONIA, TARBUL_LR, TARBUL_KD],
    demonyms={"kedonian": "2", "lybaran": "1"},
)
PATTERNS = [("Tarbul", "GPE"), ("Kedonian", "NORP"), ("Lybaran", "NORP"), ("Kedonia", "GPE")]


def _tarbul(text: str) -> set[str | None]:
    return {pid for name, pid in placed(GAZ.nlp(PATTERNS), text) if name == "Tarbul"}


def test_a_demonym_elsewhere_in_the_article_picks_the_namesake_in_its_country() -> None:
    lede = "Clashes broke out near Tarbul on Monday. A curfew was imposed in Tarbul."
    assert _tarbul(lede) == {"3"}  # alone: the capital
    quoted = lede + " Kedonian Prime Minister Nawaf Dalo denied it."
    assert _tarbul(quoted) == {"4"}


def test_demonyms_are_counted_per_country_outside_the_placed_names() -> None:
    nlp = GAZ.nlp(PATTERNS)
    doc = nlp("Kedonian troops and Kedonian police met Lybaran envoys in Kedonia and Tarbul.")
    found = article_demonyms(doc, GAZ(), [s for s in doc.ents if s.label_ == "GPE"])
    assert [(p.place_id, n) for p, n in found] == [("2", 2), ("1", 1)]
    # a word inside a name the resolver places is that name's
    assert article_demonyms(doc, GAZ(), list(doc.ents)) == []
