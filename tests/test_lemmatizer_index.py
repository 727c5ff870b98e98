"""The rule lemmatiser's index as sets: the same lemmas (geomap.nlp.lemmatizer)."""

from __future__ import annotations

from typing import cast

import spacy
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from geomap.nlp.lemmatizer import INDEX_TABLE, SetList, index_as_sets


def _pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    lemmatizer = cast(Lemmatizer, nlp.add_pipe("lemmatizer", config={"mode": "rule"}))
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""]]})
    lookups.add_table(INDEX_TABLE, {"noun": ["city", "town", "border"], "verb": ["shell"]})
    lookups.add_table("lemma_exc", {"noun": {"geese": ["goose"]}})
    lemmatizer.initialize(lookups=lookups)
    return nlp


def _lemmas(nlp: spacy.language.Language) -> list[str]:
    words = ["Cities", "towns", "borders", "shelled", "walked", "geese", "Kyiv", "."]
    pos = ["NOUN", "NOUN", "NOUN", "VERB", "VERB", "NOUN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    return [t.lemma_ for t in nlp(doc)]


def test_set_list_is_the_same_list() -> None:
    words = SetList(["city", "town", "city"])
    assert words == ["city", "town", "city"]
    assert "town" in words and "village" not in words
    assert isinstance(words, list) and len(words) == 3


def test_index_as_sets_keeps_every_lemma() -> None:
    nlp = _pipeline()
    before = _lemmas(nlp)
    index_as_sets(nlp)
    table = cast(Lemmatizer, nlp.get_pipe("lemmatizer")).lookups.get_table(INDEX_TABLE)
    assert all(isinstance(words, SetList) for words in table.values())
    assert table["noun"] == ["city", "town", "border"]
    assert _lemmas(_pipeline()) == before == _lemmas(nlp)
    assert before[:4] == ["city", "town", "border", "shell"]
    index_as_sets(nlp)  # twice: harmless
    assert _lemmas(nlp) == before


def test_index_as_sets_leaves_other_pipelines_alone() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    index_as_sets(nlp)  # no rule lemmatiser: nothing to do, no error
    assert nlp.pipe_names == ["lemmatizer"]
