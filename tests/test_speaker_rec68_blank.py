"""Speaker rules of round 68 (issue 17, rec68), on ``spacy.blank("en")``.

From two new users' reports: an "according to" phrase naming its own source after a
person spoke ("…, according to the general staff"), a headline's inverted saying whose
name the parser hung on the verb as a preposition ("Crimea secure, says Aksyonov"),
markup written as text and a formula opening a spreadsheet cell in a speaker phrase
("a witness named <script>…", "=1+1 Russian officials").  Hand-built parses, with
controls.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from geomap.records import Speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _kemp_then(rows: Sequence[Row]) -> list[Row]:
    """ "Brian Kemp said Kyiv fell ." followed by ``rows`` (heads from 0 of their own)."""
    first: list[Row] = [
        ("Brian", "Brian", "PROPN", "compound", 1),
        ("Kemp", "Kemp", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 4),
        ("fell", "fall", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return first + [(w, lemma, pos, dep, head + len(first)) for w, lemma, pos, dep, head in rows]


def _according(modifier: str, noun: str) -> list[Row]:
    """ "Troops moved to Avdiivka , according to the MODIFIER NOUN ." """
    return [
        ("Troops", "troop", "NOUN", "nsubj", 1),
        ("moved", "move", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Avdiivka", "Avdiivka", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 9),
        (modifier, modifier, "ADJ", "amod", 9),
        (noun, noun, "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


_PERSON = ["B-PERSON", "I-PERSON"] + ["O"] * 15


def test_according_to_the_general_staff_is_not_the_person_before() -> None:
    rows = _kemp_then(_according("general", "staff"))
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON, tags={15: "NN"})
    assert got == "the general staff"


def test_according_to_a_described_person_names_its_own_source() -> None:
    rows = _kemp_then(_according("local", "farmer"))
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON, tags={15: "NN"})
    assert got == "the local farmer"


def test_a_described_subject_still_takes_the_person_before() -> None:
    # control: "The local farmer said Avdiivka fell ." after Kemp spoke: Kemp
    rows = _kemp_then(
        [
            ("The", "the", "DET", "det", 2),
            ("local", "local", "ADJ", "amod", 2),
            ("farmer", "farmer", "NOUN", "nsubj", 3),
            ("said", "say", "VERB", "ROOT", 3),
            ("Avdiivka", "Avdiivka", "PROPN", "nsubj", 5),
            ("fell", "fall", "VERB", "ccomp", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    got = speaker_of(rows, "Avdiivka", starts=(0, 6), ents=_PERSON[:13], tags={8: "NN"})
    assert got == "Brian Kemp"


# "Crimea secure , says Aksyonov ¶": a headline; the parser made the name a preposition
_HEADLINE: list[Row] = [
    ("Crimea", "crimea", "NOUN", "nsubj", 3),
    ("secure", "secure", "ADJ", "amod", 0),
    (",", ",", "PUNCT", "punct", 3),
    ("says", "say", "VERB", "ROOT", 3),
    ("Aksyonov", "Aksyonov", "PROPN", "prep", 3),
    ("\n\n", "\n\n", "SPACE", "dep", 4),
]


def test_an_inverted_headline_saying_takes_the_name_after_it() -> None:
    ents = ["B-ORG", "O", "O", "O", "B-PERSON", "O"]
    assert speaker_of(_HEADLINE, "Crimea", ents=ents, tags={3: "VBZ"}) == "Aksyonov"


def test_a_day_after_the_verb_is_no_inverted_speaker() -> None:
    rows = [*_HEADLINE[:4], ("Monday", "Monday", "PROPN", "npadvmod", 3), _HEADLINE[5]]
    ents = ["B-ORG", "O", "O", "O", "B-DATE", "O"]
    assert speaker_of(rows, "Crimea", ents=ents, tags={3: "VBD"}) != "Monday"


def _source_written(rows: Sequence[Row], spaces: Sequence[bool], place: str) -> Speaker | None:
    """The source record of ``place``'s claim in a parse whose tokens keep ``spaces``."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=list(spaces),
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    (span,) = mark(doc, place)
    Attribution()(doc)
    source: Speaker | None = span._.source
    return source


