"""French and Russian source phrases: the comma that closes them, a name after an office.

Parses are given as :class:`Word` lists, as in :mod:`tests.test_local_speakers`.
"""

from __future__ import annotations

from geomap.claims.local_cues import cues
from geomap.claims.local_lexicon import FRENCH, RUSSIAN
from geomap.claims.local_sources import speaker
from geomap.claims.local_syntax import Word
from tests.test_local_speakers import Row, _russian, first_speaker, words

# "Selon le ministre roumain de la Défense Ionuț Moșteanu, des soldats seront postés près de
# Tulcea": the parser hangs "soldats" on "ministre", the model labels the name MISC.
MINISTER: list[Row] = [
    ("Selon", "selon", "ADP", "case", 2, ""),
    ("le", "le", "DET", "det", 2, ""),
    ("ministre", "ministre", "NOUN", "nsubj:pass", 13, ""),
    ("roumain", "roumain", "ADJ", "amod", 2, ""),
    ("de", "de", "ADP", "case", 6, ""),
    ("la", "le", "DET", "det", 6, ""),
    ("Défense", "défense", "NOUN", "nmod", 2, "MISC"),
    ("Ionuț", "ionuț", "PROPN", "nmod", 2, "MISC"),
    ("Moșteanu", "moșteanu", "PROPN", "nmod", 2, "MISC"),
    (",", ",", "PUNCT", "punct", 2, ""),
    ("des", "de", "ADP", "case", 11, ""),
    ("soldats", "soldat", "NOUN", "nmod", 2, ""),
    ("seront", "être", "AUX", "aux:pass", 13, ""),
    ("postés", "poster", "VERB", "root", 13, ""),
    ("près", "près", "ADV", "advmod", 13, ""),
    ("de", "de", "ADP", "case", 16, ""),
    ("Tulcea", "tulcea", "PROPN", "obl:mod", 13, "LOC"),
]

# "Selon le gouverneur de la région d'Odessa, Oleh Kiper, deux chauffeurs ont été blessés":
# the name is labelled LOC and its surname read as "dep" of its first name.
GOVERNOR: list[Row] = [
    ("Selon", "selon", "ADP", "case", 2, ""),
    ("le", "le", "DET", "det", 2, ""),
    ("gouverneur", "gouverneur", "NOUN", "obl:mod", 16, ""),
    ("de", "de", "ADP", "case", 5, ""),
    ("la", "le", "DET", "det", 5, ""),
    ("région", "région", "NOUN", "nmod", 2, ""),
    ("de", "de", "ADP", "case", 7, ""),
    ("Odessa", "odessa", "PROPN", "nmod", 5, "LOC"),
    (",", ",", "PUNCT", "punct", 2, ""),
    ("Oleh", "oleh", "PROPN", "nmod", 2, "LOC"),
    ("Kiper", "kiper", "PROPN", "dep", 9, "LOC"),
    (",", ",", "PUNCT", "punct", 16, ""),
    ("deux", "deux", "NUM", "nummod", 13, ""),
    ("chauffeurs", "chauffeur", "NOUN", "nsubj:pass", 16, ""),
    ("ont", "avoir", "AUX", "aux:tense", 16, ""),
    ("été", "être", "AUX", "aux:pass", 16, ""),
    ("blessés", "blesser", "VERB", "root", 16, ""),
]


def test_the_comma_after_selon_x_closes_the_source_phrase() -> None:
    s = first_speaker(MINISTER)
    assert "soldats" not in s.phrase
    assert s.phrase == "le ministre roumain de la Défense Ionuț Moșteanu"


def test_proper_nouns_ending_an_office_phrase_are_the_persons_name() -> None:
    s = first_speaker(MINISTER)
    assert (s.name, s.role, s.kind) == (
        "Ionuț Moșteanu",
        "ministre roumain de la Défense",
        "person",
    )


def test_a_name_between_two_commas_after_selon_x_stays_whole_and_is_the_person() -> None:
    s = first_speaker(GOVERNOR)
    assert (s.name, s.role, s.kind) == ("Oleh Kiper", "gouverneur de la région de Odessa", "person")


