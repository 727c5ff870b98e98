"""Where the speaker is: "from her home in X" on the speaker phrase is the scene (issue 17).

`"…," said Petrov, from his home in Lviv`: a scene-setting preposition hung on the
speaker's head, whose object is a site the speaker holds (a possessive pronoun and a
noun of :data:`geomap.claims.scene.SITE_NOUNS`), tells where the speaker was when
speaking, so a place in it is the journalist's; "from the council in Lviv" still
describes who speaks.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _said_from(possessive: str, site: str) -> list[Row]:
    """ "“ We wait , ” said Petrov , from <possessive> <site> in Lviv ." """
    return [
        ("“", "“", "PUNCT", "punct", 2),
        ("We", "we", "PRON", "nsubj", 2),
        ("wait", "wait", "VERB", "ccomp", 5),
        (",", ",", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2),
        ("said", "say", "VERB", "ROOT", 5),
        ("Petrov", "Petrov", "PROPN", "nsubj", 5),
        (",", ",", "PUNCT", "punct", 6),
        ("from", "from", "ADP", "prep", 6),
        (possessive, possessive.lower(), "DET", "poss", 10),
        (site, site, "NOUN", "pobj", 8),
        ("in", "in", "ADP", "prep", 10),
        ("Lviv", "Lviv", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 5),
    ]


def _speaker(rows: list[Row], possessive_tag: str) -> str | None:
    ents = ["O"] * 6 + ["B-PERSON"] + ["O"] * 5 + ["B-GPE", "O"]
    doc = parsed(rows, ents=ents)
    doc[9].tag_ = possessive_tag
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    return None if lviv._.speaker is None else lviv._.speaker.text


def test_a_place_of_the_speakers_own_site_is_the_scene() -> None:
    assert _speaker(_said_from("his", "home"), "PRP$") is None  # where Petrov was
    assert _speaker(_said_from("her", "office"), "PRP$") is None


def test_a_place_of_an_institution_still_describes_the_speaker() -> None:
    assert _speaker(_said_from("the", "council"), "DT") is not None  # who Petrov is
    assert _speaker(_said_from("the", "home"), "DT") is not None  # no possessive: a care home
