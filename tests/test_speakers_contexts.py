"""Who says it, the mechanisms added for the fifth dev set (issue 17).

The sex a text tells (honorifics, "his wife", "spokeswoman") and pronoun agreement,
names in apposition, titled and ORG-tagged names of persons, units and spokesmen of
state bodies, and armed groups' own names.  Blank-pipeline parses where the
mechanism reads one parse; the real parser on invented articles otherwise.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from geomap.claims.cues import is_reporting_verb
from geomap.claims.kinds import armed_group, gender, same_gender, speaker_kind
from geomap.claims.lexicon import Lexicon
from geomap.claims.names import person_in_context
from tests.test_attribution_blank import parsed
from tests.test_attribution_model import nlp  # noqa: F401  (fixture)
from tests.test_speakers_model import source

# "Mr Petrenko 's wife , Olena , spoke she he" (two pronouns to test against)
WIFE = [
    ("Mr", "Mr", "PROPN", "compound", 1),
    ("Petrenko", "Petrenko", "PROPN", "poss", 3),
    ("'s", "'s", "PART", "case", 1),
    ("wife", "wife", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 3),
    ("Olena", "Olena", "PROPN", "appos", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("spoke", "speak", "VERB", "ROOT", 7),
    ("she", "she", "PRON", "nsubj", 7),
    ("he", "he", "PRON", "nsubj", 7),
]


def test_the_sex_the_text_tells() -> None:
    doc = parsed(WIFE)
    she, he = doc[8], doc[9]
    assert gender(doc[0:6]) == "f"  # "Mr Petrenko's wife, Olena": the wife
    assert gender(doc[0:2]) == "m"  # "Mr Petrenko"
    assert gender(doc[1:2]) == "m"  # the entity "Petrenko" after "Mr"
    assert gender(doc[5:6]) is None  # "Olena": the text does not say
    assert not same_gender(she, doc[1:2]) and same_gender(he, doc[1:2])
    assert same_gender(she, doc[0:6]) and not same_gender(he, doc[0:6])
    assert same_gender(she, doc[5:6]) and same_gender(he, doc[5:6])


def _army(first: str) -> list[tuple[str, str, str, str, int]]:
    """ "The <first> Army said" """
    return [
        ("The", "the", "DET", "det", 2),
        (first, first, "PROPN", "compound", 2),
        ("Army", "Army", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
    ]


def test_an_armed_groups_own_name_is_no_state() -> None:
    rebels = parsed(_army("Liberation"), ents=["O", "B-ORG", "I-ORG", "O"])
    state = parsed(_army("Syrian"), ents=["O", "B-NORP", "O", "O"])
    assert armed_group(rebels[0:3]) and speaker_kind(rebels[0:3]) == "organisation"
    assert not armed_group(state[0:3]) and speaker_kind(state[0:3]) == "government"


# "Mr. Olena Bondar said" (the model tagged the name ORG)
BONDAR = [
    ("Mr.", "Mr.", "PROPN", "compound", 2),
    ("Olena", "Olena", "PROPN", "compound", 2),
    ("Bondar", "Bondar", "PROPN", "nsubj", 3),
    ("said", "say", "VERB", "ROOT", 3),
]


def test_a_name_tagged_org_is_a_persons_by_context() -> None:
    doc = parsed(BONDAR, ents=["O", "B-ORG", "I-ORG", "O"])
    assert person_in_context(doc[1:3])  # after an honorific
    bare = parsed([(w, lemma, pos, dep, head - 1) for w, lemma, pos, dep, head in BONDAR[1:]])
    bare.ents = [bare.char_span(0, len("Olena Bondar"), label="ORG")]
    assert not person_in_context(bare[0:2])  # nothing in the text says so


# "Police declined to comment ; police said ."
DECLINED = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("declined", "decline", "VERB", "ROOT", 1),
    ("to", "to", "PART", "aux", 3),
    ("comment", "comment", "VERB", "xcomp", 1),
    (";", ";", "PUNCT", "punct", 1),
    ("police", "police", "NOUN", "nsubj", 6),
    ("said", "say", "VERB", "conj", 1),
]


def test_a_refused_saying_reports_nothing() -> None:
    doc = parsed(DECLINED)
    lex = Lexicon.default()
    assert not is_reporting_verb(doc[3], lex)  # declined to comment
    assert is_reporting_verb(doc[6], lex)


def _who(nlp: Language, text: str, place: str) -> tuple[str, str] | None:  # noqa: F811
    who = source(nlp, text, place)
    return None if who is None else (who.name, who.kind)


@pytest.mark.model
def test_she_is_not_a_man_named_before(nlp: Language) -> None:  # noqa: F811
    text = (
        "Mr Petrenko's wife, Olena, released the photographs because she felt the case "
        'was forgotten. "There is no pressure on Kharkiv to resolve this," she said.'
    )
    assert _who(nlp, text, "Kharkiv") == ("Olena", "person")


@pytest.mark.model
def test_a_title_before_a_name_in_apposition_can_speak(nlp: Language) -> None:  # noqa: F811
    text = (
        "Andriy Melnyk was freed in March. UN special rapporteur on torture, Ivan "
        "Petrov, described the ruling as a milestone. He said the government in Kharkiv "
        "must apologise."
    )
    assert _who(nlp, text, "Kharkiv") == ("Ivan Petrov", "person")


@pytest.mark.model
def test_a_title_of_common_nouns_before_a_name_is_the_role(nlp: Language) -> None:  # noqa: F811
    text = (
        '"We came to work, not at any cost," said the head of the Kharkiv delegation Ivan Petrov.'
    )
    who = source(nlp, text, "Kharkiv")
    assert who is not None and (who.name, who.kind) == ("Ivan Petrov", "person")
    assert who.role == "the head of the Kharkiv delegation"


@pytest.mark.model
def test_units_and_spokesmen_of_a_state_body(nlp: Language) -> None:  # noqa: F811
    text = "The Ukrainian army command says it has retaken Kharkiv."
    assert _who(nlp, text, "Kharkiv") == ("The Ukrainian army command", "government")
    text = "On Saturday, the Ukrainian army spokesman said Kharkiv was safe."
    who = source(nlp, text, "Kharkiv")
    assert who is not None and (who.name, who.kind) == ("Ukrainian army", "government")
    assert who.role == "the Ukrainian army spokesman"


@pytest.mark.model
def test_a_refusal_to_comment_is_no_claim(nlp: Language) -> None:  # noqa: F811
    text = (
        "Kharkiv police declined to comment on the arrests in Lviv, and would not say "
        "whether Odesa was involved. The mayor said Dnipro was calm."
    )
    assert _who(nlp, text, "Lviv") is None
    assert _who(nlp, text, "Odesa") is None
    assert _who(nlp, text, "Dnipro") == ("The mayor", "anonymous")


@pytest.mark.model
def test_a_participle_after_the_saying_goes_on_with_the_speaker(nlp: Language) -> None:  # noqa: F811
    text = "Petrenko said the square was full, joining the crowds who had come from Lviv."
    assert _who(nlp, text, "Lviv") == ("Petrenko", "person")
    text = "The square was full, Petrenko said, speaking at a school in Dnipro."
    assert _who(nlp, text, "Dnipro") is None  # the scene of the saying
    text = "Speaking at a school in Odesa, Petrenko said the square was full."
    assert _who(nlp, text, "Odesa") is None
