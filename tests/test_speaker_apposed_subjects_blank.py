"""Speakers set off by commas that the parser hung elsewhere (issue 17, fresh40).

"In a post on X, the foreign minister, Mehdi Rastegar, wrote that …" (the speaker hung as
an apposition of "X"); "“…,” the director, Adama Toure, said." (an apposition chain hung
on the quotation); "… near Isfahan, state media reported, and …" (a saying set off in
commas, parsed as an adverbial clause of the root); "Keller, a glaciologist based in
Zurich, said …" (where the speaker is based is part of the speaker's phrase, no relative
clause).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`),
as the small English model parsed these sentences.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _sources(rows: list[Row], places: tuple[str, ...], ents: list[str] | None = None) -> list:
    doc = parsed(rows, ents=ents or [])
    spans = mark(doc, *places)
    Attribution()(doc)
    return [s._.source for s in spans]


def _names(rows: list[Row], places: tuple[str, ...], ents: list[str] | None = None) -> list:
    return [None if s is None else s.name for s in _sources(rows, places, ents)]


def _reported(mark_word: str | None) -> list[Row]:
    """ "Blasts were heard near Isfahan , [as] state media reported , and flights stopped ." """
    rows: list[Row] = [
        ("Blasts", "blast", "NOUN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("heard", "hear", "VERB", "ROOT", 2),
        ("near", "near", "ADP", "prep", 2),
        ("Isfahan", "Isfahan", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 8),
        ("state", "state", "NOUN", "compound", 7),
        ("media", "media", "NOUN", "nsubj", 8),
        ("reported", "report", "VERB", "advcl", 2),
        (",", ",", "PUNCT", "punct", 8),
        ("and", "and", "CCONJ", "cc", 2),
        ("flights", "flight", "NOUN", "nsubj", 12),
        ("stopped", "stop", "VERB", "conj", 2),
        (".", ".", "PUNCT", "punct", 12),
    ]
    if mark_word is None:
        return rows
    shifted = [(w, lem, pos, dep, h + (h >= 6)) for w, lem, pos, dep, h in rows]
    return [*shifted[:6], (mark_word, mark_word, "SCONJ", "mark", 9), *shifted[6:]]


def test_a_saying_set_off_by_commas_after_the_root_speaks_for_the_sentence() -> None:
    assert _names(_reported(None), ("Isfahan",)) == ["state media"]
    assert _names(_reported("as"), ("Isfahan",)) == ["state media"]
    # "…, after state media reported, …": a time clause, it attributes nothing
    assert _names(_reported("after"), ("Isfahan",)) == [None]


def _posted(comma: bool) -> list[Row]:
    """ "In a post on X , the minister , Rastegar [,] wrote that Washington lied ." """
    v = 11 if comma else 10  # the verb's index
    rows: list[Row] = [
        ("In", "in", "ADP", "prep", v),
        ("a", "a", "DET", "det", 2),
        ("post", "post", "NOUN", "pobj", 0),
        ("on", "on", "ADP", "prep", 2),
        ("X", "X", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 4),
        ("the", "the", "DET", "det", 7),
        ("minister", "minister", "NOUN", "appos", 4),
        (",", ",", "PUNCT", "punct", 7),
        ("Rastegar", "Rastegar", "PROPN", "appos", 7),
        *([(",", ",", "PUNCT", "punct", v)] if comma else []),
        ("wrote", "write", "VERB", "ROOT", v),
        ("that", "that", "SCONJ", "mark", v + 3),
        ("Washington", "Washington", "PROPN", "nsubj", v + 3),
        ("lied", "lie", "VERB", "ccomp", v),
        (".", ".", "PUNCT", "punct", v),
    ]
    return rows


def test_an_apposition_in_a_fronted_phrase_running_up_to_a_subjectless_verb_speaks() -> None:
    ents = ["O"] * 9 + ["B-PERSON"] + ["O"] * 6
    (source,) = _sources(_posted(True), ("Washington",), ents)
    assert source is not None and source.name == "Rastegar"
    assert source.role == "the minister"
    # without the comma before the verb the phrase is no apposition set off: no subject
    assert _names(_posted(False), ("Washington",), ents[:-1]) == [None]


def _closing(head: str, lemma: str) -> list[Row]:
    """'" Staff in Tshikapa trace , " the <head> , Adama Toure , said .'"""
    return [
        ('"', '"', "PUNCT", "punct", 4),
        ("Staff", "staff", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Tshikapa", "Tshikapa", "PROPN", "pobj", 2),
        ("trace", "trace", "VERB", "ccomp", 13),
        (",", ",", "PUNCT", "punct", 4),
        ('"', '"', "PUNCT", "punct", 4),
        ("the", "the", "DET", "det", 8),
        (head, lemma, "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 8),
        ("Adama", "Adama", "PROPN", "compound", 11),
        ("Toure", "Toure", "PROPN", "appos", 8),
        (",", ",", "PUNCT", "punct", 8),
        ("said", "say", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]


_TOURE = ["O"] * 10 + ["B-PERSON", "I-PERSON"] + ["O"] * 3


def test_a_closing_verb_after_an_apposition_chain_takes_the_chain() -> None:
    (source,) = _sources(_closing("director", "director"), ("Tshikapa",), _TOURE)
    assert source is not None and source.name == "Adama Toure"
    assert source.role == "the director"


def _based(participle: str, lemma: str) -> list[Row]:
    """ "Keller , a glaciologist <participle> in Zurich , said Sion melted ." """
    return [
        ("Keller", "Keller", "PROPN", "nsubj", 8),
        (",", ",", "PUNCT", "punct", 0),
        ("a", "a", "DET", "det", 3),
        ("glaciologist", "glaciologist", "NOUN", "appos", 0),
        (participle, lemma, "VERB", "acl", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Zurich", "Zurich", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 0),
        ("said", "say", "VERB", "ROOT", 8),
        ("Sion", "Sion", "PROPN", "nsubj", 10),
        ("melted", "melt", "VERB", "ccomp", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]


def test_where_the_speaker_is_based_is_the_speakers_own_description() -> None:
    (zurich, sion) = _sources(_based("based", "base"), ("Zurich", "Sion"))
    assert zurich is not None and zurich.name == "Keller"
    assert sion is not None and sion.name == "Keller"
    assert "based in Zurich" in zurich.role
    # "a glaciologist injured in Zurich": what happened to the speaker is the narrative's
    assert _names(_based("injured", "injure"), ("Zurich", "Sion")) == [None, "Keller"]


# "Petrov said Kyiv burned . Another 15 were wounded in Lviv , he said ."
WOUNDED: list[Row] = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 3),
    ("burned", "burn", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Another", "another", "DET", "det", 6),
    ("15", "15", "NUM", "nsubjpass", 8),
    ("were", "be", "AUX", "auxpass", 8),
    ("wounded", "wound", "VERB", "ROOT", 8),
    ("in", "in", "ADP", "prep", 8),
    ("Lviv", "Lviv", "PROPN", "pobj", 9),
    (",", ",", "PUNCT", "punct", 13),
    ("he", "he", "PRON", "nsubj", 13),
    ("said", "say", "VERB", "parataxis", 8),
    (".", ".", "PUNCT", "punct", 8),
]


def test_he_said_set_off_in_the_clause_it_reports_is_not_that_clauses_subject() -> None:
    doc = parsed(WOUNDED, sent_starts=(0, 5), ents=["B-PERSON"] + ["O"] * 14)
    (lviv,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert lviv._.source is not None and lviv._.source.name == "Petrov"


def _said_when(when: list[Row]) -> list[Row]:
    """ "People died in Kitui , the Red Cross said <when> ." as the model parsed it."""
    return [
        ("People", "people", "NOUN", "nsubj", 1),
        ("died", "die", "VERB", "ccomp", 8),
        ("in", "in", "ADP", "prep", 1),
        ("Kitui", "Kitui", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 3),
        ("the", "the", "DET", "det", 7),
        ("Red", "Red", "PROPN", "compound", 7),
        ("Cross", "Cross", "PROPN", "appos", 3),
        ("said", "say", "VERB", "ROOT", 8),
        *when,
        (".", ".", "PUNCT", "punct", 8),
    ]


def test_a_day_after_a_closing_verb_still_closes_the_sentence() -> None:
    tuesday = [("Tuesday", "Tuesday", "PROPN", "npadvmod", 8)]
    ents = ["O"] * 5 + ["B-ORG", "I-ORG", "I-ORG", "O", "B-DATE", "O"]
    assert _names(_said_when(tuesday), ("Kitui",), ents) == ["the Red Cross"]
    on_monday = [("on", "on", "ADP", "prep", 8), ("Monday", "Monday", "PROPN", "pobj", 9)]
    ents = ["O"] * 5 + ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-DATE", "O"]
    assert _names(_said_when(on_monday), ("Kitui",), ents) == ["the Red Cross"]
    # "…, the Red Cross said Kenya.": no time, the verb does not close the sentence
    kenya = [("Kenya", "Kenya", "PROPN", "npadvmod", 8)]
    ents = ["O"] * 5 + ["B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"]
    assert _names(_said_when(kenya), ("Kitui",), ents) == [None]


# "A drone hit Ryazan , a source told Reuters ." as the model parsed it: "source" an
# apposition of the place, "told" an adverbial clause of "hit" without subject.
TOLD: list[Row] = [
    ("A", "a", "DET", "det", 1),
    ("drone", "drone", "NOUN", "nsubj", 2),
    ("hit", "hit", "VERB", "ROOT", 2),
    ("Ryazan", "Ryazan", "PROPN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 3),
    ("a", "a", "DET", "det", 6),
    ("source", "source", "NOUN", "appos", 3),
    ("told", "tell", "VERB", "advcl", 2),
    ("Reuters", "Reuters", "PROPN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_closing_saying_whose_subject_the_parser_hung_on_the_place_speaks_for_it() -> None:
    ents = ["O"] * 3 + ["B-GPE"] + ["O"] * 4 + ["B-ORG", "O"]
    assert _names(TOLD, ("Ryazan",), ents) == ["a source"]
    # "… Ryazan , a source told Reuters that Kyiv fell": it says a clause of its own
    rows = [
        *TOLD[:9],
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 10),
        ("fell", "fall", "VERB", "ccomp", 7),
        TOLD[9],
    ]
    assert _names(rows, ("Ryazan",), [*ents[:9], "B-GPE", "O", "O"]) == [None]


# "Talks ended after the governor of Belgorod , Gladkov , said drones hit Shebekino ." as
# the model parsed it: "Gladkov" an apposition of the place, "said" a conjunct of "ended".
AFTER: list[Row] = [
    ("Talks", "talk", "NOUN", "nsubj", 1),
    ("ended", "end", "VERB", "ROOT", 1),
    ("after", "after", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("governor", "governor", "NOUN", "pobj", 2),
    ("of", "of", "ADP", "prep", 4),
    ("Belgorod", "Belgorod", "PROPN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 6),
    ("Gladkov", "Gladkov", "PROPN", "appos", 6),
    (",", ",", "PUNCT", "punct", 1),
    ("said", "say", "VERB", "conj", 1),
    ("drones", "drone", "NOUN", "nsubj", 12),
    ("hit", "hit", "VERB", "ccomp", 10),
    ("Shebekino", "Shebekino", "PROPN", "dobj", 12),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_name_set_off_right_before_a_subjectless_conjunct_of_saying_speaks() -> None:
    ents = ["O"] * 6 + ["B-GPE", "O", "B-PERSON"] + ["O"] * 4 + ["B-GPE", "O"]
    assert _names(AFTER, ("Shebekino",), ents) == ["Gladkov"]
    # "… the governor of Belgorod and Gladkov said …": no name set off, the root's subject
    rows = [*AFTER[:7], ("and", "and", "CCONJ", "cc", 6), *AFTER[8:9], *AFTER[10:]]
    rows = [(w, lem, p, d, h - (h > 8)) for w, lem, p, d, h in rows]
    ents = ents[:9] + ents[10:]
    assert _names(rows, ("Shebekino",), ents) != ["Gladkov"]


def test_a_listener_after_the_verb_is_no_inverted_subject_when_a_name_is_set_off() -> None:
    # '" Staff in Tshikapa trace , " the director , Adama Toure , told the BBC .'
    rows = _closing("director", "director")
    rows[-1:] = [
        ("the", "the", "DET", "det", 15),
        ("BBC", "BBC", "PROPN", "dobj", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    rows[13] = ("told", "tell", "VERB", "ROOT", 13)
    (source,) = _sources(rows, ("Tshikapa",), [*_TOURE[:-1], "O", "B-ORG", "O"])
    assert source is not None and source.name == "Adama Toure"


# '" The people of Gaza , " said Griffiths , " have been abandoned . "' as the model
# parsed it: the quotation's first words the subject of "said".
SPLIT: list[Row] = [
    ('"', '"', "PUNCT", "punct", 7),
    ("The", "the", "DET", "det", 2),
    ("people", "people", "NOUN", "nsubj", 7),
    ("of", "of", "ADP", "prep", 2),
    ("Gaza", "Gaza", "PROPN", "pobj", 3),
    (",", ",", "PUNCT", "punct", 7),
    ('"', '"', "PUNCT", "punct", 7),
    ("said", "say", "VERB", "ROOT", 7),
    ("Griffiths", "Griffiths", "PROPN", "nsubjpass", 13),
    (",", ",", "PUNCT", "punct", 8),
    ('"', '"', "PUNCT", "punct", 13),
    ("have", "have", "AUX", "aux", 13),
    ("been", "be", "AUX", "auxpass", 13),
    ("abandoned", "abandon", "VERB", "ccomp", 7),
    (".", ".", "PUNCT", "punct", 7),
    ('"', '"', "PUNCT", "punct", 7),
]


def test_a_quotation_split_by_its_attribution_is_said_by_the_name_after_the_verb() -> None:
    ents = ["O"] * 4 + ["B-GPE"] + ["O"] * 3 + ["B-PERSON"] + ["O"] * 7
    assert _names(SPLIT, ("Gaza",), ents) == ["Griffiths"]
    # 'The people of Gaza said Griffiths …': no quotation, the people speak
    rows = [(w, lem, p, d, h) for w, lem, p, d, h in SPLIT]
    rows[0] = ("Now", "now", "ADV", "advmod", 7)
    rows[6] = ("then", "then", "ADV", "advmod", 7)
    assert _names(rows, ("Gaza",), ents) == ["The people of Gaza"]
