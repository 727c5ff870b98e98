"""Towns abroad an article's Cyrillic name transcribes, kept when the article names the country.

A Russian or Ukrainian article names a foreign town as it sounds ("в Эрбиле", "у
Зуары", "между Вентспилсом и Готландом") and, nearly always, the country around it
("Ирака", "Ливии", "Латвии"), or its adjective ("Иранские власти").  A name the
gazetteer's lookup finds nothing for takes the towns abroad it may transcribe
(:meth:`geomap.gazetteer.Gazetteer.towns_abroad`) that lie in a country the article
names; a name with candidates is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.gazetteer.towns_abroad import CYRILLIC_LANGUAGES
from geomap.instance_cache import per_first_argument
from geomap.nlp.country_of_adjective import OWN_MATCHES, adjective_countries_of, countries_named
from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.records import Candidate
from geomap.text import is_cyrillic


def named_countries(cands: Mapping[str, Sequence[Candidate]]) -> set[str]:
    """The country codes of the countries the article names by their own names."""
    return {
        c.place.country_code
        for options in cands.values()
        for c in options
        if c.place.feature_type == "country" and c.match in OWN_MATCHES and c.place.country_code
    }


def adjective_countries(gazetteer: Any, doc: Doc) -> set[str]:
    """Countries a Russian or Ukrainian article names by an adjective ("Иранские власти").

    Each word is read by :func:`adjective_country`.
    """
    out: set[str] = set()
    for tok in doc:
        out.update(adjective_country(gazetteer, tok))
    return out


def adjective_country(gazetteer: Any, tok: Token) -> frozenset[str]:
    """The countries a Russian or Ukrainian adjective names ("румунської": Romania), if any.

    Read by the language's rule (:func:`~geomap.nlp.country_of_adjective.adjective_countries_of`).
    """
    if not tok.is_alpha or not is_cyrillic(tok.text):
        return frozenset()
    return adjective_countries_of(gazetteer, tok, tok.doc.lang_)


def towns_in_named_countries(
    gazetteer: Any,
    cands: dict[str, list[Candidate]],
    groups: Mapping[str, Sequence[Span]],
) -> dict[str, list[Candidate]]:
    """Each name's candidates; a name with none takes its transcribed towns abroad.

    Only towns in a country the article names count (see the module docstring).
    """
    abroad = getattr(gazetteer, "towns_abroad", None)
    if abroad is None or all(cands.values()):
        return cands
    countries = named_countries(cands)
    doc = next(iter(groups.values()))[0].doc if groups else None
    if doc is not None and doc.lang_ in CYRILLIC_LANGUAGES:
        countries |= entity_countries(gazetteer, doc)  # its adjectives, "Косова"
    if not countries:
        return cands
    out = dict(cands)
    for key, options in cands.items():
        if options:
            continue
        first = groups[key][0]
        found = [
            c for c in abroad(first.text, first.doc.lang_) if c.place.country_code in countries
        ]
        if found:
            out[key] = found
    return out


def entity_countries(gazetteer: Any, doc: Doc) -> set[str]:
    """Countries a Russian, Ukrainian or French article names, read before resolution.

    Its place entities that are a country's own name ("Ирака") or a guessed case of
    one (:func:`_guessed_country`), and the countries it
    names by an adjective (:func:`adjective_countries`).
    """
    lang = doc.lang_
    if lang not in GUESSED_TOWN_LANGUAGES:
        return set()
    out = adjective_countries(gazetteer, doc)
    for ent in doc.ents:
        if ent.label_ in ("LOC", "GPE"):
            out.update(countries_named(gazetteer, (ent.text,), lang))
            out.update(_guessed_country(gazetteer, ent.text, lang))
    return out


@per_first_argument(maxsize=4096)
def _guessed_country(gazetteer: Any, name: str, lang: str) -> frozenset[str]:
    """The country a location entity names by a guessed case form, its first candidate.

    "север Косова": the lemmatiser does not know "Косово", so the genitive meets
    Kosovo only by a guessed nominative; the model's word that it is a location
    makes it the country.
    """
    cands = gazetteer.candidates(name, lang)
    if not cands or cands[0].place.feature_type != "country" or not cands[0].place.country_code:
        return frozenset()
    return frozenset({cands[0].place.country_code})


def town_abroad_entity(gazetteer: Any, ent: Span, countries: set[str]) -> bool:
    """Whether a place entity the lookup finds nothing for transcribes a town abroad.

    The town must lie in a country the article names (:func:`entity_countries`):
    "в Эрбиле" in a story that names Iraq.
    """
    abroad = getattr(gazetteer, "towns_abroad", None)
    if abroad is None or not countries:
        return False
    return any(c.place.country_code in countries for c in abroad(ent.text, ent.doc.lang_))


#: Smallest town abroad a one-word person entity after a preposition may be
#: (:func:`town_of_named_country`).
NAMED_COUNTRY_TOWN = 20_000
#: The same in French, whose model labels rather than misreads such a town ("de Sake").
NAMED_COUNTRY_TOWN_FR = 10_000
#: Languages whose person entities after a preposition may be a town of a named country.
GUESSED_TOWN_LANGUAGES = CYRILLIC_LANGUAGES | {"fr"}


def town_of_named_country(ent: Span, cands: Sequence[Candidate], countries: set[str]) -> bool:
    """Whether a one-word entity the model calls a person is a town of a country named abroad.

    natasha reads the genitive of a town abroad as a surname ("у Кагула", "у Дубоссар" in
    a story that names Moldova). The caller checks the preposition of place before it;
    the town, of :data:`NAMED_COUNTRY_TOWN` people, must lie in a country the article
    names (:func:`entity_countries`) outside the language's own countries (where a
    surname after "у" is as likely as a town).
    """
    if len(ent) != 1 or not countries:
        return False
    lang = ent.doc.lang_
    home = HOME_COUNTRIES.get(lang, frozenset())
    least = NAMED_COUNTRY_TOWN_FR if lang == "fr" else NAMED_COUNTRY_TOWN
    return any(
        c.place.feature_type == "city"
        and c.place.population >= least
        and c.place.country_code in countries - home
        for c in cands
    )
