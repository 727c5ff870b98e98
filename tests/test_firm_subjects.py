"""A big town's name the model tags a company, acting beside another company (user73a A1)."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_firm_subjects_gazetteer.v1",
    [
        place("v", "Velmora", "city", "AA", 400_000),
        place("a", "Ardis", "city", "AA", 2_000_000),
        place("k", "Kestrel Bay", "city", "AA", 5_000),
        place("o", "Ostland", "country", "OO", 5_000_000),
    ],
    other_names=(("Kestrel", "k", "alternate"),),
)


@cache
def _nlp() -> Language:
    orgs = ["Velmora", "Kestrel", "Ostland"]
    return GAZ.nlp([(n, "ORG") for n in orgs] + [("Ardis", "GPE")])


def _rows(subject: str, verb: str, lemma: str, other: str, other_verb: str) -> list[Row]:
    """ "<subject> <verb> a plant near Ardis , while <other> <other_verb> it would expand ." """
    return [
        (subject, 1, "nsubj", "PROPN", subject),
        (verb, 1, "ROOT", "VERB", lemma),
        ("a", 3, "det", "DET", "a"),
        ("plant", 1, "dobj", "NOUN", "plant"),
        ("near", 3, "prep", "ADP", "near"),
        ("Ardis", 4, "pobj", "PROPN", "Ardis"),
        (",", 1, "punct", "PUNCT", ","),
        ("while", 9, "mark", "SCONJ", "while"),
        (other, 9, "nsubj", "PROPN", other),
        (other_verb, 1, "advcl", "VERB", "say" if other_verb == "said" else other_verb),
        ("it", 12, "nsubj", "PRON", "it"),
        ("would", 12, "aux", "AUX", "would"),
        ("expand", 9, "ccomp", "VERB", "expand"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_town_acting_as_a_company_beside_another_company_is_no_place() -> None:
    rows = _rows("Velmora", "announced", "announce", "Kestrel", "said")
    assert parsed_toponyms(_nlp(), rows) == ["Ardis"]
    # the other company's verb is the company's act: "said it would expand"
    rows = _rows("Velmora", "said", "say", "Kestrel", "said")
    assert parsed_toponyms(_nlp(), rows) == ["Ardis"]


def test_a_town_acting_alone_or_a_state_stays() -> None:
    alone = _rows("Velmora", "announced", "announce", "Kestrel", "said")
    alone[8] = ("officials", 9, "nsubj", "NOUN", "official")
    assert parsed_toponyms(_nlp(), alone) == ["Velmora", "Ardis"]
    # a state acting beside a company is the state
    state = _rows("Ostland", "announced", "announce", "Kestrel", "said")
    assert parsed_toponyms(_nlp(), state) == ["Ostland", "Ardis"]
