"""Speaker rules of round 67 (issue 17, spk67), on ``spacy.blank("en")``.

From the 101 dev items of ``speakers_gold`` set ``spk67`` (real news): a passive
participle of saying hung on another clause ("A Harlem woman … is now in jail, accused
of …"), a link's line run into the text ("Read more: What Lavrov said: Germany, …
expel …"), a person's name described by a job and taken up by an impersonal "it"
("Herb Asher, professor emeritus …, said … Asher said it doesn't have to be that
simple").  Hand-built parses, with controls.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from geomap.claims.cues import bare_participle
from geomap.claims.name_kinds import apposed_body
from geomap.claims.taken_up import taken_up_as_it
from tests.test_attribution_blank import Row, mark, parsed


def _source(
    rows: Sequence[Row], place: str, tags: dict[int, str] | None = None
) -> tuple[str, str] | None:
    """The clean name and kind of the source of ``place``'s claim, or ``None``."""
    doc = parsed(rows)
    for i, tag in (tags or {}).items():
        doc[i].tag_ = tag
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.kind)


# "A Harlem woman is now in jail , accused of robbery ."
_ACCUSED: list[Row] = [
    ("A", "a", "DET", "det", 2),
    ("Harlem", "Harlem", "PROPN", "compound", 2),
    ("woman", "woman", "NOUN", "nsubj", 3),
    ("is", "be", "AUX", "ROOT", 3),
    ("now", "now", "ADV", "advmod", 3),
    ("in", "in", "ADP", "prep", 3),
    ("jail", "jail", "NOUN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 3),
    ("accused", "accuse", "VERB", "advcl", 3),
    ("of", "of", "ADP", "prep", 8),
    ("robbery", "robbery", "NOUN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 3),
]

# "Police accused a Harlem woman of robbery ."
_POLICE_ACCUSED: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 4),
    ("Harlem", "Harlem", "PROPN", "compound", 4),
    ("woman", "woman", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 1),
    ("robbery", "robbery", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_bare_passive_participle_of_saying_gives_its_host_no_speaker() -> None:
    assert _source(_ACCUSED, "Harlem", {8: "VBN"}) is None


def test_an_accuser_with_a_subject_still_speaks() -> None:
    assert _source(_POLICE_ACCUSED, "Harlem", {1: "VBD"}) == ("Police", "government")


# "Read more : Lavrov said Germany expels diplomats ."
_READ_MORE: list[Row] = [
    ("Read", "read", "VERB", "ROOT", 0),
    ("more", "more", "ADV", "advmod", 0),
    (":", ":", "PUNCT", "punct", 0),
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 4),
    ("said", "say", "VERB", "parataxis", 0),
    ("Germany", "Germany", "PROPN", "nsubj", 6),
    ("expels", "expel", "VERB", "ccomp", 4),
    ("diplomats", "diplomat", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 0),
]

# "Lavrov said Germany expels diplomats ."
_SAID: list[Row] = [
    ("Lavrov", "Lavrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Germany", "Germany", "PROPN", "nsubj", 3),
    ("expels", "expel", "VERB", "ccomp", 1),
    ("diplomats", "diplomat", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_link_line_is_no_one_s_claim() -> None:
    assert _source(_READ_MORE, "Germany") is None


def test_the_same_saying_outside_a_link_line_keeps_its_speaker() -> None:
    source = _source(_SAID, "Germany")
    assert source is not None and source[0] == "Lavrov"


# "Asher , professor emeritus , said it has to be simple ."
def _asher(described: bool) -> list[Row]:
    rows: list[Row] = [("Asher", "Asher", "PROPN", "nsubj", 5)]
    if described:
        rows += [
            (",", ",", "PUNCT", "punct", 0),
            ("professor", "professor", "NOUN", "compound", 3),
            ("emeritus", "emeritus", "NOUN", "appos", 0),
            (",", ",", "PUNCT", "punct", 0),
        ]
    else:
        rows += [
            ("Asher", "Asher", "PROPN", "dep", 0),
            ("Asher", "Asher", "PROPN", "dep", 0),
            ("Asher", "Asher", "PROPN", "dep", 0),
            ("Asher", "Asher", "PROPN", "dep", 0),
        ]
    rows += [
        ("said", "say", "VERB", "ROOT", 5),
        ("it", "it", "PRON", "nsubj", 7),
        ("has", "have", "VERB", "ccomp", 5),
        ("to", "to", "PART", "aux", 9),
        ("be", "be", "AUX", "xcomp", 7),
        ("simple", "simple", "ADJ", "acomp", 9),
        (".", ".", "PUNCT", "punct", 5),
    ]
    return rows


def test_a_name_described_as_a_professor_is_not_taken_up_as_it() -> None:
    doc = parsed(_asher(described=True))
    assert not taken_up_as_it(doc[0])


def test_an_undescribed_name_saying_it_has_to_is_still_a_body() -> None:
    doc = parsed(_asher(described=False))
    assert taken_up_as_it(doc[0])


def test_a_participle_with_a_clause_of_its_own_is_a_misread_finite_verb() -> None:
    # "A Charleston man admitted that he fired ." (the model: "admitted" VBN, acl)
    rows: list[Row] = [
        ("A", "a", "DET", "det", 2),
        ("Charleston", "Charleston", "PROPN", "compound", 2),
        ("man", "man", "NOUN", "ROOT", 2),
        ("admitted", "admit", "VERB", "acl", 2),
        ("that", "that", "SCONJ", "mark", 6),
        ("he", "he", "PRON", "nsubj", 6),
        ("fired", "fire", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows)
    doc[3].tag_ = "VBN"
    assert not bare_participle(doc[3], list(doc[3].children))
    doc = parsed(_ACCUSED)
    doc[8].tag_ = "VBN"
    assert bare_participle(doc[8], list(doc[8].children))


# "The office of France 's president Nicolas Sarkozy said Paris would pledge doses ."
_OFFICE: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("office", "office", "NOUN", "nsubj", 8),
    ("of", "of", "ADP", "prep", 1),
    ("France", "France", "PROPN", "poss", 5),
    ("'s", "'s", "PART", "case", 3),
    ("president", "president", "NOUN", "pobj", 2),
    ("Nicolas", "Nicolas", "PROPN", "compound", 7),
    ("Sarkozy", "Sarkozy", "PROPN", "appos", 5),
    ("said", "say", "VERB", "ROOT", 8),
    ("Paris", "Paris", "PROPN", "nsubj", 11),
    ("would", "would", "AUX", "aux", 11),
    ("pledge", "pledge", "VERB", "ccomp", 8),
    ("doses", "dose", "NOUN", "dobj", 11),
    (".", ".", "PUNCT", "punct", 8),
]


def test_the_office_of_a_named_person_speaks_as_a_body() -> None:
    ents = ["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = parsed(_OFFICE, ents=ents)
    (span,) = mark(doc, "Paris")
    Attribution()(doc)
    source = span._.source
    assert source is not None
    assert source.name == "The office of France 's president Nicolas Sarkozy"
    assert source.kind == "government"


def test_a_person_named_without_a_body_noun_stays_the_person() -> None:
    ents = ["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6
    rows = [(w, lemma, pos, dep, head) for w, lemma, pos, dep, head in _OFFICE]
    rows[1] = ("aide", "aide", "NOUN", "nsubj", 8)
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, "Paris")
    Attribution()(doc)
    source = span._.source
    assert source is not None and source.name == "Nicolas Sarkozy"


# "Of Connecticut 's people , 10 percent are black , according to U.S. Census estimates ."
_ESTIMATES: list[Row] = [
    ("Of", "of", "ADP", "prep", 7),
    ("Connecticut", "Connecticut", "PROPN", "poss", 3),
    ("'s", "'s", "PART", "case", 1),
    ("people", "people", "NOUN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 7),
    ("10", "10", "NUM", "nummod", 6),
    ("percent", "percent", "NOUN", "nsubj", 7),
    ("are", "be", "AUX", "ROOT", 7),
    ("black", "black", "ADJ", "acomp", 7),
    (",", ",", "PUNCT", "punct", 7),
    ("according", "accord", "VERB", "prep", 7),
    ("to", "to", "ADP", "prep", 10),
    ("U.S.", "U.S.", "PROPN", "compound", 13),
    ("Census", "Census", "PROPN", "compound", 14),
    ("estimates", "estimate", "VERB", "pobj", 11),
    (".", ".", "PUNCT", "punct", 7),
]


def test_estimates_tagged_a_verb_in_a_noun_s_place_are_a_document() -> None:
    source = _source(_ESTIMATES, "Connecticut")
    assert source is not None and source[1] == "document"


def _colon(mark_text: str) -> list[Row]:
    # "Authorities seemed motivated by Tunisia 's needs <mark> Zbidi said NATO demanded access ."
    return [
        ("Authorities", "authority", "NOUN", "nsubj", 1),
        ("seemed", "seem", "VERB", "ccomp", 9),
        ("motivated", "motivate", "VERB", "oprd", 1),
        ("by", "by", "ADP", "agent", 2),
        ("Tunisia", "Tunisia", "PROPN", "poss", 6),
        ("'s", "'s", "PART", "case", 4),
        ("needs", "need", "NOUN", "pobj", 3),
        (mark_text, mark_text, "PUNCT", "punct", 9),
        ("Zbidi", "Zbidi", "PROPN", "nsubj", 9),
        ("said", "say", "VERB", "ROOT", 9),
        ("NATO", "NATO", "PROPN", "nsubj", 11),
        ("demanded", "demand", "VERB", "ccomp", 9),
        ("access", "access", "NOUN", "dobj", 11),
        (".", ".", "PUNCT", "punct", 9),
    ]


def test_a_clause_before_a_colon_is_not_what_a_later_verb_reports() -> None:
    assert _source(_colon(":"), "Tunisia") is None


def test_a_clause_before_a_comma_still_is() -> None:
    source = _source(_colon(","), "Tunisia")
    assert source is not None and source[0] == "Zbidi"


def _paige(spokeswoman: bool) -> list[Row]:
    # "said Leslie Paige , spokeswoman for Citizens , a watchdog organization ."
    job = "spokeswoman" if spokeswoman else "backer"
    return [
        ("said", "say", "VERB", "ROOT", 0),
        ("Leslie", "Leslie", "PROPN", "compound", 2),
        ("Paige", "Paige", "PROPN", "nsubj", 0),
        (",", ",", "PUNCT", "punct", 2),
        (job, job, "NOUN", "appos" if spokeswoman else "dep", 2),
        ("for", "for", "ADP", "prep", 4),
        ("Citizens", "Citizens", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 2),
        ("a", "a", "DET", "det", 10),
        ("watchdog", "watchdog", "NOUN", "compound", 10),
        ("organization", "organization", "NOUN", "appos", 2),
        (".", ".", "PUNCT", "punct", 0),
    ]


def test_a_name_with_a_person_s_job_in_apposition_is_no_body() -> None:
    doc = parsed(_paige(spokeswoman=True))
    assert apposed_body(doc[1:3]) is None


def test_a_name_apposed_only_to_an_organisation_is_one() -> None:
    doc = parsed(_paige(spokeswoman=False))
    assert apposed_body(doc[1:3]) == "organisation"


def test_a_participle_on_a_noun_that_is_no_argument_is_a_misread_finite_verb() -> None:
    # "Workers will strike , unions announced ." (the model: "unions" npadvmod, "announced" acl)
    rows: list[Row] = [
        ("Workers", "worker", "NOUN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("strike", "strike", "VERB", "ROOT", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("unions", "union", "NOUN", "npadvmod", 2),
        ("announced", "announce", "VERB", "acl", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows)
    doc[5].tag_ = "VBN"
    assert not bare_participle(doc[5], list(doc[5].children))
    rows[4] = ("unions", "union", "NOUN", "nsubj", 2)
    doc = parsed(rows)
    doc[5].tag_ = "VBN"
    assert bare_participle(doc[5], list(doc[5].children))
