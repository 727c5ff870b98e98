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
