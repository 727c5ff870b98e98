"""A name found as a place once is the place where it comes again (issue 18)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.local_repeats import repeated


def test_a_found_name_is_found_again_but_not_after_an_article_or_in_an_entity() -> None:
    doc = spacy.blank("de")(
        "EUPEN - Betroffen seien Eupen und Raeren. Die Halle liegt in Halle. Eupen"
    )
    found = [Span(doc, 0, 1, label="GAZ"), Span(doc, 12, 13, label="GAZ")]  # EUPEN, Halle
    assert doc[12].text == "Halle" and doc[9].text == "Halle"
    blocked = {len(doc) - 1}  # the last "Eupen": a person's entity
    again = repeated(doc, found, blocked)
    assert [(s.start, s.text) for s in again] == [(4, "Eupen")]


def test_multi_word_names_and_no_names() -> None:
    doc = spacy.blank("de")("in Bad Ems und Bad Ems")
    assert [s.text for s in repeated(doc, [Span(doc, 1, 3)], set())] == ["Bad Ems"]
    assert repeated(doc, [], set()) == []


def test_an_adjective_opening_a_sentence_or_a_longer_name_is_no_repeat() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = nlp("Pomoc z Polski. Polski minister był w Polski Radio i w Polski. Wisła Kraków i Wisła")
    polski = Span(doc, 2, 3, label="GAZ")
    assert [s.start for s in repeated(doc, [polski], set())] == [12]  # "w Polski." alone
    wisla = Span(doc, len(doc) - 1, len(doc), label="GAZ")
    assert repeated(doc, [wisla], set()) == []  # "Wisła Kraków": the club


def test_a_name_in_other_capitals_is_no_repeat_unless_a_dateline() -> None:
    doc = spacy.blank("ru")("в Газе бои , на ГАЗе простой , ГАЗА закрыта")
    assert repeated(doc, [Span(doc, 1, 2, label="GAZ")], set()) == []
