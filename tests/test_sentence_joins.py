"""Words that go on with their sentence: "Kharkiv | and Odesa", "Ersin | Tatar, leader of ..."."""

from __future__ import annotations

import spacy

from geomap.nlp.sentence_joins import lowercase_joins, opening_word_joins

NLP = spacy.blank("en")


def test_a_lower_case_word_after_a_word_starts_no_sentence() -> None:
    doc = NLP("Headline here  Kharkiv and Odesa were shelled. and then quiet")
    lowercase_joins(doc)
    starts = [(t.text, t.is_sent_start) for t in doc]
    assert starts[4] == ("and", False) and starts[6] == ("were", False)
    assert starts[3] == ("Kharkiv", None) and starts[5] == ("Odesa", None)  # undecided
    # after punctuation the parser still decides: "shelled. and" may start a sentence
    assert doc[9].text == "and" and doc[9].is_sent_start is None


def test_a_word_the_line_rules_set_is_kept() -> None:
    doc = NLP("Kharkiv and Odesa")
    doc[1].is_sent_start = True
    lowercase_joins(doc)
    assert doc[1].is_sent_start is True


def test_the_word_after_a_sentences_first_word_starts_no_sentence() -> None:
    doc = NLP("Talks stall  Ersin Tatar, leader. Yes. No")
    doc[3].is_sent_start = True  # a line's first word, as the line rules set it
    doc[8].is_sent_start = True
    opening_word_joins(doc)
    assert doc[4].text == "Tatar" and doc[4].is_sent_start is False
    assert doc[1].text == "stall" and doc[1].is_sent_start is False  # the text's first word
    assert doc[9].text == "." and doc[9].is_sent_start is None  # punctuation: the parser's
