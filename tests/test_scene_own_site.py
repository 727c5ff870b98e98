"""Where the speaker is: "from her home in X" on the speaker phrase is the scene (issue 17).

`"…," said Petrov, from his home in Lviv`: a scene-setting preposition hung on the
speaker's head, whose object is a site the speaker holds (a possessive pronoun and a
noun of :data:`geomap.claims.scene.SITE_NOUNS`), tells where the speaker was when
speaking, so a place in it is the journalist's; "from the council in Lviv" still
describes who speaks.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


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


#: Petrov a PERSON, Lviv a GPE.
_ENTS = ["O"] * 6 + ["B-PERSON"] + ["O"] * 5 + ["B-GPE", "O"]


def test_a_place_of_the_speakers_own_site_is_the_scene() -> None:
    his_home, her_office = _said_from("his", "home"), _said_from("her", "office")
    # where Petrov was
    assert speaker_of(his_home, "Lviv", ents=_ENTS, tags={9: "PRP$"}) is None
    assert speaker_of(her_office, "Lviv", ents=_ENTS, tags={9: "PRP$"}) is None


def test_a_place_of_an_institution_still_describes_the_speaker() -> None:
    council, home = _said_from("the", "council"), _said_from("the", "home")
    assert speaker_of(council, "Lviv", ents=_ENTS, tags={9: "DT"}) is not None  # who Petrov is
    # no possessive: a care home
    assert speaker_of(home, "Lviv", ents=_ENTS, tags={9: "DT"}) is not None
