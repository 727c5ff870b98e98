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
