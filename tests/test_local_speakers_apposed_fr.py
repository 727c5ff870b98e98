"""French sources whose name the parser left out of the phrase (round 73, fx73s).

"…, a annoncé le ministre suédois de la Défense, Pål Jonson.": the model hung the
name after the comma on the verb (``obl:mod``), the speaker was the bare office;
"…, a déclaré le porte-parole des FSR, le général de brigade X Y, dans une vidéo":
the body was the speaker; "a-t-il déclaré": the model read "-t" as the subject and
"-il" as ``expl:comp``.  Parses are the model's (``fr_core_news_md``), given as
:class:`Word` lists on ``spacy.blank`` docs as in ``test_local_speakers_incise_dateline``.
"""

from __future__ import annotations

from test_local_speakers_incise_dateline import Row, _speaker, _words

from geomap.claims.local_cues import subject
from geomap.claims.local_lexicon import FRENCH

ANNOUNCED: list[Row] = [
    ("La", "le", "DET", "det", 1, ""),
    ("Norvège", "norvège", "PROPN", "nsubj", 2, "LOC"),
    ("envoie", "envoyer", "VERB", "advcl", 6, ""),
    ("des", "un", "DET", "det", 4, ""),
    ("troupes", "troupe", "NOUN", "obj", 2, ""),
    (",", ",", "PUNCT", "punct", 6, ""),
    ("annonce", "annoncer", "VERB", "root", 6, ""),
    ("le", "le", "DET", "det", 8, ""),
    ("ministre", "ministre", "NOUN", "obj", 6, ""),
    ("norvégien", "norvégien", "ADJ", "amod", 8, ""),
    (",", ",", "PUNCT", "punct", 6, ""),
    ("Tore", "tore", "PROPN", "obl:mod", 6, ""),
    ("Sandvik", "sandvik", "PROPN", "flat:name", 11, ""),
    (".", ".", "PUNCT", "punct", 6, ""),
]


def test_a_name_closing_the_sentence_after_the_office_is_the_speaker() -> None:
    assert _speaker("fr", FRENCH, [ANNOUNCED], "Norvège", []) == "Tore Sandvik"


SPOKESMAN: list[Row] = [
    ("Kassala", "kassala", "PROPN", "nsubj", 1, "LOC"),
    ("tombe", "tomber", "VERB", "root", 1, ""),
    (",", ",", "PUNCT", "punct", 3, ""),
    ("déclare", "déclarer", "VERB", "parataxis", 1, ""),
    ("le", "le", "DET", "det", 5, ""),
    ("porte-parole", "porte-parole", "NOUN", "nsubj", 3, ""),
    ("des", "de", "ADP", "case", 7, ""),
    ("FSR", "fsr", "PROPN", "nmod", 5, "ORG"),
    (",", ",", "PUNCT", "punct", 10, ""),
    ("le", "le", "DET", "det", 10, ""),
    ("général", "général", "NOUN", "appos", 5, ""),
    ("de", "de", "ADP", "case", 12, ""),
    ("brigade", "brigade", "NOUN", "nmod", 10, ""),
    ("Omar", "omar", "PROPN", "appos", 10, ""),
    ("Hadi", "hadi", "PROPN", "flat:name", 13, ""),
    (",", ",", "PUNCT", "punct", 18, ""),
    ("dans", "dans", "ADP", "case", 18, ""),
    ("une", "un", "DET", "det", 18, ""),
    ("vidéo", "vidéo", "NOUN", "obl:mod", 3, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def test_a_spokesman_named_after_a_titled_comma_is_the_person_not_the_body() -> None:
    assert _speaker("fr", FRENCH, [SPOKESMAN], "Kassala", []) == "Omar Hadi"


INCISE_IL: list[Row] = [
    ("«", "«", "PUNCT", "punct", 2, ""),
    ("Visby", "visby", "PROPN", "nsubj", 2, "LOC"),
    ("tient", "tenir", "VERB", "root", 2, ""),
    ("»", "»", "PUNCT", "punct", 2, ""),
    (",", ",", "PUNCT", "punct", 8, ""),
    ("a", "avoir", "AUX", "aux:tense", 8, ""),
    ("-t", "-t", "PRON", "nsubj", 8, ""),
    ("-il", "il", "PRON", "expl:comp", 8, ""),
    ("déclaré", "déclarer", "VERB", "advcl", 2, ""),
    (".", ".", "PUNCT", "punct", 8, ""),
]


def test_il_read_as_an_expletive_complement_is_the_subject() -> None:
    assert subject(_words(INCISE_IL, 0), 8, FRENCH) == 7  # "-il" (was none: "-t" dropped)


def test_a_bracket_left_open_and_a_dateline_before_a_role_are_cut() -> None:
    from geomap.claims.local_sources import _closed, _past_dateline

    assert _closed("Les Forces de soutien rapide (FSR", 40) == ("Les Forces de soutien rapide", 35)
    assert _closed("les Forces (FSR)", 16) == ("les Forces (FSR)", 16)
    assert _past_dateline("2 декабря (ТАСС) - Президент Азербайджана") == "Президент Азербайджана"
    assert _past_dateline("ministre (par intérim) de la Défense") == (
        "ministre (par intérim) de la Défense"
    )