def test_words_after_a_comma_that_opens_no_name_are_not_the_source() -> None:
    rows = [
        r if n != 9 else ("Kiev", "kiev", "PROPN", "nmod", 2, "LOC") for n, r in enumerate(GOVERNOR)
    ]
    rows = [r if n != 10 else ("tient", "tenir", "VERB", "dep", 9, "") for n, r in enumerate(rows)]
    s = first_speaker(rows)
    assert (s.name, s.kind) == ("le gouverneur de la région de Odessa", "person")


def test_a_place_after_an_office_is_no_name_without_commas() -> None:
    rows: list[Row] = [
        ("Глава", "глава", "NOUN", "nsubj", 3, ""),
        ("Минобороны", "минобороны", "PROPN", "nmod", 0, "ORG"),
        ("России", "россия", "PROPN", "nmod", 1, "LOC"),
        ("заявил", "заявить", "VERB", "root", 3, ""),
    ]

    s = first_speaker(rows, RUSSIAN)
    assert (s.name, s.role) == ("Глава Минобороны России", "")


def _laid_on(rows: list[Row], text: str) -> list[Word]:
    """``rows`` as words at their places in ``text`` (spaces only where it has them)."""
    out, at = [], 0
    for t, lemma, pos, dep, head, ent in rows:
        at = text.index(t, at)
        out.append(Word(t, lemma, pos, dep, head, at, at + len(t), ent))
        at += len(t)
    return out


def test_a_hyphenated_apposed_name_is_one_name() -> None:
    text = "Selon le préfet, Georges-François Leclerc, Lille ferme"
    rows: list[Row] = [
        ("Selon", "selon", "ADP", "case", 2, ""),
        ("le", "le", "DET", "det", 2, ""),
        ("préfet", "préfet", "NOUN", "obl:mod", 10, ""),
        (",", ",", "PUNCT", "punct", 4, ""),
        ("Georges", "georges", "PROPN", "conj", 2, "PER"),
        ("-", "-", "PROPN", "conj", 2, "PER"),
        ("François", "françois", "PROPN", "nmod", 2, "PER"),
        ("Leclerc", "leclerc", "PROPN", "flat:name", 6, "PER"),
        (",", ",", "PUNCT", "punct", 10, ""),
        ("Lille", "lille", "PROPN", "nsubj", 10, "LOC"),
        ("ferme", "fermer", "VERB", "root", 10, ""),
    ]
    ws = _laid_on(rows, text)
    found = [c for c in cues(ws, FRENCH) if c.source is not None]
    s = speaker(ws, found[0].source, found[0], text, FRENCH)
    assert (s.name, s.role, s.kind) == ("Georges-François Leclerc", "préfet", "person")


def test_a_role_between_commas_after_a_persons_name_is_kept_and_what_follows_is_not() -> None:
    rows: list[Row] = [
        ("Selon", "selon", "ADP", "case", 1, ""),
        ("Jean", "jean", "PROPN", "nsubj", 12, "PER"),
        ("Dupont", "dupont", "PROPN", "flat:name", 1, "PER"),
        (",", ",", "PUNCT", "punct", 1, ""),
        ("maire", "maire", "NOUN", "appos", 1, ""),
        ("de", "de", "ADP", "case", 6, ""),
        ("Lyon", "lyon", "PROPN", "nmod", 4, "LOC"),
        (",", ",", "PUNCT", "punct", 1, ""),
        ("la", "le", "DET", "det", 9, ""),
        ("ville", "ville", "NOUN", "appos", 1, "LOC"),
        ("de", "de", "ADP", "case", 11, ""),
        ("Lyon", "lyon", "PROPN", "nmod", 9, "LOC"),
        ("est", "être", "AUX", "cop", 12, ""),
        ("prête", "prêt", "ADJ", "root", 12, ""),
    ]
    s = first_speaker(rows)
    assert (s.name, s.role, s.kind) == ("Jean Dupont", "maire de Lyon", "person")


