"""A Russian sentence quoted in an English article is read by the gazetteer's Russian names.

«Дроны атаковали нефтебазу под Белгородом, — заявил Гладков»: the English pipeline
finds nothing there; :func:`geomap.nlp.foreign_sentences.foreign_script_names` finds
"Белгородом" by its lemma. spacy.blank("en"), a tiny gazetteer.
"""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_foreign_sentences_gazetteer.v1",
    [place("1", "Белгород", "city", "RU", 340_000), place("2", "Kharkiv", "city", "UA", 1_400_000)],
)
_NLP = _GAZ.nlp([("Kharkiv", "GPE")])


def _placed(text: str) -> list[tuple[str, str | None]]:
    doc = _NLP(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_a_russian_sentence_in_an_english_article_names_its_places() -> None:
    text = (
        "Explosions were reported in Kharkiv overnight. "
        "«Дроны атаковали нефтебазу под Белгородом», — заявил Гладков в своём канале."
    )
    assert _placed(text) == [("Kharkiv", "2"), ("Белгородом", "1")]


def test_a_cyrillic_word_in_an_english_sentence_is_left_to_the_english_rules() -> None:
    text = "Explosions were reported in Kharkiv and Белгородом overnight, officials said."
    assert ("Белгородом", "1") not in _placed(text)
