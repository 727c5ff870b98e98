"""Home towns read because they lie among the places the article has named.

Regional news names its small towns bare, as subjects or after a noun: "wójt Górzycy"
beside Słubice and Kostrzyn, "мешканців Орлівки" beside Reni and Izmail, "meldeten
Bellinzona und Locarno" beside Ticino and Graubünden. The recogniser wants a preposition
or a list with a found place for a small town (:mod:`geomap.nlp.local_accept`);
:func:`nearby_home_towns` reads a capitalised word as a town when

* it names a town of the language's own countries
  (:data:`~geomap.nlp.local_words.HOME_COUNTRIES`) of :data:`~geomap.nlp.local_kinds.TOWN`
  people or more, by any of its names;
* that town lies within :data:`~geomap.nlp.home_over_abroad.NEAR_KM` of at least
  :data:`~geomap.nlp.home_over_abroad.NEAR_PLACES` of the places found so far
  (the first candidate of each, a town or an admin unit);
* the word is free (no entity of a person or organisation), opens no sentence, follows
  no article, stands beside no other capitalised word and is no quotation's.

In German, which capitalises every noun ("Nach tagelangem Regen": Regen is a Bavarian
town too), only two such words joined in a list ("Bellinzona und Locarno") count.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.nlp.home_over_abroad import ANCHOR_TYPES, NEAR_PLACES, near_count
from geomap.nlp.local_context import after_article, capitalised, common_word
from geomap.nlp.local_kinds import TOWN
from geomap.nlp.local_position import in_name_run, opens_sentence, quoted
from geomap.nlp.local_spans import inflected_acronym
from geomap.nlp.local_words import CONJUNCTIONS, HOME_COUNTRIES, NOUN_CAPITALS
from geomap.records import Place

#: Shortest word read so.
MIN_LETTERS = 4


def _anchors(gazetteer: Any, spans: Sequence[Span], lang: str) -> list[Place]:
    out: dict[str, Place] = {}
    for s in spans:
        cands = gazetteer.candidates(s.text, lang)
        if cands and cands[0].place.feature_type in ANCHOR_TYPES:
            out[str(cands[0].place.place_id)] = cands[0].place
    return list(out.values())


def _home_town(gazetteer: Any, tok: Token, anchors: list[Place], home: frozenset[str]) -> bool:
    for c in gazetteer.candidates(tok.text, tok.doc.lang_):
        p = c.place
        if p.feature_type != "city" or p.country_code not in home or p.population < TOWN:
            continue
        if near_count(p, anchors) >= NEAR_PLACES:
            return True
    return False


def _free(tok: Token, taken: set[int], lang: str) -> bool:
    return (
        tok.i not in taken
        and tok.is_alpha
        and len(tok.text) >= MIN_LETTERS
        and capitalised(tok)
        and not opens_sentence(tok)
        and not after_article(tok, lang)
        and not common_word(tok, lang)
        and not in_name_run(tok, lang)
        and not quoted(tok.doc[tok.i : tok.i + 1])  # a club's or a newspaper's name
        and not inflected_acronym(tok.text)  # "ГАЗе": the carmaker GAZ
    )


def nearby_home_towns(
    gazetteer: Any, doc: Doc, spans: Sequence[Span], blocked: set[int]
) -> list[Span]:
    """Bare home towns among the article's found places (module docstring)."""
    lang = doc.lang_
    home = HOME_COUNTRIES.get(lang, frozenset())
    if not home or not spans:
        return []
    anchors = _anchors(gazetteer, spans, lang)
    if len(anchors) < NEAR_PLACES:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)} | blocked
    towns = {
        tok.i
        for tok in doc
        if _free(tok, taken, lang) and _home_town(gazetteer, tok, anchors, home)
    }
    if lang in NOUN_CAPITALS:  # German: two towns joined in a list ("X und Y")
        joins = CONJUNCTIONS.get(lang, frozenset())
        towns = {
            i
            for i in towns
            if (i + 2 in towns and doc[i + 1].lower_ in joins)
            or (i - 2 in towns and doc[i - 1].lower_ in joins)
        }
    return [Span(doc, i, i + 1, label="GAZ") for i in sorted(towns)]
