"""A name the words around it place on the water: the river, not its namesake town.

Rivers share their names with towns and countries ("Дніпро" the river and the city,
"Niger" the river and the country, "Congo"). News says which by the words before the
name, in each local language:

* a strong cue names the water itself: a word for a river or its bank, mouth or delta
  ("на лівому березі Дніпра", "le fleuve Niger", :func:`geomap.nlp.local_context.kind_before`),
  a word for its level, its confluence or a crossing of it, a few link words before
  the name ("рівень води в Тисі", "au confluent du Niger", "die Pegel von Juba",
  "most przez San": :data:`WATER_NOUNS`), a German bank preposition ("am Rhein", "an
  der Donau"), French "sur le" ("sur le Niger") or a verb of sailing up or down a
  river with its article ("remontent le Congo"). Then only the name's water
  candidates are kept;
* a weak cue is a preposition a river takes where a town takes another one, before an
  inflected name: Russian, Ukrainian and Polish "на"/"na" ("на Дніпрі" but "у Дніпрі";
  "на Мургаб" is "to Murghab"), or a bank preposition
  that also means "over" ("nad Dnieprem", "над Днепром"). Then only the name's towns
  are dropped: a region, an island or a country may take the same preposition ("на
  Урале", "na Litwie").

A name with no water candidate, whose every mention has a cue, loses its candidates when
they are all towns or admin units abroad, a town among them ("na Sanie pod Stalową
Wolą" is the river San, not Sanaa): the name goes where names the gazetteer lacks go
(the article's focus). The resolver narrows a name's
candidates with :func:`waters_by_context` in the local languages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import lemmas
from geomap.nlp.local_context import kind_before, previous_word, straight_apostrophe
from geomap.nlp.local_words import BANK_PREPOSITIONS, HOME_COUNTRIES, NATURAL_PREPOSITIONS
from geomap.records import Candidate
from geomap.text import word_sets

#: Nouns of a river's bank, level, confluence, flood or crossing that a few link words
#: (:data:`LINK_WORDS`) may separate from the river's name; inflected forms the
#: lemmatiser reads as another word ("березі": "береза", a birch) are listed too.
WATER_NOUNS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "уровень уровня переправа переправы мост моста мосту паводок берег берега берегу",
        "uk": "рівень рівня переправа переправи міст мосту паводок берег берега березі",
        "pl": "poziom poziomu przeprawa przeprawy przeprawę most mostu ujście koryto",
        "de": "pegel pegelstand wasserstand brücke mündung ufer",
        "fr": "confluent crue niveau pont berges berge rive rives",
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
#: Kinds of a river's namesakes abroad that a water cue rules out when no water is a candidate.
_TOWN_TYPES = frozenset({"city", "admin1", "admin2"})
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
        if word in nouns or lemmas(word, lang)[0].lower() in nouns:
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
    natural = NATURAL_PREPOSITIONS.get(lang, frozenset())
    if word in natural or (lang == "de" and word == "der" and before in natural):
        return "strong"  # "am Rhein", "an der Donau"
    if (
        lang == "fr"
        and word in _FR_ARTICLES
        and (before == "sur" or before.startswith(_FR_SAILING))
    ):
        return "strong"  # "sur le Niger", "remontent le Congo"
    if word in BANK_PREPOSITIONS.get(lang, frozenset()):
        return "weak"  # "nad Dnieprem"; "nad morze" (to the sea) is the water's too
    if word in WEAK_PREPOSITIONS.get(lang, frozenset()) and _locative(span, lang):
        return "weak"
    return None


def _locative(span: Span, lang: str) -> bool:
    """Whether a name after "на"/"na" is in the locative: "на Дніпрі", not "на Мургаб".

    With the accusative the preposition is "to, towards" a town ("дорогу на Мургаб",
    "marsz na Kijów"). A name counts as locative when its lemma differs from it or
    it ends as a locative does (:data:`LOCATIVE_ENDINGS`: "na Sanie", "на Ужі", which
    the lemmatiser does not know).
    """
    text = span.text.lower()
    if text.endswith(LOCATIVE_ENDINGS.get(lang, ())):
        return True
    return all(text != lemma.lower() for lemma in lemmas(span.text, lang))


def _towns_abroad(options: Sequence[Candidate], lang: str) -> bool:
    """Whether a name's candidates are towns (and admin units) abroad only, a town among them."""
    home = HOME_COUNTRIES.get(lang, frozenset())
    return any(c.place.feature_type == "city" for c in options) and all(
        c.place.feature_type in _TOWN_TYPES and c.place.country_code not in home for c in options
    )


def by_water_context(options: list[Candidate], group: Sequence[Span]) -> list[Candidate]:
    """One name's candidates narrowed by the strongest water cue of its mentions."""
    waters = [c for c in options if c.place.feature_type == "water"]
    cues = {water_cue(span) for span in group}
    if not waters:
        # "na Sanie pod Stalową Wolą": a river the gazetteer lacks, not Sanaa
        abroad = None not in cues and _towns_abroad(options, group[0].doc.lang_)
        return [] if abroad else options
    if len(waters) == len(options):
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
