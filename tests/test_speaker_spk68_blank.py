"""Speaker rules of round 68 (issue 17, spk68), on ``spacy.blank("en")``.

From the dev items of ``speakers_gold`` (real news, sets ``spk68`` and older): a lone
nationality adjective with a singular verb is a title that speaks ("The Australian
reports that …", "Norwegian reveals new flights to …"), and a label in capitals before a
colon is no headline source when it heads a verbless caption ("JEWELL: Boyd Carney and
Kate Harrison, from …, on the shore of …") or a headline in capitals ("FAMILY FANTASTIC
IN MOROCCO: HIDING AWAY IN …").  Hand-built parses, with controls.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from geomap.claims.name_sources import colon_source
from tests.test_attribution_blank import Row, mark, parsed


def _tagged_source(
    rows: Sequence[Row], place: str, tags: dict[int, str], ents: Sequence[str]
) -> tuple[str, str] | None:
    """The clean name and kind of the source of ``place``'s claim, tags and entities set."""
    doc = parsed(rows, ents=ents)
    for i, tag in tags.items():
        doc[i].tag_ = tag
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.kind)


# "The Australian reports that Queensland is flooded ."
_THE_AUSTRALIAN_REPORTS: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("Australian", "australian", "ADJ", "nsubj", 2),
    ("reports", "report", "VERB", "ROOT", 2),
    ("that", "that", "SCONJ", "mark", 5),
    ("Queensland", "Queensland", "PROPN", "nsubj", 5),
    ("is", "be", "AUX", "ccomp", 2),
    ("flooded", "flooded", "ADJ", "acomp", 5),
    (".", ".", "PUNCT", "punct", 2),
]
_NORP = ["O", "B-NORP", "O", "O", "O", "O", "O", "O"]


def test_a_nationality_word_with_a_singular_verb_is_a_title() -> None:
    tags = {1: "JJ", 2: "VBZ"}
    source = _tagged_source(_THE_AUSTRALIAN_REPORTS, "Queensland", tags, _NORP)
    assert source == ("The Australian", "organisation")


def test_a_nationality_word_with_a_past_verb_stays_a_people() -> None:
    tags = {1: "JJ", 2: "VBD"}  # "The Australian reported": no agreement told
    source = _tagged_source(_THE_AUSTRALIAN_REPORTS, "Queensland", tags, _NORP)
    assert source == ("The Australian", "anonymous")


def _colon_name(rows: Sequence[Row], ents: Sequence[str]) -> str | None:
    """The headline source :func:`colon_source` reads before the colon, if any."""
    doc = parsed(rows, ents=ents)
    name = colon_source(doc[:])
    return None if name is None else name.text


# "JEWELL : Boyd Carney , on the shore of Glenrock ." (a photograph's caption)
_CAPTION: list[Row] = [
    ("JEWELL", "JEWELL", "PROPN", "ROOT", 0),
    (":", ":", "PUNCT", "punct", 0),
    ("Boyd", "Boyd", "PROPN", "compound", 3),
    ("Carney", "Carney", "PROPN", "appos", 0),
    (",", ",", "PUNCT", "punct", 3),
    ("on", "on", "ADP", "prep", 0),
    ("the", "the", "DET", "det", 7),
    ("shore", "shore", "NOUN", "pobj", 5),
    ("of", "of", "ADP", "prep", 7),
    ("Glenrock", "Glenrock", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 0),
]
_CAPTION_ENTS = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"]

# "JEWELL : Kharkiv still stands ." (a source in capitals quoted in a headline)
_CAPS_SOURCE: list[Row] = [
    ("JEWELL", "JEWELL", "PROPN", "nsubj", 4),
    (":", ":", "PUNCT", "punct", 4),
    ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 4),
    ("still", "still", "ADV", "advmod", 4),
    ("stands", "stand", "VERB", "ROOT", 4),
    (".", ".", "PUNCT", "punct", 4),
]
_CAPS_SOURCE_ENTS = ["B-PERSON", "O", "B-GPE", "O", "O", "O"]

# "FAMILY FUN IN MOROCCO : HIDING AWAY IN THE CASTLE" (a headline set in capitals)
_CAPS_HEADLINE: list[Row] = [
    ("FAMILY", "FAMILY", "PROPN", "compound", 1),
    ("FUN", "FUN", "PROPN", "ROOT", 1),
    ("IN", "in", "ADP", "prep", 1),
    ("MOROCCO", "MOROCCO", "PROPN", "pobj", 2),
    (":", ":", "PUNCT", "punct", 1),
    ("HIDING", "hide", "VERB", "appos", 1),
    ("AWAY", "away", "ADV", "advmod", 5),
    ("IN", "in", "ADP", "prep", 5),
    ("THE", "the", "DET", "det", 9),
    ("CASTLE", "CASTLE", "PROPN", "pobj", 7),
]
_CAPS_HEADLINE_ENTS = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]


def test_a_caption_s_label_in_capitals_is_no_source() -> None:
    assert _colon_name(_CAPTION, _CAPTION_ENTS) is None


def test_a_headline_in_capitals_is_no_source() -> None:
    assert _colon_name(_CAPS_HEADLINE, _CAPS_HEADLINE_ENTS) is None


def test_a_source_in_capitals_before_a_claim_still_speaks() -> None:
    assert _colon_name(_CAPS_SOURCE, _CAPS_SOURCE_ENTS) == "JEWELL"
