"""The listener a Russian verb of saying names before its speaker does not speak.

"…, — рассказал Би-би-си житель Одессы Иван": natasha reads both "Би-би-си" and
"житель" as subjects of the verb; the first is the one told
(geomap.claims.local_addressees).  Parses are :class:`Word` lists, as in
:mod:`tests.test_local_speakers`.
"""

from __future__ import annotations

from geomap.claims.local_lexicon import RUSSIAN
from tests.test_local_speakers import Row, first_speaker


def _told(join: list[Row]) -> list[Row]:
    """ "«Дрон упал у порта», — рассказал Би-би-си JOIN житель Одессы Иван ." """
    k = len(join)
    return [
        ("«", "«", "PUNCT", "punct", 2, ""),
        ("Дрон", "дрон", "NOUN", "nsubj", 2, ""),
        ("упал", "упасть", "VERB", "root", 2, ""),
        ("у", "у", "ADP", "case", 4, ""),
        ("порта", "порт", "NOUN", "obl", 2, ""),
        ("»", "»", "PUNCT", "punct", 2, ""),
        (",", ",", "PUNCT", "punct", 8, ""),
        ("—", "—", "PUNCT", "punct", 8, ""),
        ("рассказал", "рассказать", "VERB", "parataxis", 2, ""),
        ("Би-би-си", "би-би-си", "PROPN", "nsubj", 8, "ORG"),
        *join,
        ("житель", "житель", "NOUN", "nsubj", 8, ""),
        ("Одессы", "одесса", "PROPN", "nmod", 10 + k, "LOC"),
        ("Иван", "иван", "PROPN", "appos", 10 + k, "PER"),
        (".", ".", "PUNCT", "punct", 2, ""),
    ]


def test_the_outlet_told_is_no_speaker() -> None:
    s = first_speaker(_told([]), RUSSIAN)
    assert s is not None and s.name == "Иван" and "житель" in s.role, s


def test_two_subjects_joined_by_and_keep_the_first() -> None:
    s = first_speaker(_told([("и", "и", "CCONJ", "cc", 10, "")]), RUSSIAN)
    assert s is not None and "Би-би-си" in s.name, s
