"""The subject of a headline's reduced passive is the target: literal, not metonymy.

"Kiev hit by drones", "Kyiv shelled overnight" (:mod:`geomap.claims.roles`); "Russia
struck Kharkiv" still acts. Hand-built parses, no model.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.roles import mention_role
from geomap.extensions import register_extensions


def _role(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> str:
    register_extensions()
    pos = ["PROPN" if t == "NNP" else "VERB" if t.startswith("VB") else "X" for t in tags]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc[1].lemma_ = {"hit": "hit", "shelled": "shell", "struck": "strike"}[words[1]]
    return mention_role(doc[0:1])


def test_the_subject_of_a_by_agent_is_literal() -> None:
    words, heads = ["Kiev", "hit", "by", "drones"], [1, 1, 1, 2]
    assert _role(words, heads, ["nsubj", "ROOT", "agent", "pobj"], ["NNP", "VBN", "IN", "NNS"]) == (
        "literal"
    )


def test_a_struck_subject_without_an_object_is_literal() -> None:
    words, heads = ["Kyiv", "shelled", "overnight"], [1, 1, 1]
    assert _role(words, heads, ["nsubj", "ROOT", "advmod"], ["NNP", "VBD", "RB"]) == "literal"


def test_a_subject_that_strikes_an_object_acts() -> None:
    words, heads = ["Russia", "struck", "Kharkiv"], [1, 1, 1]
    assert _role(words, heads, ["nsubj", "ROOT", "dobj"], ["NNP", "VBD", "NNP"]) == "metonymy"
