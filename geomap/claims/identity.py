"""Speaker identity keys that match one source's name across scripts and romanisations.

"Антон Белов" and "Anton Belov", "Елена Орлова", "Yelena Orlova" and "Elena Orlova",
"Петр Гнатюк", "Petro Hnatiuk" and "Petro Hnatiouk" are each one source.  A name is
romanised (``anyascii``: Cyrillic, Greek, accents) and each word reduced to a
skeleton in which the letters romanisations disagree on are one
(:func:`name_key`):

* French "ou" is "u"; "x" is "ks", "w" "v", "ph" "f", "ck" "k";
* the digraphs of one Cyrillic letter are one letter ("shch", "sh" → "s"; "ch", "tch" →
  "c"; "zh" → "z"; "kh" → "h"), and "h" is "g" (Г is G in Russian romanisation, H in
  Ukrainian: Gnatyuk, Hnatiuk);
* "y" and "j" are "i", and an "i" before a vowel goes ("Yelena"/"Elena",
  "Hnatiuk"/"Gnatyuk", "Yulia"/"Julia"); doubled letters are one ("Zelenskyy",
  "Dmitrii");
* Russian "ё" after a consonant, romanised "yo", "io" or "jo" in English and "e" by
  ``anyascii`` (and written "е" in most Russian text), is "e": "Aksyonov", "Аксёнов",
  "Аксенов" and "Aksenov" are one, as are "Solovyov"/"Соловьёв", "Pyotr"/"Пётр".

A person of two words or more is keyed by the initial of the first and the skeleton of
the last (:func:`speaker_key`): "Petr" and "Petro" are one first name in two languages;
in that surname Ш and Ч are one letter ("c" is "s"), since French writes Ш "ch"
("Loukachenko", "Chapovalov") where English writes Ч ("Chernov"): "Alexandre
Loukachenko" and "Александр Лукашенко" are one person (only the surname of a person
of two words or more: a lone "Chen" and "SSEN" stay two).
An Arabic article joined to the next word by a hyphen is no word of the key ("al-Burhan",
"Abdel Fattah al-Burhan", "аль-Бурхан": the surname "Burhan"), and a final "e" after a
consonant in a person's surname goes: French writes it to keep a final consonant heard
("al-Burhane", "Poutine" for "al-Burhan", "Putin").
Keys are for comparing only, never shown.  Bodies are keyed by all their words, so
"Госпогранкомитет" and "State Border Committee" (a translation, not a romanisation)
stay two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

#: Spellings of one sound, replaced in this order (longest first).
_FOLDS = (
    ("ou", "u"), ("shch", "s"), ("tch", "c"), ("sch", "s"), ("sh", "s"), ("ch", "c"),
    ("zh", "z"), ("kh", "h"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("ck", "k"),
    ("h", "g"), ("y", "i"), ("j", "i"),
)  # fmt: skip
_NOT_LETTER = re.compile(r"[^a-z0-9]+")
_GLIDE = re.compile(r"i+(?=[aeiou])")
#: "ё" romanised after a consonant ("yo", "jo", "io" once "y" and "j" are "i").
_YO = re.compile(r"(?<=[bcdfgklmnpqrstvz])io")
_DOUBLE = re.compile(r"([a-z])\1+")
#: Words of a name that are no part of who it is.
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "the"})
#: The Arabic article joined to a name by a hyphen ("al-", "el-", "ad-", "ash-" ...),
#: once romanised and lower-cased.
_PARTICLE = re.compile(r"\b(?:al|el|ad|ag|an|ar|as|ash|at|az|ed|es|ul|ud)-(?=[a-z])")
#: A final "e" after a consonant (French "Burhane", "Poutine").
_FINAL_E = re.compile(r"(?<=[bcdfgklmnpqrstvz])e$")


def _skeleton(word: str) -> str:
    """One romanised, lower-case word reduced to its skeleton (see the module docstring)."""
    for spelled, sound in _FOLDS:
        word = word.replace(spelled, sound)
    return _DOUBLE.sub(r"\1", _GLIDE.sub("", _YO.sub("e", word)))


def _words(text: str) -> list[str]:
    """The romanised lower-case words (letters and digits) of ``text``, titles dropped."""
    plain = _PARTICLE.sub("", anyascii(text).lower().replace("'", ""))
    words = _NOT_LETTER.sub(" ", plain).split()
    return [w for w in words if w not in _TITLES]


def name_key(text: str) -> str:
    """Every word of ``text`` as its skeleton, space-separated.

    >>> name_key("Петр Гнатюк") == name_key("Petr Hnatiuk") == name_key("Petr Gnatyuk")
    True
    >>> name_key("Yelena Orlova") == name_key("Елена Орлова")
    True
    """
    return " ".join(filter(None, (_skeleton(w) for w in _words(text))))


def speaker_key(name: str, kind: str) -> str:
    """The key one source has under all its names in a run.

    A person of two words or more: the first word's initial and the last word's
    skeleton (``"p gnatuk"`` for "Петр Гнатюк", "Petro Hnatiuk" and "Petro Hnatiouk");
    any other speaker: :func:`name_key`.

    >>> speaker_key("Петр Гнатюк", "person") == speaker_key("Petro Hnatiouk", "person")
    True
    """
    skeletons = [s for s in (_skeleton(w) for w in _words(name)) if s]
    if kind == "person" and len(skeletons) >= 2:  # Ш and Ч one letter in the surname
        return f"{skeletons[0][0]} {_FINAL_E.sub('', skeletons[-1]).replace('c', 's')}"
    return " ".join(skeletons)


def inner_names(named: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """A person's name of two words or more inside one fuller name of the run.

    ``named`` are ``(speaker_key, kind, name)`` triples of a run's sources.  "Irfaan
    Ali" is a run of the words of "Mohamed Irfaan Ali", "Hassan Sheikh" of "Hassan
    Sheikh Mohamud" (skeletons compared, :func:`name_key`): each maps to the key of
    the one fuller person whose words hold its own in order, next to each other; a
    name two fuller persons hold maps to neither, nor does a list of names.

    >>> inner_names([("m ali", "person", "Mohamed Irfaan Ali"),
    ...              ("i ali", "person", "Irfaan Ali")])
    {'i ali': 'm ali'}
    >>> inner_names([("a berg", "person", "Anna Berg"), ("a berg", "person", "Anna Berg")])
    {}
    """
    persons: dict[str, list[str]] = {}
    for key, kind, name in named:
        words = [s for s in (_skeleton(w) for w in _words(name)) if s]
        listed = "," in name or " and " in name or "&" in name
        if kind == "person" and len(words) >= 2 and not listed:
            persons.setdefault(key, words)
    out: dict[str, str] = {}
    for key, words in persons.items():
        size = len(words)
        holders = {
            other
            for other, longer in persons.items()
            if other != key
            and len(longer) > size
            and any(longer[i : i + size] == words for i in range(len(longer) - size + 1))
        }
        if len(holders) == 1:
            out[key] = next(iter(holders))
    return out


def surname_owners(
    named: Iterable[tuple[str, str, str]], joined: dict[str, str] | None = None
) -> dict[str, str]:
    """A person named by one word, and the one fuller person of the run it is.

    ``named`` are ``(speaker_key, kind, name)`` triples of a run's sources.  A lone
    capitalised word, the name of a person or of a body the model may have tagged so
    ("Lavrov said" read as an organisation), maps to the one key of a person of two or
    three words whose last word it is, letter for letter once romanised (a French final
    "e" aside: "Burhane"; "Lavrov",
    "Sergueï Lavrov", "Сергей Лавров": one source); not by skeleton, which is looser
    ("Alia" is not "Anna Ayala").  A surname two persons of the run share ("Maia Sandu",
    "Igor Sandu") maps to neither: never two people merged; nor does a list of names
    ("A, B and C") own its last word.  ``joined`` maps a fuller person's key to the
    source it is part of (:func:`inner_names`): "Ali" with "Irfaan Ali" and "Mohamed
    Irfaan Ali" in the run has one owner, not two.

    >>> surname_owners([("lavrov", "organisation", "Lavrov"),
    ...                 ("s lavrov", "person", "Сергей Лавров")])
    {'lavrov': 's lavrov'}
    >>> surname_owners([("sandu", "person", "Sandu"), ("m sandu", "person", "Maia Sandu"),
    ...                 ("i sandu", "person", "Igor Sandu")])
    {}
    """
    triples = list(named)
    fuller: dict[str, set[str]] = {}
    for key, kind, name in triples:
        words = _words(name)
        listed = "," in name or " and " in name or "&" in name
        if kind == "person" and 2 <= len(words) <= 3 and " " in key and not listed:
            owner = (joined or {}).get(key, key)
            fuller.setdefault(_FINAL_E.sub("", words[-1]), set()).add(owner)
    out: dict[str, str] = {}
    for key, kind, name in triples:
        words = _words(name)
        lone = len(name.split()) == 1 and name[:1].isupper() and len(words) == 1
        owners = fuller.get(_FINAL_E.sub("", words[0]), set()) if lone else set()
        if kind in _SURNAME_KINDS and len(owners) == 1:
            out[key] = next(iter(owners))
    return out


#: Kinds a lone surname may have been given ("Lavrov said": organisation, read by the
#: model as a body's name).
_SURNAME_KINDS = frozenset({"person", "organisation"})


def same_source_named(query: str, name: str, kind: str) -> bool:
    """Whether ``query`` (``claims --speaker``) names the source called ``name``.

    Part of its name's key (``"Hnatiuk"`` in "Петр Гнатюк"), or, for a query of two
    words or more, the same person's key ("Petro Hnatiuk" for "Петр Гнатюк").
    """
    key = name_key(query)
    if not key or not name:
        return False
    if key in name_key(name):
        return True
    return " " in key and kind == "person" and speaker_key(query, kind) == speaker_key(name, kind)
