"""A sports club's name read by its cases: "z Wisłą Kraków", "z Legią Warszawa".

Polish names a club by a word and its town ("Wisła Kraków", "Lech Poznań") and declines
only the first word: "zagrała z Wisłą Kraków", "przegrał z Lechem Poznań".  A town's name
left in the nominative right after a capitalised word in an oblique case agrees with
nothing in the sentence; both words are the club's, neither a place (not the river
Wisła, not the town Kraków), as for the club words of
:func:`geomap.nlp.local_spans.in_club_name` ("Legia Warszawa").  Only where nothing but
names is capitalised and a name after a generic noun is declined with it (Polish; Russian
keeps it in the nominative: "в Республике Алтай").  A club's town has
:data:`~geomap.nlp.local_kinds.MID_CITY` people; a word the gazetteer knows as a country,
admin-1 unit, region or such a town is no club's ("W Polsce Kraków jest ...": the country,
then the subject), nor a sentence's first word.

Russian and Ukrainian keep both words in the nominative where the club is the subject
("Спартак Москва обыграл", "Шахтар Донецьк переміг"): a capitalised word no place's
name, a stop word ("Однако Москва") or an adjective ("Офіційний Будапешт"), then such
a town's name, both nominative,
with nothing but a space between them, is a club's name too, opening a sentence as well;
not a noun for a transport facility (:data:`FACILITY_NOUNS`: "Аэропорт Глазго работает").
German names a club by its land and its town ("Bayern München"): an admin-1 unit's
name right before the name of a town inside that unit is a club's, for no German
writes a town after its land without a comma or a preposition ("München, Bayern").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_context import capitalised
from geomap.nlp.local_kinds import MID_CITY

#: Languages that decline a name after a generic noun ("w mieście Krakowie").
CLUB_LANGUAGES = frozenset({"pl"})
#: Languages that keep a club's word and its town both in the nominative ("Спартак Москва").
NOMINATIVE_LANGUAGES = frozenset({"ru", "uk"})
#: Endings of a masculine adjective in the nominative, no club's word ("Офіційний Будапешт").
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("ый", "ий", "ой"), "uk": ("ий", "ій")}
#: Lemmas (and the Ukrainian plurals the lemmatiser leaves) of Russian and Ukrainian nouns
#: for a transport facility, which a town's name
#: follows in the nominative without naming a club ("Аэропорт Глазго", "Порти Чорноморськ і
#: Південний"); no club is called so (written for geomap from general knowledge of the two
#: languages).
FACILITY_NOUNS = frozenset(
    """
    аэропорт аеропорт порт вокзал станция станція терминал термінал пристань гавань причал
    аеропорти порти вокзали станції термінали
    """.split()  # noqa: SIM905
)
#: Feature types of a word that may stand before a town's name without being a club's.
AREA_TYPES = frozenset({"country", "admin1", "region", "continent"})


def _nominative(tok: Token, lang: str) -> bool:
    return word_lemma(tok.text, lang).lower() == tok.lower_


def _club_pair(word: Token, town: Token, gazetteer: Any, lang: str) -> bool:
    """Whether ``word`` (oblique) and ``town`` (a town's name in the nominative) name a club."""
    if not (word.is_alpha and town.is_alpha and capitalised(word) and capitalised(town)):
        return False
    if word.is_sent_start or town.is_sent_start or not word.whitespace_:
        return False
    if _nominative(word, lang) or not _nominative(town, lang):
        return False
    if not any(
        _big_town(c) and c.match != "alternate" for c in gazetteer.candidates(town.text, lang)
    ):
        return False
    return not any(
        c.place.feature_type in AREA_TYPES or _big_town(c)
        for c in gazetteer.candidates(word.text, lang)
    )


def _nominative_pair(word: Token, town: Token, gazetteer: Any, lang: str) -> bool:
    """Whether ``word`` and ``town``, both nominative, name a club ("Спартак Москва")."""
    if not (word.is_alpha and town.is_alpha and capitalised(word) and capitalised(town)):
        return False
    if town.is_sent_start or word.is_stop or not word.whitespace_:
        return False
    if not (_nominative(word, lang) and _nominative(town, lang)):
        return False
    if word.lower_.endswith(ADJECTIVE_ENDINGS[lang]):
        return False  # an adjective before the town ("Офіційний Будапешт": its government)
    if word_lemma(word.lower_, lang) in FACILITY_NOUNS or word.lower_ in FACILITY_NOUNS:
        return False  # a facility named by its town ("Аэропорт Глазго", "Порти Чорноморськ")
    if not any(
        _big_town(c) and c.match != "alternate" for c in gazetteer.candidates(town.text, lang)
    ):
        return False
    return not gazetteer.candidates(word.text, lang)


def _land_and_town(word: Token, town: Token, gazetteer: Any, lang: str) -> bool:
    """Whether ``word`` names an admin-1 unit and ``town`` a town in it ("Bayern München")."""
    if not (word.is_alpha and town.is_alpha and capitalised(word) and capitalised(town)):
        return False
    if town.is_sent_start or not word.whitespace_:
        return False
    lands = {
        (c.place.country_code, c.place.admin1_code)
        for c in gazetteer.candidates(word.text, lang)
        if c.place.feature_type == "admin1" and c.match != "alternate" and c.place.admin1_code
    }
    return any(
        _big_town(c)
        and c.match != "alternate"
        and (c.place.country_code, c.place.admin1_code) in lands
        for c in gazetteer.candidates(town.text, lang)
    )


def _pair(word: Token, town: Token, gazetteer: Any, lang: str) -> bool:
    """Whether ``word`` and ``town`` name a club in ``lang`` (module docstring)."""
    if lang in CLUB_LANGUAGES:
        return _club_pair(word, town, gazetteer, lang)
    if lang in NOMINATIVE_LANGUAGES:
        return _nominative_pair(word, town, gazetteer, lang)
    return lang == "de" and _land_and_town(word, town, gazetteer, lang)


def _big_town(cand: Any) -> bool:
    return bool(cand.place.feature_type == "city" and cand.place.population >= MID_CITY)


def in_inflected_club(span: Span, gazetteer: Any, lang: str) -> bool:
    """Whether a one-word ``span`` is either word of a declined club's name (module docstring)."""
    if lang not in CLUB_LANGUAGES | NOMINATIVE_LANGUAGES | {"de"} or len(span) != 1:
        return False
    doc, i = span.doc, span.start
    if i + 1 < len(doc) and _pair(doc[i], doc[i + 1], gazetteer, lang):
        return True
    return i > 0 and _pair(doc[i - 1], doc[i], gazetteer, lang)
