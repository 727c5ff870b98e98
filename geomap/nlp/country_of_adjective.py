"""The countries a word names as their adjective, by one rule per language.

News names a country by its adjective as often as by its name ("Belarusian",
"belarussische", "румунської"). :func:`adjective_countries_of` reads them for every
caller: :mod:`geomap.nlp.country_adjectives` (a namesake in the country whose adjective
its sentence writes) and :mod:`geomap.nlp.named_countries` (the countries a Russian or
Ukrainian article names, whose transcribed towns it may name).

An adjective is recognised by its shape, not from a list; each language's rule is a row
of :data:`RULES`:

- English: the curated demonyms (``data/demonyms.csv``, "Belarusian"), capitalised.
- The local languages: a word with the language's adjective ending on its normalised
  (romanised) form (German "-isch", French "-ien", "-ais", "-ois", "-ain", "-e", Polish,
  Russian and Ukrainian "-sk-") whose stem (:data:`MIN_STEM` letters or more) begins one
  of a country's one-word names in that language, or begins with one ("belarussisch":
  "Belarus", "biélorusse": "Biélorussie", "białoruski": "Białoruś", "белорусский":
  "Белоруссия"), or whose stem is that of an adjective of a country's long name that no
  other country's long name has ("französisch": "Französische Republik", "polski":
  "Rzeczpospolita Polska"; not "fédérale", which six countries' names have).  German,
  French and Polish read lowercase words only (a capitalised one is a noun or a name's).
- Russian and Ukrainian also by their morphology, on the Cyrillic word: the stem before
  "-ск-"/"-ськ-" with the "-ий-"/"-й-" it had, or with a country name's ending ("-ия",
  "-ія", "-щина", "-ща"), is a country's own name ("румунської": "Румунія",
  "угорського": "Угорщина", "латвийской": "Латвия").

Other adjectives ("polnisch", "polonais") are not recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from geomap.gazetteer.names import normalize_name
from geomap.instance_cache import per_first_argument
from geomap.text import is_cyrillic

#: Match kinds by which a name names a country itself (a guessed form does not).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})
#: Fewest letters of an adjective's stem (shorter ones begin too many names).
MIN_STEM = 4
#: Fewest letters of the stem of an adjective of a long name, matched whole ("pol" of
#: "Rzeczpospolita Polska").
MIN_LONG_STEM = 3


@dataclass(frozen=True)
class AdjectiveRule:
    """How one language writes a country's adjective (a row of :data:`RULES`).

    Attributes
    ----------
    ending
        The adjective ending on the normalised word; ``None``: the curated demonyms.
    lowercase
        Whether only a lowercase word is read by its ending.
    morphology
        The Cyrillic adjective: its stem (group 1) and the "-ий-"/"-й-" after it
        (group 2); ``None``: no reading by morphology.
    name_endings
        Endings a country's name puts after that stem (the first: "-ия"/"-ія").
    """

    ending: re.Pattern[str] | None
    lowercase: bool = True
    morphology: re.Pattern[str] | None = None
    name_endings: tuple[str, ...] = ()


#: A Russian or Ukrainian adjective of a country's name: "иранские", "латвийской",
#: "китайские", "іранські" (the stem before "-ск-"/"-ськ-", and the "-ий-", "-ій-" or
#: "-й-" before it).
CYRILLIC_ADJECTIVE = re.compile(r"^(\w{3,}?)(ий|ій|й)?сь?к\w{1,3}$")
#: The Slavic adjective ending on the normalised word.
_SK = re.compile(r"sk[a-z]{1,4}$")

#: Each language's rule; a language without one reads no adjective.
RULES: dict[str, AdjectiveRule] = {
    "en": AdjectiveRule(ending=None),
    "de": AdjectiveRule(re.compile(r"isch(?:e|en|er|es|em)?$")),
    "fr": AdjectiveRule(re.compile(r"(?:iennes?|iens?|aises?|ais|oises?|ois|aines?|ains?|es?)$")),
    "pl": AdjectiveRule(re.compile(r"[sc]k[a-z]{1,4}$")),
    "ru": AdjectiveRule(_SK, lowercase=False, morphology=CYRILLIC_ADJECTIVE, name_endings=("ия",)),
    "uk": AdjectiveRule(
        _SK, lowercase=False, morphology=CYRILLIC_ADJECTIVE, name_endings=("ія", "щина", "ща")
    ),
}


def stem_names(stem: str, names: Iterable[str]) -> bool:
    """Whether an adjective's ``stem`` begins one of ``names`` or begins with one.

    >>> stem_names("belaruss", ["belarus", "weissrussland"])
    True
    >>> stem_names("poln", ["polen"])
    False
    """
    return len(stem) >= MIN_STEM and any(
        len(name) >= MIN_STEM and (name.startswith(stem) or stem.startswith(name)) for name in names
    )


def adjective_stem(word: str, lang: str) -> str | None:
    """``word`` (normalised) without its adjective ending in ``lang``; ``None`` without one."""
    rule = RULES.get(lang)
    pattern = rule.ending if rule is not None else None
    found = pattern.search(word) if pattern is not None else None
    return word[: found.start()] if found is not None else None


def adjective_countries_of(gazetteer: Any, token: Token, lang: str | None) -> frozenset[str]:
    """The country codes ``token`` names as their adjective in ``lang`` (module docstring).

    ``None`` is read as English.
    """
    rule = RULES.get(lang or "en")
    text = token.text
    if rule is None:
        return frozenset()
    if rule.ending is None:
        return _demonym_country(gazetteer, text)
    if not text.isalpha() or (rule.lowercase and not text.islower()):
        return frozenset()
    return _by_ending(gazetteer, text.lower(), lang or "en") | _by_morphology(
        gazetteer, token.lower_, lang or "en", rule
    )


def _demonym_country(gazetteer: Any, text: str) -> frozenset[str]:
    if not text[:1].isupper() or not hasattr(gazetteer, "demonym"):
        return frozenset()
    place = gazetteer.demonym(text)
    if place is None or place.feature_type != "country" or not place.country_code:
        return frozenset()
    return frozenset({place.country_code})


@per_first_argument(maxsize=16384)
def _by_ending(gazetteer: Any, word: str, lang: str) -> frozenset[str]:
    """Countries whose names the stem of ``word`` begins, or whose long name's adjective it is."""
    stem = adjective_stem(normalize_name(word), lang)
    if stem is None:
        return frozenset()
    return frozenset(
        cc
        for cc, keys in country_names(gazetteer, lang).items()
        if stem_names(stem, keys) or stem in long_form_stems(gazetteer, cc, lang)
    )


