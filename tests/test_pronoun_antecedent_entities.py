"""He/she never refers back to a name that is where something happens or whose something is.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``; "Oahu" is left unmarked, as a missed place).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geomap.claims.clause_roles import where_or_whose
from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)


def _ent(words: list[str], heads: list[int], deps: list[str], ent: tuple[int, int]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [
        doc.char_span(doc[ent[0]].idx, doc[ent[1] - 1].idx + len(doc[ent[1] - 1]), "PERSON")
    ]
    return doc


def test_a_name_after_on_or_in_is_where_not_who() -> None:
    doc = _ent(["Back", "on", "Oahu", "she", "sat"], [4, 0, 1, 4, 4],
               ["advmod", "prep", "pobj", "nsubj", "ROOT"], (2, 3))  # fmt: skip
    assert where_or_whose(doc.ents[0])
    doc = _ent(["She", "met", "with", "Smith"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "prep", "pobj"], (3, 4))  # fmt: skip
    assert not where_or_whose(doc.ents[0])


@pytest.mark.model
def test_she_skips_a_name_the_model_tagged_person_after_on(nlp: Language) -> None:  # noqa: F811
    text = (
        "The artist spent nine weeks on the islands. "
        "Back on Oahu, where she had first arrived, she had been angry that Dole officials "
        "refused to let her stay. "
        "She said Lviv was calm."
    )
    record = one(parse(nlp, text), "Lviv")._.source
    assert record is None or record.name not in ("Oahu", "Dole")
