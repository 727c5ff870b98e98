"""Towns the model tagged PERSON as the subject of a reported clause, alone or in a list.

"Prokudin said that Kherson, Beryslav and Antonivka were hit": the names after the
first are ``conj`` of the subject (:func:`geomap.nlp.reported_places.list_head`);
"Saldo said that Henichesk was calm": a town the gazetteer holds, not only a
well-known place, is read by :func:`geomap.nlp.reported_places.reported_place`.

spacy.blank("en"), a hand-made parse, an entity ruler labelling the names PERSON, a
tiny gazetteer.
"""

from __future__ import annotations

from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_reported_towns_gazetteer.v1",
    [
        entry("1", "Kherson", "city", "UA", 280_000, "PPLA", 32.6, 46.6),
        entry("2", "Beryslav", "city", "UA", 12_000, "PPL", 33.4, 46.8),
        entry("3", "Antonivka", "city", "UA", 12_000, "PPL", 32.7, 46.7),
        entry("4", "Henichesk", "city", "UA", 20_000, "PPL", 34.8, 46.2),
    ],
)
_NAMES = [("Kherson", "PERSON"), ("Beryslav", "PERSON"), ("Antonivka", "PERSON")]


def _list_rows(verb: str, lemma: str) -> list[Row]:
    # Officials said that Kherson , Beryslav and Antonivka were <verb> .
    return [
        ("Officials", 1, "nsubj", "NOUN", "official"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("that", 9, "mark", "SCONJ", "that"),
        ("Kherson", 9, "nsubjpass", "PROPN", "Kherson"),
        (",", 3, "punct", "PUNCT", ","),
        ("Beryslav", 3, "conj", "PROPN", "Beryslav"),
        ("and", 5, "cc", "CCONJ", "and"),
        ("Antonivka", 5, "conj", "PROPN", "Antonivka"),
        ("were", 9, "auxpass", "AUX", "be"),
        (verb, 1, "ccomp", "VERB", lemma),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_every_town_of_a_reported_list_that_was_hit_is_a_place() -> None:
    nlp = _GAZ.nlp(_NAMES)
    assert parsed_toponyms(nlp, _list_rows("hit", "hit")) == ["Kherson", "Beryslav", "Antonivka"]


def test_a_list_in_another_reported_clause_stays_out() -> None:
    # "were injured" says nothing of a place: the towns need another context
    nlp = _GAZ.nlp(_NAMES)
    assert "Beryslav" not in parsed_toponyms(nlp, _list_rows("injured", "injure"))


def _calm_rows(adjective: str) -> list[Row]:
    # Saldo said that Henichesk was <adjective> .
    return [
        ("Saldo", 1, "nsubj", "PROPN", "Saldo"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("that", 4, "mark", "SCONJ", "that"),
        ("Henichesk", 4, "nsubj", "PROPN", "Henichesk"),
        ("was", 1, "ccomp", "AUX", "be"),
        (adjective, 4, "acomp", "ADJ", adjective),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_town_reported_calm_is_a_place() -> None:
    nlp = _GAZ.nlp([("Saldo", "PERSON"), ("Henichesk", "PERSON")])
    assert parsed_toponyms(nlp, _calm_rows("calm")) == ["Henichesk"]
    assert parsed_toponyms(nlp, _calm_rows("happy")) == []
