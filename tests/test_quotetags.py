"""A quotation's tag names who said it, whatever its verb (issue 17).

`“…,” the court ruled.`: "rule" is no reporting verb of the lexicon, and the parser hung
it on the quotation as a conjunct; the tag after the closing mark still attributes the
quotation.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.quotetags import quote_tag
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed


def _ruled(punct: str = ",", close: str = "”", tail: tuple[Row, ...] = ()) -> list[Row]:
    """ "“ Lviv is calm <punct> <close> the ministry ruled <tail> ." """
    return [
        ("“", "“", "PUNCT", "punct", 2),
        ("Lviv", "Lviv", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "ROOT", 2),
        ("calm", "calm", "ADJ", "acomp", 2),
        (punct, punct, "PUNCT", "punct", 2),
        (close, close, "PUNCT", "punct", 2),
        ("the", "the", "DET", "det", 7),
        ("ministry", "ministry", "NOUN", "nsubj", 8),
        ("ruled", "rule", "VERB", "conj", 2),
        *tail,
        (".", ".", "PUNCT", "punct", 2),
    ]


_ENTS = ["O", "B-GPE"] + ["O"] * 8


def test_the_tag_after_a_quotation_attributes_it() -> None:
    tag = quote_tag(parsed(_ruled())[:])
    assert tag is not None and (tag[0].text, tag[1].text) == ("ruled", "ministry")
    assert speaker_of(_ruled(), 1, (0,), _ENTS) == "the ministry"


def test_a_clause_after_a_quoted_full_stop_or_with_an_object_is_no_tag() -> None:
    assert quote_tag(parsed(_ruled(punct="."))[:]) is None  # `“… calm.” The ministry ruled.`
    with_object = _ruled(tail=(("Lviv", "Lviv", "PROPN", "dobj", 8),))
    assert quote_tag(parsed(with_object)[:]) is None  # "… the ministry ruled Lviv": an act
    assert speaker_of(_ruled(punct="."), 1, (0,), _ENTS) is None
