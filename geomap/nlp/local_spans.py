"""The shape of a model's entity or a scanned run of words (:mod:`geomap.nlp.local`).

A location entity may carry an article or a function word the name has not
("La Loire", "Амуре напротив"); a run of words must not cut a hyphenated word
("Тянь" of "Тянь-Шаня").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.gazetteer.districts import names_district
from geomap.gazetteer.lemmas import word_lemma
from geomap.gazetteer.unit_words import ADMIN_WORDS
from geomap.nlp.local_context import (
    admin_before,
    capitalised,
    kind_before,
    previous_word,
    straight_apostrophe,
)
from geomap.nlp.local_words import (
    AREA_WORDS,
    ARTICLES,
    CLUB_WORDS,
    DEFINITE,
    NAME_CAPITALS,
    NOUN_CAPITALS,
    OF_PREPOSITIONS,
    STATE_WORDS,
)


def starts_with_preposition(span: Span, lang: str) -> bool:
    """Whether ``span`` starts with a lowercase "de" or "von", which no name does ("de Bayonne")."""
    first = span[0]
    return first.is_lower and first.lower_.replace("\u2019", "'") in OF_PREPOSITIONS.get(lang, ())


def article_of_name(ent: Span, lang: str) -> bool:
    """Whether an entity starts with a French article written with a capital mid-sentence.

    French writes a name's own article with a capital ("près de La Grave", "Le Havre")
    and any other article in lowercase ("la Loire").  The article must follow a word:
    the first word of a sentence or after a dateline has a capital anyway.
    """
    first = ent[0]
    return (
        lang == "fr"
        and first.lower_.replace("\u2019", "'") in DEFINITE.get(lang, ())
        and first.text[:1].isupper()
        and first.i > 0
        and first.doc[first.i - 1].is_alpha  # not after a dateline's dash: "ORLÉANS – La Loire"
        and not first.is_sent_start
        and len(ent) > 1
    )


def entity_core(ent: Span, lang: str) -> tuple[int, int] | None:
    """An entity without its leading articles and trailing function words, if that differs.

    "La Loire" -> "Loire", "le Rhône" -> "Rhône", "de Bayonne" -> "Bayonne", "Амуре
    напротив" -> "Амуре": the model's entity, not a part of it ("Белое море", "Stade
    brestois" keep their words).
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        doc[start].lower_.replace("\u2019", "'") in ARTICLES.get(lang, ())
        or starts_with_preposition(doc[start : start + 1], lang)
    ):
        start += 1
    while end > start and doc[end - 1].is_stop and doc[end - 1].is_lower:
        end -= 1
    if end <= start or (start, end) == (ent.start, ent.end) or not capitalised(doc[start]):
        return None
    return start, end


