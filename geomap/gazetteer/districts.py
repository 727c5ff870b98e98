"""Abbreviated unit words and districts named after their seat town.

News writes the word of an administrative unit short ("Кировской обл.", "Сумського
р-ну", "woj. śląskiego", "pow. kaliskiego", "Lkr. Lörrach"):
:func:`expand_abbreviations` writes it in full, so the name is looked up as
"Кировской область" or "województwo śląskiego" (the lookup reads lemmas, so the
case of the full word does not matter).

A district below the first level is named by its seat's adjective ("Генического
р-на", "Гайсинського району", "Вовчанській громаді", "powiatu kętrzyńskiego") or,
in German, by the seat's own name ("Landkreis Lörrach"). Where the gazetteer has
no entry for the district, :func:`district_stem` and :func:`district_seat` give
what the seat town is found by: the district lies around it.
"""

from __future__ import annotations

import re

from geomap.gazetteer.lemmas import _lemma, romanize_uk
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.unit_words import _ADJECTIVE, LOCATIVE_ADJECTIVE

#: Abbreviations of unit words (lowercase, without their dot) -> the word in full.
#: "р-н" and its case forms ("р-на", "р-ну", "р-ні") are the district, "район".
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "ru": {"обл": "область", "респ": "республика", "р-н": "район", "р-на": "район",
           "р-не": "район", "р-ну": "район", "р-ном": "район"},
    "uk": {"обл": "область", "р-н": "район", "р-ну": "район", "р-ні": "район",
           "р-на": "район", "р-ном": "район"},
    "pl": {"woj": "województwo", "pow": "powiat", "gm": "gmina"},
    "de": {"lkr": "Landkreis"},
}  # fmt: skip

#: Lemmas of the words for a district below the first level.
DISTRICT_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"район"}),
    "uk": frozenset({"район", "громада"}),
    "pl": frozenset({"powiat", "gmina"}),
}

#: Lemmas of the words for a unit named by a noun after the word, not by an adjective:
#: the name alone is the place's ("w gminie Ustrzyki Dolne": Ustrzyki Dolne).
NAME_AFTER_WORDS: dict[str, frozenset[str]] = {"pl": frozenset({"gmina"})}

#: Languages that write a district's adjective before its word.
ADJECTIVE_FIRST = frozenset({"ru", "uk"})

#: German words before a district's seat ("Landkreis Lörrach", "Kreis Lippe").
GERMAN_DISTRICTS = frozenset({"landkreis", "kreis"})

#: Shortest adjective stem a seat is looked for by ("sum" of "Сумського": Sumy).
MIN_SEAT_STEM = 3
#: Romanised suffixes an adjective adds to its seat's stem ("Яремчанський" of Яремче,
#: "Надвірнянський" of Надвірна, "Шосткинський" of Шостка).
_SEAT_SUFFIX = re.compile(r"(?:ian|an|yn)$")

_SPACE = re.compile(r"\s+")


def expand_abbreviations(name: str, lang: str) -> str:
    """``name`` with each abbreviated unit word written in full (else ``name`` itself).

    "Кировской обл." -> "Кировской область", "pow. kaliskiego" -> "powiat kaliskiego".
    """
    table = ABBREVIATIONS.get(lang)
    if not table:
        return name
    words = _SPACE.split(name.strip())
    full = [table.get(w.rstrip(".").lower(), w) if len(words) > 1 else w for w in words]
    return " ".join(full) if full != words else name


def abbreviation(word: str, lang: str) -> bool:
    """Whether ``word`` (without its dot) is an abbreviated unit word ("woj", "обл")."""
    return word.rstrip(".").lower() in ABBREVIATIONS.get(lang, {})


def _district_parts(name: str, lang: str) -> tuple[str, str] | None:
    """The (district word, other word) of a two-word district name, or ``None``."""
    words = _SPACE.split(expand_abbreviations(name, lang).strip())
    if len(words) != 2:
        return None
    kinds = DISTRICT_WORDS.get(lang, frozenset())
    # the adjective comes first in Russian and Ukrainian ("Сумського району"; "в районі
    # Сновська" is "near Snovsk"), after the word in Polish ("powiatu kaliskiego")
    i = 1 if lang in ADJECTIVE_FIRST else 0
    word = words[i]
    if _lemma(word, lang).lower() in kinds or word.lower() in kinds:
        return word, words[1 - i]
    return None


def names_district(name: str, lang: str) -> bool:
    """Whether ``name`` is a district's: a district word and one other word."""
    return _district_parts(name, lang) is not None


def district_stem(name: str, lang: str) -> str | None:
    """The stem of the seat's adjective a district is named by, or ``None``.

    "Генического р-на" -> "geniche", "Гайсинського району" -> "haisyn",
    "Вовчанській громаді" -> "vovchan", "powiatu kętrzyńskiego" -> "ketrzyn",
    "Шепетівському районі" -> "shepetiv" (the locative's ending first).
    """
    parts = _district_parts(name, lang)
    if parts is None:
        return None
    word = parts[1]
    roman = normalize_name(romanize_uk(word) if lang == "uk" else word)
    stem = _ADJECTIVE.sub("", LOCATIVE_ADJECTIVE.sub("", roman))
    if stem == roman or len(stem) < MIN_SEAT_STEM or " " in stem:
        return None
    return stem


def district_seat(name: str, lang: str) -> str | None:
    """The seat a German district is named by ("Landkreis Lörrach" -> "Lörrach")."""
    if lang != "de":
        return None
    words = _SPACE.split(expand_abbreviations(name, lang).strip())
    if len(words) != 2 or words[0].lower() not in GERMAN_DISTRICTS or not words[1][:1].isupper():
        return None
    return words[1]


def seat_suffix_stem(stem: str) -> str | None:
    """``stem`` without a suffix its adjective adds to its seat's ("yaremchan" -> "yaremch").

    ``None`` when it has none or too little is left (:data:`MIN_SEAT_STEM`).
    """
    short = _SEAT_SUFFIX.sub("", stem)
    return short if short != stem and len(short) > MIN_SEAT_STEM else None
