"""Towns that news names without their qualifier: "Gorzów" for Gorzów Wielkopolski.

Polish and German towns carry a region's adjective or the river they stand on in
their official names ("Gorzów Wielkopolski", "Piotrków Trybunalski", "Kostrzyn nad
Odrą", "Frankfurt am Main", "Frankfurt (Oder)", "Halle (Saale)"); an article in the
country's language often writes the first word alone.  That word is indexed as an
alternate name in the language, so a town's namesakes compete with it on context
and size (:mod:`geomap.nlp.resolver`), and English lookups are unchanged.
"""

from __future__ import annotations

import re

#: The language whose news shortens each country's towns so.
LANGUAGE_OF: dict[str, str] = {"PL": "pl", "DE": "de", "AT": "de", "CH": "de"}
#: Smallest town whose short name is indexed: a village keeps its full name.
MIN_POPULATION = 5_000
_QUALIFIED = (
    # Polish: a region's or a town's adjective, or "nad"/"pod" and a river or a mountain
    re.compile(r"^(\w{3,}) (?:\w+(?:ski|cki|ska|cka|skie|ckie)|(?:nad|pod) \w+)$"),
    # German: "am Main", "an der Oder", "in der Oberpfalz", "(Oder)", "(Saale)"
    re.compile(r"^(\w{3,}) (?:am|an der|an|im|in der|ob der|bei) \w[\w. ]*$"),
    re.compile(r"^(\w{3,}) \(\w[\w. ]*\)$"),
)


def short_name(name: str, country_code: str | None, population: int) -> tuple[str, str] | None:
    """``(language, first word)`` of a qualified town name, or ``None``.

    >>> short_name("Gorzów Wielkopolski", "PL", 120_000)
    ('pl', 'Gorzów')
    >>> short_name("Frankfurt (Oder)", "DE", 57_000)
    ('de', 'Frankfurt')
    >>> short_name("Nowy Sącz", "PL", 83_000) is None
    True
    """
    lang = LANGUAGE_OF.get(country_code or "")
    if lang is None or population < MIN_POPULATION:
        return None
    for pattern in _QUALIFIED:
        m = pattern.match(name)
        if m:
            return lang, m.group(1)
    return None