def test_kak_soobshchil_x_is_the_source_of_the_clause_it_hangs_from() -> None:
    text = "Как сообщил глава МИД Эмиль Хурезяну , Бухарест потребует объяснений ."
    rows: list[Row] = [
        ("Как", "как", "CCONJ", "mark", 1, ""),
        ("сообщил", "сообщить", "VERB", "parataxis", 8, ""),
        ("глава", "глава", "NOUN", "nsubj", 1, ""),
        ("МИД", "мид", "PROPN", "nmod", 2, "ORG"),
        ("Эмиль", "эмиль", "PROPN", "appos", 2, "PER"),
        ("Хурезяну", "хурезян", "PROPN", "flat:name", 4, "PER"),
        (",", ",", "PUNCT", "punct", 1, ""),
        ("Бухарест", "бухарест", "PROPN", "nsubj", 8, "LOC"),
        ("потребует", "потребовать", "VERB", "root", 8, ""),
        ("объяснений", "объяснение", "NOUN", "obj", 8, ""),
        (".", ".", "PUNCT", "punct", 8, ""),
    ]
    source = _russian(text, ["Бухарест"], rows).spans["toponyms"][0]._.source
    assert (source.name, source.role, source.verb) == ("Эмиль Хурезяну", "глава МИД", "сообщил")


def test_a_clause_of_saying_without_kak_keeps_its_own_scope() -> None:
    rows: list[Row] = [
        ("Глава", "глава", "NOUN", "nsubj", 1, ""),
        ("сообщил", "сообщить", "VERB", "parataxis", 4, ""),
        (",", ",", "PUNCT", "punct", 1, ""),
        ("Бухарест", "бухарест", "PROPN", "nsubj", 4, "LOC"),
        ("потребует", "потребовать", "VERB", "root", 4, ""),
    ]
    said = cues(words(rows), RUSSIAN)
    assert [c.scope for c in said] == [1, 4]


def test_kak_soobshchil_x_after_its_clause_is_still_its_source() -> None:
    text = "Бухарест потребует объяснений , как сообщил глава МИД ."
    rows: list[Row] = [
        ("Бухарест", "бухарест", "PROPN", "nsubj", 1, "LOC"),
        ("потребует", "потребовать", "VERB", "root", 1, ""),
        ("объяснений", "объяснение", "NOUN", "obj", 1, ""),
        (",", ",", "PUNCT", "punct", 5, ""),
        ("как", "как", "SCONJ", "mark", 5, ""),
        ("сообщил", "сообщить", "VERB", "advcl", 1, ""),
        ("глава", "глава", "NOUN", "nsubj", 5, ""),
        ("МИД", "мид", "PROPN", "nmod", 6, "ORG"),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    source = _russian(text, ["Бухарест"], rows).spans["toponyms"][0]._.source
    assert (source.name, source.verb) == ("глава МИД", "сообщил")


def test_a_body_told_in_an_oblique_case_has_its_dictionary_form_as_entity() -> None:
    text = "— сказали в министерстве обороны в Бухаресте ."
    rows: list[Row] = [
        ("—", "—", "PUNCT", "punct", 1, ""),
        ("сказали", "сказать", "VERB", "root", 1, ""),
        ("в", "в", "ADP", "case", 3, ""),
        ("министерстве", "министерство", "NOUN", "obl", 1, ""),
        ("обороны", "оборона", "NOUN", "nmod", 3, ""),
        ("в", "в", "ADP", "case", 6, ""),
        ("Бухаресте", "бухарест", "PROPN", "nmod", 3, "LOC"),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    source = _russian(text, ["Бухаресте"], rows).spans["toponyms"][0]._.source
    # round 73: the name too is in the nominative (geomap.claims.body_cases); its offsets
    # are those of the name as written
    assert (source.name, source.kind) == ("министерство обороны", "government")
    assert text[source.start : source.end] == "министерстве обороны"
    assert source.entity == "министерство обороны"
