"""Towns the model tagged PERSON as the subject of a reported clause, alone or in a list.

"Prokudin said that Kherson, Beryslav and Antonivka were hit": the names after the
first are ``conj`` of the subject (:func:`geomap.nlp.reported_places.list_head`);
"The Kherson governor said that Henichesk was calm": a town the gazetteer holds, not
only a well-known place, is read by :func:`geomap.nlp.reported_places.reported_place`,
when it is listed with another place or another name of its sentence names its admin-1
unit (:func:`geomap.nlp.reported_places.town_of_sentence_unit`).

spacy.blank("en"), a hand-made parse, an entity ruler labelling the names PERSON, a
tiny gazetteer.
"""

from __future__ import annotations

from geomap.records import Place
from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms
from tests.blank_geoparse import place as entry


def _in_unit(pid: str, name: str, ftype: str, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, "UA", "Kherson", pop, 33.0, 46.5, "test", code, "08")


_GAZ = TinyGazetteer(
    "geomap.test_reported_towns_gazetteer.v1",
    [
        entry("1", "Kherson", "city", "UA", 280_000, "PPLA", 32.6, 46.6),
        entry("2", "Beryslav", "city", "UA", 12_000, "PPL", 33.4, 46.8),
        entry("3", "Antonivka", "city", "UA", 12_000, "PPL", 32.7, 46.7),
        _in_unit("4", "Henichesk", "city", 20_000, "PPL"),
        _in_unit("5", "Kherson", "admin1", 1_000_000, "ADM1"),
        entry("6", "Smith", "city", "US", 5_000, "PPL", -90.0, 40.0),
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


def _calm_rows(subject: str, adjective: str) -> list[Row]:
    # The Kherson governor said that <subject> was <adjective> .
    return [
        ("The", 2, "det", "DET", "the"),
        ("Kherson", 2, "compound", "PROPN", "Kherson"),
        ("governor", 3, "nsubj", "NOUN", "governor"),
        ("said", 3, "ROOT", "VERB", "say"),
        ("that", 6, "mark", "SCONJ", "that"),
        (subject, 6, "nsubj", "PROPN", subject),
        ("was", 3, "ccomp", "AUX", "be"),
        (adjective, 6, "acomp", "ADJ", adjective),
        (".", 3, "punct", "PUNCT", "."),
    ]


def test_a_town_of_the_unit_its_sentence_names_reported_calm_is_a_place() -> None:
    nlp = _GAZ.nlp([("Kherson", "GPE"), ("Henichesk", "PERSON"), ("Smith", "PERSON")])
    assert parsed_toponyms(nlp, _calm_rows("Henichesk", "calm")) == ["Kherson", "Henichesk"]
    assert parsed_toponyms(nlp, _calm_rows("Henichesk", "happy")) == ["Kherson"]
    # a town of another unit, alone in the clause: a person's name as likely
    assert parsed_toponyms(nlp, _calm_rows("Smith", "calm")) == ["Kherson"]
