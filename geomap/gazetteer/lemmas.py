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
from itertools import islice, product

from geomap.gazetteer.case_endings import ATTRIBUTIVE as _ATTRIBUTIVE
from geomap.gazetteer.case_endings import CYRILLIC_VOWEL_FINAL as _CYRILLIC_VOWEL_FINAL
from geomap.gazetteer.case_endings import ENDINGS as _ENDINGS
from geomap.gazetteer.case_endings import UK_CLOSED as _UK_CLOSED
from geomap.gazetteer.case_endings import ZERO_AFTER_CONSONANT as _ZERO_AFTER_CONSONANT
from geomap.gazetteer.case_endings import closed_syllable as _closed_syllable
from geomap.gazetteer.names import normalize_name
from geomap.text import is_cyrillic

#: Languages indexed by lemma (English names use :func:`normalize_name` alone).
LOCAL_LANGUAGES: tuple[str, ...] = ("de", "fr", "pl", "ru", "uk")


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
    if is_cyrillic(name):
        return ("ru", "uk")
    if _LATIN_LETTER.search(name):
        return ("de", "fr", "pl")
    return ()


@lru_cache(maxsize=65536)
def _lemma(token: str, lang: str) -> str:
    import simplemma

    if not token:  # simplemma raises on an empty string
        return token
    lemma = str(simplemma.lemmatize(token, lang=lang))
    # simplemma's lists hold a few wrong entries for capitalised forms ("Балтийского" ->
    # "моря"): a lemma that does not begin like its word gives way to the lowercase one's.
    if lemma[:2].casefold() != token[:2].casefold():
        lower = str(simplemma.lemmatize(token.lower(), lang=lang))
        lemma = lower if lower[:2].casefold() == token[:2].casefold() else token
    return lemma


def common_lemma(name: str, lang: str) -> bool:
    """Whether the lemmatiser reads a one-word name as a common noun ("Печор" -> "печора").

    Its lemma is then a guess from a noun's paradigm, not the name's own nominative.
    """
    if not name or re.search(r"[\s\-]", name.strip()):
        return False
    lemma = _lemma(name, lang)
    return lemma != name and lemma[:1].islower()


def lemmas(name: str, lang: str) -> list[str]:
    """The lemma of each word of ``name`` in ``lang`` (words kept as written otherwise)."""
    return [_lemma(tok, lang) for tok in re.split(r"[\s\-]+", name) if tok]


def word_lemma(word: str, lang: str) -> str:
    """The lemma of a word's first part in ``lang``; a blank or separator token as written.

    A paragraph break or a lone hyphen is a token of its own in spaCy: it has no
    lemma, and is kept as written rather than failing.
    """
    found = lemmas(word, lang)
    return found[0] if found else word


def index_keys(name: str, lang: str) -> set[str]:
    """The keys a name in ``lang`` is indexed under: as written, and by its lemmas."""
    return {k for k in (normalize_name(name), lemma_key(name, lang)) if k}


def lemma_key(name: str, lang: str) -> str:
    """The lookup key of ``name`` in ``lang``: its words' lemmas, normalised."""
    return normalize_name(" ".join(lemmas(name, lang)))


def _agreement_forms(name: str, lang: str) -> list[str]:
    words = lemmas(name, lang)
    if len(words) < 2:
        return []
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        for ending, forms in _AGREEMENT.get(lang, ()):
            if low.endswith(ending) and len(low) > len(ending) + 2:
                stem = word[: len(word) - len(ending)]
                out.extend(" ".join([*words[:i], stem + f, *words[i + 1 :]]) for f in forms)
                break
    return out


