"""Keys of place names in inflected languages, shared by the builder and the store.

"под Харьковом", "we Lwowie", "Polens": the name as written is not the name in
the gazetteer.  Names in Russian, Ukrainian, Polish, German and French are
indexed, and looked up, by the key of their lemmas (simplemma, offline): each
token lemmatised in the article's language, then normalised like every other
name (:func:`geomap.gazetteer.names.normalize_name`, which transliterates
Cyrillic).  Both sides use :func:`lemma_key`, so "Харкові" and "Харків" meet.

An adjective-noun name ("Одеській області", "Чорному морі") lemmatises to the
adjective's masculine form; :func:`agreement_keys` adds its feminine and
neuter forms (in any position: Polish puts it after the noun), so the phrase
meets "Odes'ka Oblast'" and "Чорне море".
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.gazetteer.names import normalize_name

#: Languages indexed by lemma (English names use :func:`normalize_name` alone).
LOCAL_LANGUAGES: tuple[str, ...] = ("de", "fr", "pl", "ru", "uk")

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")

#: Masculine adjective endings (of a lemma) -> the feminine and neuter nominative.
_AGREEMENT: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ский", ("ская", "ское")), ("ый", ("ая", "ое")), ("ий", ("яя", "ая", "ее")),
           ("ой", ("ая", "ое"))),
    "uk": (("ський", ("ська", "ське")), ("ий", ("а", "е")), ("ій", ("я", "є"))),
    "pl": (("ski", ("ska", "skie")), ("cki", ("cka", "ckie")), ("y", ("a", "e")),
           ("i", ("a", "ie"))),
    "de": (),
    "fr": (),
}  # fmt: skip


def script_languages(name: str) -> tuple[str, ...]:
    """The local languages a name written in its script may belong to.

    Cyrillic names are Russian or Ukrainian; Latin ones German, French or Polish.
    """
    if _CYRILLIC.search(name):
        return ("ru", "uk")
    if _LATIN_LETTER.search(name):
        return ("de", "fr", "pl")
    return ()


@lru_cache(maxsize=65536)
def _lemma(token: str, lang: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(token, lang=lang))


def lemmas(name: str, lang: str) -> list[str]:
    """The lemma of each word of ``name`` in ``lang`` (words kept as written otherwise)."""
    return [_lemma(tok, lang) for tok in re.split(r"[\s\-]+", name) if tok]


def lemma_key(name: str, lang: str) -> str:
    """The lookup key of ``name`` in ``lang``: its words' lemmas, normalised."""
    return normalize_name(" ".join(lemmas(name, lang)))


def agreement_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with an adjective in each gender (``()`` if none applies).

    Each word that ends like a masculine adjective lemma is tried in the other
    genders, one word at a time ("morze czarny" -> "morze czarne").
    """
    words = lemmas(name, lang)
    if len(words) < 2:
        return ()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        for ending, forms in _AGREEMENT.get(lang, ()):
            if low.endswith(ending) and len(low) > len(ending) + 2:
                stem = word[: len(word) - len(ending)]
                for form in forms:
                    out.append(normalize_name(" ".join([*words[:i], stem + form, *words[i + 1 :]])))
                break
    return tuple(dict.fromkeys(k for k in out if k))


def lookup_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys under which ``name`` as written in ``lang`` is indexed, best first."""
    keys = [normalize_name(name), lemma_key(name, lang), *agreement_keys(name, lang)]
    return tuple(dict.fromkeys(k for k in keys if k))


#: Case endings -> nominative endings, tried word by word when the lemmatiser does
#: not know a name ("Балтии" -> "Балтия", "Suwałkach" -> "Suwałki", "Polens" -> "Polen").
_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ией", ("ия",)), ("ии", ("ия",)), ("ие", ("ия",)), ("ью", ("ь",)),
           ("ого", ("ий", "ый")), ("ой", ("а", "ая")), ("ей", ("я",)), ("ом", ("",)),
           ("ем", ("", "ь")), ("ую", ("ая",)),
           ("е", ("", "а", "я")), ("у", ("", "а")), ("ы", ("а",)), ("и", ("а", "ь")), ("а", ("",)),
           ("ю", ("я",))),
    "uk": (("ові", ("",)), ("ого", ("ий",)), ("ої", ("а",)), ("ій", ("а", "ий")), ("ою", ("а",)),
           ("ею", ("я",)), ("ом", ("",)), ("і", ("", "а", "я")), ("ї", ("я",)), ("у", ("",)),
           ("и", ("а",)), ("а", ("",))),
    "pl": (("owi", ("",)), ("ach", ("y", "i")), ("ami", ("y",)), ("iej", ("a",)), ("ej", ("a",)),
           ("ie", ("a", "")), ("em", ("",)), ("im", ("i",)), ("ym", ("y",)), ("ą", ("a",)),
           ("u", ("",)), ("y", ("a",)), ("i", ("a",))),
    "de": (("es", ("",)), ("en", ("", "es", "er", "e")), ("em", ("es", "er")), ("s", ("",))),
    "fr": (),
}  # fmt: skip

#: Shortest stem an ending may be taken from.
MIN_STEM = 3


def ending_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with one word's case ending replaced by a nominative one.

    A guess for names the lemmatiser does not know; the store ranks these
    matches as alternates.
    """
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        for ending, forms in _ENDINGS.get(lang, ()):
            if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
                stem = word[: len(word) - len(ending)]
                out.extend(
                    normalize_name(" ".join([*words[:i], stem + f, *words[i + 1 :]])) for f in forms
                )
    exact = set(lookup_keys(name, lang))
    return tuple(k for k in dict.fromkeys(out) if k and k not in exact)
