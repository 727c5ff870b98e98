"""A given span inside a token is resolved by its own name, not the token's."""

from __future__ import annotations

import spacy

from geomap.extensions import register_extensions
from geomap.geoparser import Geoparser
from geomap.nlp.given_spans import split_at
from geomap.settings import Settings
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_given_spans_gazetteer.v1",
    [place("1", "Qwertyville", "city", "QQ", 200_000)],
)


def test_tokens_are_split_where_a_span_starts_or_ends_inside_them() -> None:
    register_extensions()
    doc = spacy.blank("en")("The Qwertyvillers won.")
    doc._.article_id = "a"
    out = split_at(doc, [(4, 15)])
    assert [t.text for t in out] == ["The", "Qwertyville", "rs", "won", "."]
    assert out.text == doc.text and out._.article_id == "a"
    assert split_at(doc, [(4, 17)]) is doc  # nothing to split


def test_a_name_inside_a_token_is_resolved() -> None:
    gp = Geoparser(Settings(), nlp=GAZ.nlp([]))
    (mention,) = gp.resolve_spans("t", "The Qwertyvillers won.", [(4, 15)])
    assert mention.text == "Qwertyville" and mention.place is not None
    assert mention.place.place_id == "1"


CONTEXT_GAZ = TinyGazetteer(
    "geomap.test_given_context_gazetteer.v1",
    [
        place("10", "Qlexandria", "city", "AA", 4_000_000, lon=30.0, lat=31.0),
        place("11", "Qlexandria", "city", "BB", 150_000, lon=-77.0, lat=38.8),
        place("12", "Bbland", "country", "BB", 300_000_000, lon=-100.0, lat=40.0),
    ],
)
CONTEXT_TEXT = "The council of Qlexandria met on Monday. Bbland sent an envoy."


def test_names_the_recogniser_finds_beside_given_spans_are_context() -> None:
    gp = Geoparser(Settings(), nlp=CONTEXT_GAZ.nlp([("Bbland", "GPE"), ("Qlexandria", "GPE")]))
    (mention,) = gp.resolve_spans("t", CONTEXT_TEXT, [(15, 25)])
    assert mention.text == "Qlexandria" and mention.place is not None
    assert mention.place.place_id == "11"  # Bbland's, though Bbland is no given span
    alone = gp.resolve_spans("t", CONTEXT_TEXT[:40], [(15, 25)])
    assert alone[0].place is not None and alone[0].place.place_id == "10"
