"""A feature named by its kind's word and its own name: "пустыне Атакама", "îles Lofoten".

News in Russian, Ukrainian, Polish, German and French names a desert, an island or
island group, a volcano, a valley, a lake or a strait abroad by the word for its kind,
inflected, and the feature's own name left as it is: "в пустыне Гоби", "на островах
Лофотен", "w cieśninie Bab al-Mandab", "в долині Бекаа", "dans les îles Galápagos",
"le désert de Gobi", "auf der Insel Jeju". The gazetteer holds the name alone ("Gobi
Desert" is also "Gobi"), not the phrase, so the phrase found nothing and the resolver
placed it at the article's focus.

:func:`apposed_kind` reads the phrase as the name after the word and the kinds of
entry such a word may name (:data:`KIND_WORDS`, keyed by the word's lemma);
:func:`kind_candidates` takes the entries of that name and of those kinds only, so
"озере Скарборо" does not become the English town and "острове Мальта" may be the
island country. The resolver (:func:`geomap.nlp.candidates.name_candidates`) tries
it only for a recognised phrase whose own lookup found nothing; the store's lookup,
which the recogniser uses, is unchanged, so recognition still stops at the name where
the older sets' convention does ("на озере Имандра": Имандра).

The words are the languages' ordinary nouns for these kinds (no place names); French
and German also name a feature with "de"/"du" between word and name ("désert de
Gobi"), which :func:`apposed_kind` reads too.
"""

from __future__ import annotations

import re
from typing import Any

from geomap.gazetteer.lemmas import lemmas
from geomap.records import Candidate

#: Kinds of gazetteer entry a word may name.
WATER: frozenset[str] = frozenset({"water"})
LANDFORM: frozenset[str] = frozenset({"landform"})
DESERT: frozenset[str] = frozenset({"landform", "region"})
ISLAND: frozenset[str] = frozenset({"landform", "admin1", "country"})
VALLEY: frozenset[str] = frozenset({"landform", "region", "admin1", "admin2"})


def _words(kinds: frozenset[str], text: str) -> dict[str, frozenset[str]]:
    return dict.fromkeys(text.split(), kinds)


#: A kind's words (lemmas, lower case) per language, with the kinds of entry they name.
KIND_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "ru": {
        **_words(DESERT, "пустыня"),
        **_words(ISLAND, "остров острова архипелаг"),
        **_words(LANDFORM, "полуостров вулкан"),
        **_words(VALLEY, "долина"),
        **_words(WATER, "озеро пролив залив река"),
    },
    "uk": {
        **_words(DESERT, "пустеля"),
        **_words(ISLAND, "острів острови архіпелаг"),
        **_words(LANDFORM, "півострів вулкан"),
        **_words(VALLEY, "долина"),
        **_words(WATER, "озеро протока затока річка"),
    },
    "pl": {
        **_words(DESERT, "pustynia"),
        **_words(ISLAND, "wyspa wyspy archipelag"),
        **_words(LANDFORM, "półwysep wulkan"),
        **_words(VALLEY, "dolina"),
        **_words(WATER, "jezioro cieśnina zatoka rzeka"),
    },
    "de": {
        **_words(DESERT, "wüste"),
        **_words(ISLAND, "insel inseln"),
        **_words(LANDFORM, "halbinsel vulkan"),
    },
    "fr": {
        **_words(DESERT, "désert"),
        **_words(ISLAND, "île îles archipel"),
        **_words(LANDFORM, "volcan"),
        **_words(VALLEY, "vallée"),
    },
}
#: French "de" and German "von" between a kind's word and the name ("désert de Gobi").
_LINK = re.compile(r"^(?:de la |de l['’]|du |des |de |d['’]|von )(?=\w)")


def apposed_kind(name: str, lang: str) -> tuple[str, frozenset[str]] | None:
    """The name after a kind's word and the kinds it may name, or ``None``.

    "пустыне Атакама" -> ``("Атакама", DESERT)``, "îles Lofoten" -> ``("Lofoten",
    ISLAND)``, "désert de Gobi" -> ``("Gobi", DESERT)``; the word is matched by its
    lemma (:data:`KIND_WORDS`), and the name must start with a capital.
    """
    words = KIND_WORDS.get(lang)
    first, _, rest = name.strip().partition(" ")
    if words is None or not rest:
        return None
    forms = (first.lower(), *(w.lower() for w in lemmas(first, lang)))
    kinds = next((words[f] for f in forms if f in words), None)
    if kinds is None:
        return None
    link = _LINK.match(rest) if lang in ("fr", "de") else None
    core = rest[link.end() :] if link is not None else rest
    return (core, kinds) if core[:1].isupper() else None


def kind_candidates(gazetteer: Any, name: str, lang: str) -> list[Candidate]:
    """The entries a kind's word and a name name: of that name, of the word's kinds.

    Empty when ``name`` is no such phrase (:func:`apposed_kind`) or no entry fits.
    """
    phrase = apposed_kind(name, lang)
    if phrase is None:
        return []
    core, kinds = phrase
    return [
        Candidate(c.place, "alternate")
        for c in gazetteer.candidates(core, lang)
        if c.place.feature_type in kinds
    ]
