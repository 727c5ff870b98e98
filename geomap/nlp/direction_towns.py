"""A front direction named by a town's adjective names the town ("на Покровском направлении").

War reports name a sector of the front after a town, by the town's adjective
and a word for a direction or a sector: "на Купянском направлении", "на
Покровському напрямку", "na kierunku pokrowskim", "na odcinku kupiańskim", as
English says "the Bakhmut direction" (:data:`geomap.nlp.town_actions.AREA_NOUNS`).
The adjective is the town: :func:`direction_candidates` strips its ending and
looks the town up by the nominatives such a stem may have ("Покровськ",
"Лиман" of "Лиманському", "Курахове" of "Кураховському", "Костянтинівка" of
"Костянтинівському", "Гуляйполе" of "Гуляйпільському"). Polish writes the
adjective in lower case, after the noun; Russian and Ukrainian capitalise it,
before the noun. An adjective in a list is governed by the same noun ("на
Покровском и Кураховском направлениях", "na kierunku kurachowskim i pokrowskim").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from geomap.records import Candidate

#: Beginnings of the words for a front's direction or sector (lower case).
DIRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("направлени", "участк", "участок"),
    "uk": ("напрям", "ділянц", "ділянк"),
    "pl": ("kierunk", "kierunek", "odcink", "odcinek"),
}
#: Whether the adjective comes after the noun (Polish) or before it.
_AFTER_NOUN = frozenset({"pl"})
#: A town's adjective: the stem with its "-sk-" suffix, and an adjective's ending.
_ADJECTIVE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"^([а-яё\-]{3,}(?:ск|цк))(?:ом|ого|ому|им|ое|ий|ой|ая|ую|ие|их|ими)$"),
    "uk": re.compile(
        r"^([а-щьюяєіїґ'’ʼ\-]{3,}(?:ськ|цьк))(?:ому|ого|им|ім|ій|ий|е|а|у|ою|і|их|ими)$"
    ),
    "pl": re.compile(r"^([a-ząćęłńóśźż\-]{3,}(?:sk|ck))(?:im|iego|iemu|i|ie|ich|imi|ą|a)$"),
}
#: Conjunctions inside a list of adjectives.
_JOINS: dict[str, frozenset[str]] = {
    "ru": frozenset({"и", ","}),
    "uk": frozenset({"і", "й", "та", ","}),
    "pl": frozenset({"i", "oraz", ","}),
}
#: Endings a town's nominative may add to the stem without its suffix.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("", "о", "ка", "е", "ье"),
    "uk": ("", "е", "ка", "я"),
    "pl": ("", "e", "ka"),
}
#: A vowel the nominative has where the adjective's stem has another
#: ("Гуляйпільський" -> "Гуляйполе", "Курахівський" -> "Курахове", "charkowski" -> "Charków").
_ALTERNATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (),
    "uk": (("і", "о"),),
    "pl": (("o", "ó"),),
}


def _is_direction(tok: Token, lang: str) -> bool:
    return tok.is_alpha and tok.lower_.startswith(DIRECTION_WORDS.get(lang, ()))


def _adjective_stem(tok: Token, lang: str) -> str | None:
    shape = _ADJECTIVE.get(lang)
    if shape is None or (lang not in _AFTER_NOUN and not tok.text[:1].isupper()):
        return None
    m = shape.match(tok.lower_)
    return None if m is None else tok.text[: len(m.group(1))]


def names_direction(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a town's adjective governed by a word for a front's direction."""
    if _adjective_stem(tok, lang) is None:
        return False
    doc, step = tok.doc, (-1 if lang in _AFTER_NOUN else 1)
    i = tok.i + step
    joins = _JOINS.get(lang, frozenset())
    while 0 <= i < len(doc):
        if _is_direction(doc[i], lang):
            return True
        # walk over a list of adjectives: "на Покровском и Кураховском направлениях"
        if doc[i].lower_ not in joins or not 0 <= i + step < len(doc):
            return False
        if _adjective_stem(doc[i + step], lang) is None:
            return False
        i += 2 * step
    return False


def town_forms(stem: str, lang: str) -> list[str]:
    """The nominatives a town's adjective stem ("Покровськ", "pokrowsk") may come from."""
    suffix = 3 if lang == "uk" else 2  # "-ськ", "-ск", "-sk"
    base = stem[:-suffix]
    bases = [base, base.rstrip("ьЬ")]
    for old, new in _ALTERNATIONS.get(lang, ()):
        for b in list(bases):
            k = b.rfind(old)
            if k >= len(b) - 3 and k > 0:
                bases.append(b[:k] + new + b[k + 1 :])
    forms = [stem] + [b + e for b in dict.fromkeys(bases) for e in _ENDINGS.get(lang, ())]
    return list(dict.fromkeys(f[:1].upper() + f[1:] for f in forms if len(f) >= 3))


def direction_candidates(gazetteer: Any, tok: Token) -> list[Candidate]:
    """The towns a direction's adjective names ("Купянском" -> Kupiansk), or ``[]``.

    The first of :func:`town_forms` the gazetteer holds towns for gives them.
    """
    lang = tok.doc.lang_
    if not names_direction(tok, lang):
        return []
    stem = _adjective_stem(tok, lang)
    assert stem is not None
    for form in town_forms(stem, lang):
        towns = [c for c in gazetteer.candidates(form, lang) if c.place.feature_type == "city"]
        if towns:
            return towns
    return []
