"""Which towns a local-language name may be: at home however small, abroad only when big.

Helpers of :func:`geomap.nlp.local_accept.acceptable` (split from it): a valley
compound's town, a village of the language's own country, a common noun opening a
run of capitalised words, and candidates that are no small place abroad.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from geomap.gazetteer.foreign_forms import valley_compound
from geomap.gazetteer.guess_rules import GUESS_ABROAD, written_in_cyrillic
from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_position import in_name_run, opens_sentence
from geomap.nlp.local_words import HOME_COUNTRIES, NAME_CAPITALS
from geomap.records import Candidate

#: A valley's town abroad has at least this many people to name it ("Aostatal").
VALLEY_TOWN = 20_000
#: Languages written in Cyrillic, whose common nouns may spell a town abroad's transcription.
_CYRILLIC = frozenset({"ru", "uk"})


def valley_town(name: str, cand: Candidate, lang: str) -> bool:
    """Whether a valley compound ("Zillertal", "Aostatal") is named after a town it matched.

    A town of the language's own countries of any size, one abroad of :data:`VALLEY_TOWN`
    people ("das Portal" is no valley of a village "Por").
    """
    place = cand.place
    return (
        valley_compound(name, lang)
        and place.feature_type == "city"
        and (place.country_code in HOME_COUNTRIES.get(lang, ()) or place.population >= VALLEY_TOWN)
    )


def home_village(tok: Token, own: Sequence[Candidate], lang: str) -> bool:
    """A village of the language's own country, by its own name, under :data:`TOWN` people.

    Where only proper nouns are capitalised (Polish, Russian, Ukrainian), a word with a
    capital inside a sentence after a preposition of place is a name; when it is a
    village's own name at home, it is the village, however small ("w Hrebennem", a
    border crossing of 500 people; "через Ягодин").
    """
    if lang not in NAME_CAPITALS or opens_sentence(tok) or in_name_run(tok, lang):
        return False
    home = HOME_COUNTRIES.get(lang, frozenset())
    return any(
        c.match == "name" and c.place.feature_type == "city" and c.place.country_code in home
        for c in own
    )


#: Letters at the end of a village's name a case ending may change ("Cisna" -> "Cisnej",
#: "Jurgów" -> "Jurgowa"), and the fewest of the name a case form must keep.
CASE_TAIL = 2
CASE_STEM = 4


def case_form_of(word: str, name: str) -> bool:
    """Whether ``word`` is a case form of the place name ``name`` written in its script.

    It keeps all of the name but its last :data:`CASE_TAIL` letters, at least
    :data:`CASE_STEM` of them, and is not the name itself ("Cisnej" of "Cisna",
    "Wetliny" of "Wetlina", "Mikołajek" of "Mikołajki").
    """
    if word == name or " " in name or "-" in name:
        return False
    stem = name[: max(CASE_STEM, len(name) - CASE_TAIL)]
    return len(name) >= CASE_STEM and word.startswith(stem) and len(word) - len(stem) <= 3


def home_village_form(tok: Token, cands: Sequence[Candidate], lang: str) -> bool:
    """A village of the language's own country by a case form of its own name.

    Where only proper nouns are capitalised and the places' names are written in the
    article's script (Polish), a capitalised word inside a sentence after a preposition
    of place that is a case form of a home village's name is that village, however
    small: "w Cisnej" (Cisna, 460 people), "do Wetliny". The lookup finds it by a
    guessed nominative (an ``alternate`` match); :func:`case_form_of` checks that the
    guess is the village's own name, not another of its alternate names.
    """
    if lang not in NAME_CAPITALS or opens_sentence(tok) or in_name_run(tok, lang):
        return False
    home = HOME_COUNTRIES.get(lang, frozenset())
    return any(
        c.match == "alternate"
        and c.place.feature_type == "city"
        and c.place.country_code in home
        and case_form_of(tok.text, c.place.name)
        for c in cands
    )


def common_noun_in_name(tok: Token, lang: str) -> bool:
    """Whether a capitalised common noun opens or goes on in a run of capitalised words.

    Where only names are capitalised, "Puszczy Białowieskiej" (the Białowieża Forest) is
    a name the gazetteer may lack; its first word is the common noun "puszcza", which a
    town's alternate name may share by its lemma (Pushchino's "Puszczyna"): not that town.
    """
    if lang not in NAME_CAPITALS or not tok.is_alpha or not in_name_run(tok, lang):
        return False
    lemma = word_lemma(tok.lower_, lang)
    return lemma.islower() and lemma != tok.lower_


#: Kinds of place that are no small namesake abroad.
_WIDE_TYPES = frozenset({"country", "continent", "region", "water", "landform"})


def home_or_big(cand: Candidate, lang: str) -> bool:
    """Whether a candidate is no small place abroad.

    A country, region or natural feature, a place of the language's own countries, or
    one abroad of :data:`VALLEY_TOWN` people.
    """
    place = cand.place
    return (
        place.feature_type in _WIDE_TYPES
        or place.country_code in HOME_COUNTRIES.get(lang, ())
        or place.population >= VALLEY_TOWN
    )


def common_noun_abroad(tok: Token, cands: Sequence[Candidate], lang: str) -> bool:
    """Whether a Cyrillic common noun meets only small towns of a country not writing Cyrillic.

    "заявили в Силах оборони" (the Defence Forces): the lemmatiser reads an inflected
    common noun ("сила"), and the only places under it are towns abroad whose Cyrillic
    name is a transcription GeoNames lists among many (Selah, Washington: "Сила"); the
    word is the noun, capitalised as the first word of a body's name.  A country, region, sea or
    town of :data:`~geomap.gazetteer.guess_rules.GUESS_ABROAD` people abroad is still a
    name ("в Туре"), and so is any place where Cyrillic is written ("под Изюмом": "изюм").
    """
    if lang not in _CYRILLIC or not tok.is_alpha:
        return False
    lemma = word_lemma(tok.text, lang)
    if not lemma[:1].islower() or lemma == tok.lower_:
        return False  # no inflected common noun (the Ukrainian lemmatiser lowercases unknowns)
    return bool(cands) and all(
        c.place.feature_type == "city"
        and c.place.population < GUESS_ABROAD
        and not written_in_cyrillic(c.place)
        for c in cands
    )
