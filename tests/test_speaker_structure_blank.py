"""Which part of a sentence a speaker says: acts beside the saying, misparsed clauses (issue 17).

"The minister denied the claims and left for Brussels" (the conjunct is narrative);
"Celtic had asked about a winger in Norway" (a question claims nothing); "…, a poll
suggests, with gains in Ontario" (a closing saying the parser made a relative clause);
"told reporters outside the court in Newark that …" (the "that" clause hung on the
court is what was told; the court is the scene); "Neighbours in Headingley said" (a
one-word PERSON before the verb is a description, not a person's whereabouts).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _denied_and(lemma: str, verb: str) -> list[Row]:
    """ "The minister denied the claims and <verb> for Brussels ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("minister", "minister", "NOUN", "nsubj", 2),
        ("denied", "deny", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("claims", "claim", "NOUN", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 2),
        (verb, lemma, "VERB", "conj", 2),
        ("for", "for", "ADP", "prep", 6),
        ("Brussels", "Brussels", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_conjunct_that_does_something_else_is_narrative() -> None:
    assert speaker_of(_denied_and("leave", "left"), "Brussels") is None


def test_a_conjunct_that_says_something_is_the_speakers() -> None:
    assert speaker_of(_denied_and("call", "called"), "Brussels") == "The minister"


def _asked(prep: str) -> list[Row]:
    """ "A source said Celtic had asked <prep> a winger in Norway ." """
    return [
        ("A", "a", "DET", "det", 1),
        ("source", "source", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Celtic", "Celtic", "PROPN", "nsubj", 5),
        ("had", "have", "AUX", "aux", 5),
        ("asked", "ask", "VERB", "ccomp", 2),
        (prep, prep, "ADP", "prep", 5),
        ("a", "a", "DET", "det", 8),
        ("winger", "winger", "NOUN", "pobj", 6),
        ("in", "in", "ADP", "prep", 8),
        ("Norway", "Norway", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_asking_about_something_claims_nothing_the_outer_speaker_does() -> None:
    assert speaker_of(_asked("about"), "Norway") == "A source"


def test_asking_for_something_still_speaks() -> None:
    alone = [(w, lemma, pos, dep, h - 3 if h > 2 else 2) for w, lemma, pos, dep, h in _asked("for")]
    alone = alone[3:]
    alone[2] = ("asked", "ask", "VERB", "ROOT", 2)  # "Celtic had asked for a winger in Norway ."
    assert speaker_of(alone, "Norway") == "Celtic"
    # reported by a source: the source's claim (a saying inside a saying)
    assert speaker_of(_asked("for"), "Norway") == "A source"


def _lead(subject: str, lemma: str, tag: str) -> tuple[list[Row], dict[int, str]]:
    """ "Tories opened a lead , <subject> suggests , with gains in Ontario ." """
    rows: list[Row] = [
        ("Tories", "Tory", "PROPN", "nsubj", 1),
        ("opened", "open", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("lead", "lead", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        (subject, lemma, "NOUN" if tag == "NN" else "PRON", "nsubj", 6),
        ("suggests", "suggest", "VERB", "relcl", 3),
        (",", ",", "PUNCT", "punct", 1),
        ("with", "with", "ADP", "prep", 1),
        ("gains", "gain", "NOUN", "pobj", 8),
        ("in", "in", "ADP", "prep", 9),
        ("Ontario", "Ontario", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {5: tag}


def test_a_closing_saying_made_a_relative_clause_speaks_for_the_sentence() -> None:
    rows, tags = _lead("polls", "poll", "NN")
    assert speaker_of(rows, "Ontario", tags=tags) == "polls"


def test_a_true_relative_clause_of_saying_does_not() -> None:
    rows, tags = _lead("which", "which", "WDT")
    assert speaker_of(rows, "Ontario", tags=tags) is None


def _told(place_first: bool) -> list[Row]:
    """ "Menendez told reporters outside the court in Newark that Ruffo would appeal ."
    or "… outside the court that Ruffo would appeal in Newark ." """
    head: list[Row] = [
        ("Menendez", "Menendez", "PROPN", "nsubj", 1),
        ("told", "tell", "VERB", "ROOT", 1),
        ("reporters", "reporter", "NOUN", "dobj", 1),
        ("outside", "outside", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("court", "court", "NOUN", "pobj", 3),
    ]
    if place_first:
        return [
            *head,
            ("in", "in", "ADP", "prep", 5),
            ("Newark", "Newark", "PROPN", "pobj", 6),
            ("that", "that", "SCONJ", "mark", 11),
            ("Ruffo", "Ruffo", "PROPN", "nsubj", 11),
            ("would", "would", "AUX", "aux", 11),
            ("appeal", "appeal", "VERB", "relcl", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    return [
        *head,
        ("that", "that", "SCONJ", "mark", 9),
        ("Ruffo", "Ruffo", "PROPN", "nsubj", 9),
        ("would", "would", "AUX", "aux", 9),
        ("appeal", "appeal", "VERB", "relcl", 5),
        ("in", "in", "ADP", "prep", 9),
        ("Newark", "Newark", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_the_scene_of_telling_stays_the_scene_when_the_clause_hangs_on_it() -> None:
    assert speaker_of(_told(True), "Newark") is None


def test_a_that_clause_hung_on_the_scene_is_what_was_told() -> None:
    assert speaker_of(_told(False), "Newark") == "Menendez"


def _in_place(before: bool) -> tuple[list[Row], list[str]]:
    """ "Neighbours in Headingley said Smith fled ." or the speaker after the verb."""
    if before:
        rows: list[Row] = [
            ("Neighbours", "Neighbours", "PROPN", "nsubj", 3),
            ("in", "in", "ADP", "prep", 0),
            ("Headingley", "Headingley", "PROPN", "pobj", 1),
            ("said", "say", "VERB", "ROOT", 3),
            ("Smith", "Smith", "PROPN", "nsubj", 5),
            ("fled", "flee", "VERB", "ccomp", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
        return rows, ["B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O", "O"]
    rows = [
        ("Smith", "Smith", "PROPN", "nsubj", 1),
        ("fled", "flee", "VERB", "ccomp", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("Neighbours", "Neighbours", "PROPN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Headingley", "Headingley", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    return rows, ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "B-GPE", "O"]


def test_a_one_word_person_before_the_verb_is_described_by_the_place() -> None:
    rows, ents = _in_place(True)
    assert speaker_of(rows, "Headingley", ents=ents) == "Neighbours in Headingley"


def test_a_person_after_the_verb_is_only_located_by_the_place() -> None:
    rows, ents = _in_place(False)
    assert speaker_of(rows, "Headingley", ents=ents) is None


def _records(noun: str, lemma: str) -> list[Row]:
    """ "A judge in Galway ordered bail , court <noun> show ." (the parser: "show" a
    subjectless clause of the root, the noun its compound)"""
    return [
        ("A", "a", "DET", "det", 1),
        ("judge", "judge", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Galway", "Galway", "PROPN", "pobj", 2),
        ("ordered", "order", "VERB", "ROOT", 4),
        ("bail", "bail", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 9),
        ("court", "court", "NOUN", "compound", 8),
        (noun, lemma, "NOUN", "compound", 9),
        ("show", "show", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_closing_show_after_a_document_left_without_subject_is_the_documents() -> None:
    assert speaker_of(_records("records", "record"), "Galway") == "court records"


def test_a_closing_show_after_no_document_says_nothing() -> None:
    assert speaker_of(_records("judges", "judge"), "Galway") is None


def test_a_conjunct_with_an_object_of_its_own_may_be_a_split_object() -> None:
    rows = _denied_and("intercept", "intercepted")
    rows[7:9] = [("calls", "call", "NOUN", "dobj", 6), ("about", "about", "ADP", "prep", 7)]
    rows.insert(9, ("Brussels", "Brussels", "PROPN", "pobj", 8))
    rows[10] = (".", ".", "PUNCT", "punct", 2)
    assert speaker_of(rows[:11], "Brussels") == "The minister"


def _citing(tag: str) -> tuple[list[Row], dict[int, str]]:
    """ "The bank kept rates , citing demand in Lithuania ." """
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("bank", "bank", "NOUN", "nsubj", 2),
        ("kept", "keep", "VERB", "ROOT", 2),
        ("rates", "rate", "NOUN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("citing", "cite", "VERB", "advcl", 2),
        ("demand", "demand", "NOUN", "dobj", 5),
        ("in", "in", "ADP", "prep", 6),
        ("Lithuania", "Lithuania", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return rows, {5: tag}


def test_a_gerund_of_saying_after_a_comma_has_no_inverted_subject() -> None:
    rows, tags = _citing("VBG")
    assert speaker_of(rows, "Lithuania", tags=tags) == "The bank"


def _looking(subject: str, lemma: str) -> list[Row]:
    """ "<subject> in Kingston are looking for a man , they said ." """
    return [
        (subject, lemma, "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 0),
        ("Kingston", "Kingston", "PROPN", "pobj", 1),
        ("are", "be", "AUX", "aux", 4),
        ("looking", "look", "VERB", "ccomp", 10),
        ("for", "for", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7),
        ("man", "man", "NOUN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 10),
        ("they", "they", "PRON", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]


def test_they_closing_a_report_with_no_speaker_before_is_its_subject() -> None:
    rows = _looking("Police", "police")
    assert speaker_of(rows, "Kingston") == "Police in Kingston"


def test_they_is_not_a_subject_that_cannot_speak() -> None:
    assert speaker_of(_looking("Roads", "road"), "Kingston") == "they"


def test_where_a_relative_clause_was_said_is_its_scene() -> None:
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("plan", "plan", "NOUN", "nsubj", 10),
        (",", ",", "PUNCT", "punct", 1),
        ("which", "which", "PRON", "dobj", 5),
        ("Caputo", "Caputo", "PROPN", "nsubj", 5),
        ("announced", "announce", "VERB", "relcl", 1),
        ("in", "in", "ADP", "prep", 5),
        ("Mendoza", "Mendoza", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 1),
        ("will", "will", "AUX", "aux", 10),
        ("cost", "cost", "VERB", "ROOT", 10),
        ("money", "money", "NOUN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    assert speaker_of(rows, "Mendoza") is None
