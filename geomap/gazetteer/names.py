"""Name normalisation shared by the builder and the store.

A name is normalised the same way when it is indexed and when it is looked
up, so "São Paulo", "Sao Paulo" and "SAO PAULO" meet at ``"sao paulo"``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u02bb": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_DROP = re.compile(r"['.]")  # apostrophes and dots join: "U.S." -> "us", "d'Ivoire" -> "divoire"
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

#: Type words stripped to give the short form of an administrative unit's name.
ADMIN_TYPE_WORDS: tuple[str, ...] = (
    # GeoNames' admin-2 names "<kind> of X": "District Municipality of Muskoka", "Regional
    # Municipality of Niagara", "Metropolitan Borough of Wirral" (longer kinds first)
    "district municipality",
    "regional municipality",
    "municipal district",
    "regional district",
    "metropolitan borough",
    "royal borough",
    "city and borough",
    "city and county",
    "borough",
    "commune",
    "autonomous oblast",
    "autonomous okrug",
    "autonomous region",
    "autonomous community",
    "oblast",
    "oblast'",
    "krai",
    "kray",
    "okrug",
    "province",
    "provincia",
    "prefecture",
    "governorate",
    "region",
    "state",
    "county",
    "parish",
    "district",
    "department",
    "municipality",
    "voivodeship",
    "canton",
    "republic",
    "republic of",
    "city",
)


@lru_cache(maxsize=32768)
def normalize_name(s: str) -> str:
    """Normalise a place name for indexing and lookup.

    Folds case and diacritics (via ``anyascii``), curly quotes and dashes,
    drops dots and apostrophes, turns other punctuation into spaces, removes
    a leading "the", maps "St."/"St"/"Saint" to one form and collapses
    whitespace.  "Mt"/"Ft" become "mount"/"fort".  A possessive "'s" is *not*
    stripped.

    Parameters
    ----------
    s
        Surface name, e.g. ``"the U.S."`` or ``"São Paulo"``.

    Returns
    -------
    str
        The normalised key (``"us"``, ``"sao paulo"``); ``""`` for a name
        without letters or digits.

    Examples
    --------
    >>> normalize_name("St. Petersburg")
    'saint petersburg'
    >>> normalize_name("the United States")
    'united states'
    """
    t = unicodedata.normalize("NFC", s).translate(_QUOTES)
    t = anyascii(t).lower()
    t = _DROP.sub("", t)
    t = _NON_ALNUM.sub(" ", t).strip()
    if not t:
        return ""
    tokens = t.split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(_ABBREV.get(tok, tok) for tok in tokens)


def strip_type_word(name: str) -> str | None:
    """Return an administrative unit's name without its type word.

    Parameters
    ----------
    name
        E.g. ``"Kaliningrad Oblast"`` or ``"Province of Lecce"``.

    Returns
    -------
    str or None
        The normalised short form (``"kaliningrad"``), or ``None`` when the
        name has no type word or would become empty.
    """
    norm = normalize_name(name)
    for word in ADMIN_TYPE_WORDS:
        w = normalize_name(word)
        if norm.endswith(" " + w):
            short = norm[: -len(w) - 1].strip()
            return short or None
        if norm.startswith(w + " of "):
            short = norm[len(w) + 4 :].strip()
            return short or None
    return None


@lru_cache(maxsize=4096)
def _is_latin_char(ch: str) -> bool:
    try:
        return unicodedata.name(ch).startswith("LATIN")
    except ValueError:
        return False


def is_latin(s: str) -> bool:
    """Return whether every letter of ``s`` is in the Latin script."""
    return all(_is_latin_char(ch) for ch in s if ch.isalpha())


def token_count(norm: str) -> int:
    """Return the number of tokens of a normalised name."""
    return len(norm.split()) if norm else 0


#: Letters with diacritics that English-language news keeps ("São Paulo", "Kraków",
#: "Gdańsk", "Zürich"); others are transliteration marks and lose them ("Rafaḩ" -> "Rafah").
_KEPT_LETTERS = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßąćęłńśźżčďěňřšťůžőűğşıİ"
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰĞŞ"
)
#: Apostrophes of transliteration (soft signs, ayn): "Ryazan’", "Kharkivs’ka".
_TRANSLIT_MARKS = "’ʼ‘ʻ′"
_MARK_IN_WORD = re.compile(f"(?<=[^\\W\\d_]{{2}})[{_TRANSLIT_MARKS}](?=[a-z]|\\b|$)")


def display_name(name: str) -> str:
    """A place's name as English-language readers expect it ("Khān Yūnis" -> "Khan Yunis").

    Transliteration marks go: letters with macrons, dots below and the like lose
    them, and apostrophes that stand for a soft sign or an ayn inside or at the end
    of a word are dropped ("Ryazan’" -> "Ryazan"); the diacritics of European
    languages stay ("São Paulo", "Kraków"), and so does an elision ("Côte d’Ivoire").

    >>> display_name("Rafaḩ"), display_name("Ryazan’"), display_name("Côte d’Ivoire")
    ('Rafah', 'Ryazan', 'Côte d’Ivoire')
    """
    out = []
    for ch in unicodedata.normalize("NFC", name):
        if ch.isalpha() and not ch.isascii() and ch not in _KEPT_LETTERS:
            base = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
            out.append(base if base.isascii() and base else ch)
        else:
            out.append(ch)
    return _MARK_IN_WORD.sub("", "".join(out)).strip()


_COMPASS_WORD = re.compile(r"\b(north|south)(east|west)\b")
_COMPASS_PAIR = re.compile(r"\b(north|south) (east|west)\b")


def compass_forms(norm: str) -> tuple[str, ...]:
    """The other spellings of a normalised name's compass compounds.

    "Northwest", "North-West" and "North West" are one name, which gazetteers spell
    one way ("South-West", Cameroon's region) and news another ("the Southwest
    region"): "southwest" gives "south west" and "south west" gives "southwest".

    >>> compass_forms("southwest"), compass_forms("north west province"), compass_forms("kyiv")
    (('south west',), ('northwest province',), ())
    """
    if "north" not in norm and "south" not in norm:
        return ()  # what both patterns need: most names have no compass word
    forms = {_COMPASS_WORD.sub(r"\1 \2", norm), _COMPASS_PAIR.sub(r"\1\2", norm)}
    return tuple(sorted(f for f in forms if f != norm))
