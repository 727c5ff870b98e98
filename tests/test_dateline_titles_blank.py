"""A wire dateline does not turn the speaker into a job title (issue 17).

"MELITOPOL (TASS) - Acting governor of the region Yevgeny Balitsky said": the parser
hangs both "governor" and "Balitsky" on the dateline's "MELITOPOL"; the speaker is the
person, the title its role, as without the dateline
(:func:`geomap.claims.datelines.named_after_title`,
:func:`geomap.claims.datelines.titled_dateline_name`). A hand-made parse on
spacy.blank("en").
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.datelines import past_dateline, titled_dateline_name
from geomap.claims.names import split_name

_NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    return Doc(
        _NLP.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        ents=[r[4] for r in rows],
    )


_TITLED = [
    ("MELITOPOL", 12, "nsubj", "PROPN", "B-ORG"),
    ("(", 0, "punct", "PUNCT", "O"),
    ("TASS", 0, "appos", "PROPN", "B-ORG"),
    (")", 0, "punct", "PUNCT", "O"),
    ("-", 0, "punct", "PUNCT", "O"),
    ("Acting", 6, "amod", "VERB", "O"),
    ("governor", 0, "appos", "NOUN", "O"),
    ("of", 6, "prep", "ADP", "O"),
    ("the", 9, "det", "DET", "O"),
    ("region", 7, "pobj", "NOUN", "O"),
    ("Yevgeny", 11, "compound", "PROPN", "B-PERSON"),
    ("Balitsky", 0, "appos", "PROPN", "I-PERSON"),
    ("said", 12, "ROOT", "VERB", "O"),
    (".", 12, "punct", "PUNCT", "O"),
]


def test_a_title_and_a_name_hung_on_a_dateline_give_the_person() -> None:
    doc = _doc(_TITLED)
    assert past_dateline(doc[0]).text == "Balitsky"
    phrase = titled_dateline_name(doc[11])
    assert phrase is not None
    assert phrase.text == "Acting governor of the region Yevgeny Balitsky"
    name, role = split_name(phrase)
    assert name.text == "Yevgeny Balitsky"
    assert "governor" in role


def test_a_lone_apposition_after_a_dateline_still_speaks() -> None:
    # "GOMA (Reuters) - rebels said .": one apposition, no name after a title
    rows = [
        ("GOMA", 6, "nsubj", "PROPN", "B-GPE"),
        ("(", 0, "punct", "PUNCT", "O"),
        ("Reuters", 0, "appos", "PROPN", "B-ORG"),
        (")", 0, "punct", "PUNCT", "O"),
        ("-", 0, "punct", "PUNCT", "O"),
        ("rebels", 0, "appos", "NOUN", "O"),
        ("said", 6, "ROOT", "VERB", "O"),
        (".", 6, "punct", "PUNCT", "O"),
    ]
    doc = _doc(rows)
    assert past_dateline(doc[0]).text == "rebels"
    assert titled_dateline_name(doc[5]) is None
    # a name after a title that is no person's: the title speaks
    titled = [(w, h, d, p, "O" if e.endswith("PERSON") else e) for w, h, d, p, e in _TITLED]
    assert past_dateline(_doc(titled)[0]).text == "governor"
