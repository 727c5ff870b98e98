"""Who says it, the mechanisms added for the sixth dev set (issue 17).

Where a saying happened (a place after a verb that says nothing else, an occasion of
saying), a quotation introduced by the sentence before, definite descriptions with a
name, "…, according to X" closing a sentence, names in apposition to a title, verbs
of advice and assent, headline passives, and the kinds of company units, news outlets
and court papers.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _speaker(rows: list[Row], place: str, starts: tuple[int, ...] = (0,), ents=()) -> str | None:
    doc = parsed(rows, sent_starts=starts, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    return None if span._.speaker is None else span._.speaker.text


# "Petrov said in Lviv ." / "Petrov reported fighting in Lviv ."
SAID_IN = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
REPORTED_IN = [
    ("Petrov", "Petrov", "PROPN", "nsubj", 1),
    ("reported", "report", "VERB", "ROOT", 1),
    ("fighting", "fighting", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_place_after_a_verb_that_says_nothing_else_is_where_it_was_said() -> None:
    # `"…," Petrov said in Lviv`: the quotation is what is said, Lviv is where
    assert _speaker(SAID_IN, "Lviv") is None
    # "reported fighting in Lviv": what is reported is below the verb
    assert _speaker(REPORTED_IN, "Lviv") == "Petrov"


def _confirmed(noun: str) -> list[Row]:
    """ "Petrov confirmed the plan at a <noun> held in Lviv ." """
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 1),
        ("confirmed", "confirm", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("at", "at", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 6),
        (noun, noun, "NOUN", "pobj", 4),
        ("held", "hold", "VERB", "acl", 6),
        ("in", "in", "ADP", "prep", 7),
        ("Lviv", "Lviv", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_place_of_an_occasion_of_saying_is_the_scene() -> None:
    assert _speaker(_confirmed("conference"), "Lviv") is None
    assert _speaker(_confirmed("depot"), "Lviv") == "Petrov"  # no occasion: what he confirmed


# "The ZTA boss was scathing . “ Odesa is calm . ”"
INTRODUCED = [
    ("The", "the", "DET", "det", 2),
    ("ZTA", "ZTA", "PROPN", "compound", 2),
    ("boss", "boss", "NOUN", "nsubj", 3),
    ("was", "be", "AUX", "ROOT", 3),
    ("scathing", "scathing", "ADJ", "acomp", 3),
    (".", ".", "PUNCT", "punct", 3),
    ("“", "“", "PUNCT", "punct", 8),
    ("Odesa", "Odesa", "PROPN", "nsubj", 8),
    ("is", "be", "AUX", "ROOT", 8),
    ("calm", "calm", "ADJ", "acomp", 8),
    (".", ".", "PUNCT", "punct", 8),
    ("”", "”", "PUNCT", "punct", 8),
]


def test_a_quotation_is_said_by_the_subject_of_the_sentence_introducing_it() -> None:
    assert _speaker(INTRODUCED, "Odesa", (0, 6)) == "The ZTA boss"
    # a subject that cannot speak introduces no one: "The ZTA sky was scathing. “…”"
    rows = [("sky", "sky", "NOUN", "nsubj", 3) if r[0] == "boss" else r for r in INTRODUCED]
    assert _speaker(rows, "Odesa", (0, 6)) is None


def _boss_said_later(filler: int) -> tuple[list[Row], list[str], tuple[int, ...]]:
    """ "ZTA boss Kaseke said it . (It rained . )*filler The ZTA boss said Odesa fell ." """
    rows: list[Row] = [
        ("ZTA", "ZTA", "PROPN", "compound", 1),
        ("boss", "boss", "NOUN", "compound", 2),
        ("Kaseke", "Kaseke", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("it", "it", "PRON", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    ents = ["B-ORG", "O", "B-PERSON", "O", "O", "O"]
    starts = [0]
    for _ in range(filler):
        n = len(rows)
        starts.append(n)
        rows += [
            ("It", "it", "PRON", "nsubj", n + 1),
            ("rained", "rain", "VERB", "ROOT", n + 1),
            (".", ".", "PUNCT", "punct", n + 1),
        ]
        ents += ["O", "O", "O"]
    n = len(rows)
    starts.append(n)
    rows += [
        ("The", "the", "DET", "det", n + 2),
        ("ZTA", "ZTA", "PROPN", "compound", n + 2),
        ("boss", "boss", "NOUN", "nsubj", n + 3),
        ("said", "say", "VERB", "ROOT", n + 3),
        ("Odesa", "Odesa", "PROPN", "nsubj", n + 5),
        ("fell", "fall", "VERB", "ccomp", n + 3),
        (".", ".", "PUNCT", "punct", n + 3),
    ]
    ents += ["O", "B-ORG", "O", "O", "B-GPE", "O", "O"]
    return rows, ents, tuple(starts)


def test_a_description_with_a_name_refers_back_over_the_article() -> None:
    rows, ents, starts = _boss_said_later(6)  # beyond the window of "the mayor"
    assert _speaker(rows, "Odesa", starts, ents) == "ZTA boss Kaseke"
    # another name in the description: not the same person
    other = [
        r if r[0] != "ZTA" or i < 6 else ("BA", "BA", "PROPN", "compound", r[4])
        for i, r in enumerate(rows)
    ]
    assert _speaker(other, "Odesa", starts, ents) == "The BA boss"
