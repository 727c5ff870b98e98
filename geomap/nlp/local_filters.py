"""Which of a local name's candidates stay, given the words around its mentions.

The filters :mod:`geomap.nlp.candidates` applies to the candidates the local
recogniser (:mod:`geomap.nlp.local`) found: rivers and ranges where a word says
so, areas over their namesake towns abroad, no town where the context names an
area, a big city over the admin-1 unit named after it.  The kinds they test are
:mod:`geomap.nlp.local_kinds`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from geomap.gazetteer.foreign_forms import valley_compound
from geomap.gazetteer.lemmas import word_lemma
from geomap.gazetteer.schema import LOCAL_PREFERENCE
from geomap.language import OWN_LANGUAGE_COUNTRIES
from geomap.nlp.local_context import (
    admin_before,
    after_article,
    capitalised,
    contracted_name,
    kind_before,
    previous_word,
)
from geomap.nlp.local_kinds import (
    MID_CITY,
    names_natural,
    names_unit,
    natural,
    says_natural,
)
from geomap.nlp.local_reading import LIST_DEPTH, TOWN_LABEL, reading
from geomap.nlp.local_words import (
    CONJUNCTIONS,
    HOME_COUNTRIES,
    NATURAL_PREPOSITIONS,
)
from geomap.nlp.vocab import BIG_CITY
from geomap.records import Candidate
from geomap.text import word_sets


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
    if spans and all(in_town(s) for s in spans) and all(c.match == "alternate" for c in own):
        # "w Reni": a town abroad by its name as written, in the locative after "in"; the
        # Rhine ("Ren") only by a guessed nominative, and a river is not "in"
        return [c for c in cands if not natural(c)]
    at_home = not home or any(c.place.country_code in home for c in towns)
    if spans and at_home and all(reading(s)[0] == TOWN_LABEL for s in spans):
        return cands
    return [c for c in cands if c.place.feature_type not in ("city", "admin2")]


#: The prepositions of being in a town, which take the locative ("w Reni", "у Дніпрі"),
#: where a river takes "на"/"na" or "nad" ("na Sanie", "над Дніпром").
IN_PREPOSITIONS: dict[str, frozenset[str]] = word_sets({"ru": "в во", "uk": "в у", "pl": "w we"})
#: Locative endings of names after :data:`IN_PREPOSITIONS` (not the accusative of "into").
IN_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("е", "и"),
    "uk": ("і", "ї"),
    "pl": ("e", "i", "u", "y"),
}


def in_town(span: Span) -> bool:
    """Whether ``span`` is a locative after a preposition of being in a town ("w Reni")."""
    lang = span[0].doc.lang_
    prev = previous_word(span[0])
    return (
        prev is not None
        and prev.lower_ in IN_PREPOSITIONS.get(lang, frozenset())
        and span.text.lower().endswith(IN_ENDINGS.get(lang, ()))
    )


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


def _bare_unit(cand: Candidate, lang: str) -> bool:
    """Whether ``cand`` is an admin-2 unit its language names with no article.

    French names its own countries' departments and provinces with the article ("dans
    le Nord", "la Somme", "le Hainaut"); German names a district without one.
    """
    place = cand.place
    return place.feature_type == "admin2" and not (
        lang == "fr" and place.country_code in OWN_LANGUAGE_COUNTRIES["fr"]
    )


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
        # und Aller"): a town takes "in"; after a word for an admin unit the article
        # is the unit's ("la préfecture du Rhône": the département)
        if kind_before(first, lang) == "admin":
            return False
        return (
            after_article(first, lang)
            or prev in AREA_PREPOSITIONS.get(lang, ())
            or after_natural_preposition(span)
        )

    if not all(excludes(s) for s in spans):
        return cands
    areas = [c for c in cands if c.place.feature_type != "city" and not _bare_unit(c, lang)]
    # no area of that name: a river or a range the gazetteer lacks ("über die Aller",
    # "der Arno"), not a village or small town of its name abroad (Alle, Arnö); a town
    # of MID_CITY people stays ("das Kiew der Nachkriegszeit")
    return areas or [c for c in cands if c.place.population >= MID_CITY]


#: Prepositions of a region by its colloquial name, in a locative ("на Запоріжжі", "на
#: Харківщині"); a town takes "у"/"в" ("у Запоріжжі"), and "на" with the name as written
#: is a direction ("наступ на Запоріжжя": the city).
REGION_PREPOSITIONS: dict[str, frozenset[str]] = {"uk": frozenset({"на"})}


def on_region(span: Span) -> bool:
    """Whether a region's preposition precedes the name in an oblique case ("на Запоріжжі")."""
    doc, lang = span.doc, span.doc.lang_
    preps = REGION_PREPOSITIONS.get(lang)
    if not preps or span.start == 0 or doc[span.start - 1].lower_ not in preps:
        return False
    return word_lemma(span.text, lang).lower() != span.text.lower()


def city_over_its_unit(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """A big city's name over the admin-1 unit named after it, unless a word says unit.

    "w Nowym Jorku", "in Berlin": the state or Land of a city of :data:`BIG_CITY`
    that bears its name is read as the city, as news means it; "Provinz Idlib",
    "Gebiet Charkiw", "obwodzie" keep the unit (:func:`admin_before`, :func:`names_unit`).
    """
    if not spans:
        return cands
    lang = spans[0].doc.lang_
    if any(admin_before(s[0], lang) or names_unit(s, lang) or on_region(s) for s in spans):
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
