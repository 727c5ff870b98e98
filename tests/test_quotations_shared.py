"""One quote finder (geomap.quotations) below both nlp and claims: a well-known place's
name inside a quotation is found by the same regions the speakers use."""

from __future__ import annotations

import spacy

from geomap.nlp.quoted_places import inside_quotation
from geomap.quotations import quote_regions, region_at


def test_a_name_inside_a_quotation_by_the_claims_quote_regions() -> None:
    nlp = spacy.blank("en")
    text = '“We will hold Kherson,” the commander said in Odesa. "Lviv stands," he said.'
    doc = nlp(text)
    by_text = {t.text: doc[t.i : t.i + 1] for t in doc}
    assert inside_quotation(by_text["Kherson"])
    assert not inside_quotation(by_text["Odesa"])
    # a straight quote, told by its place, not by a tagger (a blank pipeline has none)
    assert inside_quotation(by_text["Lviv"])
    regions = quote_regions(text)
    assert doc.user_data["geomap_quote_regions"] == regions  # found once per doc
    for name in ("Kherson", "Odesa", "Lviv"):
        span = by_text[name]
        inside = region_at(regions, span.start_char, span.end_char) is not None
        assert inside_quotation(span) == inside


def test_a_quote_over_paragraphs_reopened_is_one_quotation() -> None:
    text = "The mayor said: “We sent a crew.\n\n“We treated a man in Kharkiv.” Then he left."
    doc = spacy.blank("en")(text)
    kharkiv = next(doc[t.i : t.i + 1] for t in doc if t.text == "Kharkiv")
    assert inside_quotation(kharkiv)
    after = next(doc[t.i : t.i + 1] for t in doc if t.text == "left")
    assert not inside_quotation(after)
