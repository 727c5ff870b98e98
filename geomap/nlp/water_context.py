"""A name the words around it place on the water: the river, not its namesake town.

Rivers share their names with towns and countries ("Дніпро" the river and the city,
"Niger" the river and the country, "Congo"). News says which by the words before the
name, in each local language:

* a strong cue names the water itself: a word for a river or its bank, mouth or delta
  ("на лівому березі Дніпра", "le fleuve Niger", :func:`geomap.nlp.local_context.kind_before`),
  a word for its level, its confluence, its basin or a crossing of it, a few link words
  before the name ("рівень води в Тисі", "au confluent du Niger", "die Pegel von Juba",
  "most przez San", "у басейні Янцзи": :data:`WATER_NOUNS`), a German bank preposition
  with its article ("am Rhein", "an der Donau"; a bare "an" is also "to": "ein Signal an Moskau"),
  French "sur le" ("sur le Niger") or a verb of sailing up or down a river with its
  article ("remontent le Congo"). Then only the name's water
  candidates are kept;
* a weak cue is a preposition a river takes where a town takes another one, before a
  name in the locative: Russian, Ukrainian and Polish "на"/"na" ("на Дніпрі" but "у Дніпрі";
  "на Мургаб" is "to Murghab"), or a bank preposition
  that also means "over" ("nad Dnieprem", "над Днепром"), or "along" ("вздовж Дніпра",
  "wzdłuż Odry": a river, a coast or a border, never a town). Then only the name's towns
  are dropped: a region, an island or a country may take the same preposition ("на
  Урале", "na Litwie").

A name with no water candidate, whose every mention has a cue, picked as a town (or,
after a strong cue, an admin unit) abroad far from the article's other places, loses its pick
(:func:`waterless_strays`: "na Sanie pod Stalową Wolą" is the river San, not Sanaa)
and goes where names the gazetteer lacks go (the article's focus). The resolver narrows a name's
candidates with :func:`waters_by_context` in the local languages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points
from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES, lemmas
from geomap.geo import haversine_km, km_between
from geomap.nlp.local_context import kind_before, previous_word, straight_apostrophe
from geomap.nlp.local_words import BANK_PREPOSITIONS, HOME_COUNTRIES, NATURAL_PREPOSITIONS
from geomap.records import Candidate, Place
from geomap.text import word_sets

#: Nouns of a river's bank, level, confluence, flood, crossing or basin that a few link words
#: (:data:`LINK_WORDS`) may separate from the river's name; inflected forms the
#: lemmatiser reads as another word ("березі": "береза", a birch) are listed too.
WATER_NOUNS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "уровень уровня переправа переправы мост моста мосту паводок берег берега берегу "
        "бассейн бассейна бассейне",
        "uk": "рівень рівня переправа переправи міст мосту паводок берег берега березі "
        "басейн басейну басейні",
        "pl": "poziom poziomu przeprawa przeprawy przeprawę most mostu ujście koryto "
        "dorzecze dorzecza dorzeczu",
        "de": "pegel pegelstand wasserstand brücke mündung ufer einzugsgebiet",
        "fr": "confluent crue niveau pont berges berge rive rives bassin",
    }
)
#: Words that may stand between a water noun and the name ("рівень води в Тисі",
#: "die Pegel von Juba", "pont sur le Rhin", "przeprawy przez San").
LINK_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "воды в во на через реки",
        "uk": "води в у на через річки",
        "pl": "wody w we na przez rzeki",
        "de": "von des der den die über am an",
        "fr": "du de des la le l' d' sur eaux",
    }
)
#: Most link words looked back over between a water noun and the name.
MAX_LINKS = 3
#: Prepositions after which a name in the locative is a river rather than a town of that name.
WEAK_PREPOSITIONS: dict[str, frozenset[str]] = word_sets({"ru": "на", "uk": "на", "pl": "na"})
#: Prepositions "along", which lead to a river, a coast or a border, never to a town
#: ("вздовж Дніпра", "вдоль Днепра", "wzdłuż Odry"): a weak cue before any case.
ALONG_PREPOSITIONS: dict[str, frozenset[str]] = word_sets(
    {"ru": "вдоль", "uk": "вздовж уздовж", "pl": "wzdłuż"}
)
#: Kinds of a river's namesakes abroad that a water cue rules out when no water is a candidate.
_TOWN_TYPES = frozenset({"city", "admin1", "admin2"})
#: Kinds of the article's places a namesake abroad is measured against.
_ANCHORS = frozenset({"city", "admin1", "admin2", "water"})
#: A namesake abroad this far from every one of the article's places is no river's town.
STRAY_KM = 400.0
#: Endings of the locative of a river's name after "на"/"na" (not of the accusative:
#: "на Волгу", "na Wisłę" are "to the Volga", "to the Vistula").
LOCATIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("е", "и"),
    "uk": ("і", "ї"),
    "pl": ("e", "i", "u", "y"),
}
#: French articles after "sur" or a verb of sailing that make the name a river's.
_FR_ARTICLES = frozenset({"le", "la", "l'"})
#: French verbs of sailing up or down a river (their stems).
_FR_SAILING = ("remont", "descend")


def _word(tok: Token | None) -> str:
    return "" if tok is None else straight_apostrophe(tok.lower_)


def _water_noun_before(first: Token, lang: str) -> bool:
    """Whether a water noun precedes ``first`` across at most :data:`MAX_LINKS` link words."""
    nouns = WATER_NOUNS.get(lang, frozenset())
    links = LINK_WORDS.get(lang, frozenset())
    tok = previous_word(first)
    for _ in range(MAX_LINKS + 1):
        if tok is None:
            return False
        word = _word(tok)
        lemma = lemmas(word, lang)  # none for a dash or a hyphen alone
        if word in nouns or (lemma and lemma[0].lower() in nouns):
            return True
        if word not in links:
            return False
        tok = previous_word(tok)
    return False


def water_cue(span: Span) -> str | None:
    """``"strong"``, ``"weak"`` or ``None``: how surely the words before ``span`` name water."""
    first = span[0]
    lang = first.doc.lang_
    prev = previous_word(first)
    word = _word(prev)
    before = _word(previous_word(prev)) if prev is not None else ""
    if kind_before(first, lang) == "water" or _water_noun_before(first, lang):
        return "strong"
    if word == "am" or (word == "der" and before in NATURAL_PREPOSITIONS.get(lang, ())):
        return "strong"  # "am Rhein", "an der Donau"; a bare "an" is "to" ("an Moskau")
    if (
        lang == "fr"
        and word in _FR_ARTICLES
        and (before == "sur" or before.startswith(_FR_SAILING))
    ):
        return "strong"  # "sur le Niger", "remontent le Congo"
    if lang in WEAK_PREPOSITIONS and word in BANK_PREPOSITIONS.get(lang, frozenset()):
        return "weak"  # "nad Dnieprem"; "nad morze" (to the sea) is the water's too
    if word in WEAK_PREPOSITIONS.get(lang, frozenset()) and _locative(span, lang):
        return "weak"
    if word in ALONG_PREPOSITIONS.get(lang, frozenset()):
        return "weak"  # "вздовж Дніпра": the river, not the city
    return None


def _locative(span: Span, lang: str) -> bool:
    """Whether a name after "на"/"na" ends as a locative does: "на Дніпрі", not "на Мургаб".

    With the accusative the preposition is "to, towards" a town ("дорогу на Мургаб",
    "на Одессу", "marsz na Kijów"): :data:`LOCATIVE_ENDINGS`.
    """
    return span.text.lower().endswith(LOCATIVE_ENDINGS.get(lang, ()))


def water_named(span: Span, cands: Sequence[Candidate]) -> bool:
    """Whether a river among ``cands`` follows a word for its level, bank or crossing.

    "уровнем Одры", "poziom Wisły", "рівень води в Тисі": a strong cue makes a river's
    name (its own or an alternate one) a place wherever it stands
    (:func:`geomap.nlp.local_accept.acceptable`); a cue before a name with no river
    among its candidates takes no town.
    """
    return any(c.place.feature_type == "water" for c in cands) and water_cue(span) == "strong"


def on_water(span: Span) -> bool:
    """Whether a name of a local-language article has a water cue (it may go to the focus)."""
    return span.doc.lang_ in LOCAL_LANGUAGES and water_cue(span) is not None


def by_water_context(options: list[Candidate], group: Sequence[Span]) -> list[Candidate]:
    """One name's candidates narrowed by the strongest water cue of its mentions."""
    waters = [c for c in options if c.place.feature_type == "water"]
    cues = {water_cue(span) for span in group}
    if not waters or len(waters) == len(options):
        return options
    if "strong" in cues:
        return waters
    if "weak" in cues and len(cues) == 1:  # every mention after a river's preposition
        return [c for c in options if c.place.feature_type != "city"]
    return options


