"""Kinds of two classes of speaker (issue 17, spk70).

A document's author named after "by" keeps the name ("a report by the Resolution
Foundation"), but the source is the document (`kinds.document_author`); the members of an
armed group named by a plural noun speak as the group, an organisation ("M23 rebels said",
`kinds.GROUP_MEMBERS`), where other unnamed people are anonymous. Hand-built parses on
``spacy.blank("en")``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.kinds import speaker_kind

# word, lemma, pos, tag, dep, head, IOB entity
Row = tuple[str, str, str, str, str, int, str]


def _doc(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        ents=[r[6] for r in rows],
    )


def _report_by(noun: str) -> Doc:
    """ "A <noun> by the Resolution Foundation found ." """
    return _doc([
        ("A", "a", "DET", "DT", "det", 1, "O"),
        (noun, noun, "NOUN", "NN", "nsubj", 6, "O"),
        ("by", "by", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "B-ORG"),
        ("Resolution", "Resolution", "PROPN", "NNP", "compound", 5, "I-ORG"),
        ("Foundation", "Foundation", "PROPN", "NNP", "pobj", 2, "I-ORG"),
        ("found", "find", "VERB", "VBD", "ROOT", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ])  # fmt: skip


def test_the_author_of_a_report_speaks_as_the_report() -> None:
    assert speaker_kind(_report_by("report")[3:6]) == "document"


def test_the_author_after_by_of_no_document_keeps_its_own_kind() -> None:
    # "A group by the Resolution Foundation found": "group" is no document noun
    assert speaker_kind(_report_by("group")[3:6]) == "organisation"


def _issued_by(verb: str, lemma: str) -> Doc:
    """ "A statement <verb> by Reuters said ." """
    return _doc([
        ("A", "a", "DET", "DT", "det", 1, "O"),
        ("statement", "statement", "NOUN", "NN", "nsubj", 5, "O"),
        (verb, lemma, "VERB", "VBN", "acl", 1, "O"),
        ("by", "by", "ADP", "IN", "agent", 2, "O"),
        ("Reuters", "Reuters", "PROPN", "NNP", "pobj", 3, "B-ORG"),
        ("said", "say", "VERB", "VBD", "ROOT", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ])  # fmt: skip


def test_who_released_a_statement_speaks_as_the_statement() -> None:
    assert speaker_kind(_issued_by("released", "release")[4:5]) == "document"


def test_who_only_saw_a_document_is_no_author() -> None:
    # "A statement seen by Reuters": Reuters did not make it
    assert speaker_kind(_issued_by("seen", "see")[4:5]) == "organisation"


def _plural_subject(word: str, lemma: str) -> Doc:
    """ "M23 <word> said ." """
    return _doc([
        ("M23", "M23", "PROPN", "NNP", "compound", 1, "B-ORG"),
        (word, lemma, "NOUN", "NNS", "nsubj", 2, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ])  # fmt: skip


def test_rebels_speak_as_their_group() -> None:
    assert speaker_kind(_plural_subject("rebels", "rebel")[0:2]) == "organisation"
    assert speaker_kind(_plural_subject("rebels", "rebel")[1:2]) == "organisation"


def test_other_unnamed_people_stay_anonymous() -> None:
    assert speaker_kind(_plural_subject("officials", "official")[1:2]) == "anonymous"
    assert speaker_kind(_plural_subject("residents", "resident")[1:2]) == "anonymous"


def test_the_author_of_an_act_of_saying_keeps_its_own_kind() -> None:
    # "An allegation by the Resolution Foundation found": the foundation alleges
    assert speaker_kind(_report_by("allegation")[3:6]) == "organisation"
