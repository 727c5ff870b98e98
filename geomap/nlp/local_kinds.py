"""Which gazetteer candidates a context lets the local recogniser take (:mod:`geomap.nlp.local`).

Prominent places are taken wherever their name is capitalised; towns need a
context (:mod:`geomap.nlp.local_context`); a word for a kind of place takes a
candidate of that kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.foreign_forms import valley_compound
from geomap.gazetteer.lemmas import ADMIN_WORDS, lemmas
from geomap.gazetteer.schema import LOCAL_PREFERENCE
from geomap.nlp.local_context import (
    admin_before,
    after_article,
    capitalised,
    contracted_name,
    in_name_run,
    kind_before,
)
from geomap.nlp.local_reading import LIST_DEPTH, TOWN_LABEL, reading
from geomap.nlp.local_words import (
    CONJUNCTIONS,
    HOME_COUNTRIES,
    KIND_WORDS,
    NATURAL_PREPOSITIONS,
)
from geomap.nlp.vocab import BIG_CITY
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
    return ftype == kind or (kind == "landform" and ftype == "city")


def natural(c: Candidate) -> bool:
    """Whether a candidate is a water body or a landform."""
    return c.place.feature_type in ("water", "landform")


def listed_natural(found: Sequence[Candidate], listed: Sequence[Candidate]) -> bool:
    """Whether a word listed beside a found river or range names one of that kind too.

    "von Euphrat und Tigris", "an Weser und Aller", "Harz und Eifel": a name of a
    water body (a landform) by its own name beside a found name that may be one.
    """
    kinds = {c.place.feature_type for c in found if natural(c)}
    return any(
        natural(c) and c.place.feature_type in kinds and c.match != "alternate" for c in listed
    )


def names_unit(span: Span, lang: str) -> bool:
    """Whether a word of ``span`` is a word for an admin unit ("obwodu zaporoskiego")."""
    return any(w.lower() in ADMIN_WORDS.get(lang, ()) for w in lemmas(span.text, lang))


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


def natural_only(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """Only the rivers, lakes and mountains of ``cands`` where a mention says so, if any.

    The words before the name say so (:func:`says_natural`), or its own ("Аральское
    море" is the sea, not the town Aral).

    A country keeps its place: "an Niger" also means "to Niger".
    """
    if not any(says_natural(s) or names_natural(s) for s in spans) or any(
        c.place.feature_type == "country" and c.match != "alternate" for c in cands
    ):
        return cands
    natural = [c for c in cands if c.place.feature_type in ("water", "landform")]
    return natural or cands


def over_namesakes(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """A river's or a mountain's own name over the villages named after it, unless read as a town.

    "мост через Волгу", "на Дунаї", "nad Wartą": Polish, Russian and Ukrainian write
    no "the" before a river, so nothing tells the Volga from the village Volga but
    the villages' size.  When a water body or landform matches by its own name (not
    an alternate), or as well as every town does ("на Тоболе", "пересекло Атлантику":
    the nominative guessed from the case ending for the river and the village alike),
    and every town among the candidates is smaller than :data:`MID_CITY` or named so
    only by an alternate name (:func:`_shadows`), the towns
    are dropped, unless every mention reads as a town (a town's preposition, a
    dateline, "miasto": :func:`reading`) and one of the towns lies in a country of
    the article's language (:data:`HOME_COUNTRIES`): "вода з Дунаю" in Ukrainian is
    the Danube, not the village Dunay in Primorye.  A town outside the countries of the
    article's language weighs by its name as written no more than a guessed
    nominative: "w dół Odry" is the Odra's genitive, not the Czech town Odry.
    """
    towns = [c for c in cands if c.place.feature_type in ("city", "admin2")]
    home = HOME_COUNTRIES.get(spans[0].doc.lang_, frozenset()) if spans else frozenset()
    best_town = min((_town_weight(c, home) for c in towns), default=0)
    own = [
        c
        for c in cands
        if natural(c) and (c.match != "alternate" or LOCAL_PREFERENCE.get(c.match, 3) <= best_town)
    ]
    if not own or not towns or any(_shadows(c) for c in towns):
        return cands
    at_home = not home or any(c.place.country_code in home for c in towns)
    if spans and at_home and all(reading(s)[0] == TOWN_LABEL for s in spans):
        return cands
    return [c for c in cands if c.place.feature_type not in ("city", "admin2")]


def _shadows(town: Candidate) -> bool:
    """Whether a town is big enough, and named so, to keep a river's or mountain's namesakes.

    A town of :data:`MID_CITY` people does, unless the name is only one of its
    alternate names: "Кура" is the Kura river's own name and, read as an inflected
    form, one of Kure's (Japan) (the builder marks such lemma keys ``"alternate"``).
    """
    return town.place.population >= MID_CITY and town.match != "alternate"


def _town_weight(cand: Candidate, home: frozenset[str]) -> int:
    """A town's :data:`LOCAL_PREFERENCE`; a town abroad's name weighs as an alternate one."""
    weight = LOCAL_PREFERENCE.get(cand.match, 3)
    if home and cand.place.country_code not in home:
        return max(weight, LOCAL_PREFERENCE["alternate"])
    return weight


#: French prepositions of countries and regions, never of towns ("en Corse"; towns take "à").
AREA_PREPOSITIONS: dict[str, frozenset[str]] = {"fr": frozenset({"en"})}


def after_natural_preposition(span: Span) -> bool:
    """Whether a German "an"/"am" precedes the name or the list it ends ("an Weser und Aller").

    A word for the kind between does not count: "vor der Insel Borkum" is the island
    and, on it, the town.
    """
    doc = span.doc
    lang = doc.lang_
    preps = NATURAL_PREPOSITIONS.get(lang, frozenset())
    links = CONJUNCTIONS.get(lang, frozenset())
    i = span[0].i - 1
    for _ in range(LIST_DEPTH + 1):
        if i < 0:
            return False
        if doc[i].lower_ in preps:
            return True
        if doc[i].lower_ not in links:
            return False
        i -= 1
        while i >= 0 and capitalised(doc[i]) and doc[i].lower_ not in preps:
            i -= 1  # the name before the conjunction
    return False


def no_town(
    cands: list[Candidate], spans: Sequence[Span], *, fused: bool | None = None
) -> list[Candidate]:
    """The candidates that are no town where every mention's context excludes one, if any.

    German and French name a town without an article ("im Allgäu", "la Beauce" are
    no towns) and French says "en" of countries and regions only ("en Corse").  A
    name French fuses with its article ("au Havre") keeps its town; ``fused`` tells
    whether the gazetteer knows the town so ("Le Havre"), and when it does not, "au"
    is the article of a country or a province ("au Québec", "au Luxembourg": the
    towns take "à"); ``None``: any "au", "du" keeps the towns.  With no other
    candidate, only the towns of :data:`MID_CITY` people stay: "die Aller" is a river
    the gazetteer lacks, not the village Alle.
    """
    if fused is None:
        fused = any(contracted_name(s) for s in spans)
    if not spans or fused or valley_compound(spans[0].text, spans[0].doc.lang_):
        return cands  # "im Zillertal": a valley is placed at the town it is named after
    lang = spans[0].doc.lang_

    def excludes(span: Span) -> bool:
        first = span[0]
        prev = first.doc[first.i - 1].lower_ if first.i > 0 else ""
        # or a German bank preposition before it or before the list it ends ("an Weser
        # und Aller"): a town takes "in"
        return (
            after_article(first, lang)
            or prev in AREA_PREPOSITIONS.get(lang, ())
            or after_natural_preposition(span)
        )

    if not all(excludes(s) for s in spans):
        return cands
    areas = [c for c in cands if c.place.feature_type not in ("city", "admin2")]
    # no area of that name: a river or a range the gazetteer lacks ("über die Aller",
    # "der Arno"), not a village or small town of its name abroad (Alle, Arnö); a town
    # of MID_CITY people stays ("das Kiew der Nachkriegszeit")
    return areas or [c for c in cands if c.place.population >= MID_CITY]


def city_over_its_unit(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """A big city's name over the admin-1 unit named after it, unless a word says unit.

    "w Nowym Jorku", "in Berlin": the state or Land of a city of :data:`BIG_CITY`
    that bears its name is read as the city, as news means it; "Provinz Idlib",
    "Gebiet Charkiw", "obwodzie" keep the unit (:func:`admin_before`, :func:`names_unit`).
    """
    if not spans:
        return cands
    lang = spans[0].doc.lang_
    if any(admin_before(s[0], lang) or names_unit(s, lang) for s in spans):
        return cands
    held = {
        (c.place.country_code, c.place.admin1_code)
        for c in cands
        if c.place.feature_type == "city" and c.place.population >= BIG_CITY
        and c.place.admin1_code
    }  # fmt: skip
    kept = [
        c
        for c in cands
        if c.place.feature_type != "admin1"
        or (c.place.country_code, c.place.admin1_code) not in held
    ]
    return kept or cands


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
