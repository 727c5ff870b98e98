"""Dates written out in the other languages geomap reads ("1 марта 2024", "1. März 2024").

:func:`geomap.dates.parse_date` reads ISO 8601, RFC 2822 and English dates; a
French, German, Polish, Russian or Ukrainian outlet writes its month as a word, in
the genitive where the language declines it ("marca", "березня").  Months are
matched by the start of the word, so every case form and the usual abbreviations
("févr.", "Dez.", "окт.") are read.  A month and year alone ("März 2024", "в марте
2024 года", "w marcu 2024", "en mars 2024") is ``"YYYY-MM"``, as
:func:`geomap.dates.parse_date` gives "March 2024" (:func:`local_month`).
"""

from __future__ import annotations

import re

#: Month number -> the starts of its names in fr, de, pl, ru, uk (lower case).
#: Provenance: the month names of the Unicode CLDR (``format`` and ``stand-alone``,
#: ``wide`` and ``abbreviated``: "listopada", "lis", "ноября", "лист.") as Babel ships
#: them, each matched by a start here (tests/test_local_dates.py checks every one
#: against Babel's CLDR data); the spellings without diacritics ("fevr", "maerz",
#: "pazd", "aout") are how pages written without them spell the same names.
_MONTH_STARTS: dict[int, tuple[str, ...]] = {
    1: ("janv", "jän", "jan", "stycz", "sty", "янв", "січ"),
    2: ("févr", "fevr", "feb", "lut", "фев", "лют"),
    3: ("mars", "märz", "maerz", "mär", "marz", "marc", "mar", "мар", "берез", "бер"),
    4: ("avr", "apr", "kwie", "kwi", "апр", "квіт"),
    5: ("mai", "maj", "мая", "май", "трав"),
    6: ("juin", "jun", "czerw", "cze", "июн", "черв"),
    7: ("juil", "jul", "lip", "июл", "лип"),
    8: ("août", "aout", "aug", "sierp", "sie", "авг", "серп"),
    9: ("sept", "sep", "wrze", "wrz", "сен", "верес", "вер"),
    10: ("oct", "okt", "paźd", "paź", "pazd", "окт", "жовт"),
    11: ("nov", "listop", "list", "lis", "ноя", "листоп", "лист"),
    12: ("déc", "dec", "dez", "grud", "gru", "дек", "груд"),
}
_STARTS = sorted(
    ((start, month) for month, starts in _MONTH_STARTS.items() for start in starts),
    key=lambda item: -len(item[0]),
)
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:er)?\.?\s+([^\W\d_]{3,})\.?,?\s+(\d{4})(?!\d)"
    r"(?:\D{0,12}?(\d{1,2})[:h](\d{2}))?"
)


#: Month number -> its names in full, in every case a month and year alone is written in
#: (fr, de, pl, ru, uk): a lone "Word 2024" is a month only if the word is one of these, so
#: "Marseille 2024" or "Junior 2024" is no date (the day-month-year form reads starts).
#: Provenance: CLDR's wide month names, ``format`` (genitive: "marca", "марта") and
#: ``stand-alone`` (nominative: "marzec", "март"), as Babel ships them (checked by
#: tests/test_local_dates.py); the locative ("w marcu", "в марте", "у березні"), which
#: CLDR does not give, from each language's declension of the nominative.
_MONTH_WORDS: dict[int, str] = {
    1: "janvier januar jänner styczeń stycznia styczniu январь января январе січень січня січні",
    2: "février fevrier februar luty lutego lutym февраль февраля феврале лютий лютого лютому",
    3: "mars märz maerz marzec marca marcu март марта марте березень березня березні",
    4: "avril april kwiecień kwietnia kwietniu апрель апреля апреле квітень квітня квітні",
    5: "mai maj maja maju май мая мае травень травня травні",
    6: "juin juni czerwiec czerwca czerwcu июнь июня июне червень червня червні",
    7: "juillet juli lipiec lipca lipcu июль июля июле липень липня липні",
    8: "août aout august sierpień sierpnia sierpniu август августа августе серпень серпня серпні",
    9: "septembre september wrzesień września wrześniu сентябрь сентября сентябре вересень "
    "вересня вересні",
    10: "octobre oktober październik października październiku октябрь октября октябре "
    "жовтень жовтня жовтні",
    11: "novembre november listopad listopada listopadzie ноябрь ноября ноябре листопад "
    "листопада листопаді",
    12: "décembre decembre dezember grudzień grudnia grudniu декабрь декабря декабре грудень "
    "грудня грудні",
}
_MONTH_OF_WORD = {w: m for m, words in _MONTH_WORDS.items() for w in words.split()}

#: A month and year as the whole value: a short preposition before ("im", "в", "w",
#: "en", "у"), the word for "year" after ("года", "г.", "року", "р.", "roku", "r.").
_MONTH_YEAR = re.compile(
    r"(?:[^\W\d_]{1,2}\s+)?([^\W\d_]{3,})\.?\s+(\d{4})"
    r"(?:\s+(?:года|году|г|року|р|roku|r)\.?)?\.?",
    re.IGNORECASE,
)


def local_month(text: str) -> str | None:
    """``"YYYY-MM"`` of a value that is a month's name and a year and nothing else.

    >>> local_month("im März 2024"), local_month("в марте 2024 года"), local_month("w marcu 2024")
    ('2024-03', '2024-03', '2024-03')
    >>> local_month("Paris 2024") is None, local_month("Wahlen im März 2024") is None
    (True, True)
    >>> local_month("Marseille 2024") is None, local_month("Junior 2024") is None
    (True, True)
    """
    match = _MONTH_YEAR.fullmatch(text.strip())
    if match is None:
        return None
    month = _MONTH_OF_WORD.get(match.group(1).lower())
    return None if month is None else f"{int(match.group(2)):04d}-{month:02d}"


def _month(word: str) -> int | None:
    word = word.lower()
    return next((month for start, month in _STARTS if word.startswith(start)), None)


def local_date(text: str) -> str | None:
    """``"YYYY-MM-DD"`` (``"...THH:MM:00"`` with a time) of a date written with its month's name.

    A month and year alone give ``"YYYY-MM"`` (:func:`local_month`).

    >>> local_date("vendredi 1er mars 2024"), local_date("1 марта 2024, 10:15")
    ('2024-03-01', '2024-03-01T10:15:00')
    >>> local_date("Troops in 2024") is None
    True
    """
    match = _DAY_MONTH_YEAR.search(text)
    if match is None:
        return local_month(text)
    month = _month(match.group(2))
    day, year = int(match.group(1)), int(match.group(3))
    if month is None or not 1 <= day <= _days_in(month, year):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if match.group(4) is not None:
        hour, minute = int(match.group(4)), int(match.group(5))
        if hour < 24 and minute < 60:
            return f"{date}T{hour:02d}:{minute:02d}:00"
    return date


def _days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