@per_first_argument(maxsize=16)
def country_names(gazetteer: Any, lang: str) -> dict[str, tuple[str, ...]]:
    """Every country's one-word name keys in ``lang``, by country code (kept per gazetteer)."""
    out: dict[str, list[str]] = {}
    for key, cc in gazetteer.country_name_keys(lang):
        out.setdefault(cc, []).append(key)
    for cc, _ in gazetteer.country_words(lang):
        out.setdefault(cc, [])
    return {cc: tuple(keys) for cc, keys in sorted(out.items())}


@per_first_argument(maxsize=1024)
def long_form_stems(gazetteer: Any, cc: str, lang: str) -> frozenset[str]:
    """The stems of the adjectives in country ``cc``'s long names that it alone owns.

    "Französische Republik": "franzos"; "Republika Litewska": "litew"
    (:meth:`~geomap.gazetteer.entries.Entries.country_words`). Kept per gazetteer.
    """
    stems = (adjective_stem(w, lang) for w, owner in gazetteer.country_words(lang) if owner == cc)
    return frozenset(s for s in stems if s and len(s) >= MIN_LONG_STEM)


def _by_morphology(gazetteer: Any, lower: str, lang: str, rule: AdjectiveRule) -> frozenset[str]:
    """Countries whose own name is the Cyrillic adjective's stem with a name's ending."""
    if rule.morphology is None or not is_cyrillic(lower):
        return frozenset()
    m = rule.morphology.match(lower)
    if m is None:
        return frozenset()
    stem, iy = m.group(1), m.group(2)
    first, *lands = rule.name_endings
    # "румунської" -> "Румунія", "угорського" -> "Угорщина", "польського" -> "Польща"
    forms = [stem + first, stem + iy] if iy else [stem, stem + first, *(stem + e for e in lands)]
    return countries_named(gazetteer, tuple(f.capitalize() for f in forms), lang)


@per_first_argument(maxsize=4096)
def countries_named(gazetteer: Any, forms: tuple[str, ...], lang: str) -> frozenset[str]:
    """The countries one of ``forms`` names by its own name in ``lang``."""
    return frozenset(
        c.place.country_code
        for form in forms
        for c in gazetteer.candidates(form, lang)
        if c.place.feature_type == "country" and c.match in OWN_MATCHES and c.place.country_code
    )
