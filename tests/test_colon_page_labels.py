"""A web page's field label before a colon is no headline source (issue 17).

"Source: UN High Commissioner for Refugees Country: Brazil", "Quick Facts: Since …": the
labels of a page's fields, not "Petrenko: Kharkiv holds firm".  Hand-built parses on
``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.name_sources import colon_source
from tests.test_attribution_blank import Row, parsed


def _headline(first: Row) -> list[Row]:
    """ "<first> : Kharkiv holds firm" """
    return [
        first,
        (":", ":", "PUNCT", "punct", 3),
        ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 3),
        ("holds", "hold", "VERB", "ROOT", 3),
        ("firm", "firm", "ADV", "advmod", 3),
    ]


def test_a_page_label_before_a_colon_is_no_source() -> None:
    rows = _headline(("Source", "source", "PROPN", "dep", 3))
    assert colon_source(parsed(rows)[:]) is None
    rows = _headline(("Facts", "fact", "PROPN", "dep", 3))
    assert colon_source(parsed(rows)[:]) is None


def test_a_name_before_a_colon_still_is() -> None:
    rows = _headline(("Petrenko", "Petrenko", "PROPN", "dep", 3))
    found = colon_source(parsed(rows)[:])
    assert found is not None and found.text == "Petrenko"


def test_a_newsrooms_rubric_before_a_colon_is_no_source() -> None:
    # user58: "Obituary: Dr Oksana Levchenko, surgeon of Kupiansk hospital"
    for rubric in ("Obituary", "Explainer", "Exclusive"):
        rows = _headline((rubric, rubric.lower(), "PROPN", "dep", 3))
        assert colon_source(parsed(rows)[:]) is None


def test_where_a_headline_source_is_is_no_role() -> None:
    # user72a: "Zelensky in Odesa: Crimea will be …" gave the role "in Odesa"
    from geomap.claims.names import split_name

    rows: list[Row] = [
        ("Zelensky", "Zelensky", "PROPN", "ROOT", 0),
        ("in", "in", "ADP", "prep", 0),
        ("Odesa", "Odesa", "PROPN", "pobj", 1),
        (":", ":", "PUNCT", "punct", 0),
    ]
    doc = parsed(rows, ents=["B-PERSON", "O", "B-GPE", "O"])
    name, role = split_name(doc[0:3])
    assert (name.text, role) == ("Zelensky", "")
    # an office after the name stays its role
    rows = [
        ("Petrenko", "Petrenko", "PROPN", "ROOT", 0),
        (",", ",", "PUNCT", "punct", 0),
        ("mayor", "mayor", "NOUN", "appos", 0),
        ("of", "of", "ADP", "prep", 2),
        ("Odesa", "Odesa", "PROPN", "pobj", 3),
    ]
    name, role = split_name(parsed(rows, ents=["B-PERSON", "O", "O", "O", "B-GPE"])[0:5])
    assert (name.text, role) == ("Petrenko", "mayor of Odesa")


def _two_words(first: Row, second: Row) -> list[Row]:
    """ "<first> <second> : Kharkiv holds firm" """
    return [
        first,
        second,
        (":", ":", "PUNCT", "punct", 4),
        ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 4),
        ("holds", "hold", "VERB", "ROOT", 4),
        ("firm", "firm", "ADV", "advmod", 4),
    ]


def test_a_place_s_topic_before_a_colon_is_no_source() -> None:
    # user73b: "Lachin corridor: the road that emptied …" gave the speaker "Lachin
    # corridor" (verb ":"): "corridor" ends in "-or" as "governor" does
    place = ("Lachin", "Lachin", "ADJ", "compound", 1)
    topic = parsed(_two_words(place, ("corridor", "corridor", "NOUN", "dep", 4)))
    assert colon_source(topic[:]) is None
    office = parsed(_two_words(place, ("governor", "governor", "NOUN", "dep", 4)))
    found = colon_source(office[:])
    assert found is not None and found.text == "Lachin governor"
