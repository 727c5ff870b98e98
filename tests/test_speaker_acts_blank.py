"""Verbs of saying used for acts, "continued" used for saying, noun-tagged closings (issue 17).

"has declared a state of emergency in Kyiv and says …" (the declaration is an act: only
the conjunct's clause is said); "legislators rejected the bills" (an act) beside "rejected
the allegations" (a stance); "The statement continued: …"; "…, an SOS release reports."
(the tagger made "reports" a noun, the parser gave it a subject); "The clerics called …"
(clerics are people who speak).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _speakers(rows: list[Row], places: tuple[str, ...]) -> list[str | None]:
    doc = parsed(rows)
    spans = mark(doc, *places)
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def _declared(obj: list[Row]) -> list[Row]:
    """ "Beattie has declared <obj> in Kyiv and says he is worried about Lviv ." """
    n = len(obj)
    return [
        ("Beattie", "Beattie", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("declared", "declare", "VERB", "ROOT", 2),
        *obj,
        ("in", "in", "ADP", "prep", 2),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 3 + n),
        ("and", "and", "CCONJ", "cc", 2),
        ("says", "say", "VERB", "conj", 2),
        ("he", "he", "PRON", "nsubj", 8 + n),
        ("is", "be", "AUX", "ccomp", 6 + n),
        ("worried", "worried", "ADJ", "acomp", 8 + n),
        ("about", "about", "ADP", "prep", 9 + n),
        ("Lviv", "Lviv", "PROPN", "pobj", 10 + n),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_declaring_a_state_of_emergency_is_an_act_not_a_claim() -> None:
    emergency = [("emergency", "emergency", "NOUN", "dobj", 2)]
    assert _speakers(_declared(emergency), ("Kyiv", "Lviv")) == [None, "Beattie"]
    # "Beattie has declared Kyiv safe": a predicate, so a claim
    safe = [("it", "it", "PRON", "dobj", 2), ("safe", "safe", "ADJ", "oprd", 2)]
    assert _speakers(_declared(safe), ("Kyiv", "Lviv")) == ["Beattie", "Beattie"]


def _rejected(obj: str) -> list[Row]:
    """ "The ministry says Kyiv legislators rejected the <obj> ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 2),
        ("says", "say", "VERB", "ROOT", 2),
        ("Kyiv", "Kyiv", "PROPN", "compound", 4),
        ("legislators", "legislator", "NOUN", "nsubj", 5),
        ("rejected", "reject", "VERB", "ccomp", 2),
        ("the", "the", "DET", "det", 7),
        (obj, obj.rstrip("s"), "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_rejecting_bills_is_an_act_rejecting_allegations_a_stance() -> None:
    assert _speakers(_rejected("bills"), ("Kyiv",)) == ["The ministry"]
    assert _speakers(_rejected("allegations"), ("Kyiv",)) == ["Kyiv legislators"]
    # "… rejected the bills as a provocation": a characterisation
    as_rows = [
        *_rejected("bills")[:-1],
        ("as", "as", "ADP", "prep", 5),
        ("lies", "lie", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert _speakers(as_rows, ("Kyiv",)) == ["Kyiv legislators"]


def _continued(subject: list[Row], after: Row) -> list[Row]:
    """ "<subject> continued <after> Kyiv is safe ." (the clause hung on "continued")."""
    n = len(subject)
    return [
        *subject,
        ("continued", "continue", "VERB", "ROOT", n),
        after,
        ("Kyiv", "Kyiv", "PROPN", "nsubj", n + 3),
        ("is", "be", "AUX", "ccomp", n),
        ("safe", "safe", "ADJ", "acomp", n + 3),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_a_statement_that_continued_before_a_colon_says_what_follows() -> None:
    statement = [("The", "the", "DET", "det", 1), ("statement", "statement", "NOUN", "nsubj", 2)]
    rows = _continued(statement, (":", ":", "PUNCT", "punct", 2))
    assert _speakers(rows, ("Kyiv",)) == ["The statement"]
    # "Russia continued saying Kyiv is safe": going on doing something, not a saying
    russia = [("Russia", "Russia", "PROPN", "nsubj", 1)]
    rows = _continued(russia, ("so", "so", "ADV", "advmod", 1))
    assert _speakers(rows, ("Kyiv",)) == [None]


def _closing(subject: bool) -> list[Row]:
    """ "Work restarted in Kyiv , an SOS release reports ." ("reports" tagged a noun)."""
    return [
        ("Work", "work", "NOUN", "nsubj", 1),
        ("restarted", "restart", "VERB", "ccomp", 8),
        ("in", "in", "ADP", "prep", 1),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 8),
        ("an", "an", "DET", "det", 7),
        ("SOS", "SOS", "PROPN", "compound", 7),
        ("release", "release", "NOUN", "nsubj" if subject else "compound", 8),
        ("reports", "report", "NOUN", "ROOT", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]


def test_a_noun_tagged_reports_with_a_subject_closing_the_sentence_is_the_verb() -> None:
    assert _speakers(_closing(subject=True), ("Kyiv",)) == ["an SOS release"]
    assert _speakers(_closing(subject=False), ("Kyiv",)) == [None]  # "the SOS release reports"


def test_clerics_can_speak() -> None:
    rows = [
        ("The", "the", "DET", "det", 1),
        ("clerics", "cleric", "NOUN", "nsubj", 2),
        ("called", "call", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("vaccine", "vaccine", "NOUN", "dobj", 2),
        ("a", "a", "DET", "det", 6),
        ("plot", "plot", "NOUN", "oprd", 2),
        ("by", "by", "ADP", "prep", 6),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert _speakers(rows, ("Kyiv",)) == ["The clerics"]


def test_the_ninth_city_to_confirm_cases_says_nothing() -> None:
    """ "This makes Kyiv the ninth city to confirm cases ." (the parser's small clause)."""
    rows = [
        ("This", "this", "PRON", "nsubj", 1),
        ("makes", "make", "VERB", "ROOT", 1),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 5),
        ("the", "the", "DET", "det", 5),
        ("ninth", "ninth", "ADJ", "amod", 5),
        ("city", "city", "NOUN", "nsubj", 7),
        ("to", "to", "PART", "aux", 7),
        ("confirm", "confirm", "VERB", "ccomp", 1),
        ("cases", "case", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _speakers(rows, ("Kyiv",)) == [None]
    # "This makes Kyiv the city to confirm cases" unranked: the parser's reading stands
    unranked = [r for i, r in enumerate(rows) if i != 4]
    unranked = [(w, lem, pos, dep, h - 1 if h > 4 else h) for w, lem, pos, dep, h in unranked]
    assert _speakers(unranked, ("Kyiv",)) != [None]


def _admitted(obj: str, lemma: str) -> list[Row]:
    """ "The hospital in Kyiv admitted another <obj> ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("hospital", "hospital", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        ("admitted", "admit", "VERB", "ROOT", 4),
        ("another", "another", "DET", "det", 6),
        (obj, lemma, "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_admitting_a_patient_is_an_act_admitting_a_mistake_an_admission() -> None:
    assert _speakers(_admitted("patient", "patient"), ("Kyiv",)) == [None]
    assert _speakers(_admitted("mistake", "mistake"), ("Kyiv",)) == ["The hospital in Kyiv"]


def _when_asked() -> list[Row]:
    """ "When asked about Kyiv , Collard responded : “ Lviv is safe . ” " (tags for VBN)."""
    return [
        ("When", "when", "SCONJ", "advmod", 1),
        ("asked", "ask", "VERB", "advcl", 6),
        ("about", "about", "ADP", "prep", 1),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 6),
        ("Collard", "Collard", "PROPN", "nsubj", 6),
        ("responded", "respond", "VERB", "ROOT", 6),
        (":", ":", "PUNCT", "punct", 6),
        ("Lviv", "Lviv", "PROPN", "nsubj", 9),
        ("is", "be", "AUX", "ccomp", 6),
        ("safe", "safe", "ADJ", "acomp", 9),
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_a_bare_past_participle_of_asking_is_who_was_asked_not_the_asker() -> None:
    doc = parsed(_when_asked())
    doc[1].tag_ = "VBN"
    spans = mark(doc, "Kyiv", "Lviv")
    Attribution()(doc)
    names = [None if s._.source is None else s._.source.name for s in spans]
    assert names == [None, "Collard"]  # the question is the journalist's


def _found(subject: list[Row], clause: bool) -> list[Row]:
    """ "<subject> found Kyiv easier ." or "<subject> found that Kyiv is safe ." """
    n = len(subject)
    if clause:
        rest = [
            ("that", "that", "SCONJ", "mark", n + 3),
            ("Kyiv", "Kyiv", "PROPN", "nsubj", n + 3),
            ("is", "be", "AUX", "ccomp", n),
            ("safe", "safe", "ADJ", "acomp", n + 3),
        ]
    else:
        rest = [
            ("Kyiv", "Kyiv", "PROPN", "nsubj", n + 2),
            ("easier", "easy", "ADJ", "ccomp", n),
        ]
    return [*subject, ("found", "find", "VERB", "ROOT", n), *rest, (".", ".", "PUNCT", "punct", n)]


def _will_find(subject: list[Row], clause: bool) -> list[str | None]:
    """Speakers of "<subject> will find Kyiv easier ." (or "… will find that Kyiv is safe .")."""
    rows = _found([*subject, ("will", "will", "AUX", "aux", len(subject) + 1)], clause)
    rows = [(w, lem, pos, dep, h) for w, lem, pos, dep, h in rows]
    doc = parsed(rows)
    doc[len(subject)].tag_ = "MD"
    spans = mark(doc, "Kyiv")
    Attribution()(doc)
    return [None if s._.source is None else s._.source.name for s in spans]


def test_residents_who_will_find_a_place_easier_report_no_finding() -> None:
    residents = [("Residents", "resident", "NOUN", "nsubj", 2)]
    study = [("The", "the", "DET", "det", 1), ("study", "study", "NOUN", "nsubj", 3)]
    assert _will_find(residents, clause=False) == [None]
    assert _will_find(residents, clause=True) == ["Residents"]
    assert _will_find(study, clause=False) == ["The study"]
    # without a modal, "Residents found Kyiv easier" stays the parser's reading
    assert _speakers(_found([("Residents", "resident", "NOUN", "nsubj", 1)], False), ("Kyiv",)) == [
        "Residents"
    ]


def test_concluding_a_tour_is_an_act() -> None:
    rows = [
        ("Salman", "Salman", "PROPN", "nsubj", 1),
        ("concludes", "conclude", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("tour", "tour", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _speakers(rows, ("Kyiv",)) == [None]


def test_anyone_who_should_call_the_police_is_an_appeal_not_a_claim() -> None:
    def rows(subject: str) -> list[Row]:
        """ "<subject> should call Kyiv safe ." """
        return [
            (subject, subject.lower(), "PRON", "nsubj", 2),
            ("should", "should", "AUX", "aux", 2),
            ("call", "call", "VERB", "ROOT", 2),
            ("Kyiv", "Kyiv", "PROPN", "dobj", 2),
            ("safe", "safe", "ADJ", "oprd", 2),
            (".", ".", "PUNCT", "punct", 2),
        ]

    doc = parsed(rows("Anyone"))
    doc[1].tag_ = "MD"
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source is None
    doc = parsed(rows("They"))
    doc[1].tag_ = "MD"
    (span,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert span._.source is not None  # "They should call Kyiv safe": a claim


def test_a_headline_found_dead_is_a_passive_not_a_finding() -> None:
    def rows(obj: bool) -> list[Row]:
        """ "Woman found (her) dead in Kyiv ." """
        her = [("her", "she", "PRON", "dobj", 1)] if obj else []
        n = len(her)
        return [
            ("Woman", "woman", "NOUN", "nsubj", 1),
            ("found", "find", "VERB", "ROOT", 1),
            *her,
            ("dead", "dead", "ADJ", "oprd", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Kyiv", "Kyiv", "PROPN", "pobj", 3 + n),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert _speakers(rows(obj=False), ("Kyiv",)) == [None]
    assert _speakers(rows(obj=True), ("Kyiv",)) == ["Woman"]  # "Woman found her dead in Kyiv"
