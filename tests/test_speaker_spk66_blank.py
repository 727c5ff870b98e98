"""Speaker rules of round 66 (issue 17, spk66), on ``spacy.blank("en")``.

From the 99 dev items of ``speakers_gold`` set ``spk66`` (real news): a title closed by a
place the model compounded with the holder's name ("General Secretary of the Communist
Party of Vietnam Nguyen Phu Trong"), an indefinite description of a person's name whose
closing comma is missing ("Prof Mark Griffiths, a gambling expert at … University told"),
a site that reports ("…, reports eonline.com."), a firm that "has informed that …", a
time clause before the saying the parser made its complement ("… days after Israel and
Hamas declared …, Assad said that …"), a saying in a paragraph that opens a long straight
quote again ("Education. "A census report … notes …", the paragraphs run together).
Hand-built parses, with controls.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _source(rows: Sequence[Row], place: str, ents: Sequence[str]) -> tuple[str, str] | None:
    """The clean name and kind of the source of ``place``'s claim, or ``None``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.kind)


# "Vietnam supports Russia , said General Secretary of the Communist Party of Vietnam
#  Nguyen Phu Trong ."
_TITLED: list[Row] = [
    ("Vietnam", "Vietnam", "PROPN", "nsubj", 1),
    ("supports", "support", "VERB", "ccomp", 4),
    ("Russia", "Russia", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 4),
    ("said", "say", "VERB", "ROOT", 4),
    ("General", "General", "PROPN", "compound", 6),
    ("Secretary", "Secretary", "PROPN", "nsubj", 4),
    ("of", "of", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 10),
    ("Communist", "Communist", "PROPN", "compound", 10),
    ("Party", "Party", "PROPN", "pobj", 7),
    ("of", "of", "ADP", "prep", 10),
    ("Vietnam", "Vietnam", "PROPN", "compound", 15),
    ("Nguyen", "Nguyen", "PROPN", "compound", 15),
    ("Phu", "Phu", "PROPN", "compound", 15),
    ("Trong", "Trong", "PROPN", "pobj", 11),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_name_after_a_state_the_article_names_closes_the_title() -> None:
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    ents += ["O"] * 6
    assert _source(_TITLED, "Russia", ents) == ("Nguyen Phu Trong", "person")
    # the state tagged nowhere: the words after the body are not cut into state and name,
    # and a title word alone ("Secretary") is no name either
    plain = ["O"] * 8 + ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 6
    plain[2] = "B-GPE"
    assert _source(_TITLED, "Russia", plain) not in (
        ("Nguyen Phu Trong", "person"),
        ("Secretary", "person"),
    )


# "Leeds is bad , Mark Griffiths , an expert at Keele University told the BBC ."
_DESCRIBED: list[Row] = [
    ("Leeds", "Leeds", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ccomp", 12),
    ("bad", "bad", "ADJ", "acomp", 1),
    (",", ",", "PUNCT", "punct", 12),
    ("Mark", "Mark", "PROPN", "compound", 5),
    ("Griffiths", "Griffiths", "PROPN", "nsubj", 12),
    (",", ",", "PUNCT", "punct", 5),
    ("an", "an", "DET", "det", 8),
    ("expert", "expert", "NOUN", "appos", 5),
    ("at", "at", "ADP", "prep", 8),
    ("Keele", "Keele", "PROPN", "compound", 11),
    ("University", "University", "PROPN", "pobj", 9),
    ("told", "tell", "VERB", "ROOT", 12),
    ("the", "the", "DET", "det", 14),
    ("BBC", "BBC", "PROPN", "dobj", 12),
    (".", ".", "PUNCT", "punct", 12),
]


def test_an_indefinite_description_without_its_closing_comma_is_the_persons_role() -> None:
    ents = ["B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    ents += ["B-ORG", "I-ORG", "O", "O", "B-ORG", "O"]
    assert _source(_DESCRIBED, "Leeds", ents) == ("Mark Griffiths", "person")
    # a subject that names no person: the phrase before the verb speaks, as before
    unnamed = [*ents[:4], "O", "O", *ents[6:]]
    assert speaker_of(_DESCRIBED, "Leeds", ents=unnamed) == "an expert at Keele University"


def _closing_reporter(name: str, ent: str) -> tuple[str | None, str | None]:
    """Speaker and kind in "A man smashed windows in Leeds , reports NAME ." """
    rows: list[Row] = [
        ("A", "a", "DET", "det", 1),
        ("man", "man", "NOUN", "nsubj", 2),
        ("smashed", "smash", "VERB", "ccomp", 7),
        ("windows", "window", "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Leeds", "Leeds", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 7),
        ("reports", "report", "VERB", "ROOT", 7),
        (name, name, "X" if "." in name else "PROPN", "nsubj", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    doc = parsed(rows, ents=["O"] * 5 + ["B-GPE", "O", "O", ent, "O"])
    doc[7].tag_ = "VBZ"
    (span,) = mark(doc, "Leeds")
    Attribution()(doc)
    if span._.speaker is None:
        return None, None
    return span._.speaker.text, span._.source.kind


def test_a_site_that_reports_closing_the_sentence_is_the_source() -> None:
    assert _closing_reporter("eonline.com", "O") == ("eonline.com", "organisation")
    # an author's byline ("…, reports Halcrow.") is no source
    assert _closing_reporter("Halcrow", "B-PERSON") == (None, None)


def test_has_informed_that_reports_a_clause() -> None:
    # "Wavepiston has informed that shares in Aarhus were sold ."
    rows: list[Row] = [
        ("Wavepiston", "Wavepiston", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("informed", "inform", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 8),
        ("shares", "share", "NOUN", "nsubjpass", 8),
        ("in", "in", "ADP", "prep", 4),
        ("Aarhus", "Aarhus", "PROPN", "pobj", 5),
        ("were", "be", "AUX", "auxpass", 8),
        ("sold", "sell", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    ents = ["B-ORG"] + ["O"] * 5 + ["B-GPE", "O", "O", "O"]
    assert speaker_of(rows, "Aarhus", ents=ents) == "Wavepiston"
    # informing someone of nothing reported: "The mayor informed police in Aarhus ."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("mayor", "mayor", "NOUN", "nsubj", 2),
        ("informed", "inform", "VERB", "ROOT", 2),
        ("police", "police", "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 3),
        ("Aarhus", "Aarhus", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert speaker_of(rows, "Aarhus", ents=["O"] * 5 + ["B-GPE", "O"]) is None


# "In an interview days after Israel declared a truce , Assad said that Gaza was calm ."
_AFTER_CLAUSE: list[Row] = [
    ("In", "in", "ADP", "prep", 6),
    ("an", "an", "DET", "det", 2),
    ("interview", "interview", "NOUN", "pobj", 0),
    ("days", "day", "NOUN", "npadvmod", 6),
    ("after", "after", "SCONJ", "mark", 6),
    ("Israel", "Israel", "PROPN", "nsubj", 6),
    ("declared", "declare", "VERB", "ccomp", 11),
    ("a", "a", "DET", "det", 8),
    ("truce", "truce", "NOUN", "dobj", 6),
    (",", ",", "PUNCT", "punct", 11),
    ("Assad", "Assad", "PROPN", "nsubj", 11),
    ("said", "say", "VERB", "ROOT", 11),
    ("that", "that", "SCONJ", "mark", 14),
    ("Gaza", "Gaza", "PROPN", "nsubj", 14),
    ("was", "be", "AUX", "ccomp", 11),
    ("calm", "calm", "ADJ", "acomp", 14),
    (".", ".", "PUNCT", "punct", 11),
]
_AFTER_ENTS = ["O"] * 5 + ["B-GPE"] + ["O"] * 4 + ["B-PERSON", "O", "O", "B-GPE", "O", "O", "O"]


def test_a_time_clause_before_the_saying_is_when_not_what_is_said() -> None:
    assert speaker_of(_AFTER_CLAUSE, "Israel", ents=_AFTER_ENTS) is None
    assert speaker_of(_AFTER_CLAUSE, "Gaza", ents=_AFTER_ENTS) == "Assad"
    # the verb has no complement of its own after it: the clause stays what is said
    rows = [*_AFTER_CLAUSE[:12], (".", ".", "PUNCT", "punct", 11)]
    assert speaker_of(rows, "Israel", ents=[*_AFTER_ENTS[:12], "O"]) == "Assad"


# `"We care," Robinson said. "I act. "A report for Leeds notes growth. "More work."`
_PARAGRAPHS: list[tuple[str, str, str, str, int, bool]] = [
    ('"', '"', "PUNCT", "punct", 6, False),
    ("We", "we", "PRON", "nsubj", 2, True),
    ("care", "care", "VERB", "ccomp", 6, False),
    (",", ",", "PUNCT", "punct", 6, False),
    ('"', '"', "PUNCT", "punct", 6, True),
    ("Robinson", "Robinson", "PROPN", "nsubj", 6, True),
    ("said", "say", "VERB", "ROOT", 6, False),
    (".", ".", "PUNCT", "punct", 6, True),
    ('"', '"', "PUNCT", "punct", 10, False),
    ("I", "I", "PRON", "nsubj", 10, True),
    ("act", "act", "VERB", "ROOT", 10, False),
    (".", ".", "PUNCT", "punct", 10, True),
    ('"', '"', "PUNCT", "punct", 17, False),
    ("A", "a", "DET", "det", 14, True),
    ("report", "report", "NOUN", "nsubj", 17, True),
    ("for", "for", "ADP", "prep", 14, True),
    ("Leeds", "Leeds", "PROPN", "pobj", 15, True),
    ("notes", "note", "VERB", "ROOT", 17, True),
    ("growth", "growth", "NOUN", "dobj", 17, False),
    (".", ".", "PUNCT", "punct", 17, True),
    ('"', '"', "PUNCT", "punct", 22, False),
    ("More", "more", "ADJ", "amod", 22, True),
    ("work", "work", "NOUN", "ROOT", 22, False),
    (".", ".", "PUNCT", "punct", 22, False),
    ('"', '"', "PUNCT", "punct", 22, False),
]


def _paragraph_speaker(reopened: bool) -> str | None:
    """The speaker of Leeds, the report's paragraph opening with a mark or not."""
    rows = list(_PARAGRAPHS)
    starts = [0, 8, 12, 20]
    if not reopened:  # drop the mark before "A report"
        rows = [(w, lem, pos, dep, h - (h > 12), sp) for w, lem, pos, dep, h, sp in rows]
        del rows[12]
        starts = [0, 8, 12, 19]
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[r[5] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i in starts for i in range(len(rows))],
        ents=["B-PERSON" if r[0] in ("Robinson",) else "O" for r in rows],
    )
    (span,) = mark(doc, "Leeds")
    Attribution()(doc)
    return None if span._.speaker is None else span._.speaker.text


def test_a_saying_in_a_paragraph_that_reopens_a_long_quote_is_the_quotes_speaker() -> None:
    assert _paragraph_speaker(True) == "Robinson"
    # no mark opens the paragraph: a stray straight mark's region is not trusted there
    assert _paragraph_speaker(False) == "A report for Leeds"
