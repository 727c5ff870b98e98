"""Which gazetteer candidates a context lets the local recogniser take (:mod:`geomap.nlp.local`).

Prominent places are taken wherever their name is capitalised; towns need a
context (:mod:`geomap.nlp.local_context`); a word for a kind of place takes a
candidate of that kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.districts import expand_abbreviations, names_district
from geomap.gazetteer.lemmas import lemmas
from geomap.gazetteer.unit_words import ADMIN_WORDS
from geomap.nlp.local_context import capitalised, kind_before
from geomap.nlp.local_position import in_name_run
from geomap.nlp.local_words import (
    HOME_COUNTRIES,
    KIND_WORDS,
    NATURAL_PREPOSITIONS,
)
from geomap.records import Candidate

#: Feature types taken wherever the name is capitalised.
PROMINENT_TYPES = frozenset({"country", "continent", "region", "admin1"})
#: Water bodies taken by name alone (rivers and lakes need context).
PROMINENT_WATER = frozenset({"OCN", "SEA", "GULF", "STRT", "BAY", "ocean", "sea", "gulf", "bay",
                             "strait", "sound", "channel", "lagoon"})  # fmt: skip
#: Towns at least this large are taken inside a sentence where only names are capitalised.
MID_CITY = 20_000
#: Smallest town taken in a supporting context.
TOWN = 1_000
#: Feature codes of administrative seats (GeoNames leaves some without a population).
SEATS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4"})


def town(c: Candidate, lang: str) -> bool:
    """A town of :data:`TOWN` people, or a seat of the language's own countries by its name."""
    p = c.place
    if p.feature_type not in ("city", "admin2"):
        return False
    return p.population >= TOWN or (
        c.match == "name" and p.feature_code in SEATS and p.country_code in HOME_COUNTRIES[lang]
    )


def of_kind(c: Candidate, kind: str) -> bool:
    """Whether a candidate is of the kind a word says ("Insel Borkum": the island's town)."""
    ftype = c.place.feature_type
    if kind == "city":
        return ftype in ("city", "admin2")
    if kind == "admin":  # "la préfecture de l'Isère": the département
        return ftype in ("admin1", "admin2")
    return ftype == kind or (kind == "landform" and ftype == "city")


def natural(c: Candidate) -> bool:
    """Whether a candidate is a water body or a landform."""
    return c.place.feature_type in ("water", "landform")


def listed_natural(found: Sequence[Candidate], listed: Sequence[Candidate]) -> bool:
    """Whether a word listed beside a found river or range names one of that kind too.

    "von Euphrat und Tigris", "an Weser und Aller", "Harz und Eifel": a name of a
    water body (a landform) by its own name beside a found name that may be one. A
    source's other (alternate) name is not enough, except for a Natural Earth river or
    lake (its feature class in lower case), whose names in the local languages are the
    curated table's, reached by a guessed nominative ("Тобола и Иртыша", "на Оби и
    Иртыше": the lemmatiser knows no "Иртыш").
    """
    kinds = {c.place.feature_type for c in found if natural(c)}
    return any(
        natural(c)
        and c.place.feature_type in kinds
        and (c.match != "alternate" or c.place.feature_code.islower())
        for c in listed
    )


def names_unit(span: Span, lang: str) -> bool:
    """Whether a word of ``span`` is a word for an admin unit ("obwodu zaporoskiego").

    An abbreviated one counts ("woj. śląskiego"), and so does a district's ("pow. kaliskiego").
    """
    text = expand_abbreviations(span.text, lang)
    admin = ADMIN_WORDS.get(lang, ())
    return any(w.lower() in admin for w in lemmas(text, lang)) or names_district(text, lang)


def prominent(c: Candidate) -> bool:
    """A country, continent, region, admin-1 unit, sea or landform: taken wherever capitalised."""
    p = c.place
    if p.feature_type in PROMINENT_TYPES:
        return True
    if p.feature_type in ("water", "landform"):
        return p.feature_code in PROMINENT_WATER or p.feature_type == "landform"
    return False


