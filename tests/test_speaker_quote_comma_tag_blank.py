"""A quotation closing on a comma is said by the tag after it, wherever the parser hung it.

`"We found debris outside Tulcea, and we treat it as a violation," the country's defence
minister, Radu Ionescu, said in an interview on Friday.`: the parser made "found" the root
and "said" its conjunct with its own subject (geomap.claims.quote_tails).  Hand-built
parses on ``spacy.blank``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark

_TEXT = (
    '"We found debris outside Tulcea, and we treat it as a violation{close}" the '
    "country's defence minister, Radu Ionescu, said in an interview on Friday."
)


def speaker_of(rows: list[Row], close: str) -> str | None:
    """The speaker of "Tulcea" in ``rows`` spaced as :data:`_TEXT` (quotation marks found)."""
    text, spaces, at = _TEXT.format(close=close), [], 0
    for word, *_ in rows:
        at = text.index(word, at) + len(word)
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[not i for i in range(len(rows))],
    )
    assert doc.text == text
    (span,) = mark(doc, "Tulcea")
    Attribution()(doc)
    return None if span._.speaker is None else span._.speaker.text


def _tagged(close: str) -> list[Row]:
    """:data:`_TEXT` parsed with "said" a conjunct of "found".

    The tag is too long for :func:`geomap.claims.quotetags.quote_tag`.
    """
    return [
        ('"', '"', "PUNCT", "punct", 2),
        ("We", "we", "PRON", "nsubj", 2),
        ("found", "find", "VERB", "ROOT", 2),
        ("debris", "debris", "NOUN", "dobj", 2),
        ("outside", "outside", "ADP", "prep", 3),
        ("Tulcea", "Tulcea", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("we", "we", "PRON", "nsubj", 9),
        ("treat", "treat", "VERB", "conj", 2),
        ("it", "it", "PRON", "dobj", 9),
        ("as", "as", "ADP", "prep", 9),
        ("a", "a", "DET", "det", 13),
        ("violation", "violation", "NOUN", "pobj", 11),
        (close, close, "PUNCT", "punct", 9),
        ('"', '"', "PUNCT", "punct", 9),
        ("the", "the", "DET", "det", 17),
        ("country", "country", "NOUN", "poss", 20),
        ("'s", "'s", "PART", "case", 17),
        ("defence", "defence", "NOUN", "compound", 20),
        ("minister", "minister", "NOUN", "nsubj", 25),
        (",", ",", "PUNCT", "punct", 20),
        ("Radu", "Radu", "PROPN", "compound", 23),
        ("Ionescu", "Ionescu", "PROPN", "appos", 20),
        (",", ",", "PUNCT", "punct", 20),
        ("said", "say", "VERB", "conj", 2),
        ("in", "in", "ADP", "prep", 25),
        ("an", "an", "DET", "det", 28),
        ("interview", "interview", "NOUN", "pobj", 26),
        ("on", "on", "ADP", "prep", 25),
        ("Friday", "Friday", "PROPN", "pobj", 29),
        (".", ".", "PUNCT", "punct", 25),
    ]


def test_the_tag_after_a_comma_says_the_quotation() -> None:
    speaker = speaker_of(_tagged(","), ",")
    assert speaker is not None and "Ionescu" in speaker


def test_a_quotation_ending_its_sentence_is_not_tagged_this_way() -> None:
    # '"… a violation ." the minister … said .': a full stop closes the quotation, so the
    # sentence after it is no tag of it
    speaker = speaker_of(_tagged("."), ".")
    assert speaker is None or "Ionescu" not in speaker