def agreement_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with an adjective in each gender (``()`` if none applies).

    Each word that ends like a masculine adjective lemma is tried in the other
    genders, one word at a time ("morze czarny" -> "morze czarne").
    """
    return _keys(_agreement_forms(name, lang), lang)


#: Ukraine's official romanisation (2010), which GeoNames uses for Ukrainian names
#: ("Волинь" -> "Volyn", "Хмельницький" -> "Khmelnytskyi"); a word's first letter
#: differs for є, ї, й, ю, я.
_UK_ROMAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
})  # fmt: skip
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanize_uk(text: str) -> str:
    """``text`` in Ukraine's official romanisation (lowercase)."""
    words = []
    for word in text.lower().split():
        head = _UK_INITIAL.get(word[:1])
        words.append((head + word[1:].translate(_UK_ROMAN)) if head else word.translate(_UK_ROMAN))
    return " ".join(words)


def _keys(forms: list[str], lang: str) -> tuple[str, ...]:
    """The normalised keys of ``forms`` (Ukrainian: also their official romanisation)."""
    keys = [normalize_name(f) for f in forms]
    if lang == "uk":
        keys += [normalize_name(romanize_uk(f)) for f in forms if is_cyrillic(f)]
    return tuple(dict.fromkeys(k for k in keys if k))


def lookup_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys under which ``name`` as written in ``lang`` is indexed, best first."""
    forms = [name, " ".join(lemmas(name, lang)), *_agreement_forms(name, lang)]
    return _keys(forms, lang)


#: Shortest stem an ending may be taken from.
MIN_STEM = 3
#: Names of more words are not guessed at; at most this many guesses per name.
MAX_GUESSED_WORDS = 3
MAX_GUESSES = 64


def kept_stem(stem: str, ending: str, nominative: str) -> int:
    """How many letters of a word its nominative keeps when ``ending`` becomes ``nominative``.

    The letters before the ending, and those the two endings begin with alike: a feminine
    in "-а" after a hushing consonant takes "-ей" in the instrumental, which the table holds
    as "шей" -> "ша", so "под Оршей" keeps "Орш" of "Орша" (three letters), not "Ор".
    """
    shared = 0
    for a, b in zip(ending, nominative, strict=False):
        if a != b:
            break
        shared += 1
    return len(stem) + shared


def ending_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with its words' case endings replaced by nominative ones.

    A guess for names the lemmatiser does not know; the store ranks these
    matches as alternates.
    """
    # "Bielska-Białej": both parts inflected; a span cut inside a word ("Онежского р-" of "р-на")
    # leaves an empty part, which has no ending to guess and no lemma
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if not words or len(words) > MAX_GUESSED_WORDS:
        return ()
    options: list[list[str]] = []
    for i, word in enumerate(words):
        low = word.lower()
        # the word's lemma too: in "Охотского моря" the lemmatiser knows "моря" -> "море"
        # though not the adjective, which only an ending guess reaches
        forms = [word, _lemma(word, lang)] if len(words) > 1 else [word]
        before_noun = _ATTRIBUTIVE.get(lang, ()) if i < len(words) - 1 else ()
        for ending, endings in (*_ENDINGS.get(lang, ()), *before_noun):
            if not ending and lang in _ZERO_AFTER_CONSONANT and _CYRILLIC_VOWEL_FINAL.search(low):
                continue  # a Cyrillic genitive without ending ends in a consonant
            if low.endswith(ending):
                stem = word[: len(word) - len(ending)]
                forms.extend(stem + e for e in endings if kept_stem(stem, ending, e) >= MIN_STEM)
        if lang == "uk":  # "Рогу" -> "Ріг", "Миколаєва" -> "Миколаїв"
            forms.extend(_closed_syllable(f) for f in list(forms) if _UK_CLOSED.search(f))
        options.append(list(dict.fromkeys(forms)))
    # every word may be inflected ("Zielonej Góry" -> "Zielona Góra")
    out = [" ".join(combo) for combo in islice(product(*options), MAX_GUESSES)]
    exact = set(lookup_keys(name, lang))
    return tuple(k for k in _keys(out, lang) if k not in exact)
