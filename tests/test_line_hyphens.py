"""Words hyphenated at a line's end: read whole, or a compound's hyphen kept.

Text taken from PDFs and print layouts cuts words at the line's end ("Zapo-" /
"rizhzhia"); the model and the recogniser read the word whole, and every offset
still indexes the stored text.
"""

from __future__ import annotations

from typing import cast

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer

from geomap.gazetteer import Gazetteer
from geomap.line_hyphens import soft_break
from geomap.model_text import model_text
from geomap.nlp.line_wraps import KnownWords
from geomap.nlp.sentences import LineSentences
from tests.local_recognise import recognise
from tests.tiny_gazetteer import _p

_WORDS = {"anti", "war", "russian", "back", "government", "polish"}


def _known(word: str) -> bool:
    return word.lower() in _WORDS | {"zaporizhzhia", "kharkiv"}


def test_a_word_cut_at_a_line_end_reads_whole_and_maps_back() -> None:
    text = "Troops near Zapo-\n  rizhzhia and Kha\u00ad\nrkiv, in the govern-\nment's words."
    read = model_text(text, _known)
    assert read.text == "Troops near Zaporizhzhia and Kharkiv, in the government's words."
    assert read.breaks == ()  # no line break left: the lines are one
    for name, surface in [("Zaporizhzhia", "Zapo-\n  rizhzhia"), ("Kharkiv", "Kha\u00ad\nrkiv")]:
        a = read.text.index(name)
        assert text[read.offsets.start(a) : read.offsets.end(a + len(name))] == surface
        start = text.index(surface)
        ((s, e),) = read.offsets.model_spans([(start, start + len(surface))], len(read.text))
        assert read.text[s:e] == name  # a gold span onto the doc


def test_a_compounds_hyphen_stays_without_the_line_break() -> None:
    text = "the Polish-\nBelarusian border, Bosnia-\nHerzegovina, anti-\nwar, COVID-\n19 and a-\nb"
    read = model_text(text, _known)
    assert read.text == (
        "the Polish-Belarusian border, Bosnia-Herzegovina, anti-war, COVID-19 and ab"
    )
    a = read.text.index("Bosnia")
    end = a + len("Bosnia-Herzegovina")
    assert text[read.offsets.start(a) : read.offsets.end(end)] == "Bosnia-\nHerzegovina"


def test_a_hyphen_before_a_paragraph_break_or_after_a_space_is_no_cut() -> None:
    read = model_text("Kyiv -\nthe capital. Kha-\n\nrkiv", _known)
    assert read.text == "Kyiv - the capital. Kha-  rkiv"
    assert len(read.breaks) == 3


def test_soft_break_decides_by_case_and_the_words_known() -> None:
    assert soft_break("Zapo", "rizhzhia", "-", _known)  # the joined word is known
    assert soft_break("Zelen", "sky", "-", _known)  # not two known words: a cut word
    assert not soft_break("anti", "war", "-", _known)  # two known words: a compound
    assert soft_break("Russian", "backed", "-", _known)  # "backed" unknown to this list
    assert soft_break("KHA", "RKIV", "\u2010", _known)  # in capitals the words decide
    assert not soft_break("POLISH", "GOVERNMENT", "\u2010", _known)
    assert not soft_break("Polish", "Belarusian", "-", _known)  # a capital: a compound
    assert soft_break("Ukrai", "Nian", "\u00ad", _known)  # a soft hyphen always cuts
    assert not soft_break("G7", "summit", "-", _known)
    assert soft_break("Russian", "backed")  # no word list: a lower-case continuation cuts


def test_known_words_are_the_gazetteers_names_and_the_lemmatisers_forms() -> None:
    gazetteer = Gazetteer.from_places([_p("1", "Zaporizhzhia", "city", "UA", 35.1, 47.8)])
    nlp = spacy.blank("en")
    nlp.add_pipe("geomap_line_sentences", config={"gazetteer": None})
    lemmatizer = cast("Lemmatizer", nlp.add_pipe("lemmatizer", config={"mode": "rule"}))
    lookups = Lookups()
    lookups.add_table("lemma_index", {"verb": ["back"], "adj": ["russian"], "noun": ["war"]})
    lookups.add_table("lemma_exc", {"verb": {"fought": ["fight"]}})
    lookups.add_table("lemma_rules", {"verb": [["ed", ""]], "noun": [["s", ""]]})
    lemmatizer.lookups = lookups
    cast("LineSentences", nlp.get_pipe("geomap_line_sentences")).gazetteer = gazetteer
    known = KnownWords.of(nlp)
    assert all(known(w) for w in ["Zaporizhzhia", "backed", "Russian", "wars", "fought"])
    assert not any(known(w) for w in ["zapo", "russianbacked", "backs", "warred"])
    text = "Russian-\nbacked forces left Zapo-\nrizhzhia for the war-\ns"
    assert model_text(text, known).text == "Russian-backed forces left Zaporizhzhia for the wars"


_LOWER = st.text("abcdefgh", min_size=1, max_size=5)


@given(st.lists(st.tuples(_LOWER, st.sampled_from(["-\n", "\u00ad\n", "- \n ", " "]), _LOWER)))
def test_every_character_read_from_cut_words_maps_back_to_itself(
    parts: list[tuple[str, str, str]],
) -> None:
    text = " ".join(a + cut + b for a, cut, b in parts)
    read = model_text(text)
    for i, char in enumerate(read.text):
        if not char.isspace():
            assert text[read.offsets.start(i)] == char
    words = " ".join(a + b if cut != " " else f"{a} {b}" for a, cut, b in parts)
    assert read.text.split() == words.split()


def test_the_recogniser_finds_a_name_cut_at_a_line_end() -> None:
    gazetteer = Gazetteer.from_places(
        [_p("706483", "Kharkiv", "city", "UA", 36.25, 49.98, population=1_433_886)]
    )
    text = "Обстріл Хар-\nкова тривав."
    read = model_text(text, KnownWords(gazetteer))
    assert recognise(gazetteer, "uk", read.text) == ["Харкова"]
