"""What a verb of saying does not report though the parse hangs it there (issue 17).

A clause before a dash when the verb after it reports its own, an instruction to a
person in the story, and an author's byline.  Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from geomap.quotations import quote_regions
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark


def _dash(after: list[Row]) -> list[Row]:
    """ "Many live in Lviv – citizens say <after>" (the first clause hung on "say")."""
    return [
        ("Many", "many", "PRON", "nsubj", 1),
        ("live", "live", "VERB", "ccomp", 6),
        ("in", "in", "ADP", "prep", 1),
        ("Lviv", "Lviv", "PROPN", "pobj", 2),
        ("–", "–", "PUNCT", "punct", 1),
        ("citizens", "citizen", "NOUN", "nsubj", 6),
        ("say", "say", "VERB", "ROOT", 6),
        *after,
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_a_clause_before_a_dash_is_not_reported_by_a_verb_with_its_own() -> None:
    own = [("they", "they", "PRON", "nsubj", 8), ("pray", "pray", "VERB", "ccomp", 6)]
    assert speaker_of(_dash(own), "Lviv") is None
    assert speaker_of(_dash([]), "Lviv") == "citizens"  # "Many live in Lviv – citizens say."


# "Kuhl fired Reams and asked <obj> to leave Lviv ."
def _asked(obj: str, pos: str) -> list[Row]:
    return [
        ("Kuhl", "Kuhl", "PROPN", "nsubj", 1),
        ("fired", "fire", "VERB", "ROOT", 1),
        ("Reams", "Reams", "PROPN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("asked", "ask", "VERB", "conj", 1),
        (obj, obj.lower(), pos, "dobj", 4),
        ("to", "to", "PART", "aux", 7),
        ("leave", "leave", "VERB", "xcomp", 4),
        ("Lviv", "Lviv", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_asking_a_person_in_the_story_to_do_something_is_no_claim() -> None:
    assert speaker_of(_asked("him", "PRON"), "Lviv") is None
    assert speaker_of(_asked("NATO", "PROPN"), "Lviv") == "Kuhl"  # a public call


# "Collard drives for Lviv Racing , writes Halcrow ."
BYLINE = [
    ("Collard", "Collard", "PROPN", "nsubj", 1),
    ("drives", "drive", "VERB", "ccomp", 6),
    ("for", "for", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "compound", 4),
    ("Racing", "Racing", "PROPN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 6),
    ("writes", "write", "VERB", "ROOT", 6),
    ("Halcrow", "Halcrow", "PROPN", "nsubj", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def test_a_byline_closing_a_sentence_is_the_author_not_a_source() -> None:
    assert speaker_of(BYLINE, "Lviv", tags={6: "VBZ"}) is None
    quoted = [("“", "“", "PUNCT", "punct", 1), *[(w, lm, p, d, h + 1) for w, lm, p, d, h in BYLINE]]
    quoted[6] = ("”", "”", "PUNCT", "punct", 7)  # "“Collard drives for Lviv Racing” writes …"
    assert speaker_of(quoted, "Lviv", tags={7: "VBZ"}) == "Halcrow"


# "Bank forecasts rain . “ Lviv was calm , ” according to Petrov , analyst at Bank ."
QUOTE_ACCORDING = [
    ("Bank", "Bank", "PROPN", "nsubj", 1),
    ("forecasts", "forecast", "VERB", "ROOT", 1),
    ("rain", "rain", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("“", "“", "PUNCT", "punct", 6),
    ("Lviv", "Lviv", "PROPN", "nsubj", 6),
    ("was", "be", "AUX", "ROOT", 6),
    ("calm", "calm", "ADJ", "acomp", 6),
    (",", ",", "PUNCT", "punct", 6),
    ("”", "”", "PUNCT", "punct", 6),
    ("according", "accord", "VERB", "prep", 6),
    ("to", "to", "ADP", "prep", 10),
    ("Petrov", "Petrov", "PROPN", "pobj", 11),
    (",", ",", "PUNCT", "punct", 12),
    ("analyst", "analyst", "NOUN", "appos", 12),
    (".", ".", "PUNCT", "punct", 6),
]


def test_a_quotation_with_its_own_according_to_is_not_the_sentence_befores() -> None:
    # the parser hung "according to" inside the quotation; its word is outside
    doc = Doc(
        spacy.blank("en").vocab, words=[r[0] for r in QUOTE_ACCORDING],
        lemmas=[r[1] for r in QUOTE_ACCORDING], pos=[r[2] for r in QUOTE_ACCORDING],
        deps=[r[3] for r in QUOTE_ACCORDING], heads=[r[4] for r in QUOTE_ACCORDING],
        sent_starts=[i in (0, 4) for i in range(len(QUOTE_ACCORDING))],
    )  # fmt: skip
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.speaker is not None and span._.speaker.text.startswith("Petrov")


def _verb_that(lemma: str, complement: bool) -> list[Row]:
    """ "Mirror <lemma>ed that Lviv fell ." or "Mirror <lemma>ed Lviv ." """
    tail: list[Row] = [
        ("that", "that", "SCONJ", "mark", 4),
        ("Lviv", "Lviv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 1),
    ]
    if not complement:
        tail = [("Lviv", "Lviv", "PROPN", "dobj", 1)]
    return [
        ("Mirror", "Mirror", "PROPN", "nsubj", 1),
        (f"{lemma}d", lemma, "VERB", "ROOT", 1),
        *tail,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_insinuating_and_suspecting_that_are_claims() -> None:
    assert speaker_of(_verb_that("insinuate", True), "Lviv") == "Mirror"
    assert speaker_of(_verb_that("suspect", True), "Lviv") == "Mirror"
    assert speaker_of(_verb_that("suspect", False), "Lviv") is None  # "suspected Lviv"


# "One worker was quoted as saying Lviv starves ."
QUOTED_AS = [
    ("One", "one", "NUM", "nummod", 1),
    ("worker", "worker", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("quoted", "quote", "VERB", "ROOT", 3),
    ("as", "as", "ADP", "prep", 3),
    ("saying", "say", "VERB", "pcomp", 4),
    ("Lviv", "Lviv", "PROPN", "nsubj", 7),
    ("starves", "starve", "VERB", "ccomp", 5),
    (".", ".", "PUNCT", "punct", 3),
]


def test_quoted_as_saying_is_said_by_the_subject_of_the_passive() -> None:
    assert speaker_of(QUOTED_AS, "Lviv") == "One worker"


def _bracketed(opening: str, closing: str) -> list[Row]:
    """ "Rain <opening> according to Petrov <closing> fell in Lviv ." ("according" on "Rain")"""
    return [
        ("Rain", "rain", "NOUN", "nsubj", 6),
        (opening, opening, "PUNCT", "punct", 0),
        ("according", "accord", "VERB", "prep", 0),
        ("to", "to", "ADP", "prep", 2),
        ("Petrov", "Petrov", "PROPN", "pobj", 3),
        (closing, closing, "PUNCT", "punct", 0),
        ("fell", "fall", "VERB", "ROOT", 6),
        ("in", "in", "ADP", "prep", 6),
        ("Lviv", "Lviv", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_according_to_in_brackets_attributes_its_clause() -> None:
    assert speaker_of(_bracketed("(", ")"), "Lviv") == "Petrov"


def _claiming(noun: str) -> list[Row]:
    """ "Rain fell , with <noun> claiming water in Lviv turned sweet ." """
    return [
        ("Rain", "rain", "NOUN", "nsubj", 1),
        ("fell", "fall", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("with", "with", "ADP", "prep", 1),
        (noun, noun.removesuffix("s"), "NOUN", "pobj", 3),
        ("claiming", "claim", "VERB", "acl", 4),
        ("water", "water", "NOUN", "dobj", 5),
        ("in", "in", "ADP", "prep", 5),
        ("Lviv", "Lviv", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_participle_of_saying_speaks_for_the_people_it_describes() -> None:
    assert speaker_of(_claiming("residents"), "Lviv", tags={5: "VBG"}) == "residents"
    assert speaker_of(_claiming("storms"), "Lviv", tags={5: "VBG"}) is None  # things do not claim


def test_a_quotation_whose_closing_marks_were_lost_ends_with_its_sentence() -> None:
    text = "X has “ worked with UK farms. The officials came. Davis said the team were “ impressed."
    regions = [text[a:b] for a, b in quote_regions(text)]
    assert regions == ["“ worked with UK farms.", "“ impressed."]
    # a closing mark in the paragraph: a long quotation, read to its end
    text = "He said: “We sent a crew. “We treated him.” Done."
    assert [text[a:b] for a, b in quote_regions(text)] == ["“We sent a crew. “We treated him.”"]


def _spokesman_later(fillers: int) -> tuple[list[Row], tuple[int, ...]]:
    """ "“Kyiv fell,” said a police spokesman. Rain fell. (x fillers) “Lviv held,” added the
    spokesman." (the last parsed with "the spokesman" as the object of "added")"""
    rows: list[Row] = [
        ("“", "“", "PUNCT", "punct", 2),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 2),
        ("fell", "fall", "VERB", "ccomp", 5),
        (",", ",", "PUNCT", "punct", 5),
        ("”", "”", "PUNCT", "punct", 5),
        ("said", "say", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 8),
        ("police", "police", "NOUN", "compound", 8),
        ("spokesman", "spokesman", "NOUN", "nsubj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    starts = [0]
    for _ in range(fillers):
        n = len(rows)
        starts.append(n)
        rows += [
            ("Rain", "rain", "NOUN", "nsubj", n + 1),
            ("fell", "fall", "VERB", "ROOT", n + 1),
            (".", ".", "PUNCT", "punct", n + 1),
        ]
    n = len(rows)
    starts.append(n)
    rows += [
        ("“", "“", "PUNCT", "punct", n + 2),
        ("Lviv", "Lviv", "PROPN", "nsubj", n + 2),
        ("held", "hold", "VERB", "ccomp", n + 5),
        (",", ",", "PUNCT", "punct", n + 5),
        ("”", "”", "PUNCT", "punct", n + 5),
        ("added", "add", "VERB", "ROOT", n + 5),
        ("the", "the", "DET", "det", n + 7),
        ("spokesman", "spokesman", "NOUN", "dobj", n + 5),
        (".", ".", "PUNCT", "punct", n + 5),
    ]
    return rows, tuple(starts)


def test_an_object_after_a_closing_quote_speaks_and_the_spokesman_refers_back() -> None:
    rows, starts = _spokesman_later(5)
    doc = Doc(
        spacy.blank("en").vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
        sent_starts=[i in starts for i in range(len(rows))],
    )  # fmt: skip
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.speaker is not None and span._.speaker.text == "a police spokesman"


def _fronted(*prep: Row) -> list[Row]:
    """ "<prep …> , officials say rain fell ." (the phrase on "say")"""
    n = len(prep)
    return [
        *prep,
        (",", ",", "PUNCT", "punct", n + 2),
        ("officials", "official", "NOUN", "nsubj", n + 2),
        ("say", "say", "VERB", "ROOT", n + 2),
        ("rain", "rain", "NOUN", "nsubj", n + 4),
        ("fell", "fall", "VERB", "ccomp", n + 2),
        (".", ".", "PUNCT", "punct", n + 2),
    ]


def test_a_place_opening_the_sentence_places_what_is_said_unless_an_occasion() -> None:
    where = _fronted(("In", "in", "ADP", "prep", 4), ("Lviv", "Lviv", "PROPN", "pobj", 0))
    assert speaker_of(where, "Lviv") == "officials"
    occasion = _fronted(
        ("At", "at", "ADP", "prep", 7),
        ("a", "a", "DET", "det", 2),
        ("conference", "conference", "NOUN", "pobj", 0),
        ("in", "in", "ADP", "prep", 2),
        ("Lviv", "Lviv", "PROPN", "pobj", 3),
    )
    assert speaker_of(occasion, "Lviv") is None  # "At a conference in Lviv, officials say"
