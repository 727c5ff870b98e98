"""A headline's capitalised common noun (rec66), on ``spacy.blank("en")``: hand-built parses.

"Bushfire threatens homes near Lorne" as a headline: the opening word the model tags a
proper noun with no entity is the common noun the headline's case capitalised, and a
verb that reports only for a source makes it none (:mod:`geomap.claims.headline_nouns`);
the article writing it with a capital inside a sentence makes it a name again.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from geomap.records import Speaker
from tests.test_attribution_blank import Row, parsed


def _headline(opening: str, body: Sequence[Row]) -> list[Row]:
    """ "<opening> threatens homes near Lorne⏎" over the body sentence ``body``."""
    n = 6
    return [
        (opening, opening, "PROPN", "nsubj", 1),
        ("threatens", "threaten", "VERB", "ROOT", 1),
        ("homes", "home", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 2),
        ("Lorne", "Lorne", "PROPN", "pobj", 3),
        ("\n", "\n", "SPACE", "dep", 4),
        *((w, lemma, pos, dep, head + n) for w, lemma, pos, dep, head in body),
    ]


# "Crews fought a blaze ." / "Crews fought a blaze , Bushfire said ." (the word as a name)
_BODY: list[Row] = [
    ("Crews", "crew", "NOUN", "nsubj", 1),
    ("fought", "fight", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("blaze", "blaze", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
_NAMED: list[Row] = [*_BODY[:4], (",", ",", "PUNCT", "punct", 6)]
_NAMED += [("Bushfire", "Bushfire", "PROPN", "nsubj", 6), ("said", "say", "VERB", "parataxis", 1)]
_NAMED += [(".", ".", "PUNCT", "punct", 1)]


def _headline_speaker(body: Sequence[Row]) -> Speaker | None:
    doc = parsed(_headline("Bushfire", body), sent_starts=(0, 6))
    spans = [doc[4:5]]
    spans[0].label_ = "GPE"
    doc.spans["toponyms"] = spans
    Attribution()(doc)
    source: Speaker | None = spans[0]._.source
    return source


def test_a_headlines_capitalised_common_noun_is_no_source() -> None:
    assert _headline_speaker(_BODY) is None


def test_a_headlines_opening_name_the_article_writes_as_one_speaks() -> None:
    # control: the article writes "Bushfire" with a capital inside a sentence: a name
    speaker = _headline_speaker(_NAMED)
    assert speaker is not None and speaker.name == "Bushfire"
