"""Groups, documents and laboratories as speakers, and subjects a parse slip would move.

A plural description is a group, not the person named before; a document as the agent
of a passive is its source; a laboratory speaks, a recommendation reports; a name tagged
a state elsewhere speaks as a government; an opening participle of saying and a name
read as a clause keep their own subject; writing a work is no claim (issue 17).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _tag(doc: Doc, tags: dict[int, str]) -> None:
    for i, tag in tags.items():
        doc[i].tag_ = tag


# "Author Dollar said it . Lviv is lost , the authors write ."
AUTHORS = [
    ("Author", "author", "NOUN", "compound", 1),
    ("Dollar", "Dollar", "PROPN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2),
    ("it", "it", "PRON", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
    ("Lviv", "Lviv", "PROPN", "nsubj", 6),
    ("is", "be", "AUX", "ccomp", 11),
    ("lost", "lose", "ADJ", "acomp", 6),
    (",", ",", "PUNCT", "punct", 11),
    ("the", "the", "DET", "det", 10),
    ("authors", "author", "NOUN", "nsubj", 11),
    ("write", "write", "VERB", "ROOT", 11),
    (".", ".", "PUNCT", "punct", 11),
]
_AUTHORS_ENTS = ["O", "B-PERSON", *["O"] * 11]


def test_a_plural_description_is_a_group_not_the_one_person_named_before() -> None:
    plural = {0: "NN", 1: "NNP", 10: "NNS"}
    assert speaker_of(AUTHORS, "Lviv", (0, 5), _AUTHORS_ENTS, plural) == "the authors"
    # the singular still refers back: "the author writes" is Dollar
    singular = {0: "NN", 1: "NNP", 10: "NN"}
    assert speaker_of(AUTHORS, "Lviv", (0, 5), _AUTHORS_ENTS, singular) == "Author Dollar"


def _noting(misparsed: bool) -> list[Row]:
    """ "Noting that Lviv was calm , Petrov added that Kyiv fell ." """
    if misparsed:  # the small model's parse: "was" the root, "Noting" its clausal subject
        return [
            ("Noting", "note", "VERB", "csubj", 3),
            ("that", "that", "SCONJ", "mark", 3),
            ("Lviv", "Lviv", "PROPN", "nsubj", 3),
            ("was", "be", "AUX", "ROOT", 3),
            ("calm", "calm", "ADJ", "acomp", 3),
            (",", ",", "PUNCT", "punct", 3),
            ("Petrov", "Petrov", "PROPN", "nsubj", 7),
            ("added", "add", "VERB", "conj", 3),
            ("that", "that", "SCONJ", "mark", 10),
            ("Kyiv", "Kyiv", "PROPN", "nsubj", 10),
            ("fell", "fall", "VERB", "ccomp", 7),
            (".", ".", "PUNCT", "punct", 7),
        ]
    return [
        ("Noting", "note", "VERB", "advcl", 7),
        ("that", "that", "SCONJ", "mark", 3),
        ("Lviv", "Lviv", "PROPN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 0),
        ("calm", "calm", "ADJ", "acomp", 3),
        (",", ",", "PUNCT", "punct", 7),
        ("Petrov", "Petrov", "PROPN", "nsubj", 7),
        ("added", "add", "VERB", "ROOT", 7),
        ("that", "that", "SCONJ", "mark", 10),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 10),
        ("fell", "fall", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


_NOTING_ENTS = ["O", "O", "B-GPE", "O", "O", "O", "B-PERSON", "O", "O", "B-GPE", "O", "O"]


def test_an_opening_participle_of_saying_is_said_by_the_speaker_not_the_scene() -> None:
    tags = {0: "VBG", 7: "VBD"}
    for misparsed in (False, True):
        rows = _noting(misparsed)
        assert speaker_of(rows, "Lviv", ents=_NOTING_ENTS, tags=tags) == "Petrov", misparsed
        assert speaker_of(rows, "Kyiv", ents=_NOTING_ENTS, tags=tags) == "Petrov", misparsed
    # "Speaking in Lviv , Petrov added that Kyiv fell .": a participle saying nothing sets
    # the scene
    rows = [
        ("Speaking", "speak", "VERB", "advcl", 5),
        ("in", "in", "ADP", "prep", 0),
        ("Lviv", "Lviv", "PROPN", "pobj", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("Petrov", "Petrov", "PROPN", "nsubj", 5),
        ("added", "add", "VERB", "ROOT", 5),
        ("that", "that", "SCONJ", "mark", 8),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 8),
        ("fell", "fall", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "B-GPE", "O", "O"]
    assert speaker_of(rows, "Lviv", ents=ents, tags={0: "VBG"}) is None
    assert speaker_of(rows, "Kyiv", ents=ents, tags={0: "VBG"}) == "Petrov"


def _ranked(by_head: int, agent: str = "study") -> list[Row]:
    """ "Rio was ranked as a city with low proficiency by a <agent> ." """
    return [
        ("Rio", "Rio", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("ranked", "rank", "VERB", "ROOT", 2),
        ("as", "as", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        ("city", "city", "NOUN", "pobj", 3),
        ("with", "with", "ADP", "prep", 5),
        ("low", "low", "ADJ", "amod", 8),
        ("proficiency", "proficiency", "NOUN", "pobj", 6),
        ("by", "by", "ADP", "agent" if by_head == 2 else "prep", by_head),
        ("a", "a", "DET", "det", 11),
        (agent, agent, "NOUN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_document_as_the_agent_of_a_passive_is_its_source() -> None:
    tags = {2: "VBN"}
    assert speaker_of(_ranked(2), "Rio", tags=tags) == "a study"
    # the small model hangs "by a study" on the predicate's last noun
    assert speaker_of(_ranked(8), "Rio", tags=tags) == "a study"
    # an agent that is no document is no source: "ranked … by a margin"
    assert speaker_of(_ranked(2, "margin"), "Rio", tags=tags) is None


def _that_clause(subject: Row, verb: str, lemma: str) -> list[Row]:
    """ "<subject> <verb> that Kyiv fell ." """
    return [
        subject,
        (verb, lemma, "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_laboratory_speaks_and_a_recommendation_reports() -> None:
    lab = ("lab", "lab", "NOUN", "nsubj", 1)
    assert speaker_of(_that_clause(lab, "confirmed", "confirm"), "Kyiv") == "lab"
    ohio = ("Ohio", "Ohio", "PROPN", "nsubj", 1)
    rows = _that_clause(ohio, "recommended", "recommend")
    assert speaker_of(rows, "Kyiv", ents=["B-GPE", "O", "O", "B-GPE", "O", "O"]) == "Ohio"
    # "The site defines Lviv as a city .": a definition is a claim, like a description
    rows = [
        ("The", "the", "DET", "det", 1),
        ("site", "site", "NOUN", "nsubj", 2),
        ("defines", "define", "VERB", "ROOT", 2),
        ("Lviv", "Lviv", "PROPN", "dobj", 2),
        ("as", "as", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 6),
        ("city", "city", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert speaker_of(rows, "Lviv") == "The site"


def test_a_name_tagged_a_state_elsewhere_in_the_article_speaks_as_a_government() -> None:
    # "Cases in Romania . Romania confirmed Kyiv fell ." the second "Romania" tagged ORG
    rows: list[Row] = [
        ("Cases", "case", "NOUN", "ROOT", 0),
        ("in", "in", "ADP", "prep", 0),
        ("Romania", "Romania", "PROPN", "pobj", 1),
        (".", ".", "PUNCT", "punct", 0),
        ("Romania", "Romania", "PROPN", "nsubj", 5),
        ("confirmed", "confirm", "VERB", "ROOT", 5),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 7),
        ("fell", "fall", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    ents = ["O", "O", "B-GPE", "O", "B-ORG", "O", "B-GPE", "O", "O"]
    doc = parsed(rows, sent_starts=(0, 4), ents=ents)
    (kyiv,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert kyiv._.source.name == "Romania"
    assert kyiv._.source.kind == "government"
    # a longer name ending in it is a body of its own: "ABC Romania confirmed ..."
    abc = [("ABC", "ABC", "PROPN", "compound", 5), *rows[4:]]
    abc = [(w, lem, pos, dep, head + 1 if i else head) for i, (w, lem, pos, dep, head) in
           enumerate(abc)]  # fmt: skip
    doc = parsed(rows[:4] + abc, sent_starts=(0, 4), ents=[*ents[:4], "B-ORG", "I-ORG", *ents[5:]])
    (kyiv,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert kyiv._.source.name == "ABC Romania"
    assert kyiv._.source.kind == "organisation"
    # tagged ORG everywhere it is a body: "Romania" stays an organisation
    ents[2] = "B-ORG"
    doc = parsed(rows, sent_starts=(0, 4), ents=ents)
    (kyiv,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert kyiv._.source.kind == "organisation"


# "Petrov stood firm while a spokesman for the Let Them Stay group said Lviv fell ."
# the parser reads "Let Them Stay" as a clause and makes "said" a conjunct of "stood"
LET_THEM_STAY = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("stood", "stand", "VERB", "ROOT", 1),
    ("firm", "firm", "ADJ", "acomp", 1),
    ("while", "while", "SCONJ", "mark", 8),
    ("a", "a", "DET", "det", 5),
    ("spokesman", "spokesman", "NOUN", "nsubj", 8),
    ("for", "for", "ADP", "prep", 5),
    ("the", "the", "DET", "det", 8),
    ("Let", "let", "VERB", "advcl", 1),
    ("Them", "they", "PRON", "nsubj", 10),
    ("Stay", "stay", "VERB", "ccomp", 8),
    ("group", "group", "NOUN", "dobj", 10),
    ("said", "say", "VERB", "conj", 1),
    ("Lviv", "Lviv", "PROPN", "nsubj", 14),
    ("fell", "fall", "VERB", "ccomp", 12),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_name_read_as_a_clause_does_not_hand_its_verb_the_sentences_subject() -> None:
    ents = ["B-PERSON", *["O"] * 12, "B-GPE", "O", "O"]
    tags = {1: "VBD", 8: "VB", 10: "VB", 12: "VBD"}
    speaker = speaker_of(LET_THEM_STAY, "Lviv", ents=ents, tags=tags)
    assert speaker == "a spokesman for the Let Them Stay group"
    # a verb with its own subject keeps it: "… while the group said Lviv fell ."
    rows = [
        *LET_THEM_STAY[:4],
        ("the", "the", "DET", "det", 5),
        ("group", "group", "NOUN", "nsubj", 6),
        ("said", "say", "VERB", "advcl", 1),
        ("Lviv", "Lviv", "PROPN", "nsubj", 8),
        ("fell", "fall", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]
    assert speaker_of(rows, "Lviv", ents=ents, tags={1: "VBD", 6: "VBD"}) == "the group"


def _wrote(obj: Row) -> list[Row]:
    """ "Petrov wrote <obj> about Lviv ." """
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("wrote", "write", "VERB", "ROOT", 1),
        obj,
        ("about", "about", "ADP", "prep", 1),
        ("Lviv", "Lviv", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_writing_a_work_is_no_claim_writing_that_is() -> None:
    ents = ["B-PERSON", "O", "O", "O", "B-GPE", "O"]
    assert speaker_of(_wrote(("songs", "song", "NOUN", "dobj", 1)), "Lviv", ents=ents) is None
    # a letter written is issued, like a statement: "Petrov wrote a letter about Lviv ."
    rows = _wrote(("letter", "letter", "NOUN", "dobj", 1))
    rows[3] = ("about", "about", "ADP", "prep", 2)
    assert speaker_of(rows, "Lviv", ents=ents) == "Petrov"
    # "Petrov wrote that Lviv fell ." reports
    rows = [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("wrote", "write", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Lviv", "Lviv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Lviv", ents=["B-PERSON", "O", "O", "B-GPE", "O", "O"]) == "Petrov"
