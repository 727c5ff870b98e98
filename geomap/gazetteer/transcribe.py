"""Polish and German transcriptions of Ukrainian and Russian place names.

Polish and German news write towns of Ukraine, Russia and Belarus in their own
spelling ("Hulajpole", "Biełgorod"; "Tschassiw Jar", "Kostjantyniwka"), which
GeoNames lists for big cities only.  The builder indexes each town's Cyrillic
names in both transcriptions as Polish and German names
(:func:`geomap.gazetteer.builder.geonames.add_transcribed_names`).

Polish (:func:`polish_forms`): Ukrainian г -> h, х -> ch, в -> w, и -> y; an
iotated vowel after a consonant softens it: "ня" -> "nia", "ля" -> "la"; "л" is
"ł" unless softened; the accents of softened consonants (ń, ś, ć, ź) are left
out, as name keys drop them anyway.  German (:func:`german_forms`, Duden): ж, ш
-> sch, ч -> tsch, ц -> z, з -> s, с between vowels -> ss, iotated vowels -> j.
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.text import UKRAINIAN_LETTERS

#: At most this many spellings of one name.
MAX_FORMS = 4
_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщ")
#: Consonants after which Russian е/и are written e/y and iotated vowels lose the i.
_HARD = frozenset("жшцчщ")
_APOSTROPHES = frozenset("'’ʼ`")

_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k",
    "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
}  # fmt: skip
_UKRAINIAN = {**_COMMON, "г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i"}
_RUSSIAN = {**_COMMON, "г": "g", "ы": "y", "э": "e", "ъ": ""}
#: Iotated vowels -> the vowel they soften the consonant before with.
_UK_IOTATED = {"є": "e", "ю": "u", "я": "a", "ї": "i"}
_RU_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}

#: Letters only Ukrainian writes, and letters only Russian writes.
_RU_LETTERS = frozenset("ыэёъ")


def _word(word: str, table: Mapping[str, str], iotated: Mapping[str, str], uk: bool) -> list[str]:
    """The transcriptions of one lowercase word (two when an apostrophe precedes a vowel)."""
    outs = [""]
    prev = ""
    for ch in word:
        if ch in _APOSTROPHES:
            prev = ch
            continue
        if ch in iotated or (not uk and ch == "и"):
            vowel = iotated.get(ch, "i")
            if prev == "л":  # "ля" -> "la": Polish l is soft
                heads = [o[:-1] + "l" for o in outs]
                adds = [vowel]
            elif prev in _CONSONANTS:
                heads = outs
                if ch == "и":
                    adds = ["y" if prev in _HARD else "i"]
                elif prev in _HARD and not uk:
                    adds = [vowel]
                else:
                    adds = ["i" + vowel if ch != "ї" else "ji"]
            elif prev in _APOSTROPHES:  # "Куп'янськ": "Kupjansk", also written "Kupiańsk"
                heads = outs
                adds = ["j" + vowel, "i" + vowel]
            else:
                heads = outs
                adds = [vowel] if ch == "и" else ["j" + vowel]
            outs = [h + a for h in heads for a in adds]
        elif ch == "ь" or (uk and ch == "і" and prev == "л"):
            if prev == "л":
                outs = [o[:-1] + "l" for o in outs]
            if ch == "і":
                outs = [o + "i" for o in outs]
        else:
            outs = [o + table.get(ch, ch) for o in outs]
        prev = ch
    return outs


def _reads_ukrainian(low: str, country: str | None) -> bool:
    """Whether a lower-cased Cyrillic name is transcribed by the Ukrainian rules.

    It is when it has letters only Ukrainian writes (і ї є ґ) or, having neither
    those nor Russian ones (ы э ё ъ), names a place in Ukraine.
    """
    letters = set(low)
    return bool(letters & UKRAINIAN_LETTERS) or (not letters & _RU_LETTERS and country == "UA")


def polish_forms(name: str, country: str | None = None) -> list[str]:
    """Polish transcriptions of a Cyrillic place name, by the Ukrainian or Russian rules.

    Ukrainian rules when the name has letters only Ukrainian writes (і ї є ґ) or,
    having neither those nor Russian ones (ы э ё ъ), names a place in Ukraine.

    Examples
    --------
    >>> polish_forms("Гуляйполе", "UA")
    ['Hulajpołe']
    >>> polish_forms("Белгород", "RU")
    ['Biełgorod']
    """
    low = name.lower()
    uk = _reads_ukrainian(low, country)
    table, iotated = (_UKRAINIAN, _UK_IOTATED) if uk else (_RUSSIAN, _RU_IOTATED)
    forms = [""]
    for i, word in enumerate(low.split()):
        sep = " " if i else ""
        forms = [f + sep + w for f in forms for w in _word(word, table, iotated, uk)][:MAX_FORMS]
    return [" ".join(w[:1].upper() + w[1:] for w in f.split(" ")) for f in forms]


_DE_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "sch", "з": "s", "й": "j", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "",
    "ъ": "", "є": "je", "ї": "ji", "ю": "ju", "я": "ja", "ё": "jo",
}  # fmt: skip
_DE_UKRAINIAN = {**_DE_COMMON, "г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i"}
_DE_RUSSIAN = {**_DE_COMMON, "г": "g", "е": "e", "и": "i", "ы": "y", "э": "e"}
_VOWELS = frozenset("аеєиіїоуюяыэё")


def german_forms(name: str, country: str | None = None) -> list[str]:
    """The German transcription of a Cyrillic place name, by the Ukrainian or Russian rules.

    Examples
    --------
    >>> german_forms("Часів Яр", "UA")
    ['Tschassiw Jar']
    >>> german_forms("Белгород", "RU")
    ['Belgorod']
    """
    low = name.lower()
    uk = _reads_ukrainian(low, country)
    table = _DE_UKRAINIAN if uk else _DE_RUSSIAN
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "с" and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")
        elif not uk and ch == "е" and (not prev or prev in _VOWELS or prev in "ьъ "):
            out.append("je")
        elif ch in _APOSTROPHES:
            continue
        else:
            out.append(table.get(ch, ch))
    words = "".join(out).split(" ")
    return [" ".join(w[:1].upper() + w[1:] for w in words)]


_EN_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
#: Letters only Ukrainian writes: a name with them is no Russian name.
_UK_ONLY = frozenset("іїєґ")


def english_forms(name: str) -> list[str]:
    """English transcriptions of a Russian place name, as English news writes it.

    Russian state media and older English usage write towns of Ukraine and the former
    Soviet republics by their Russian names, in the BGN/PCGN-like spelling of English
    news: е is "ye" at the start of a word and after a vowel, ё is "yo" ("o" after ж ш
    ч щ), й is "y" and, before a consonant or at the end, also "i" ("Gulyaipole").  A
    name with letters only Ukrainian writes (і ї є ґ) has none.

    Examples
    --------
    >>> english_forms("Голая Пристань")
    ['Golaya Pristan']
    >>> english_forms("Гуляйполе")
    ['Gulyaypole', 'Gulyaipole']
    >>> english_forms("Енакиево")
    ['Yenakiyevo']
    >>> english_forms("Великая Новосёлка")
    ['Velikaya Novosyolka']
    >>> english_forms("Часів Яр")
    []
    """
    low = name.lower()
    if set(low) & _UK_ONLY:
        return []
    forms = [""]
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        if ch in _APOSTROPHES:
            continue
        if ch == "е":
            adds = ["ye" if prev in _VOWELS or prev in "ьъ -" else "e"]
        elif ch == "ё":
            adds = ["o" if prev in _HARD else "yo"]
        elif ch == "й":
            adds = ["y"] if nxt in _VOWELS else ["y", "i"]
        else:
            adds = [_EN_RUSSIAN.get(ch, ch)]
        forms = [f + a for f in forms for a in adds][:MAX_FORMS]
    return [" ".join(w[:1].upper() + w[1:] for w in f.split(" ")) for f in forms]


#: Latin letters before which a romanised "ë" reads "o" (ж ш ч щ romanised).
_EN_HARD_ENDS = ("zh", "sh", "ch")


def yo_form(name: str) -> str | None:
    """A romanised Russian name's "ë" written "yo", as English news writes it.

    GeoNames lists Russian names romanised with "ë" ("Velikaya Novosëlka"), which the
    name key reads as "e"; English news writes "yo" ("Novosyolka"), "o" after "zh",
    "sh" and "ch".  ``None`` for a name without "ë".

    Examples
    --------
    >>> yo_form("Velikaya Novosëlka")
    'Velikaya Novosyolka'
    >>> yo_form("Chërnaya")
    'Chornaya'
    >>> yo_form("Kherson") is None
    True
    """
    if "ë" not in name.lower():
        return None
    out: list[str] = []
    for ch in name:
        if ch.lower() != "ë":
            out.append(ch)
            continue
        before = "".join(out).lower()
        hard = before.endswith(_EN_HARD_ENDS)
        vowel = "o" if hard else "yo"
        out.append(vowel if ch == "ë" else vowel.capitalize())
    return "".join(out)
