"""A doc's mention records index the article as stored, speakers and verbs too.

The doc reads :func:`geomap.model_text.model_text` of the article (white space
squeezed, format characters dropped); every offset a record carries goes back through
``doc._.offset_map``, and a later piece's are moved by the piece's start.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.doc_mentions import article_mentions, doc_mentions
from geomap.extensions import TOPONYMS, register_extensions
from geomap.model_text import model_text
from geomap.records import Speaker

ARTICLE = (
    "  \n  The  foreign\u00a0minister,\n  Dmytro\tKu\u00adleba,  said  Kharkiv\n\nwas  shelled."
)


def _doc(text: str) -> Doc:
    """``text`` as the pipeline reads it, with a toponym whose source is a speaker."""
    register_extensions()
    read = model_text(text)
    doc = spacy.blank("en").make_doc(read.text)
    doc._.line_breaks = read.breaks
    doc._.offset_map = read.offsets.pairs()
    seen = read.text

    def span(word: str) -> Span:
        a = seen.index(word)
        found = doc.char_span(a, a + len(word))
        assert found is not None
        return found

    place = span("Kharkiv")
    name, verb = span("Dmytro Kuleba"), span("said")
    place._.source = Speaker(
        name.text, name.start_char, name.end_char, verb="said",
        verb_start=verb.start_char, verb_end=verb.end_char,
    )  # fmt: skip
    doc.spans[TOPONYMS] = [place]
    return doc


def test_a_speaker_and_its_verb_index_the_article_as_stored() -> None:
    [m] = doc_mentions(_doc(ARTICLE), ARTICLE)
    assert ARTICLE[m.start : m.end] == "Kharkiv"
    assert m.speaker is not None
    assert ARTICLE[m.speaker.start : m.speaker.end] == "Dmytro\tKu\u00adleba"
    assert ARTICLE[m.speaker.verb_start : m.speaker.verb_end] == "said"


def test_a_later_pieces_speaker_is_moved_by_the_pieces_start() -> None:
    head = "Officials met.\n\n"
    text = head + ARTICLE
    first = spacy.blank("en").make_doc("Officials met.")
    first._.offset_map = [[0, 0]]
    pieces = [(first, head, 0, False), (_doc(ARTICLE), ARTICLE, len(head), True)]
    [mentions] = list(article_mentions(pieces))
    [m] = mentions
    assert text[m.start : m.end] == "Kharkiv"
    assert m.speaker is not None
    assert text[m.speaker.start : m.speaker.end] == "Dmytro\tKu\u00adleba"
    assert text[m.speaker.verb_start : m.speaker.verb_end] == "said"
