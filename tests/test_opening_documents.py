"""A sentence opened by "In a poll by X," speaks for that document when no one else speaks in it."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geomap.claims.agents import opening_document
from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_an_opening_phrase_names_its_document() -> None:
    words = ["In", "a", "poll", ",", "voters", "back", "it"]
    heads = [5, 2, 0, 5, 5, 5, 5]
    deps = ["prep", "det", "pobj", "punct", "nsubj", "ROOT", "dobj"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PRON"]
    doc = _doc(words, heads, deps, pos)
    assert opening_document(doc[5]) == doc[2]
    area = _doc(["In", "the", "area", ",", "voters", "back", "it"], heads, deps, pos)
    assert opening_document(area[5]) is None  # not a document


@pytest.mark.model
def test_a_poll_opening_the_sentence_is_its_source(nlp: Language) -> None:  # noqa: F811
    doc = parse(nlp, "In a 2019 survey, Ukrainians ranked Lviv first.")
    record = one(doc, "Lviv")._.source
    assert record is not None and (record.name, record.kind) == ("a 2019 survey", "document")


@pytest.mark.model
def test_a_speaker_of_the_sentence_wins_over_its_opening_phrase(nlp: Language) -> None:  # noqa: F811
    doc = parse(nlp, "In a statement, the ministry said Lviv was calm.")
    record = one(doc, "Lviv")._.source
    assert record is not None and record.name == "the ministry"
