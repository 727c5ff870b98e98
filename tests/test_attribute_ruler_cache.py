"""The attribute ruler with cached one-token matches: the same annotations."""

from __future__ import annotations

from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from geomap.nlp.attribute_ruler import CachedMatches, cache_attribute_matches

PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": {"IN": ["was", "were"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
]
WORDS = ["Cities", "were", "shelled", "and", "towns", "gon", "na", "fall", "nothin'", "\n", "was"]
TAGS = ["NNS", "VBD", "VBD", "CC", "NNS", "VBG", "TO", "VB", "NN", "_SP", "VBD"]


def _pipeline(cached: bool) -> Language:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add_patterns(PATTERNS)
    if cached:
        cache_attribute_matches(nlp)
    return nlp


def _annotations(nlp: Language) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(2):  # the second time from the cache
        doc = nlp(Doc(nlp.vocab, words=WORDS, tags=TAGS))
        out.append([(t.pos_, str(t.morph), t.lemma_) for t in doc])
    assert out[0] == out[1]
    return out[0]


def test_cached_matches_annotate_as_the_matcher_does() -> None:
    nlp = _pipeline(cached=True)
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    assert isinstance(ruler.match, CachedMatches)
    assert _annotations(nlp) == _annotations(_pipeline(cached=False))
    assert [a[0] for a in _annotations(nlp)][:3] == ["NOUN", "AUX", "VERB"]
    assert _annotations(nlp)[5][2] == "go" and _annotations(nlp)[8][2] == "nothing"


def test_patterns_added_later_are_matched_too() -> None:
    nlp = _pipeline(cached=True)
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    ruler.add([[{"TAG": "CC"}]], {"POS": "CCONJ"})
    assert _annotations(nlp)[3][0] == "CCONJ"


def test_a_ruler_with_operators_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})
    cache_attribute_matches(nlp)
    assert not isinstance(ruler.match, CachedMatches)


def test_words_no_pattern_names_share_one_cache_entry() -> None:
    words = [f"word{i}" for i in range(40)] + ["were", "nothin'", "nuthin'"]
    tags = ["NN"] * 40 + ["VBD", "NN", "NN"]
    found = []
    for cached in (True, False):
        nlp = _pipeline(cached)
        doc = nlp(Doc(nlp.vocab, words=words, tags=tags))
        found.append([(t.pos_, str(t.morph), t.lemma_) for t in doc])
        if cached:
            ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
            assert isinstance(ruler.match, CachedMatches)
            # 40 new nouns are one entry; "were" and the REGEX-matched forms their own
            assert len(ruler.match.cache) == 4
    assert found[0] == found[1]
    assert found[0][41][2] == "nothing" and found[0][42][2] == "nothing"
    assert found[0][40][0] == "AUX"


def test_a_lower_test_that_cannot_be_told_keeps_every_word_apart() -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": {"NOT_IN": ["a", "the"]}, "TAG": "DT"}]], {"POS": "PRON"})
    cache_attribute_matches(nlp)
    assert isinstance(ruler.match, CachedMatches) and ruler.match.lower is None
    doc = nlp(Doc(nlp.vocab, words=["the", "this"], tags=["DT", "DT"]))
    assert [t.pos_ for t in doc] == ["", "PRON"]
