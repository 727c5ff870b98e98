"""Speaker mechanisms of round 62 (issue 17), on hand-built parses (``spacy.blank``).

"“…,” the Decatur Democrat said" after "State Rep. Stephanie Stuckey Benfield has tried
…" (``speakers_gold`` dev): a singular party or nationality name with "the" and a
modifier describes one person already in the story (:func:`member_noun`), as "the
Manhattan native" does; the plural ("the Texas Republicans") and a bare "The Australian"
(maybe a paper) do not.  Such a description follows the person the sentence right before
introduced as its subject, not a speaker two sentences back ("… the bill’s sponsor admits
…"), when no one spoke in between.
"""

from __future__ import annotations

from geomap.claims.clause_roles import member_noun
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed


def _member(modifier: str | None, noun: str) -> tuple[list[Row], list[str]]:
    """ "Senator Jones toured Austin . “ Dallas is safe , ” the [MODIFIER] NOUN said ." """
    rows: list[Row] = [
        ("Senator", "Senator", "PROPN", "compound", 1),
        ("Jones", "Jones", "PROPN", "nsubj", 2),
        ("toured", "tour", "VERB", "ROOT", 2),
        ("Austin", "Austin", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("“", "“", "PUNCT", "punct", 14),
        ("Dallas", "Dallas", "PROPN", "nsubj", 7),
        ("is", "be", "AUX", "ccomp", 14),
        ("safe", "safe", "ADJ", "acomp", 7),
        (",", ",", "PUNCT", "punct", 14),
        ("”", "”", "PUNCT", "punct", 14),
        ("the", "the", "DET", "det", 13),
        (modifier or "old", modifier or "old", "PROPN" if modifier else "ADJ", "compound", 13),
        (noun, noun, "PROPN", "nsubj", 14),
        ("said", "say", "VERB", "ROOT", 14),
        (".", ".", "PUNCT", "punct", 14),
    ]
    ents = ["O", "B-PERSON", "O", "B-GPE", "O", "O", "B-GPE"] + ["O"] * 5 + ["O", "B-NORP"]
    return rows, [*ents, "O", "O"]


def test_the_place_democrat_said_is_the_person_named_before() -> None:
    rows, ents = _member("Texas", "Republican")
    ents[12] = "B-GPE"
    speaker = speaker_of(rows, "Dallas", starts=(0, 5), ents=ents, tags={13: "NNP"})
    assert speaker is not None and "Jones" in speaker


def test_a_plural_party_name_is_no_one_named_before() -> None:
    rows, ents = _member("Texas", "Republicans")
    ents[12] = "B-GPE"
    speaker = speaker_of(rows, "Dallas", starts=(0, 5), ents=ents, tags={13: "NNPS"})
    assert speaker is not None and "Jones" not in speaker


def test_member_noun_needs_a_singular_capitalised_group_name() -> None:
    rows, ents = _member(None, "Australian")
    doc = parsed(rows, sent_starts=(0, 5), ents=ents)
    doc[13].tag_ = "NNP"
    assert member_noun(doc[13])
    doc[13].tag_ = "NNPS"
    assert not member_noun(doc[13])
    assert not member_noun(doc[1])  # a PERSON name is no group's member


def _after_a_speaker(noun: str, lemma: str, pos: str) -> tuple[list[Row], list[str]]:
    """ "Smith said Paris was calm ." before :func:`_member` ("the Texas NOUN said")."""
    first: list[Row] = [
        ("Smith", "Smith", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Paris", "Paris", "PROPN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 1),
        ("calm", "calm", "ADJ", "acomp", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    rows, ents = _member("Texas", noun)
    rows[13] = (noun, lemma, pos, "nsubj", 14)
    ents[12] = "B-GPE"
    if pos == "NOUN":
        ents[13] = "O"
    shifted = [(w, lem, p, dep, head + len(first)) for w, lem, p, dep, head in rows]
    return first + shifted, ["B-PERSON", "O", "B-GPE", "O", "O", "O", *ents]


def test_a_description_follows_the_person_just_introduced_not_an_earlier_speaker() -> None:
    for noun, lemma, pos, tag in (("lawmaker", "lawmaker", "NOUN", "NN"),
                                  ("Democrat", "Democrat", "PROPN", "NNP")):  # fmt: skip
        rows, ents = _after_a_speaker(noun, lemma, pos)
        speaker = speaker_of(rows, "Dallas", starts=(0, 6, 11), ents=ents, tags={19: tag})
        assert speaker is not None and "Jones" in speaker, noun


def test_a_description_after_a_thing_as_subject_stays_with_the_earlier_speaker() -> None:
    rows, ents = _after_a_speaker("lawmaker", "lawmaker", "NOUN")
    rows[6] = ("The", "the", "DET", "det", 7)  # "The bridge toured Austin ."
    rows[7] = ("bridge", "bridge", "NOUN", "nsubj", 8)
    ents[6:8] = ["O", "O"]
    speaker = speaker_of(rows, "Dallas", starts=(0, 6, 11), ents=ents, tags={19: "NN"})
    assert speaker == "Smith"


def _headline(compound: str, verb: str) -> list[Row]:
    """ "COMPOUND links VERB waves to admissions in Spain" read as "COMPOUND links | VERB"."""
    return [
        (compound, compound.lower(), "NOUN", "compound", 1),
        ("links", "link", "NOUN", "nsubj", 2),
        (verb, verb, "VERB", "ROOT", 2),
        ("waves", "wave", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2),
        ("admissions", "admission", "NOUN", "pobj", 4),
        ("in", "in", "ADP", "prep", 2),
        ("Spain", "Spain", "PROPN", "pobj", 6),
    ]


def test_a_headline_study_links_read_as_a_subject_is_the_studys_saying() -> None:
    """ "Study links heat waves to hospital admissions in southern Spain" (fresh60 tuned)."""
    rows = _headline("Study", "heat")
    assert speaker_of(rows, "Spain", tags={1: "NNS", 2: "VBP"}) == "Study"


def test_a_headline_subject_that_is_no_document_says_nothing() -> None:
    speaker = speaker_of(_headline("Police", "heat"), "Spain", tags={1: "NNS", 2: "VBP"})
    assert speaker is None or "Police" not in speaker
    rows = _headline("Study", "rose")
    rows[3] = ("sharply", "sharply", "ADV", "advmod", 2)  # "Study links rose sharply in Spain"
    assert speaker_of(rows, "Spain", tags={1: "NNS", 2: "VBD"}) is None


# "A report links the floods in Pakistan to climate change ."
_REPORT_LINKS: list[Row] = [
    ("A", "a", "DET", "det", 1),
    ("report", "report", "NOUN", "nsubj", 2),
    ("links", "link", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("floods", "flood", "NOUN", "dobj", 2),
    ("in", "in", "ADP", "prep", 4),
    ("Pakistan", "Pakistan", "PROPN", "pobj", 5),
    ("to", "to", "ADP", "prep", 2),
    ("climate", "climate", "NOUN", "compound", 9),
    ("change", "change", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_document_that_links_one_thing_to_another_says_so() -> None:
    speaker = speaker_of(_REPORT_LINKS, "Pakistan", tags={2: "VBZ"})
    assert speaker is not None and "report" in speaker
    bridge = [("The", "the", "DET", "det", 1), ("bridge", "bridge", "NOUN", "nsubj", 2)]
    rows = bridge + _REPORT_LINKS[2:]  # "The bridge links the floods in Pakistan to …": no claim
    assert speaker_of(rows, "Pakistan", tags={2: "VBZ"}) is None
