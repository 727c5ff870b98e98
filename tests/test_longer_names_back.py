"""A found name runs back over the words that make a longer own name (longer_names)."""

from __future__ import annotations

import spacy

from geomap.nlp.longer_names import run_back, with_longer_names
from geomap.records import Candidate, Place

_AJK = Place("ajk", "Azad Kashmir", "admin1", "PK", None, 1000, 34.0, 73.9, "curated")


class _Gazetteer:
    def candidates(self, text: str) -> list[Candidate]:
        if text == "Azad Jammu and Kashmir":
            return [Candidate(_AJK, "alias")]
        if text == "Jammu and Kashmir":
            return [Candidate(_AJK, "alternate")]  # an old name does not count
        return []


def test_the_longest_own_name_wins_over_the_models_shorter_span() -> None:
    text = "The people of Azad Jammu and Kashmir stood with them."
    doc = spacy.blank("en")(text)
    start = text.index("Kashmir")
    span = doc.char_span(start, start + len("Kashmir"), label="LOC")
    assert span is not None
    longer = run_back(doc, span, _Gazetteer())
    assert longer is not None and longer.text == "Azad Jammu and Kashmir"
    assert [s.text for s in with_longer_names(doc, [span], _Gazetteer())] == [longer.text]
    # no own name before it: the span stays as found
    other = spacy.blank("en")("Protests in Kashmir and Jammu.")
    alone = other[2:3]
    assert run_back(other, alone, _Gazetteer()) is None
    # an article is no word of the name ("The Caucasus" is with_article's to judge)
    lead = spacy.blank("en")("The Azad Jammu and Kashmir stood.")
    led = run_back(lead, lead[4:5], _Gazetteer())
    assert led is not None and led.text == "Azad Jammu and Kashmir"
    bare = spacy.blank("en")("Azad Jammu and The Kashmir stood.")
    assert run_back(bare, bare[4:5], _Gazetteer()) is None
