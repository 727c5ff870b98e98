"""A town a weapon strikes: "Drones attacked Izmail" (the model tags Izmail a person)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.nlp.weapon_targets import struck_by_weapon, weapon_struck

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    pos = ["VERB" if lemma in {"attack", "hit", "fly"} else "NOUN" for lemma in lemmas]
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_the_object_of_a_weapons_strike_is_struck() -> None:
    doc = _doc(
        ["Drones", "attacked", "Izmail", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["drone", "attack", "Izmail", "."],
    )
    assert weapon_struck(doc, 2)
    # the port's name is the town's: "Drones struck Izmail port"
    doc = _doc(
        ["Drones", "hit", "Izmail", "port"],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "compound", "dobj"],
        ["drone", "hit", "Izmail", "port"],
    )
    assert weapon_struck(doc, 2)
    # a conjoined verb takes its first verb's subject: "Drones flew in and hit Izmail"
    doc = _doc(
        ["Drones", "flew", "and", "hit", "Izmail"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "cc", "conj", "dobj"],
        ["drone", "fly", "and", "hit", "Izmail"],
    )
    assert weapon_struck(doc, 4)


def test_a_person_striking_or_a_name_elsewhere_is_not() -> None:
    doc = _doc(
        ["A", "man", "attacked", "Izmail", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "dobj", "punct"],
        ["a", "man", "attack", "Izmail", "."],
    )
    assert not weapon_struck(doc, 3)
    doc = _doc(
        ["Drones", "attacked", "overnight", "Izmail"],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "advmod", "dobj"],
        ["drone", "attack", "overnight", "Izmail"],
    )
    assert not weapon_struck(doc, 3)  # not right after the verb


def test_the_passive_subject_of_a_weapons_strike_is_struck() -> None:
    # "Kharkiv was hit by drones"; "Izmail was targeted by drone strikes"
    words = ["Kharkiv", "was", "hit", "by", "drones"]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"]
    doc = _doc(words, [2, 2, 2, 2, 3], deps, ["Kharkiv", "be", "hit", "by", "drone"])
    assert struck_by_weapon(doc[0:1])
    words = ["Izmail", "was", "targeted", "by", "drone", "strikes"]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj"]
    lemmas = ["Izmail", "be", "target", "by", "drone", "strike"]
    assert struck_by_weapon(_doc(words, [2, 2, 2, 2, 5, 3], deps, lemmas)[0:1])


def test_a_name_hit_by_a_person_or_a_thing_that_is_no_weapon_is_not() -> None:
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"]
    doc = _doc(
        ["Kane", "was", "hit", "by", "a-bottle"],
        [2, 2, 2, 2, 3],
        deps,
        ["Kane", "be", "hit", "by", "bottle"],
    )
    assert not struck_by_weapon(doc[0:1])
    doc = _doc(
        ["Kane", "was", "praised", "by", "drones"],
        [2, 2, 2, 2, 3],
        deps,
        ["Kane", "be", "praise", "by", "drone"],
    )
    assert not struck_by_weapon(doc[0:1])  # not a verb of striking