def test_markup_written_as_text_makes_no_name() -> None:
    # 'Donetsk was hit , said a witness named <script>alert(5)</script> .'
    rows: list[Row] = [
        ("Donetsk", "Donetsk", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("hit", "hit", "VERB", "ccomp", 4),
        (",", ",", "PUNCT", "punct", 4),
        ("said", "say", "VERB", "ROOT", 4),
        ("a", "a", "DET", "det", 6),
        ("witness", "witness", "NOUN", "nsubj", 4),
        ("named", "name", "VERB", "acl", 6),
        ("<", "<", "PUNCT", "oprd", 7),
        ("script", "script", "NOUN", "oprd", 7),
        (">", ">", "X", "punct", 7),
        ("alert(5)</script", "alert(5)</script", "PROPN", "oprd", 7),
        (">", ">", "X", "oprd", 7),
        (".", ".", "PUNCT", "punct", 4),
    ]
    spaces = [True, True, False, True, True, True, True, True] + [False] * 6
    source = _source_written(rows, spaces, "Donetsk")
    assert source is not None and (source.name, source.role) == ("a witness", "")


def test_a_formula_opening_a_cell_is_no_part_of_the_name() -> None:
    # '=1+1 Russian officials said Odesa was hit .'
    rows: list[Row] = [
        ("=", "=", "PRON", "nsubj", 6),
        ("1", "1", "NUM", "dep", 6),
        ("+", "+", "NUM", "quantmod", 3),
        ("1", "1", "NUM", "nummod", 5),
        ("Russian", "russian", "ADJ", "amod", 5),
        ("officials", "official", "NOUN", "nsubj", 6),
        ("said", "say", "VERB", "ROOT", 6),
        ("Odesa", "Odesa", "PROPN", "nsubjpass", 9),
        ("was", "be", "AUX", "auxpass", 9),
        ("hit", "hit", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    spaces = [False, False, False, True, True, True, True, True, True, False, False]
    source = _source_written(rows, spaces, "Odesa")
    assert source is not None and source.name == "Russian officials"


def test_a_count_opening_a_speaker_stays() -> None:
    # control: '12 residents said Odesa was hit .'
    rows: list[Row] = [
        ("12", "12", "NUM", "nummod", 1),
        ("residents", "resident", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Odesa", "Odesa", "PROPN", "nsubjpass", 5),
        ("was", "be", "AUX", "auxpass", 5),
        ("hit", "hit", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    source = _source_written(rows, [True] * 5 + [False, False], "Odesa")
    assert source is not None and source.name == "12 residents"


# "In Crimea , the governor of Sevastopol , Mikhail Razvozhayev , said Kyiv fell ."
# as the parser read it: the role an apposition of the fronted place, the name of its own
_FRONTED_ROLE: list[Row] = [
    ("In", "in", "ADP", "prep", 11),
    ("Crimea", "Crimea", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 1),
    ("the", "the", "DET", "det", 4),
    ("governor", "governor", "NOUN", "appos", 1),
    ("of", "of", "ADP", "prep", 4),
    ("Sevastopol", "Sevastopol", "PROPN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 6),
    ("Mikhail", "Mikhail", "PROPN", "compound", 9),
    ("Razvozhayev", "Razvozhayev", "PROPN", "appos", 6),
    (",", ",", "PUNCT", "punct", 1),
    ("said", "say", "VERB", "ROOT", 11),
    ("Kyiv", "Kyiv", "PROPN", "nsubj", 13),
    ("fell", "fall", "VERB", "ccomp", 11),
    (".", ".", "PUNCT", "punct", 11),
]
_FRONTED_ENTS = ["O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON"]


def test_a_name_apposed_to_a_role_in_a_fronted_phrase_speaks_with_its_role() -> None:
    doc = parsed(_FRONTED_ROLE, ents=_FRONTED_ENTS + ["O"] * 5)
    doc[11].tag_ = "VBD"
    spans = mark(doc, "Crimea", "Sevastopol")
    Attribution()(doc)
    sources = [span._.source for span in spans]
    assert all(s is not None for s in sources)
    assert {s.name for s in sources if s is not None} == {"Mikhail Razvozhayev"}
    assert all(s.role.endswith("governor of Sevastopol") for s in sources if s is not None)
