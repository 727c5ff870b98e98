"""He and she after a speaker the model mistagged, or whose subject it stranded (issue 17).

A speaker named like a person but tagged ORG is the antecedent of a later he/she when
no better person precedes, and its records then have kind person; a person's name
parsed as a preposition's object right before a verb without a subject is that verb's
subject for he/she.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from geomap.claims.personal_names import personal_name, stranded_subject
from geomap.records import Speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _said_then(first: str, last: str, pronoun: str) -> list[Row]:
    """ "Rescuers reached Carlisle , said FIRST LAST . PRONOUN said Penrith closed ." """
    return [
        ("Rescuers", "rescuer", "NOUN", "nsubj", 1),
        ("reached", "reach", "VERB", "ccomp", 4),
        ("Carlisle", "Carlisle", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 4),
        ("said", "say", "VERB", "ROOT", 4),
        (first, first, "PROPN", "compound", 6),
        (last, last, "PROPN", "nsubj", 4),
        (".", ".", "PUNCT", "punct", 4),
        (pronoun, pronoun.lower(), "PRON", "nsubj", 9),
        ("said", "say", "VERB", "ROOT", 9),
        ("Penrith", "Penrith", "PROPN", "nsubj", 11),
        ("closed", "close", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]


_ORG_NAME = ["O"] * 5 + ["B-ORG", "I-ORG"] + ["O"] * 6


def _sources(rows: list[Row]) -> dict[str, Speaker | None]:
    doc = parsed(rows, sent_starts=(0, 8), ents=_ORG_NAME)
    spans = mark(doc, "Carlisle", "Penrith")
    Attribution()(doc)
    out: dict[str, Speaker | None] = {}
    for span in spans:
        source = span._.source
        assert source is None or isinstance(source, Speaker)
        out[span.text] = source
    return out


def test_she_takes_a_speaker_named_like_a_person_the_model_tagged_org() -> None:
    assert speaker_of(_said_then("Amara", "Diallo", "She"), "Penrith", (0, 8), _ORG_NAME) == (
        "Amara Diallo"
    )
    # the pronoun is the evidence: both of the speaker's records are a person's
    sources = _sources(_said_then("Amara", "Diallo", "She"))
    for place in ("Carlisle", "Penrith"):
        source = sources[place]
        assert source is not None and source.name == "Amara Diallo", place
        assert source.kind == "person", place


def test_a_body_named_like_one_is_never_he_or_she_nor_a_person() -> None:
    rows = _said_then("Amnesty", "International", "She")
    assert speaker_of(rows, "Penrith", (0, 8), _ORG_NAME) != "Amnesty International"
    carlisle = _sources(rows)["Carlisle"]
    assert carlisle is not None and carlisle.kind == "organisation"
    # "it" after the body is the body, as before
    rows = _said_then("Amnesty", "International", "It")
    assert speaker_of(rows, "Penrith", (0, 8), _ORG_NAME) == "Amnesty International"
    # without a he/she, a name tagged ORG keeps the kind its tag gives
    rows = _said_then("Amara", "Diallo", "It")
    carlisle = _sources(rows)["Carlisle"]
    assert carlisle is not None and carlisle.kind == "organisation"


def test_personal_name_shape() -> None:
    rows = _said_then("Amara", "Diallo", "She")
    doc = parsed(rows, sent_starts=(0, 8), ents=_ORG_NAME)
    assert personal_name(doc[5:7])
    assert not personal_name(doc[5:7], places={6})  # a place mention is no name
    assert not personal_name(doc[6:7])  # one word: no shape to go by
    acronym = parsed(_said_then("Amara", "UNHCR", "She"), sent_starts=(0, 8), ents=_ORG_NAME)
    assert not personal_name(acronym[5:7])
    body = parsed(_said_then("Sky", "News", "She"), sent_starts=(0, 8), ents=_ORG_NAME)
    assert not personal_name(body[5:7])


# "Speaking in Upton , resident Margaret Hale , said rain fell . She added Tewkesbury
# flooded .", the name hung under "in" as the small model parsed it
_STRANDED: list[Row] = [
    ("Speaking", "speak", "VERB", "advcl", 8),
    ("in", "in", "ADP", "prep", 0),
    ("Upton", "Upton", "PROPN", "nmod", 6),
    (",", ",", "PUNCT", "punct", 6),
    ("resident", "resident", "NOUN", "compound", 6),
    ("Margaret", "Margaret", "PROPN", "compound", 6),
    ("Hale", "Hale", "PROPN", "pobj", 1),
    (",", ",", "PUNCT", "punct", 6),
    ("said", "say", "VERB", "ROOT", 8),
    ("rain", "rain", "NOUN", "nsubj", 10),
    ("fell", "fall", "VERB", "ccomp", 8),
    (".", ".", "PUNCT", "punct", 8),
    ("She", "she", "PRON", "nsubj", 13),
    ("added", "add", "VERB", "ROOT", 13),
    ("Tewkesbury", "Tewkesbury", "PROPN", "nsubj", 15),
    ("flooded", "flood", "VERB", "ccomp", 13),
    (".", ".", "PUNCT", "punct", 13),
]
_STRANDED_ENTS = ["O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 10


def test_a_name_stranded_under_a_preposition_before_its_verb_is_she() -> None:
    got = speaker_of(_STRANDED, "Tewkesbury", (0, 12), _STRANDED_ENTS)
    assert got == "resident Margaret Hale"
    doc = parsed(_STRANDED, sent_starts=(0, 12), ents=_STRANDED_ENTS)
    assert stranded_subject(doc[5:7])
    # a verb with a subject of its own: the name is where, not who
    rows = list(_STRANDED)
    rows[9] = ("rain", "rain", "NOUN", "nsubj", 8)
    rows[10] = ("fell", "fall", "VERB", "dep", 8)
    doc = parsed(rows, sent_starts=(0, 12), ents=_STRANDED_ENTS)
    assert not stranded_subject(doc[5:7])
    assert speaker_of(rows, "Tewkesbury", (0, 12), _STRANDED_ENTS) != "resident Margaret Hale"