def proper_town(tok: Token, cands: Sequence[Candidate], lang: str) -> bool:
    """A capitalised word inside a sentence, alone, naming a town of :data:`MID_CITY`.

    Where only proper nouns are capitalised ("в порту Ізмаїла"), such a word is a
    name; it is not taken at a sentence's start or beside another name.  A river's
    or a mountain's own name counts as well ("вийшли з берегів Прут", "підніметься
    і Дністер").
    """
    if tok.is_sent_start or in_name_run(tok, lang):
        return False
    return any(
        c.match != "alternate"
        and (
            (c.place.feature_type == "city" and c.place.population >= MID_CITY)
            or c.place.feature_type in ("water", "landform")
        )
        for c in cands
    )


def says_natural(span: Span) -> bool:
    """Whether the words before a name say it is a river, lake, island or mountain.

    A word for the kind ("Fluss Oskil", "l'île d'Ouessant"), or a German bank
    preposition ("an Mosel und Lahn", "am Main"): German names towns after "in".
    "nad", "над" may mean "over" ("над Москвою"), so they only weigh
    (:func:`reading`).
    """
    first = span[0]
    lang = span.doc.lang_
    if kind_before(first, lang) in ("water", "landform"):
        return True
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.lower_ in NATURAL_PREPOSITIONS.get(lang, frozenset())


def starts_natural_name(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a word for water or a landform that a name follows ("Zatoce Puckiej").

    Then it is the first word of that name ("Kanał Sueski", "Zatoka Pucka"), not a town of
    the same name (Zatoka, Kanal).
    """
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not names_natural(doc[tok.i : tok.i + 1], lang):
        return False
    nxt = doc[tok.i + 1]
    return capitalised(nxt) and not nxt.is_sent_start


def names_natural(span: Span, lang: str | None = None) -> bool:
    """Whether a word of ``span`` names a kind of water or landform ("Онежского озера")."""
    lang = lang or span.doc.lang_
    kinds = KIND_WORDS.get(lang, {})
    return any(
        kinds.get(w.lower()) in ("water", "landform")
        for w in [t.lower_ for t in span] + lemmas(span.text, lang)
    )


def unit_of_a_town(notable: Sequence[Candidate], cands: Sequence[Candidate]) -> bool:
    """Whether the prominent candidates are admin units named as a town of theirs is.

    The canton Zug and its town Zug: after an article in German ("der Zug", "ein
    Zug": the train) the name is no more a place than the town's would be.  A town
    of that name abroad does not count ("das Wallis": the canton, not Wallis, Texas).
    """
    units = {c.place.country_code for c in notable}
    return all(c.place.feature_type in ("admin1", "admin2") for c in notable) and any(
        c.place.feature_type == "city" and c.place.country_code in units for c in cands
    )


def listed_home_village(found: Sequence[Candidate], listed: Sequence[Candidate], lang: str) -> bool:
    """Whether a word listed beside a found town is a village of that town's country at home.

    "wokół Sejn, Gołdapi i Wiżajn": a village under :data:`TOWN` people, by its own name,
    in a country of the article's language, listed beside a town of the same country.
    """
    home = HOME_COUNTRIES.get(lang, frozenset())
    countries = {c.place.country_code for c in found if c.place.feature_type == "city"} & home
    return any(
        c.match == "name" and c.place.feature_type == "city" and c.place.country_code in countries
        for c in listed
    )


#: Kinds of place whose name and a colon may head a list of its towns.
_LIST_HEADS = frozenset({"country", "admin1", "admin2", "region"})


def heads_list(found: Sequence[Candidate]) -> bool:
    """Whether a name before a colon may head a list of towns: a unit's or a region's only.

    "w obwodzie sumskim: Białopole, Krasnopole i Ochtyrka", "Курская область: Суджа";
    not a name a town has too ("Sumy: Schostka meldet …" opens a report).
    """
    kinds = {c.place.feature_type for c in found}
    return bool(kinds & _LIST_HEADS) and "city" not in kinds
