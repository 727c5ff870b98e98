"""Whom a phrase refers to, what a speaker's name is, and which sources can speak (issue 17).

A description refers back to the last person who spoke, "which"/"who" hung on a person
to the thing above; a name is words (no symbol, formula, place in apposition or manner
of saying), with the state owning a body; passive reports ("said to be") have no
speaker; law enforcement, agencies, prosecutors, publications and papers are kinds.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.claims.attribution import Attribution
from geomap.claims.kinds import speaker_kind
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _described(first: str, honorific: str, noun: str, poss: bool = False) -> list[Row]:
    """ "<honorific> <first> said it . I worked in Lviv , the Kyiv <noun> said ." """
    rows: list[Row] = [
        (honorific, honorific, "PROPN", "compound", 1),
        (first, first, "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("it", "it", "PRON", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("I", "I", "PRON", "nsubj", 6),
        ("worked", "work", "VERB", "ccomp", 13),
        ("in", "in", "ADP", "prep", 6),
        ("Lviv", "Lviv", "PROPN", "pobj", 7),
        (",", ",", "PUNCT", "punct", 13),
        ("the", "the", "DET", "det", 12),
        ("Kyiv", "Kyiv", "PROPN", "compound", 12),
        (noun, noun, "NOUN", "nsubj", 13),
        ("said", "say", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    if poss:  # "the Kyiv victim's <noun>"
        rows[11] = ("Kyiv", "Kyiv", "PROPN", "poss", 12)
    return rows


_ENTS = ["O", "B-PERSON", "O", "O", "O", *["O"] * 10]


def test_a_description_of_a_person_refers_back_to_the_last_person_who_spoke() -> None:
    # “…,” the Manhattan native and Harvard graduate said: Flood, who spoke before
    rows = _described("Flood", "Mr", "graduate")
    assert speaker_of(rows, "Kyiv", (0, 5), _ENTS) == "Mr Flood"
    assert speaker_of(rows, "Lviv", (0, 5), _ENTS) == "Mr Flood"
    # the sex told must agree: "Mrs Petrova said it … the Kyiv father said"
    rows = _described("Petrova", "Mrs", "father")
    assert speaker_of(rows, "Kyiv", (0, 5), _ENTS) == "the Kyiv father"
    # a possessive makes someone new: "the Kyiv victim's mother"
    rows = _described("Petrova", "Mrs", "mother", poss=True)
    assert speaker_of(rows, "Kyiv", (0, 5), _ENTS) == "the Kyiv mother"


# "Kyiv is safe , â said Fargo Commissioner Petrov ." (â: a quotation mark misread)
MISREAD_QUOTE = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ccomp", 5),
    ("safe", "safe", "ADJ", "acomp", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("â", "â", "PROPN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("Fargo", "Fargo", "PROPN", "compound", 8),
    ("Commissioner", "Commissioner", "PROPN", "compound", 8),
    ("Petrov", "Petrov", "PROPN", "nsubj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
# "Kyiv fell , said @SUM(A1 officials ." (a spreadsheet formula left in the text)
FORMULA = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
    ("fell", "fall", "VERB", "ccomp", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("said", "say", "VERB", "ROOT", 3),
    ("@SUM(A1", "@SUM(A1", "PROPN", "nsubj", 3),
    ("officials", "official", "NOUN", "nsubj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_speaker_name_is_a_word_not_a_symbol_or_a_formula() -> None:
    assert speaker_of(MISREAD_QUOTE, "Kyiv") == "Fargo Commissioner Petrov"
    assert speaker_of(MISREAD_QUOTE, "Fargo") == "Fargo Commissioner Petrov"
    assert speaker_of(FORMULA, "Kyiv") == "officials"


# "Vice Chancellor , Owerri , Prof. Ivan Eze , estimated Kyiv fell ."
PLACE_IN_APPOSITION = [
    ("Vice", "Vice", "PROPN", "compound", 1),
    ("Chancellor", "Chancellor", "PROPN", "nsubj", 9),
    (",", ",", "PUNCT", "punct", 1),
    ("Owerri", "Owerri", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("Prof.", "Prof.", "PROPN", "compound", 7),
    ("Ivan", "Ivan", "PROPN", "compound", 7),
    ("Eze", "Eze", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("estimated", "estimate", "VERB", "ROOT", 9),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 11),
    ("fell", "fall", "VERB", "ccomp", 9),
    (".", ".", "PUNCT", "punct", 9),
]


def test_a_place_in_apposition_to_a_title_is_not_the_holders_name() -> None:
    ents = ["O", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", *["O"] * 5]
    doc = parsed(PLACE_IN_APPOSITION, ents=ents)
    spans = mark(doc, "Owerri", "Kyiv")
    Attribution()(doc)
    for span in spans:
        assert span._.source.name == "Prof. Ivan Eze"
        assert span._.source.kind == "person"


def _according_to(owner: str, ent: str) -> tuple[list[Row], list[str]]:
    """ "Kyiv fell , according to <owner> 's statement ." """
    rows = [
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
        ("fell", "fall", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 3),
        (owner, owner, "NOUN" if owner.islower() else "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("statement", "statement", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, ["O"] * 5 + [ent] + ["O"] * 3


def test_a_possessive_of_time_is_no_source_of_a_statement() -> None:
    rows, ents = _according_to("today", "B-DATE")
    assert speaker_of(rows, "Kyiv", ents=ents) == "today 's statement"
    rows, ents = _according_to("Petrov", "B-PERSON")
    assert speaker_of(rows, "Kyiv", ents=ents) == "Petrov"


# "Petrov fled to Kyiv , police allege ." (the tagger made "allege" a noun)
POLICE_ALLEGE = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("fled", "flee", "VERB", "ROOT", 1),
    ("to", "to", "ADP", "prep", 1),
    ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 1),
    ("police", "police", "NOUN", "compound", 6),
    ("allege", "allege", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_verb_of_saying_tagged_as_a_noun_closing_the_sentence_still_attributes_it() -> None:
    assert speaker_of(POLICE_ALLEGE, "Kyiv") == "police"
    # a noun that is one ("…, the police statement.") is no verb
    rows = [r if r[0] != "allege" else ("statement", "statement", *r[2:]) for r in POLICE_ALLEGE]
    assert speaker_of(rows, "Kyiv") is None


def _subject_claims(words: tuple[str, ...], lemma: str) -> list[Row]:
    """ "<words> claims Kyiv fell ." """
    n = len(words)
    rows: list[Row] = [
        (w, w.lower(), "DET", "det", n - 1) if w == "The" else (w, w, "NOUN", "compound", n - 1)
        for w in words[:-1]
    ]
    rows.append((words[-1], lemma, "NOUN", "nsubj", n))
    return [
        *rows,
        ("claims", "claim", "VERB", "ROOT", n),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", n + 2),
        ("fell", "fall", "VERB", "ccomp", n),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_law_enforcement_and_a_publication_can_make_claims() -> None:
    doc = parsed(_subject_claims(("county", "law", "enforcement"), "enforcement"))
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source.name == "county law enforcement"
    assert span._.source.kind == "government"
    assert speaker_of(_subject_claims(("The", "publication"), "publication"), "Kyiv") == (
        "The publication"
    )
    assert speaker_of(_subject_claims(("The", "attack"), "attack"), "Kyiv") is None


def _said_to_be(lemma: str) -> list[Row]:
    """ "Police arrested Floyd , <lemma> to be homeless , of Kyiv ." """
    return [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Floyd", "Floyd", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 1),
        (lemma + "ed", lemma, "VERB", "conj", 1),
        ("to", "to", "PART", "aux", 6),
        ("be", "be", "AUX", "xcomp", 4),
        ("homeless", "homeless", "ADJ", "acomp", 6),
        (",", ",", "PUNCT", "punct", 6),
        ("of", "of", "ADP", "prep", 6),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_said_to_be_is_a_passive_report_without_a_speaker() -> None:
    assert speaker_of(_said_to_be("say"), "Kyiv") is None
    assert speaker_of(_said_to_be("claim"), "Kyiv") == "Police"  # "claimed to be": active


# "Evans of Kyiv was told by her surgeon , Lviv fell ."
TOLD_BY = [
    ("Evans", "Evans", "PROPN", "nsubjpass", 4),
    ("of", "of", "ADP", "prep", 0),
    ("Kyiv", "Kyiv", "PROPN", "pobj", 1),
    ("was", "be", "AUX", "auxpass", 4),
    ("told", "tell", "VERB", "ROOT", 4),
    ("by", "by", "ADP", "agent", 4),
    ("her", "her", "PRON", "poss", 7),
    ("surgeon", "surgeon", "NOUN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 4),
    ("Lviv", "Lviv", "PROPN", "nsubj", 10),
    ("fell", "fall", "VERB", "ccomp", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_the_listener_of_a_passive_tell_is_not_in_what_is_said() -> None:
    assert speaker_of(TOLD_BY, "Kyiv") is None
    assert speaker_of(TOLD_BY, "Lviv") == "her surgeon"


# "Officials got a letter sent to Helen Clark which claimed Kyiv fell ."
WHICH_CLAIMED = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("got", "get", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("letter", "letter", "NOUN", "dobj", 1),
    ("sent", "send", "VERB", "acl", 3),
    ("to", "to", "ADP", "dative", 4),
    ("Helen", "Helen", "PROPN", "compound", 7),
    ("Clark", "Clark", "PROPN", "pobj", 5),
    ("which", "which", "PRON", "nsubj", 9),
    ("claimed", "claim", "VERB", "relcl", 7),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 11),
    ("fell", "fall", "VERB", "ccomp", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_which_hung_on_a_person_refers_to_the_thing_above() -> None:
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 5
    assert speaker_of(WHICH_CLAIMED, "Kyiv", ents=ents) == "a letter"


# "Kyiv fell , said the USDA in a statement ."
IN_A_STATEMENT = [
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
    ("fell", "fall", "VERB", "ccomp", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("said", "say", "VERB", "ROOT", 3),
    ("the", "the", "DET", "det", 5),
    ("USDA", "USDA", "PROPN", "nsubj", 3),
    ("in", "in", "ADP", "prep", 5),
    ("a", "a", "DET", "det", 8),
    ("statement", "statement", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_how_it_was_said_is_no_part_of_the_name() -> None:
    doc = parsed(IN_A_STATEMENT)
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source.name == "the USDA"


def _phrase(words: list[tuple[str, str, str]]) -> Span:
    """A noun phrase of (word, pos, dep) rows, all hung on the last word."""
    n = len(words)
    rows: list[Row] = [(w, w.lower() if p != "PROPN" else w, p, d, n - 1) for w, p, d in words]
    doc = parsed(rows)
    return doc[:]


def test_state_agencies_by_their_initials_are_government() -> None:
    def kind(*words: str) -> str:
        rows = [
            (w, "DET", "det")
            if w == "the"
            else (w, "ADP" if w in ("for", "and") else "PROPN", "dep")
            for w in words
        ]
        return speaker_kind(_phrase(rows))

    assert kind("the", "CDC") == "government"
    assert kind("the", "NYPD") == "government"
    assert kind("the", "Centers", "for", "Disease", "Control", "and", "Prevention") == (
        "government"
    )
    assert kind("the", "BBC") != "government"
    assert kind("the", "Centers", "for", "Strategic", "Studies") != "government"


def test_a_scientific_paper_is_a_document_the_paper_an_outlet() -> None:
    study = _phrase([("A", "DET", "det"), ("scientific", "ADJ", "amod"), ("paper", "NOUN", "ROOT")])
    assert speaker_kind(study) == "document"
    outlet = _phrase([("The", "DET", "det"), ("paper", "NOUN", "ROOT")])
    assert speaker_kind(outlet) == "organisation"


def _maintained(aux: bool) -> list[Row]:
    """ "She has maintained that Kyiv fell and (has) argued that Lviv is safe ." """
    rows: list[Row] = [
        ("She", "she", "PRON", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("maintained", "maintain", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 5),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 5),
        ("fell", "fall", "VERB", "ccomp", 2),
        ("and", "and", "CCONJ", "cc", 5),
        ("has", "have", "AUX", "aux", 8),
        ("argued", "argue", "VERB", "conj", 5),
        ("that", "that", "SCONJ", "mark", 11),
        ("Lviv", "Lviv", "PROPN", "nsubj", 11),
        ("is", "be", "AUX", "ccomp", 8),
        ("safe", "safe", "ADJ", "acomp", 11),
        (".", ".", "PUNCT", "punct", 2),
    ]
    if not aux:  # "… Kyiv fell and argued …": the parse may be right
        rows[7] = ("then", "then", "ADV", "advmod", 8)
    return rows


def test_a_second_verb_of_saying_hung_on_the_reported_clause_goes_on_from_the_first() -> None:
    assert speaker_of(_maintained(True), "Lviv") == "She"
    assert speaker_of(_maintained(True), "Kyiv") == "She"  # "maintain that" reports
    # "… that Kyiv fell then argued that Lviv is safe": "argued" shares the subject of
    # "fell" (no subject of its own), so it is Kyiv's saying beside hers, not one she
    # reports (claims.nested)
    assert speaker_of(_maintained(False), "Lviv") == "Kyiv"


def _owned(owner: tuple[str, str, str]) -> tuple[list[Row], list[str]]:
    """ "Kyiv fell , said the <owner> 's Health Ministry ." """
    word, pos, ent = owner
    rows = [
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
        ("fell", "fall", "VERB", "ccomp", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        (word, word.lower(), pos, "poss", 8),
        ("'s", "'s", "PART", "case", 5),
        ("Health", "Health", "PROPN", "compound", 8),
        ("Ministry", "Ministry", "PROPN", "nsubj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    return rows, ["O"] * 5 + [ent, "O", "B-ORG", "I-ORG", "O"]


def test_the_state_owning_a_body_is_part_of_its_name() -> None:
    for owner, name in (
        (("Ukraine", "PROPN", "B-GPE"), "the Ukraine 's Health Ministry"),
        (("state", "NOUN", "O"), "the state 's Health Ministry"),
        (("firm", "NOUN", "O"), "Health Ministry"),
    ):
        rows, ents = _owned(owner)
        doc = parsed(rows, ents=ents)
        (span,) = mark(doc, "Kyiv")
        Attribution()(doc)
        assert span._.source.name == name


# "Petrov said that Kyiv says no ." / "Kyiv says no ."
KYIV_SAYS = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("that", "that", "SCONJ", "mark", 4),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 4),
    ("says", "say", "VERB", "ccomp", 1),
    ("no", "no", "INTJ", "intj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_place_is_not_its_own_speaker_when_someone_says_it_says_so() -> None:
    assert speaker_of(KYIV_SAYS, "Kyiv") == "Petrov"
    alone = [(w, lemma, pos, dep, head - 3) for w, lemma, pos, dep, head in KYIV_SAYS[3:]]
    alone[1] = ("says", "say", "VERB", "ROOT", 1)
    alone[3] = (".", ".", "PUNCT", "punct", 1)
    assert speaker_of(alone, "Kyiv") == "Kyiv"  # "China called for …": a state acting
    # a place in the nested speaker's role stays that speaker's
    nested = [
        ("Ivanova", "Ivanova", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6),
        ("Kyiv", "Kyiv", "PROPN", "compound", 5),
        ("doctor", "doctor", "NOUN", "compound", 5),
        ("Petrov", "Petrov", "PROPN", "nsubj", 6),
        ("claims", "claim", "VERB", "ccomp", 1),
        ("Lviv", "Lviv", "PROPN", "nsubj", 8),
        ("fell", "fall", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(nested, "Kyiv") == "Kyiv doctor Petrov"


# "Mitchell met Thomas , candidate for the Kyiv seat , who said Lviv is safe ."
WHO_SAID = [
    ("Mitchell", "Mitchell", "PROPN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1),
    ("Thomas", "Thomas", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 2),
    ("candidate", "candidate", "NOUN", "appos", 2),
    ("for", "for", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 8),
    ("Kyiv", "Kyiv", "PROPN", "compound", 8),
    ("seat", "seat", "NOUN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 8),
    ("who", "who", "PRON", "nsubj", 11),
    ("said", "say", "VERB", "relcl", 8),
    ("Lviv", "Lviv", "PROPN", "nsubj", 13),
    ("is", "be", "AUX", "ccomp", 11),
    ("safe", "safe", "ADJ", "acomp", 13),
    (".", ".", "PUNCT", "punct", 1),
]


def test_who_hung_on_a_thing_is_the_person_above_and_speaks_for_its_role() -> None:
    ents = ["O", "O", "B-PERSON", *["O"] * 13]
    for place in ("Lviv", "Kyiv"):
        doc = parsed(WHO_SAID, ents=ents)
        (span,) = mark(doc, place)
        Attribution()(doc)
        assert span._.source is not None and span._.source.name == "Thomas"


def test_prosecutors_are_unnamed_people_a_prosecutor_speaks_for_the_state() -> None:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["prosecutors"], lemmas=["prosecutor"], pos=["NOUN"], tags=["NNS"])
    assert speaker_kind(doc[:]) == "anonymous"
    one = _phrase([("the", "DET", "det"), ("prosecutor", "NOUN", "ROOT")])
    assert speaker_kind(one) == "government"
