"""Concerns expressed, findings determined, terms defined, names run on, conjuncts (issue 17).

"The resolution expressed concerns about … and Lviv's use of force" (the parser's
second object is said too; "It also expressed …" refers back to the resolution);
"reports have determined that …" reports, "crimes as defined by the Statute" does not;
"Rapporteur on the Situation in Lviv Vitit Muntarbhorn urged" names Muntarbhorn; "…,
and, according to an assessment, ISIS concludes …" speaks for its own clause only.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from geomap.claims.lexicon import Lexicon
from geomap.claims.subjects import verb_subject
from tests.test_attribution_blank import Row, mark, parsed

# "The resolution expressed concerns about arrests and Lviv 's use of force .
#  It also expressed concern for people held by Kyiv ."
EXPRESSED: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("resolution", "resolution", "NOUN", "nsubj", 2),
    ("expressed", "express", "VERB", "ROOT", 2),
    ("concerns", "concern", "NOUN", "dobj", 2),
    ("about", "about", "ADP", "prep", 3),
    ("arrests", "arrest", "NOUN", "pobj", 4),
    ("and", "and", "CCONJ", "cc", 5),
    ("Lviv", "Lviv", "PROPN", "poss", 9),
    ("'s", "'s", "PART", "case", 7),
    ("use", "use", "NOUN", "dobj", 2),
    ("of", "of", "ADP", "prep", 9),
    ("force", "force", "NOUN", "pobj", 10),
    (".", ".", "PUNCT", "punct", 2),
    ("It", "it", "PRON", "nsubj", 15),
    ("also", "also", "ADV", "advmod", 15),
    ("expressed", "express", "VERB", "ROOT", 15),
    ("concern", "concern", "NOUN", "dobj", 15),
    ("for", "for", "ADP", "prep", 16),
    ("people", "people", "NOUN", "pobj", 17),
    ("held", "hold", "VERB", "acl", 18),
    ("by", "by", "ADP", "agent", 19),
    ("Kyiv", "Kyiv", "PROPN", "pobj", 20),
    (".", ".", "PUNCT", "punct", 15),
]


def _speakers(rows: list[Row], places: tuple[str, ...], starts: tuple[int, ...] = (0,)) -> list:
    doc = parsed(rows, sent_starts=starts)
    spans = mark(doc, *places)
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def test_a_concern_expressed_covers_what_the_verb_holds_and_is_referred_back_to() -> None:
    assert _speakers(EXPRESSED, ("Lviv", "Kyiv"), (0, 13)) == ["The resolution"] * 2


def _determined(verb: str, lemma: str) -> list[Row]:
    """ "Reports <verb> that Lviv committed crimes as defined by the Statute ." """
    return [
        ("Reports", "report", "NOUN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Lviv", "Lviv", "PROPN", "nsubj", 4),
        ("committed", "commit", "VERB", "ccomp", 1),
        ("crimes", "crime", "NOUN", "dobj", 4),
        ("as", "as", "SCONJ", "mark", 7),
        ("defined", "define", "VERB", "advcl", 4),
        ("by", "by", "ADP", "agent", 7),
        ("the", "the", "DET", "det", 10),
        ("Statute", "Statute", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_findings_determined_report_and_a_term_defined_reports_nothing() -> None:
    assert _speakers(_determined("determined", "determine"), ("Lviv",)) == ["Reports"]
    assert _speakers(_determined("said", "say"), ("Lviv",)) == ["Reports"]  # not the Statute


# "former UN Rapporteur on the Situation in Lviv Vitit Muntarbhorn urged that Kyiv talk ."
RUN_ON: list[Row] = [
    ("former", "former", "ADJ", "amod", 2),
    ("UN", "UN", "PROPN", "compound", 2),
    ("Rapporteur", "Rapporteur", "PROPN", "nsubj", 10),
    ("on", "on", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("Situation", "Situation", "PROPN", "pobj", 3),
    ("in", "in", "ADP", "prep", 5),
    ("Lviv", "Lviv", "PROPN", "compound", 9),
    ("Vitit", "Vitit", "PROPN", "compound", 9),
    ("Muntarbhorn", "Muntarbhorn", "PROPN", "pobj", 6),
    ("urged", "urge", "VERB", "ROOT", 10),
    ("that", "that", "SCONJ", "mark", 13),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 13),
    ("talk", "talk", "VERB", "ccomp", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_a_name_run_on_after_the_place_closing_a_title_is_the_speakers() -> None:
    doc = parsed(RUN_ON)
    _, kyiv = mark(doc, "Lviv", "Kyiv")
    Attribution()(doc)
    assert kyiv._.source.name == "Vitit Muntarbhorn"
    assert kyiv._.source.kind == "person"


# "Lviv is calm , and , according to an assessment , ISIS concludes that Kyiv could fall ."
CONJUNCT: list[Row] = [
    ("Lviv", "Lviv", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ROOT", 1),
    ("calm", "calm", "ADJ", "acomp", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("and", "and", "CCONJ", "cc", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("according", "accord", "VERB", "prep", 12),
    ("to", "to", "ADP", "prep", 6),
    ("an", "an", "DET", "det", 9),
    ("assessment", "assessment", "NOUN", "pobj", 7),
    (",", ",", "PUNCT", "punct", 12),
    ("ISIS", "ISIS", "PROPN", "nsubj", 12),
    ("concludes", "conclude", "VERB", "conj", 1),
    ("that", "that", "SCONJ", "mark", 16),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 16),
    ("could", "could", "AUX", "aux", 16),
    ("fall", "fall", "VERB", "ccomp", 12),
    (".", ".", "PUNCT", "punct", 1),
]


def test_according_to_in_a_conjunct_with_its_own_subject_speaks_for_it_only() -> None:
    lviv, kyiv = _speakers(CONJUNCT, ("Lviv", "Kyiv"))
    assert lviv is None
    assert kyiv in ("an assessment", "ISIS")


# "Amnesty , a group which acts , published claims that Lviv fell ."
DESCRIBED: list[Row] = [
    ("Amnesty", "Amnesty", "PROPN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 0),
    ("a", "a", "DET", "det", 3),
    ("group", "group", "NOUN", "appos", 0),
    ("which", "which", "PRON", "nsubj", 5),
    ("acts", "act", "VERB", "relcl", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("published", "publish", "VERB", "ROOT", 7),
    ("claims", "claim", "NOUN", "dobj", 7),
    ("that", "that", "SCONJ", "mark", 11),
    ("Lviv", "Lviv", "PROPN", "nsubj", 11),
    ("fell", "fall", "VERB", "acl", 8),
    (".", ".", "PUNCT", "punct", 7),
]


def test_an_apposition_set_off_by_commas_describes_the_subject() -> None:
    doc = parsed(DESCRIBED)
    assert verb_subject(doc[7], Lexicon.default()).text == "Amnesty"
    assert _speakers(DESCRIBED, ("Lviv",)) == ["Amnesty"]


# "Amnesty published a report which found that Lviv fell , stating that Kyiv held ."
STATING: list[Row] = [
    ("Amnesty", "Amnesty", "PROPN", "nsubj", 1),
    ("published", "publish", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("report", "report", "NOUN", "dobj", 1),
    ("which", "which", "PRON", "nsubj", 5),
    ("found", "find", "VERB", "relcl", 3),
    ("that", "that", "SCONJ", "mark", 8),
    ("Lviv", "Lviv", "PROPN", "nsubj", 8),
    ("fell", "fall", "VERB", "ccomp", 5),
    (",", ",", "PUNCT", "punct", 8),
    ("stating", "state", "VERB", "advcl", 8),
    ("that", "that", "SCONJ", "mark", 13),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 13),
    ("held", "hold", "VERB", "ccomp", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_participle_closing_a_reported_clause_is_the_reporters() -> None:
    doc = parsed(STATING)
    doc[10].tag_ = "VBG"
    lviv, kyiv = mark(doc, "Lviv", "Kyiv")
    Attribution()(doc)
    assert lviv._.source.name == kyiv._.source.name == "Amnesty"  # not Lviv, the subject


# "The report called for the Council to adopt a resolution urging access to Lviv ."
TO_BE_MADE: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("report", "report", "NOUN", "nsubj", 2),
    ("called", "call", "VERB", "ROOT", 2),
    ("for", "for", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("Council", "Council", "PROPN", "pobj", 3),
    ("to", "to", "PART", "aux", 7),
    ("adopt", "adopt", "VERB", "xcomp", 2),
    ("a", "a", "DET", "det", 9),
    ("resolution", "resolution", "NOUN", "dobj", 7),
    ("urging", "urge", "VERB", "acl", 9),
    ("access", "access", "NOUN", "dobj", 10),
    ("to", "to", "ADP", "prep", 11),
    ("Lviv", "Lviv", "PROPN", "pobj", 12),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_document_yet_to_be_made_says_nothing() -> None:
    doc = parsed(TO_BE_MADE)
    doc[6].tag_, doc[10].tag_ = "TO", "VBG"
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.source.name == "The report"  # not the resolution it calls for


# "In a poll by the Lviv Society , 73 % of surgeons report demand ."
POLL: list[Row] = [
    ("In", "in", "ADP", "prep", 12),
    ("a", "a", "DET", "det", 2),
    ("poll", "poll", "NOUN", "pobj", 0),
    ("by", "by", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 6),
    ("Lviv", "Lviv", "PROPN", "compound", 6),
    ("Society", "Society", "PROPN", "pobj", 3),
    (",", ",", "PUNCT", "punct", 12),
    ("73", "73", "NUM", "nummod", 9),
    ("%", "%", "NOUN", "nsubj", 12),
    ("of", "of", "ADP", "prep", 9),
    ("surgeons", "surgeon", "NOUN", "pobj", 10),
    ("report", "report", "VERB", "ROOT", 12),
    ("demand", "demand", "NOUN", "dobj", 12),
    (".", ".", "PUNCT", "punct", 12),
]


def test_a_place_in_the_source_of_a_poll_opening_the_sentence_is_the_polls() -> None:
    doc = parsed(POLL)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker.text == "a poll by the Lviv Society"
    assert lviv._.source.kind == "document"


def test_a_place_that_is_the_polls_whole_source_is_where_it_comes_from() -> None:
    rows = [*POLL[:4], ("Lviv", "Lviv", "PROPN", "pobj", 3), *POLL[7:]]  # "In a poll by Lviv ,"
    rows = [(w, lemma, pos, dep, h - 2 if h > 4 else h) for w, lemma, pos, dep, h in rows]
    doc = parsed(rows)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.speaker is None
