"""A name's capitalised run (rec66), on ``spacy.blank("en")``: hand-built parses.

A foreign noun the model read as a common noun before a PERSON name it compounds into is
a word of it ("Médecins Sans Frontières"); an organisation the model tagged ORG in two
pieces is its whole capitalised run, a lower-case particle among it ("Ärzte ohne
Grenzen"; :mod:`geomap.claims.name_runs`). Controls beside each rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from geomap.records import Speaker
from tests.test_attribution_blank import Row, mark, parsed


def _speaker(rows: Sequence[Row], place: str, ents: Sequence[str] = ()) -> Speaker | None:
    """The speaker record the component gives the one mention ``place``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source: Speaker | None = span._.source
    return source


# "Médecins Sans Frontières said its hospital in Nyala was overwhelmed ." (the model
# tags "Médecins" a plural common noun and "Sans Frontières" a PERSON)
_FOREIGN_RUN: list[Row] = [
    ("Médecins", "médecin", "NOUN", "compound", 1),
    ("Sans", "Sans", "PROPN", "compound", 2),
    ("Frontières", "Frontières", "PROPN", "nsubj", 3),
    ("said", "say", "VERB", "ROOT", 3),
    ("its", "its", "PRON", "poss", 5),
    ("hospital", "hospital", "NOUN", "nsubj", 8),
    ("in", "in", "ADP", "prep", 5),
    ("Nyala", "Nyala", "PROPN", "pobj", 6),
    ("was", "be", "AUX", "ccomp", 3),
    ("overwhelmed", "overwhelmed", "ADJ", "acomp", 8),
    (".", ".", "PUNCT", "punct", 3),
]
_RUN_ENTS = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]


def test_a_foreign_noun_opening_a_name_is_a_word_of_it() -> None:
    speaker = _speaker(_FOREIGN_RUN, "Nyala", _RUN_ENTS)
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Médecins Sans Frontières", "")


def test_an_english_noun_before_a_name_stays_its_role() -> None:
    # control: "Villagers Sans Frontières said …" keeps the English noun out of the name
    rows = [("Villagers", "villager", *_FOREIGN_RUN[0][2:]), *_FOREIGN_RUN[1:]]
    speaker = _speaker(rows, "Nyala", _RUN_ENTS)
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Sans Frontières", "Villagers")


def _split_org(first: tuple[str, str, str]) -> list[Row]:
    """ "<first> ohne Grenzen said its clinic in Goma closed ." with "ohne" left untagged."""
    return [
        (*first, "compound", 2),
        ("ohne", "ohne", "PROPN", "compound", 2),
        ("Grenzen", "Grenzen", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("its", "its", "PRON", "poss", 5),
        ("clinic", "clinic", "NOUN", "nsubj", 8),
        ("in", "in", "ADP", "prep", 5),
        ("Goma", "Goma", "PROPN", "pobj", 6),
        ("closed", "close", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_an_organisation_the_model_split_is_its_whole_capitalised_run() -> None:
    ents = ["B-ORG", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O"]
    speaker = _speaker(_split_org(("Ärzte", "Ärzte", "PROPN")), "Goma", ents)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Ärzte ohne Grenzen", "organisation")


def test_a_people_word_before_an_organisation_is_no_word_of_it() -> None:
    # control: a nationality the model tags NORP opens no organisation's name
    ents = ["B-NORP", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O"]
    speaker = _speaker(_split_org(("German", "German", "PROPN")), "Goma", ents)
    assert speaker is not None
    assert speaker.name == "Grenzen"
