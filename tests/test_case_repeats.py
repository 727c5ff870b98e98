"""A name taken as a place in capitals is a place in title case too, and the reverse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS
from geomap.nlp.repeats import case_variants
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_case_repeats_gazetteer.v1",
    [
        place("1", "Qwertyville", "city", "US", 24_000),
        place("2", "Georgetown", "city", "US", 24_000),
    ],
)


def _found(patterns: list[tuple[str, str]], text: str) -> list[str]:
    doc = GAZ.nlp(patterns)(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_datelines_capitals_carry_over_to_the_name_in_the_text() -> None:
    patterns = [("QWERTYVILLE", "GPE"), ("Qwertyville", "ORG")]
    text = "QWERTYVILLE - The grant for Qwertyville was awarded."
    assert _found(patterns, text) == ["QWERTYVILLE", "Qwertyville"]
    text = "The grant for Qwertyville was awarded. QWERTYVILLE GRANT EVENT."
    assert _found([("Qwertyville", "GPE"), ("QWERTYVILLE", "ORG")], text) == [
        "Qwertyville",
        "QWERTYVILLE",
    ]


def test_no_variant_of_short_names_nor_of_a_persons_name() -> None:
    assert case_variants("US") == set() and case_variants("AU") == set()
    assert case_variants("SAN DIEGO") == {"San Diego"}
    patterns = [("GEORGETOWN", "GPE"), ("Georgetown Smith", "PERSON")]
    text = "GEORGETOWN - Georgetown Smith spoke."
    assert _found(patterns, text) == ["GEORGETOWN"]


def test_a_town_the_text_places_is_a_place_where_else_it_is_named() -> None:
    # "the port city of X" places the town the model tagged ORG; the headline's
    # bare "X" is then the town too
    patterns = [("Qwertyville", "ORG")]
    text = "Drones target Qwertyville\n\nDrones hit the port city of Qwertyville on Monday."
    assert _found(patterns, text) == ["Qwertyville", "Qwertyville"]
    text = "Drones target Qwertyville\n\nThe drones were shot down near Qwertyville."
    assert _found(patterns, text) == ["Qwertyville", "Qwertyville"]


def test_a_town_named_only_as_an_organisation_is_not_repeated() -> None:
    # without a place noun or a preposition of place before it, a small town the
    # model tags ORG stays the organisation's name everywhere
    patterns = [("Qwertyville", "ORG")]
    text = "Drones target Qwertyville\n\nQwertyville said the drones were shot down."
    assert _found(patterns, text) == []
    # nor after "at", which an organisation's name follows as often ("shoppers at Zara")
    text = "Queues form at Qwertyville\n\nShoppers queued at Qwertyville on Monday."
    assert _found(patterns, text) == []


OTHER = TinyGazetteer(
    "geomap.test_case_repeats_other_gazetteer.v1",
    [
        place("1", "Xankville", "city", "ZZ", 53_000),
        place("2", "Smallby", "city", "ZZ", 2_000),
    ],
    other_names=(("Stepville", "1", "alternate"), ("Tinyby", "2", "alternate")),
)


@Language.component("test_case_repeats_person_then_place")
def _person_then_place(doc: Doc) -> Doc:
    """The name's first occurrence tagged PERSON, its last GPE (as the model did)."""
    at = [t.i for t in doc if t.text in {"Stepville", "Tinyby"}]
    doc.ents = [Span(doc, at[0], at[0] + 1, label="PERSON"), Span(doc, at[-1], at[-1] + 1, "GPE")]
    return doc


def _person_then_place_found(text: str) -> list[str]:
    nlp = OTHER.nlp([])
    nlp.add_pipe("test_case_repeats_person_then_place", before="geomap_toponyms")
    doc = nlp(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_towns_other_name_taken_once_is_the_town_where_else_it_is_named() -> None:
    # "Stepville" is only an alternate name of Xankville (53,000): tagged a place once,
    # it is the town in the headline the model tagged PERSON
    text = "Aid reached Stepville\n\nShelling was reported at Stepville on Monday."
    assert _person_then_place_found(text) == ["Stepville", "Stepville"]
    # a village's stray spelling is not carried over
    text = "Aid reached Tinyby\n\nShelling was reported at Tinyby on Monday."
    assert _person_then_place_found(text) == ["Tinyby"]


def test_a_town_a_context_rule_found_is_the_town_where_else_it_is_named() -> None:
    # every "Stepville" tagged PERSON; "Residents of Stepville" (a context rule's find)
    # says place as a dateline does, so the headline's is the town too
    nlp = OTHER.nlp([("Stepville", "PERSON")])
    doc = nlp("Aid reached Stepville\n\nResidents of Stepville reported damage.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Stepville", "Stepville"]
