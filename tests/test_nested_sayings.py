"""A saying inside a saying is the outer speaker's claim (issue 17), and the speech a
verb of saying speaks in is that speaker's ("said in a statement, which also urged …"), as
a post is its poster's ("posted on Facebook that …": the platform is where).

Hand-built parses on a blank pipeline fix the structures (and a parser's mistake the
rule must survive); the real model checks the whole sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import mark, parsed
from tests.test_attribution_model import nlp, one, parse, source_of  # noqa: F401  (nlp: fixture)

# "The minister said the mayor told him the bridge in Lviv was closed ."
NESTED = [
    ("The", "the", "DET", "det", 1),
    ("minister", "minister", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("mayor", "mayor", "NOUN", "nsubj", 5),
    ("told", "tell", "VERB", "ccomp", 2),
    ("him", "he", "PRON", "dobj", 5),
    ("the", "the", "DET", "det", 8),
    ("bridge", "bridge", "NOUN", "nsubjpass", 12),
    ("in", "in", "ADP", "prep", 8),
    ("Lviv", "Lviv", "PROPN", "pobj", 9),
    ("was", "be", "AUX", "auxpass", 12),
    ("closed", "close", "VERB", "ccomp", 5),
    (".", ".", "PUNCT", "punct", 2),
]

# "The rebels deny they are negotiating and say Lviv is safe ." (the parser hung "say"
# on "negotiating", inside what they deny)
COORDINATED = [
    ("The", "the", "DET", "det", 1),
    ("rebels", "rebel", "NOUN", "nsubj", 2),
    ("deny", "deny", "VERB", "ROOT", 2),
    ("they", "they", "PRON", "nsubj", 5),
    ("are", "be", "AUX", "aux", 5),
    ("negotiating", "negotiate", "VERB", "ccomp", 2),
    ("and", "and", "CCONJ", "cc", 5),
    ("say", "say", "VERB", "conj", 5),
    ("Lviv", "Lviv", "PROPN", "nsubj", 9),
    ("is", "be", "AUX", "ccomp", 7),
    ("safe", "safe", "ADJ", "acomp", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_saying_inside_a_saying_is_the_outer_speaker_s_claim() -> None:
    doc = parsed(NESTED)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker.text == "The minister"
    assert lviv._.source.lemma == "say"


def test_a_saying_without_its_own_subject_is_the_speaker_s_second_saying() -> None:
    doc = parsed(COORDINATED)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker.text == "The rebels"
    assert lviv._.source.lemma == "say"  # said beside the denial, not denied


# "Anna Kowalska , a doctor , said Lviv is calm , Kowalska said ." (one sentence to the
# parser, the first saying hung under the second)
SAME_SOURCE = [
    ("Anna", "Anna", "PROPN", "compound", 1),
    ("Kowalska", "Kowalska", "PROPN", "nsubj", 6),
    (",", ",", "PUNCT", "punct", 1),
    ("a", "a", "DET", "det", 4),
    ("doctor", "doctor", "NOUN", "appos", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("said", "say", "VERB", "ccomp", 12),
    ("Lviv", "Lviv", "PROPN", "nsubj", 8),
    ("is", "be", "AUX", "ccomp", 6),
    ("calm", "calm", "ADJ", "acomp", 8),
    (",", ",", "PUNCT", "punct", 12),
    ("Kowalska", "Kowalska", "PROPN", "nsubj", 12),
    ("said", "say", "VERB", "ROOT", 12),
    (".", ".", "PUNCT", "punct", 12),
]


def test_one_source_named_twice_keeps_its_fuller_name() -> None:
    doc = parsed(SAME_SOURCE)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker.start == 0 and lviv._.speaker.root.text == "Kowalska"


@pytest.mark.model
def test_nested_sayings_with_the_model(nlp: Language) -> None:  # noqa: F811
    text = "The minister said the mayor had told him that the bridge in Lviv was closed."
    assert source_of(nlp, text) == ("The minister", "anonymous", "say")
    text = "Ivan Petrov said officials had warned that the bridge in Lviv was unsafe."
    assert source_of(nlp, text) == ("Ivan Petrov", "person", "say")
    text = "The trains were running, the mayor said, and the governor warned that Lviv was cut off."
    assert source_of(nlp, text) == ("the governor", "anonymous", "warn")
    text = "The ministry said that, according to the mayor, Lviv was calm."
    assert source_of(nlp, text) == ("The ministry", "government", "say")


@pytest.mark.model
def test_the_speech_a_verb_of_saying_speaks_in_is_its_speaker_s(nlp: Language) -> None:  # noqa: F811
    text = (
        "The ministry said in a statement, which also urged residents of Lviv to stay "
        "indoors, that the bridge was closed."
    )
    assert source_of(nlp, text) == ("The ministry", "government", "urge")
    text = (
        "The ministry said in a statement on Monday, which also urged residents of Lviv to "
        "stay indoors, that the bridge was closed."
    )
    assert source_of(nlp, text) == ("The ministry", "government", "urge")  # not "Monday"
    text = "A statement, which urged residents of Lviv to stay indoors, was read out."
    assert source_of(nlp, text) == ("A statement", "document", "urge")


@pytest.mark.model
def test_a_poster_speaks_not_the_platform(nlp: Language) -> None:  # noqa: F811
    text = "Ivan Petrov posted on Facebook that the shelling in Lviv had stopped."
    assert source_of(nlp, text) == ("Ivan Petrov", "person", "post")
    text = "The shelling in Lviv had stopped, Ivan Petrov posted on Telegram."
    assert source_of(nlp, text) == ("Ivan Petrov", "person", "post")
    text = "Ivan Petrov shared on Facebook that the shelling in Lviv had stopped."
    assert source_of(nlp, text) == ("Ivan Petrov", "person", "share")
    assert source_of(nlp, "Ivan Petrov posted photos of the damage in Lviv on Facebook.") is None


@pytest.mark.model
def test_an_account_s_owner_speaks_not_the_account(nlp: Language) -> None:  # noqa: F811
    text = "The governor's Telegram channel reported that the shelling in Lviv had stopped."
    record = one(parse(nlp, text), "Lviv")._.source
    assert (record.name, record.role, record.lemma) == (
        "The governor",
        "Telegram channel",
        "report",
    )
