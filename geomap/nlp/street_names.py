"""Street names and other noun phrases whose adjective is named after a place.

A street is named after a person, a date or a town: "на улице Мира", "на
Октябрьской улице", "вулиці Соборній", "przy ul. Piłsudskiego", "al. Najświętszej
Maryi Panny", "rue de Paris".  A name right after a street word (the dot of its
abbreviation, a French "de" and up to :data:`MAX_STREET_WORDS` capitalised words
between), or one word right before a street word in lower case, is the street's
name, not a place.  Some forms of the street word are also a plural ("вулиці Києва",
"улицы Харькова", "the streets of Kyiv"): after those a country, an admin unit
or a city of :data:`~geomap.nlp.vocab.BIG_CITY` is still the place.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.local_context import capitalised
from geomap.nlp.vocab import BIG_CITY

#: Words for a street, square, avenue or road, and their abbreviations (without the dot).
STREET_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"улица", "улице", "улицу", "улицей", "улицы", "ул", "проспект", "проспекте",
                     "проспекта", "проспектом", "пр-т", "переулок", "переулке", "переулка", "пер",
                     "бульвар", "бульваре", "бульвара", "площадь", "площади", "шоссе",
                     "набережная", "набережной"}),
    "uk": frozenset({"вулиця", "вулиці", "вулицю", "вулицею", "вул", "проспект", "проспекті",
                     "проспекту", "проспектом", "просп", "провулок", "провулку", "бульвар",
                     "бульварі", "бульвару", "площа", "площі", "площею", "шосе",
                     "набережна", "набережній"}),
    "pl": frozenset({"ul", "ulica", "ulicy", "ulicę", "ulicą", "al", "aleja", "alei", "aleję",
                     "aleją", "pl", "plac", "placu", "placem", "os", "osiedle", "osiedlu",
                     "rondo", "rondzie"}),
    "fr": frozenset({"rue", "avenue", "av", "boulevard", "bd", "quai", "allée", "impasse",
                     "cours", "chemin"}),
}  # fmt: skip

#: Forms of a street word that are also a plural ("вулиці Києва": the streets of Kyiv).
PLURAL_FORMS = frozenset({"улицы", "вулиці", "площі", "ulicy", "ulice"})

#: Capitalised words of a street's name before the one judged ("al. Najświętszej Maryi").
MAX_STREET_WORDS = 3

#: French words between a street word and its name ("rue de la Paix", "avenue d'Italie").
_FRENCH_LINKS = frozenset({"de", "du", "des", "la", "le", "d'", "d’", "l'", "l’"})


def _street_word(tok: Token, lang: str) -> bool:
    return tok.lower_.rstrip(".") in STREET_WORDS.get(lang, frozenset())


def _word_before(span: Span, lang: str) -> Token | None:
    """The street word the name of ``span`` follows, if any."""
    doc = span.doc
    i = span.start - 1
    run = 0
    while i >= 0 and run < MAX_STREET_WORDS and capitalised(doc[i]) and doc[i].is_alpha:
        i, run = i - 1, run + 1
    while lang == "fr" and i >= 0 and doc[i].lower_ in _FRENCH_LINKS:
        i -= 1
    if i >= 1 and doc[i].text == ".":  # "ul" "." as two tokens
        i -= 1
    return doc[i] if i >= 0 and _street_word(doc[i], lang) else None


def _prominent(span: Span, gazetteer: Any, lang: str) -> bool:
    return any(
        c.place.feature_type in ("country", "admin1")
        or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
        for c in gazetteer.candidates(span.text, lang)
    )


def street_name(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` is (a part of) a street's name (see the module docstring)."""
    doc = span.doc
    lang = doc.lang_
    if lang not in STREET_WORDS:
        return False
    before = _word_before(span, lang)
    if before is not None:
        plural = before.lower_ in PLURAL_FORMS
        return not (plural and _prominent(span, gazetteer, lang))
    if len(span) == 1 and span.end < len(doc):  # "на Октябрьской улице"
        nxt = doc[span.end]
        return nxt.is_lower and _street_word(nxt, lang) and nxt.lower_ not in PLURAL_FORMS
    return False


def outside_streets(spans: list[Span], gazetteer: Any) -> list[Span]:
    """The spans that name no street (:func:`street_name`)."""
    return [s for s in spans if not street_name(s, gazetteer)]


#: Shortest agreeing adjective after the capitalised one ("обласному").
MIN_ATTRIBUTE = 5
#: Russian and Ukrainian adjective endings that an agreeing adjective after shares.
_AGREEING_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("ому", "ему", "ого", "его", "ой", "ей", "ом", "ем", "ым", "им", "ую", "ая", "ое",
           "ых", "их", "ый", "ий", "ые", "ие"),
    "uk": ("ому", "ого", "ій", "ої", "ою", "им", "их", "ий", "ім"),
}  # fmt: skip


def attribute_of_next(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is an adjective that a lowercase adjective with its ending follows.

    "у Вінницькому обласному центрі", "в Ленинградском областном суде": the capitalised
    word is the first of two agreeing adjectives of a noun, an institution's name, not
    a town named like an adjective ("у Хмельницькому комунальники": no agreeing word).
    """
    endings = _AGREEING_ENDINGS.get(lang)
    doc = tok.doc
    if not endings or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if not (nxt.is_alpha and nxt.is_lower) or nxt.is_stop or len(nxt.text) < MIN_ATTRIBUTE:
        return False
    low = tok.lower_
    return any(low.endswith(e) and nxt.lower_.endswith(e) for e in endings)
