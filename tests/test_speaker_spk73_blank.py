"""Speaker rules of round 73 (issue 17, spk73), on ``spacy.blank("en")``.

A saying after a contrast ("X said …, but Y insisted that …") has its own speaker, even
where the parser hung it inside what X said; a role description ("the Serbian
president") is the person titled with it; a hyphenated given name stays in the name
("Chia-lung Lin"), and a surname with its particles or a lone given name is one entity
with the full name. Hand-built parses, with controls.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.entities import merged
from geomap.claims.name_edges import first_name_start
from geomap.records import Speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _but(opener: str) -> list[Row]:
    """ "Harris said the bridge would reopen , <opener> Grant insisted that Leeds waits ." """
    return [
        ("Harris", "Harris", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("bridge", "bridge", "NOUN", "nsubj", 5),
        ("would", "would", "AUX", "aux", 5),
        ("reopen", "reopen", "VERB", "ccomp", 1),
        (",", ",", "PUNCT", "punct", 5),
        (opener, opener.lower(), "CCONJ", "cc", 5),
        ("Grant", "Grant", "PROPN", "nsubj", 9),
        ("insisted", "insist", "VERB", "ccomp", 1),
        ("that", "that", "SCONJ", "mark", 12),
        ("Leeds", "Leeds", "PROPN", "nsubj", 12),
        ("waits", "wait", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip


_ENTS = ["B-PERSON"] + ["O"] * 7 + ["B-PERSON"] + ["O"] * 5


def test_a_saying_after_but_keeps_its_own_speaker() -> None:
    assert speaker_of(_but("but"), "Leeds", ents=_ENTS) == "Grant"  # was Harris


def test_a_saying_after_and_is_still_reported_by_the_first() -> None:
    # "Harris said the bridge would reopen, and Grant insisted …": no contrast, the
    # parse's nesting stands (the rule of round 50: the outer speaker reports it)
    assert speaker_of(_but("and"), "Leeds", ents=_ENTS) == "Harris"


def _titled(title: str, act: tuple[str, str, str] = ("Reed", "urged", "urge")) -> list[Row]:
    """ "<title> Vucic said Kosovo waits . Reed urged calm . The Serbian president said
    Pristina waits ." """
    return [
        (title, title.lower(), "PROPN", "compound", 1),
        ("Vucic", "Vucic", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Kosovo", "Kosovo", "PROPN", "nsubj", 4),
        ("waits", "wait", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
        (act[0], act[0], "PROPN", "nsubj", 7),
        (act[1], act[2], "VERB", "ROOT", 7),
        ("calm", "calm", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 7),
        ("The", "the", "DET", "det", 12),
        ("Serbian", "serbian", "ADJ", "amod", 12),
        ("president", "president", "NOUN", "nsubj", 13),
        ("said", "say", "VERB", "ROOT", 13),
        ("Pristina", "Pristina", "PROPN", "nsubj", 15),
        ("waits", "wait", "VERB", "ccomp", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]  # fmt: skip


_TITLED_ENTS = ["O", "B-PERSON", "O", "B-GPE", "O", "O", "B-PERSON"] + ["O"] * 10


def test_a_role_description_is_the_person_titled_with_it() -> None:
    rows = _titled("President")
    got = speaker_of(rows, "Pristina", starts=(0, 6, 10), ents=_TITLED_ENTS, tags={12: "NN"})
    assert got == "President Vucic"  # was Reed, the last person who spoke


def test_a_role_description_is_never_a_person_titled_otherwise() -> None:
    # "Envoy Vucic said … . Officials urged calm . The Serbian president said …": the
    # person who spoke is an envoy, not the president: the description stays the speaker
    rows = _titled("Envoy", ("Officials", "urged", "urge"))
    ents = [*_TITLED_ENTS[:6], "O", *_TITLED_ENTS[7:]]
    got = speaker_of(rows, "Pristina", starts=(0, 6, 10), ents=ents, tags={12: "NN"})
    assert got == "The Serbian president"  # was Vucic


def test_a_role_description_no_one_bears_takes_the_last_speaker_as_before() -> None:
    rows = _titled("Envoy")  # "Envoy Vucic": no president named
    got = speaker_of(rows, "Pristina", starts=(0, 6, 10), ents=_TITLED_ENTS, tags={12: "NN"})
    assert got == "Reed"


# "Foreign Minister Chia - lung Lin said ." (the model tags "Chia-lung" and "Lin" apart)
_HYPHENED: list[Row] = [
    ("Foreign", "Foreign", "PROPN", "compound", 1),
    ("Minister", "Minister", "PROPN", "compound", 5),
    ("Chia", "Chia", "PROPN", "compound", 4),
    ("-", "-", "PUNCT", "punct", 4),
    ("lung", "lung", "PROPN", "compound", 5),
    ("Lin", "Lin", "PROPN", "nsubj", 6),
    ("said", "say", "VERB", "ROOT", 6),
    (".", ".", "PUNCT", "punct", 6),
]  # fmt: skip


def _hyphened(first: str, second: str) -> Doc:
    rows = [_HYPHENED[0], _HYPHENED[1], (first, *_HYPHENED[2][1:]), _HYPHENED[3]]
    rows += [(second, *_HYPHENED[4][1:]), *_HYPHENED[5:]]
    return _hyphen_doc(rows)


def test_a_hyphenated_title_before_a_name_stays_the_role() -> None:
    # "Foreign Minister Vice-President Lin": the hyphenated word is a title, not a name
    assert first_name_start(_hyphened("Vice", "President"), 5, 6, 0, frozenset()) == 5


def _hyphen_doc(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[True, True, False, False, True, True, False, False],  # "Chia-lung" one word
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "O", "O"],
    )


def test_a_hyphenated_given_name_before_a_surname_is_in_the_name() -> None:
    rows = _HYPHENED
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[True, True, False, False, True, True, False, False],  # "Chia-lung" one word
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "O", "O"],
    )
    assert doc.text.startswith("Foreign Minister Chia-lung Lin said")
    assert first_name_start(doc, 5, 6, 0, frozenset()) == 2  # was 5: "Chia-lung" the role


def _person(name: str) -> Speaker:
    return Speaker(name, 0, len(name), kind="person")


def test_a_surname_with_its_particle_is_the_full_name() -> None:
    persons = [["Ursula", "van", "der", "Leyen"], ["Ahmed", "al-Sharif"]]
    assert merged(_person("Van der Leyen"), persons).entity == "Ursula van der Leyen"
    assert merged(_person("Al-Sharif"), persons).entity == "Ahmed al-Sharif"
    # a GPE-tagged "Leyen" made the speaker a government: the particles tell a person
    leyen = Speaker("Van der Leyen", 0, 13, kind="government")
    assert merged(leyen, persons).kind == "person"


def test_a_lone_middle_name_is_the_one_full_name_holding_it() -> None:
    persons = [["Juan", "Gil", "Navarro"], ["Ana", "Ruiz"]]
    assert merged(_person("Gil"), persons).entity == "Juan Gil Navarro"
    assert merged(_person("Pedro"), persons).entity == "Pedro"  # no one of that name


def test_a_title_the_model_joined_to_a_name_is_no_second_person() -> None:
    persons = [["Spokesman", "Ahmed", "al-Sharif"], ["Ahmed", "al-Sharif"]]
    assert merged(_person("Al-Sharif"), persons).entity == "Ahmed al-Sharif"
