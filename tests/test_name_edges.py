"""Odd parses at the edges of a speaker's name (:mod:`geomap.claims.name_edges`), rev43."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.name_edges import bracketed, inside_name

VOCAB = spacy.blank("en").vocab


def test_a_mark_parsed_as_an_apposition_is_no_bracketed_initialism() -> None:
    # its subtree holds no word: min() of nothing raised ValueError
    doc = Doc(VOCAB, words=["Acme", "-"], heads=[0, 0], deps=["ROOT", "appos"])
    assert bracketed(doc[1]) is False


def test_initials_in_brackets_are_bracketed() -> None:
    words = ["the", "Agency", "(", "NASMG", ")", "said"]
    doc = Doc(VOCAB, words=words, heads=[1, 5, 3, 1, 3, 5],
              deps=["det", "nsubj", "punct", "appos", "punct", "ROOT"])  # fmt: skip
    assert bracketed(doc[3]) is True


def test_an_apposition_at_the_doc_start_is_not_read_from_the_doc_end() -> None:
    # doc[left_edge - 1] was doc[-1], the last word, when the apposition opened the doc
    doc = Doc(
        VOCAB, words=["Food", "Agency", "Agency"], heads=[1, 1, 1],
        deps=["compound", "appos", "ROOT"],
        ents=["B-ORG", "I-ORG", "I-ORG"],
    )  # fmt: skip
    assert inside_name(doc[2], doc[1]) is False
