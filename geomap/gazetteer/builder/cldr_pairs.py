"""Short names that CLDR gives two countries at once ("Kongo", "Конго").

CLDR tells two territories of one short name apart by a qualifier after a dash:
English "Congo - Kinshasa" and "Congo - Brazzaville", German "Kongo-Kinshasa" and
"Kongo-Brazzaville", Russian "Конго - Киншаса" and "Конго - Браззавиль".  The press
writes the short name alone for either.  :func:`add_shared_heads` indexes, in each
local language, the part before the dash of the names of the territories whose
English CLDR names share their part before " - ", as an ``"exonym"`` of each of
them, so that the resolver chooses between them as it does between namesakes; before,
a source's name gave the short name to one of them only.  The territories are found
from CLDR's English names, so "Saint-Marin" (French, "San Marino" in English) is no
such pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES

#: A CLDR name, its qualifier after a dash ("-", "–", with or without spaces).
_QUALIFIED = re.compile(r"^(?P<head>\S.*?)\s*[-–]\s*\S.*$")
#: CLDR's English disambiguation: the short name, a spaced dash, the qualifier.
_ENGLISH = re.compile(r"^(?P<head>\S.*?) [-–] \S.*$")


def shared_heads(english: Mapping[str, str]) -> dict[str, list[str]]:
    """English short name -> the territory codes whose CLDR names qualify it.

    >>> shared_heads({"CD": "Congo - Kinshasa", "CG": "Congo - Brazzaville", "GW": "Guinea-Bissau"})
    {'Congo': ['CD', 'CG']}
    """
    heads: dict[str, list[str]] = defaultdict(list)
    for code, name in sorted(english.items()):
        m = _ENGLISH.match(name)
        if m:
            heads[m.group("head")].append(code)
    return {h: codes for h, codes in heads.items() if len(codes) >= 2}


def add_shared_heads(countries: Mapping[str, Entry]) -> int:
    """Index each language's shared short name for each of its countries; return how many."""
    try:
        from babel import Locale
    except ImportError:  # the builder's optional dependency
        return 0
    pairs = shared_heads(dict(Locale("en").territories))
    added = 0
    for lang in LOCAL_LANGUAGES:
        names = Locale(lang).territories
        for codes in pairs.values():
            for code in codes:
                m = _QUALIFIED.match(names.get(code, ""))
                if m and code in countries:
                    countries[code].add_local_name(m.group("head"), lang, "exonym")
                    added += 1
    return added