def waters_by_context(
    cands: dict[str, list[Candidate]], groups: Mapping[str, Sequence[Span]]
) -> dict[str, list[Candidate]]:
    """Each name's candidates (by its group key) narrowed by :func:`by_water_context`."""
    return {key: by_water_context(options, groups[key]) for key, options in cands.items()}


def _km_to(town: Place, other: Place, shape: Callable[[str], BaseGeometry | None] | None) -> float:
    """Km from a town to another place: to a water body's outline when the gazetteer has it.

    A sea's point is its middle; its coasts lie hundreds of kilometres away (Odesa is
    440 km from the Black Sea's point, on its shore).
    """
    outline = shape(other.place_id) if shape is not None and other.feature_type == "water" else None
    if outline is None or outline.is_empty:
        return km_between(town, other)
    near = nearest_points(outline, Point(town.lon, town.lat))[0]
    return haversine_km(town.lon, town.lat, near.x, near.y)


def waterless_strays(
    picks: Mapping[str, tuple[Place, float]],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
    shape: Callable[[str], BaseGeometry | None] | None = None,
) -> set[str]:
    """The names on the water picked as a town abroad far from the article's places.

    A name whose every mention has a water cue and which has no water candidate, picked
    as a town (or, after a strong cue, an admin unit: a unit takes the weak "na" as a
    river does, "na Krymie") outside the language's home countries
    (:data:`~geomap.nlp.local_words.HOME_COUNTRIES`) farther than :data:`STRAY_KM`
    from every other town, unit or water the article's names resolved to, is a river
    the gazetteer lacks ("na Sanie pod Stalową Wolą" is not Sanaa); "на Вахше" in a
    story from Dushanbe keeps the town of Vakhsh by the river, and "у берегов Одессы"
    beside the Black Sea keeps Odesa (a water body is as far as its outline, by ``shape``:
    a place's stored geometry by its id).
    """
    out: set[str] = set()
    for key, (place, _) in picks.items():
        group = groups[key]
        home = HOME_COUNTRIES.get(group[0].doc.lang_, frozenset())
        if place.feature_type not in _TOWN_TYPES or place.country_code in home:
            continue
        if any(c.place.feature_type == "water" for c in cands.get(key, ())):
            continue
        cues = {water_cue(span) for span in group}
        if None in cues:
            continue
        if place.feature_type != "city" and "strong" not in cues:
            continue  # "na Krymie", "на Харківщині": a unit takes "na" as a river does
        others = [  # not the same place by another form of the name ("na Sanie", "przez San")
            p
            for p, _ in picks.values()
            if p.place_id != place.place_id and p.feature_type in _ANCHORS
        ]
        if others and min(_km_to(place, p, shape) for p in others) > STRAY_KM:
            out.add(key)
    return out
