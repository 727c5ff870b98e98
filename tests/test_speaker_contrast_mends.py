"""A clause after "но" has its own speaker; a model's sentence start after a word is undone.

"Власти … предложили помощь, но Новак заявил, что …": natasha reads the surname as an
adjective, so the conjoined verb borrowed its head's subject and the claim flipped
sides; and the clause before "но" is not Новак's.  "… a rappelé le ministre Andrii |
Sybiha à Paris": the French ``senter`` started a sentence inside a name.  Parses are
given as :class:`Word` lists; docs are ``spacy.blank`` (no model).
"""

from __future__ import annotations

import spacy

from geomap.claims.local_cues import contrasted, subject
from geomap.claims.local_lexicon import RUSSIAN
from geomap.claims.local_syntax import Word
from geomap.extensions import register_extensions
from geomap.nlp.senter_mends import mend_sentences

# "Власти Чехии предложили помощь, но Новак заявил, что Брно ..."
_ROWS = [
    ("Власти", "власть", "NOUN", "nsubj", 2),
    ("Чехии", "чехия", "PROPN", "nmod", 0),
    ("предложили", "предложить", "VERB", "root", 2),
    ("помощь", "помощь", "NOUN", "obj", 2),
    (",", ",", "PUNCT", "punct", 7),
    ("но", "но", "CCONJ", "cc", 7),
    ("Новак", "новак", "ADJ", "nsubj", 7),
    ("заявил", "заявить", "VERB", "conj", 2),
]


def _words() -> list[Word]:
    out, at = [], 0
    for text, lemma, pos, dep, head in _ROWS:
        out.append(Word(text, lemma, pos, dep, head, at, at + len(text)))
        at += len(text) + 1
    return out


def test_a_conjoined_verb_with_its_own_subject_borrows_none() -> None:
    assert subject(_words(), 7, RUSSIAN) is None  # was 0: "Власти" spoke for Новак


def test_the_clause_before_a_contrast_is_not_the_later_verbs() -> None:
    words = _words()
    assert contrasted(words, 7, words[1].start)  # "Чехии": before "но"
    assert not contrasted(words, 7, words[6].start + 20)  # after it


def _doc(text: str, breaks: tuple[int, ...]) -> spacy.tokens.Doc:
    register_extensions()
    doc = spacy.blank("fr")(text)
    doc._.line_breaks = breaks
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or tok.text in ("Sybiha", "Moscou")
    return doc


def test_a_sentence_start_right_after_a_word_is_taken_back() -> None:
    text = "Elle reste ukrainienne, a rappelé le ministre Andrii Sybiha à Paris. Moscou dément."
    doc = mend_sentences(_doc(text, ()))
    assert [s.text for s in doc.sents] == [
        "Elle reste ukrainienne, a rappelé le ministre Andrii Sybiha à Paris.",
        "Moscou dément.",
    ]


def test_a_start_after_a_line_break_stays() -> None:
    text = "Le ministre Andrii Sybiha arrive"  # the doc's text: line breaks read as spaces
    doc = mend_sentences(_doc(text, (text.index(" Sybiha"),)))
    assert doc[3].text == "Sybiha" and doc[3].is_sent_start
