"""French incises after a quotation and Russian datelines (geomap.claims.local_frames).

"« La Russie menace la Transnistrie », a-t-elle déclaré à Chisinau": the euphonic "-t"
is no subject, "elle" is the person last named, and the verb of the quotation is the
quoted words, not a source for the places of the sentence; "РИГА – Александр Лукашенко
заявил в Минске": natasha hangs the speaker on the dateline as its apposition.  Parses
are given as :class:`Word` lists on ``spacy.blank`` docs (no model).
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.tokens import Doc, Span

from geomap.claims.local_cues import subject
from geomap.claims.local_frames import DocSources
from geomap.claims.local_lexicon import FRENCH, RUSSIAN, SayingWords
from geomap.claims.local_syntax import Word
from geomap.extensions import register_extensions

# (text, lemma, pos, dep, head, ent) per word
Row = tuple[str, str, str, str, int, str]


@dataclass
class _Owner:
    """The parts of :class:`~geomap.claims.local_attribution.LocalAttribution` used."""

    lex: SayingWords
    sentences: list[list[Row]]
    parser: str = "spacy"
    window: int = 3

    def words(self, sents: list[Span], text: str) -> list[list[Word]]:
        out = []
        for sent in sents:
            k = [s.start_char for s in sent.doc.sents].index(sent.start_char)
            out.append(_words(self.sentences[k], sent.start_char))
        return out


def _words(rows: list[Row], base: int) -> list[Word]:
    out, at = [], base
    for text, lemma, pos, dep, head, ent in rows:
        out.append(Word(text, lemma, pos, dep, head, at, at + len(text), ent))
        at += len(text) + 1
    return out


def _doc(lang: str, sentences: list[list[Row]], persons: list[str]) -> Doc:
    register_extensions()
    words = [r[0] for s in sentences for r in s]
    starts = [n == 0 for s in sentences for n in range(len(s))]
    doc = Doc(spacy.blank(lang).vocab, words=words, sent_starts=starts)
    text = doc.text
    doc.ents = [doc.char_span(text.index(p), text.index(p) + len(p), "PER") for p in persons]
    return doc


def _speaker(
    lang: str, lex: SayingWords, sentences: list[list[Row]], place: str, persons: list[str]
) -> str | None:
    doc = _doc(lang, sentences, persons)
    start = doc.text.index(place)
    span = doc.char_span(start, start + len(place))
    assert span is not None
    DocSources(_Owner(lex, sentences), doc).annotate([span])  # type: ignore[arg-type]
    return None if span._.source is None else span._.source.name


SANDU: list[Row] = [
    ("La", "le", "DET", "det", 1, ""),
    ("présidente", "président", "NOUN", "nsubj", 4, ""),
    ("Maia", "maia", "PROPN", "appos", 1, "PER"),
    ("Sandu", "sandu", "PROPN", "flat:name", 2, "PER"),
    ("reçoit", "recevoir", "VERB", "root", 4, ""),
    (".", ".", "PUNCT", "punct", 4, ""),
]
INCISE: list[Row] = [
    ("«", "«", "PUNCT", "punct", 2, ""),
    ("Moscou", "moscou", "PROPN", "nsubj", 2, "LOC"),
    ("menace", "menacer", "VERB", "root", 2, ""),
    ("»", "»", "PUNCT", "punct", 2, ""),
    (",", ",", "PUNCT", "punct", 8, ""),
    ("a", "avoir", "AUX", "aux:tense", 8, ""),
    ("-t", "-t", "PRON", "nsubj", 8, ""),
    ("-elle", "lui", "PRON", "nsubj", 8, ""),
    ("déclaré", "déclarer", "VERB", "advcl", 2, ""),
    ("à", "à", "ADP", "case", 10, ""),
    ("Chisinau", "chisinau", "PROPN", "obl:mod", 8, "LOC"),
    (".", ".", "PUNCT", "punct", 8, ""),
]


def test_the_euphonic_t_is_no_subject() -> None:
    words = _words(INCISE, 0)
    assert subject(words, 8, FRENCH) == 7  # "-elle", not "-t"


def test_an_incise_outranks_the_verb_of_the_quotation_it_closes() -> None:
    # the place where she said it and the place in her quotation are both Maia Sandu's
    sentences = [SANDU, INCISE]
    assert _speaker("fr", FRENCH, sentences, "Chisinau", ["Maia Sandu"]) == "Maia Sandu"
    assert _speaker("fr", FRENCH, sentences, "Moscou", ["Maia Sandu"]) == "Maia Sandu"


DATELINE: list[Row] = [
    ("РИГА", "рига", "NOUN", "nsubj", 4, "LOC"),
    ("–", "–", "PUNCT", "punct", 2, ""),
    ("Александр", "александр", "NOUN", "appos", 0, "PER"),
    ("Лукашенко", "лукашенко", "PROPN", "flat:name", 2, "PER"),
    ("заявил", "заявить", "VERB", "root", 4, ""),
    ("в", "в", "ADP", "case", 6, ""),
    ("Минске", "минск", "PROPN", "obl", 4, "LOC"),
    (".", ".", "PUNCT", "punct", 4, ""),
]


def test_a_speaker_hung_on_the_dateline_speaks() -> None:
    name = _speaker("ru", RUSSIAN, [DATELINE], "Минске", ["Александр Лукашенко"])
    assert name == "Александр Лукашенко"


HEADLINE: list[Row] = [
    ("Lavrov", "lavrov", "PROPN", "root", 0, "PER"),
    (":", ":", "PUNCT", "punct", 0, ""),
    ("la", "le", "DET", "det", 3, ""),
    ("Baltique", "baltique", "PROPN", "nsubj", 4, "LOC"),
    ("veut", "vouloir", "VERB", "parataxis", 0, ""),
    ("Kaliningrad", "kaliningrad", "PROPN", "obj", 4, "LOC"),
]


def test_a_headline_name_before_its_colon_speaks() -> None:
    # "Lavrov : …" in French typography has a space before the colon; here none
    assert _speaker("fr", FRENCH, [HEADLINE], "Kaliningrad", ["Lavrov"]) == "Lavrov"
    assert _speaker("fr", FRENCH, [HEADLINE], "Kaliningrad", []) is None  # no person named


def test_a_russian_name_is_read_by_its_morphology() -> None:
    from natasha import MorphVocab

    from geomap.claims.name_cases import is_name

    vocab = MorphVocab()
    assert is_name("Лавров", vocab) and is_name("Мария Захарова", vocab)
    assert not is_name("Прибалтика", vocab) and not is_name("Кремль", vocab)


def test_a_verb_left_without_subject_takes_the_noun_hung_on_the_dateline() -> None:
    # natasha's other parse: "РИГА" its own head, the verb without a subject
    rows = [("РИГА", "рига", "PROPN", "appos", 0, "LOC"), *DATELINE[1:]]
    rows[4] = ("заявил", "заявить", "VERB", "root", 4, "")
    assert (
        _speaker("ru", RUSSIAN, [rows], "Минске", ["Александр Лукашенко"]) == "Александр Лукашенко"
    )


def _first(rows: list[tuple[str, str, str, str, int, str]]):  # type: ignore[no-untyped-def]
    from geomap.claims.local_cues import cues
    from geomap.claims.local_sources import speaker

    ws = _words(rows, 0)
    found = [c for c in cues(ws, FRENCH) if c.source is not None]
    assert found
    return speaker(ws, found[0].source, found[0], " ".join(r[0] for r in rows), FRENCH)


def test_a_warning_verb_and_a_name_after_a_title_closing_the_sentence() -> None:
    # « … », a prévenu leur porte-parole militaire, Ali Nasser.
    warned = [
        ("«", "«", "PUNCT", "punct", 2, ""), ("Tout", "tout", "DET", "det", 2, ""),
        ("navire", "navire", "NOUN", "nsubj", 5, ""), ("sera", "être", "AUX", "cop", 5, ""),
        ("une", "un", "DET", "det", 5, ""), ("cible", "cible", "NOUN", "root", 5, ""),
        ("»", "»", "PUNCT", "punct", 5, ""), (",", ",", "PUNCT", "punct", 9, ""),
        ("a", "avoir", "AUX", "aux:tense", 9, ""),
        ("prévenu", "prévenir", "VERB", "parataxis", 5, ""),
        ("leur", "son", "DET", "det", 11, ""),
        ("porte-parole", "porte-parole", "NOUN", "nsubj", 9, ""),
        (",", ",", "PUNCT", "punct", 11, ""), ("Ali", "ali", "PROPN", "appos", 11, "PER"),
        ("Nasser", "nasser", "PROPN", "flat:name", 13, "PER"), (".", ".", "PUNCT", "punct", 9, ""),
    ]  # fmt: skip
    s = _first(warned)
    assert (s.name, s.lemma) == ("Ali Nasser", "prévenir")
    # …, a indiqué le ministre de la Défense, le général Issa Kane. ("général" misparsed)
    said = [
        ("Une", "un", "DET", "det", 1, ""), ("force", "force", "NOUN", "nsubj", 2, ""),
        ("arrive", "arriver", "VERB", "root", 2, ""), (",", ",", "PUNCT", "punct", 5, ""),
        ("a", "avoir", "AUX", "aux:tense", 5, ""),
        ("indiqué", "indiquer", "VERB", "parataxis", 2, ""), ("le", "le", "DET", "det", 7, ""),
        ("ministre", "ministre", "NOUN", "nsubj", 5, "ORG"), ("de", "de", "ADP", "case", 10, "ORG"),
        ("la", "le", "DET", "det", 10, "ORG"), ("Défense", "défense", "NOUN", "nmod", 7, "ORG"),
        (",", ",", "PUNCT", "punct", 13, ""), ("le", "le", "DET", "det", 13, ""),
        ("général", "général", "NOUN", "conj", 2, ""),
        ("Issa", "issa", "PROPN", "appos", 13, "PER"),
        ("Kane", "kane", "PROPN", "flat:name", 14, "PER"), (".", ".", "PUNCT", "punct", 2, ""),
    ]  # fmt: skip
    s = _first(said)
    assert s.name == "Issa Kane" and "ministre de la Défense" in s.role


def test_pour_and_a_person_before_a_quotation_is_a_view() -> None:
    # Pour Marc Lenoir, chercheur, « le détroit est dangereux ».
    view = [
        ("Pour", "pour", "ADP", "case", 1, ""), ("Marc", "marc", "PROPN", "obl:mod", 10, "PER"),
        ("Lenoir", "lenoir", "PROPN", "flat:name", 1, "PER"), (",", ",", "PUNCT", "punct", 4, ""),
        ("chercheur", "chercheur", "NOUN", "appos", 1, ""), (",", ",", "PUNCT", "punct", 4, ""),
        ("«", "«", "PUNCT", "punct", 4, ""), ("le", "le", "DET", "det", 8, ""),
        ("détroit", "détroit", "NOUN", "nsubj", 10, ""), ("est", "être", "AUX", "cop", 10, ""),
        ("dangereux", "dangereux", "ADJ", "root", 10, ""), ("»", "»", "PUNCT", "punct", 10, ""),
    ]  # fmt: skip
    assert _first(view).name == "Marc Lenoir"
    # "Pour la première fois, « … »": no person, no view
    from geomap.claims.local_cues import opening_view

    first = [("Pour", "pour", "ADP", "case", 2, ""), ("la", "le", "DET", "det", 2, ""),
             ("fois", "fois", "NOUN", "obl:mod", 2, ""), (",", ",", "PUNCT", "punct", 2, ""),
             ("«", "«", "PUNCT", "punct", 2, "")]  # fmt: skip
    assert opening_view(_words(first, 0), 0) is None


def test_repeter_is_a_verb_of_saying() -> None:
    assert FRENCH.cue.search("le président a répété que")
    assert "répéter" in FRENCH.saying and "prévenir" in FRENCH.saying
