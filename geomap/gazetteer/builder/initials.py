"""Russian and Ukrainian initialisms of countries' and admin-1 units' names.

The Russian and Ukrainian press writes long names by their initials: "ХМАО"
(Ханты-Мансийский автономный округ), "ЯНАО", "ЕАО", "КБР" (Кабардино-Балкарская
Республика), "КНР" (Китайская Народная Республика), "ОАЭ", "ЮАР".  The initials of
each word and of each part of a hyphenated word of a name the entry has in that
language (:attr:`Entry.written`, romanised keys: "khanty mansiyskiy avtonomnyy okrug"
-> "khmao", the key of "ХМАО") are indexed as the entry's alias, for the whole name
and for the name cut after its word for a kind of unit ("... автономный округ —
Югра" -> "ХМАО").  An initialism of fewer than :data:`MIN_LETTERS` letters, one that
two entries share, one that is already a key of any place in that language, or one
whose key is a word's of that language as a title is written ("ЦАР", the Central African
Republic, and "Царь": :func:`a_word`) is left out.  No list is copied: the initialisms
are made from the sources' names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from geomap.gazetteer.builder.model import Entry

#: Languages whose press writes initialisms of place names.
LANGUAGES = ("ru", "uk")
#: Kinds of entry that take initialisms.
KINDS = frozenset({"country", "admin1"})
#: Fewest letters of an initialism (two-letter ones, "РФ", are too ambiguous to read).
MIN_LETTERS = 3
#: Fewest words of a name with initials.
MIN_WORDS = 3
#: Romanised words for a kind of unit, after which a name may be cut.
UNIT_WORDS = frozenset(
    {"okrug", "oblast", "respublika", "kray", "krai", "federatsiya", "federatsiia", "federatsiyi"}
)
#: Romanisations of one Cyrillic letter that take more than one Latin letter (longest first).
_DIGRAPHS = ("shch", "kh", "zh", "ch", "sh", "ts", "yu", "ya", "yo", "yi", "ye")


#: The Cyrillic letter of each romanised initial (the first of its spellings).
_CYRILLIC = {
    "shch": "щ", "kh": "х", "zh": "ж", "ch": "ч", "sh": "ш", "ts": "ц", "yu": "ю", "ya": "я",
    "yo": "ё", "yi": "ї", "ye": "е", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д",
    "e": "е", "z": "з", "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "y": "ы",
}  # fmt: skip


def a_word(key: str, lang: str) -> bool:
    """Whether an initialism's key spells a word of ``lang``, with or without a soft sign.

    "tsar" (ЦАР) is "царь" as a title is written ("Царь"), whose key it shares.
    """
    import simplemma

    letters = []
    while key:
        chunk = _initial(key)
        letters.append(_CYRILLIC.get(chunk, ""))
        key = key[len(chunk) :]
    word = "".join(letters)
    return any(simplemma.is_known(w, lang=lang) for w in (word, word + "ь"))


def _initial(word: str) -> str:
    """The romanisation of a romanised word's first Cyrillic letter ("khanty" -> "kh")."""
    return next((d for d in _DIGRAPHS if word.startswith(d)), word[:1])


def initialisms(key: str) -> set[str]:
    """The keys of a romanised name's initialisms: whole, and cut after a unit word."""
    words = key.split()
    forms = [words]
    for i, word in enumerate(words):
        if word in UNIT_WORDS and MIN_WORDS <= i + 1 < len(words):
            forms.append(words[: i + 1])
            break
    out = set()
    for form in forms:
        if len(form) >= MIN_WORDS:
            initials = [_initial(w) for w in form]
            if len(initials) >= MIN_LETTERS:
                out.add("".join(initials))
    return out


def add_initialisms(entries: Iterable[Entry]) -> int:
    """Index each country's and admin-1 unit's initialisms as its aliases; return how many."""
    entries = list(entries)
    taken = {lang_key for e in entries for lang_key in e.local}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_id = {}
    for e in entries:
        if e.feature_type not in KINDS:
            continue
        by_id[e.place_id] = e
        for lang, key in e.written:
            if lang in LANGUAGES:
                for short in initialisms(key):
                    owners[(lang, short)].add(e.place_id)
    added = 0
    for lang_key, ids in sorted(owners.items()):
        if len(ids) != 1 or lang_key in taken or a_word(lang_key[1], lang_key[0]):
            continue
        by_id[next(iter(ids))].local[lang_key] = "alias"
        added += 1
    return added


#: Fewest initials before a short name ("ДР" of "ДР Конго").
MIN_PREFIX = 2


def add_initial_prefixes(entries: Iterable[Entry]) -> int:
    """Index "ДР Конго" for "Демократическая Республика Конго"; return how many.

    A country's name in Russian or Ukrainian of three or more words whose last word
    is itself a name of that country in that language (:attr:`Entry.written`: "Конго")
    is also indexed with its other words cut to their initials, as its alias, unless
    another place has that key or two countries would share it.
    """
    entries = list(entries)
    taken = {lang_key for e in entries for lang_key in e.local}
    entries = [e for e in entries if e.feature_type == "country"]
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_id = {e.place_id: e for e in entries}
    for e in entries:
        for lang, key in e.written:
            words = key.split()
            if lang not in LANGUAGES or len(words) < MIN_PREFIX + 1:
                continue
            if (lang, words[-1]) in e.written:
                short = "".join(_initial(w) for w in words[:-1]) + " " + words[-1]
                owners[(lang, short)].add(e.place_id)
    added = 0
    for lang_key, ids in sorted(owners.items()):
        if len(ids) == 1 and lang_key not in taken:
            by_id[next(iter(ids))].local[lang_key] = "alias"
            added += 1
    return added