def _joined(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen written between two words ("warmińsko-mazurskim")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def compound_heads(span: Span) -> list[Token]:
    """The first token of each word of ``span``, a hyphenated compound one word."""
    doc = span.doc
    return [
        t
        for t in span
        if not _joined(doc, t.i) and not (t.i > span.start and _joined(doc, t.i - 1))
    ]


def window_end(doc: Doc, start: int, words: int, stop: int) -> int:
    """The end of the first ``words`` words from ``start`` (before ``stop``), a compound one word.

    Polish, Russian and Ukrainian split a hyphenated name into its parts and hyphens
    ("Дар-эс-Салам", "Порт-о-Пренсі": five tokens), so a window of tokens would never
    hold a name of three parts whole.
    """
    end, seen = start, 0
    while end < stop:
        joined = _joined(doc, end) or (end > start and _joined(doc, end - 1))
        if not joined:
            seen += 1
            if seen > words:
                break
        end += 1
    return end


def splits_compound(span: Span) -> bool:
    """Whether ``span`` cuts a hyphenated word ("Тянь" of "Тянь-Шаня")."""
    return _joined(span.doc, span.end) or _joined(span.doc, span.start - 1)


#: French elisions that begin a sentence with a capital ("L’Europe", "D’Odessa"): there a
#: capital elided letter is the sentence's, not the name's.
_SENTENCE_ELISIONS = frozenset("LD")


def elided_capital(ent: Span, lang: str) -> tuple[int, int] | None:
    """The entity with a capital elided letter before it that is the name's own, if any.

    French tokenises "N’Djamena" and "L’Île-Rousse" as an elision and a word, and the
    model may take only the word ("Djamena").  A single capital letter with an
    apostrophe, written against the entity, is part of the name, except "L’" and "D’"
    beginning a sentence ("L’Europe a ...").
    """
    if lang != "fr" or ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    text = prev.text.replace("\u2019", "'")
    if len(text) != 2 or text[1] != "'" or not text[0].isupper() or prev.whitespace_:
        return None
    if text[0] in _SENTENCE_ELISIONS and (prev.is_sent_start or prev.i == 0):
        return None
    return (ent.start - 1, ent.end)


def kind_widened(ent: Span, lang: str) -> tuple[int, int] | None:
    """The entity with the word for a river, lake, sea or landform before it, if any.

    "péninsule de Kola", "mer de Barents", "lac Ladoga": names that start with the
    word of their kind, where the model took only the last word; so does an admin unit
    named by its word and its city ("région de Donetsk", "Gebiet Saporischschja").
    """
    doc = ent.doc
    unit = admin_before(doc[ent.start], lang)
    if not unit and kind_before(doc[ent.start], lang) not in ("water", "landform"):
        return None
    start = ent.start - 1
    for _ in range(2):  # French "de", "d'", "de la": "estuaire de la Seine"
        if start > 0 and doc[start].is_stop and doc[start].is_lower:
            start -= 1
    return (start, ent.end) if doc[start].is_lower or (unit and lang in NOUN_CAPITALS) else None


def noun_widened(ent: Span, lang: str) -> tuple[int, int] | None:
    """The entity with the French common noun and "de" before it ("corridor de Suwałki").

    A name made of a noun, "de" and a place ("corridor de Suwałki", "canal de Suez")
    where the model took only the place; the recogniser keeps it only when the
    gazetteer knows the whole.
    """
    doc = ent.doc
    if lang != "fr" or ent.start < 2:
        return None
    link = doc[ent.start - 1]
    noun = doc[ent.start - 2]
    if straight_apostrophe(link.lower_) not in ("de", "d'", "du", "des"):
        return None
    return (noun.i, ent.end) if noun.is_alpha and noun.is_lower and not noun.is_stop else None


def in_organisation_name(span: Span, gazetteer: Any, taken: set[int]) -> bool:
    """Whether a name closes an organisation's name ("Sojusz Państw Sahelu", "Нафтогаз України").

    French titles: :func:`closes_french_title`.  In Polish, Russian and Ukrainian
    only names are capitalised: a capitalised word
    after another word of a sentence, right before the name, that is no place (no gazetteer
    candidate, not a toponym found, not a word for a kind of place, an admin unit or
    an area), begins a longer proper name the place is a part of.
    """
    doc = span.doc
    lang = doc.lang_
    if lang == "fr":
        return closes_french_title(span, gazetteer, taken)
    if lang not in NAME_CAPITALS or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if not prev.is_alpha or not capitalised(prev) or prev.is_sent_start or prev.i in taken:
        return False
    if prev.i == 0 or not doc[prev.i - 1].is_alpha:  # "ERYWAŃ – Premier Armenii": a title
        return False  # that opens the sentence after a dateline's dash
    if prev.text.isupper():  # "ONZ", "МИД": an acronym, not a word of the name
        return False
    if names_district(span.text, lang):  # "Миропілля Сумського р-ну": a village's district
        return False
    lemma = word_lemma(prev.lower_, lang).lower()
    if kind_before(span[0], lang) is not None or lemma in ADMIN_WORDS.get(lang, frozenset()):
        return False
    if lemma in AREA_WORDS.get(lang, frozenset()) or lemma in STATE_WORDS.get(lang, frozenset()):
        return False  # "в районе Купянска", "Глава Республики Крым"
    return not gazetteer.candidates(prev.text, lang)


def in_club_name(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is the town in a sports club's name ("VfB Stuttgart", "FC Bayern München").

    The word before it is a word of club names (:data:`CLUB_WORDS`), or a capitalised
    word that is itself the town or land of such a name ("FC Bayern München").
    """
    words = CLUB_WORDS.get(lang)
    if not words:
        return False
    prev = previous_word(tok)
    if prev is None:
        return False
    if prev.lower_ in words:
        return True
    before = previous_word(prev)
    return (
        before is not None
        and capitalised(prev)
        and not prev.is_sent_start
        and before.lower_ in words
    )


def closes_french_title(span: Span, gazetteer: Any, taken: set[int]) -> bool:
    """Whether a French name closes a title of capitalised words ("Dernières Nouvelles d'Alsace").

    French capitalises common nouns only in the title of a newspaper, an
    organisation or a work.  Two capitalised words inside a sentence, neither a place
    nor a word for a kind of place, then "de"/"d'" right before the name, make the
    name the end of that title.  One such word is not enough: "Banque de France" may
    be written "banque de France", and a place's own title ("République de Moldavie",
    "Corne de l'Afrique") is a word for a kind of place or known to the gazetteer.
    """
    doc = span.doc
    if span.start < 3:
        return False
    link = doc[span.start - 1]
    if link.lower_.replace("\u2019", "'") not in OF_PREPOSITIONS["fr"]:
        return False
    if kind_before(span[0], "fr") is not None or admin_before(span[0], "fr"):
        return False
    words = [doc[link.i - 2], doc[link.i - 1]]
    if words[0].is_sent_start or not doc[words[0].i - 1].is_alpha:
        return False  # a sentence's first word, or a title after a dateline's dash
    # the second word is not asked: a sentence splitter may cut a title after its first word
    return all(
        w.is_alpha
        and capitalised(w)
        and not w.text.isupper()
        and w.i not in taken
        and not gazetteer.candidates(w.text, "fr")
        for w in words
    )


def outside_organisations(spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """The spans that close no organisation's name (:func:`in_organisation_name`)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [s for s in spans if not in_organisation_name(s, gazetteer, taken)]


def runs_on(span: Span, lang: str) -> bool:
    """Whether a capitalised word right after ``span`` continues its name.

    "de la Grande Boucle": the article and "Grande" are the start of a longer name,
    not the river La Grande.  A stop word or a new sentence does not count; in German,
    whose nouns are all capitalised, nothing does.
    """
    if lang in NOUN_CAPITALS or span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    return capitalised(nxt) and not nxt.is_stop and not nxt.is_sent_start


def inflected_acronym(text: str) -> bool:
    """Whether a word is an acronym with a case ending ("ГАЗе", "НАТОвский", "КАМАЗа").

    Russian, Ukrainian and Polish decline acronyms by adding lowercase letters to
    the capitals; a place's name never takes that shape ("Газа" is Gaza, "ГАЗе" the
    carmaker GAZ), while a dateline ("МОСКВА") is all capitals.
    """
    letters = [ch for ch in text if ch.isalpha()]
    capitals = 0
    while capitals < len(letters) and letters[capitals].isupper():
        capitals += 1
    rest = letters[capitals:]
    return capitals >= 2 and bool(rest) and all(ch.islower() for ch in rest)
