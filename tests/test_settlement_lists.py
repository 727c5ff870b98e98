"""Names the gazetteer lacks after "the town of", "the villages of A and B"."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.nlp.settlement_lists import settlement_before, unknown_settlement

NLP = spacy.blank("en")


class _Names:
    """A gazetteer stand-in: the names it has an entry for."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def candidates(self, text: str) -> list[str]:
        return [text] if text in self.names else []


def _span(text: str, name: str) -> Span:
    doc = NLP(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def _with_ents(words: list[str], ents: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, ents=ents)


def test_a_name_after_a_settlement_noun_and_of_is_a_place() -> None:
    text = "Israeli strikes hit the southern towns of Nabatieh and Bint Jbeil on Tuesday."
    assert settlement_before(_span(text, "Nabatieh"))
    assert settlement_before(_span(text, "Bint Jbeil"))  # the list's second name
    # read as a place only when the gazetteer has no entry by the name (a village known
    # by that spelling, a unit's other name, is left to the rules for towns)
    assert unknown_settlement(_span(text, "Bint Jbeil"), _Names(set()))
    assert not unknown_settlement(_span(text, "Bint Jbeil"), _Names({"Bint Jbeil"}))
    assert settlement_before(_span("It secured the oil-rich town of Heglig.", "Heglig"))
    text = "Troops entered the villages of Aitaroun, Yaroun and Maroun."
    assert all(settlement_before(_span(text, n)) for n in ("Aitaroun", "Yaroun", "Maroun"))
    # a demonym between "the" and the noun: "the southern Lebanese town of"
    words = ["hit", "the", "southern", "Lebanese", "town", "of", "Khiam", "."]
    doc = _with_ents(words, ["O", "O", "O", "B-NORP", "O", "O", "B-ORG", "O"])
    assert settlement_before(doc[6:7])


def test_a_name_after_other_words_is_not() -> None:
    for text, name in (
        ("He met the mayor of Nabatieh.", "Nabatieh"),  # not a settlement noun
        ("the capital of Mali", "Mali"),  # a capital names its country after "of"
        ("He toured the City of London.", "London"),  # capitalised: a name
        ("Sales in towns of Nabatieh rose.", "Nabatieh"),  # no "the"
        ("He visited Nabatieh.", "Nabatieh"),
    ):
        assert not settlement_before(_span(text, name)), text
    # a person's towns: "the Smith towns of"
    words = ["the", "Smith", "towns", "of", "Hale", "."]
    doc = _with_ents(words, ["O", "B-PERSON", "O", "O", "B-GPE", "O"])
    assert not settlement_before(doc[4:5])
