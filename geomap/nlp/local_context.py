"""What the words around a name say in French, German, Polish, Russian and Ukrainian.

The recogniser (:mod:`geomap.nlp.local`) and the resolver read the same cues,
each in the language's own words:

* a preposition of place before a name ("в Харкові", "nach Kiew", "près de
  Galați"), also across a word for an area ("в районі Ворохти", "w okolicach
  Niechorza", "im Raum Charkiw");
* a word that says the kind of place ("річка Тиса", "Fluss Oskil", "l'île
  d'Ouessant", "miasto Kłodzko");
* an article: German and French name rivers, mountains and regions with one
  ("an der Spree", "le Danube", "l'Oder") and towns without ("à Vienne", "in
  Spremberg"), as English says "the Ohio" of the river;
* French contracts the article of "Le Havre" into the preposition: "au Havre",
  "du Havre" (:func:`contracted_name`).

:func:`geomap.nlp.local_reading.reading` turns them into the entity label and the
"after the" cue the resolver weighs for English (``GPE`` favours towns and countries,
``LOC`` waters, landforms and regions): these languages' models tag every place ``LOC``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.gazetteer.unit_words import ADMIN_WORDS, APPOSED_UNIT_WORDS
from geomap.nlp.direction_towns import direction_candidates
from geomap.nlp.local_words import (
    AREA_WORDS,
    ARTICLES,
    COMMON_WORDS,
    COMPOUND_KINDS,
    CONJUNCTIONS,
    CONTRACTED,
    DEFINITE,
    IDIOM_PREPOSITIONS,
    KIND_WORDS,
    LOCATIVES,
    NOUN_CAPITALS,
    WHERE_WORDS,
)
from geomap.records import Candidate


def capitalised(tok: Token) -> bool:
    """Whether a word begins with a capital letter and has letters."""
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def previous_word(tok: Token) -> Token | None:
    """The word before ``tok``, if any."""
    return tok.doc[tok.i - 1] if tok.i > 0 else None


def straight_apostrophe(word: str) -> str:
    """French elisions with a typographic apostrophe as with a straight one (l’ -> l')."""
    return word.replace("\u2019", "'")


#: Words between a word for a kind of place and the name, longest first.
_LINKS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("de", "la"), ("de", "l'"), ("du",), ("des",), ("de",), ("d'",)),
    "de": (("der",), ("des",)),
}


def _before_link(tok: Token, lang: str) -> Token | None:
    """The word before ``tok`` and the link words (:data:`_LINKS`) right before it, if any."""
    for link in _LINKS.get(lang, ()):
        cur: Token | None = tok
        for word in reversed(link):
            cur = previous_word(cur) if cur is not None else None
            if cur is None or straight_apostrophe(cur.lower_) != word:
                break
        else:
            return previous_word(cur) if cur is not None else None
    return previous_word(tok)


def kind_before(tok: Token, lang: str) -> str | None:
    """The kind of place a word right before ``tok`` names ("Fluss Oskil" -> ``"water"``).

    French may put "de" between, or "de" with an article ("l'île d'Ouessant",
    "l'embouchure du Rhône", "le long de la Loire"), German a genitive article
    ("am Ufer der Oder", "an der Mündung des Rheins"): :data:`_LINKS`.
    """
    kinds = KIND_WORDS.get(lang, {})
    prev = _before_link(tok, lang)
    if prev is None or (not prev.is_alpha and "'" not in straight_apostrophe(prev.text)):
        return None
    word = straight_apostrophe(prev.lower_)
    kind = kinds.get(word) or kinds.get(word_lemma(word, lang).lower())
    if kind is None and lang in COMPOUND_KINDS and prev.is_title:
        kind = compound_kind(word, lang)
    return kind


def compound_kind(word: str, lang: str) -> str | None:
    """The kind of place a German compound noun's last part names ("Donauhafen" -> ``"city"``).

    German joins a word for a kind of place to what qualifies it: "die Hafenstadt
    Odessa", "der Grenzfluss Oder", "die Ferieninsel Sylt", "den Donauhafen Ismajil"
    (:data:`COMPOUND_KINDS`); the qualifier takes at least three letters.
    """
    for head, kind in COMPOUND_KINDS.get(lang, ()):
        if word.endswith(head) and len(word) >= len(head) + 3:
            return kind
    return None


def admin_before(tok: Token, lang: str) -> bool:
    """Whether a word for an admin unit precedes ``tok`` ("Provinz Helmand", "province d'Idlib").

    The words of :data:`~geomap.gazetteer.unit_words.APPOSED_UNIT_WORDS` count ("в уезде
    Тулча", "im Kreis Tulcea").

    The resolver weighs it as English "Idlib province" (``admin_hint``).
    """
    prev = previous_word(tok)
    if prev is not None and lang == "fr" and straight_apostrophe(prev.lower_) in ("de", "d'"):
        prev = previous_word(prev)
    if prev is None or not prev.is_alpha:
        return False
    words = ADMIN_WORDS.get(lang, frozenset()) | APPOSED_UNIT_WORDS.get(lang, frozenset())
    return prev.lower_ in words or word_lemma(prev.lower_, lang).lower() in words


#: The shape of a relational adjective of a country or region, which may stand between a
#: preposition and a town abroad ("im österreichischen Hochfilzen", "до польського Хелма",
#: "у словацьких Кошицях", "do czeskiego Ostrawy"): German "-isch-" (also "-ysch-" after a
#: Greek stem, "im libyschen Tobruk", and the contracted "deutsch": "im ostdeutschen
#: Cottbus"), Slavic "-sk-"/"-ck-".
_PLACE_ADJECTIVE: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"^[a-zäöüß]+(?:isch|ysch|deutsch)(?:e|en|em|er|es)$"),
    "pl": re.compile(r"^[a-ząćęłńóśźż]+[sc]k(?:i|a|ie|iego|iej|im|ich|imi|ą)$"),
    "ru": re.compile(r"^[а-яё]+[сц]к(?:ий|ая|ое|ие|ого|ой|ом|ому|ую|им|ими|их)$"),
    "uk": re.compile(r"^[а-щьюяєії']+[сц]ьк(?:ий|а|е|і|ого|ої|ому|ій|им|ими|их|у|ою)$"),
}


#: A place adjective in an oblique case, in the languages that capitalise only names
#: ("Nysie Kłodzkiej", "Nysą Łużycką": "-sk-", "-ck-", "-zk-" and an oblique ending).
_OBLIQUE_ADJECTIVE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(r"^[a-ząćęłńóśźż]+[sczż]k(?:iego|iej|im|ich|imi|ą)$"),
    "ru": re.compile(r"^[а-яё]+[сцз]к(?:ого|ом|ому|ую|им|ими|их)$"),
    "uk": re.compile(r"^[а-щьюяєії']+[сцз]ьк(?:ого|ої|ому|ій|им|ими|их|у|ою)$"),
}


def oblique_place_adjective(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a capitalised place adjective in an oblique case ("Kłodzkiej")."""
    shape = _OBLIQUE_ADJECTIVE.get(lang)
    return shape is not None and capitalised(tok) and bool(shape.match(tok.lower_))


def locative(tok: Token, lang: str, article: bool = False) -> bool:
    """Whether a preposition of place precedes ``tok`` (``article``: or its article).

    A word for an area may stand between ("в районі Ворохти", "im Raum Charkiw"), and
    so may the adjective of a country or region (:data:`_PLACE_ADJECTIVE`: "im
    österreichischen Hochfilzen", "до польського Хелма").
    """
    doc = tok.doc
    i = tok.i - 1
    if article and i > 0 and doc[i].lower_ in ARTICLES.get(lang, frozenset()):
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    places = LOCATIVES.get(lang, frozenset())
    if prev.lower_ in places or (lang == "fr" and straight_apostrophe(prev.lower_) in ("d'", "l'")):
        return True
    shape = _PLACE_ADJECTIVE.get(lang)
    if i > 0 and shape is not None and prev.is_lower and shape.match(prev.text):
        # German may put an article before it: "zwischen Danzig und dem schwedischen Nynäshamn"
        word = doc[i - 1].lower_
        return word in places or (lang == "de" and word in ARTICLES["de"])
    if (
        i > 0
        and prev.is_alpha
        and word_lemma(prev.lower_, lang).lower() in AREA_WORDS.get(lang, frozenset())
    ):
        before = doc[i - 1]
        if i > 1 and before.lower_ in ARTICLES.get(lang, frozenset()):
            before = doc[i - 2]  # "dans la région de", "in der Nähe"
        return before.lower_ in places
    return _listed_after_locative(tok, lang, article)


def _listed_after_locative(tok: Token, lang: str, article: bool) -> bool:
    """Whether ``tok`` ends a list of names the preposition before its first one governs.

    "w Korczowej i Medyce", "bei Wowtschansk und Lipzy": the preposition of the first
    name holds for the one after the conjunction, whether or not the first is known.
    Only a word conjunction links the two (a comma may end a clause: "w Krakowie,
    Nowak ...").
    """
    doc = tok.doc
    i = tok.i - 1
    if i < 2 or doc[i].text == "," or doc[i].lower_ not in CONJUNCTIONS.get(lang, frozenset()):
        return False
    first = doc[i - 1]
    if not (first.is_alpha and capitalised(first)):
        return False
    return locative(first, lang, article)


def where_follows(tok: Token, lang: str) -> bool:
    """Whether a comma and a word of "where" follow ``tok`` ("Hameln, wo", "Kairze, gdzie")."""
    doc = tok.doc
    i = tok.i + 1
    return (
        i + 1 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].lower_ in WHERE_WORDS.get(lang, frozenset())
    )


def after_idiom_preposition(tok: Token, lang: str) -> bool:
    """Whether a preposition that also makes idioms precedes ``tok`` ("vor Lindau", "vor Ort")."""
    prev = previous_word(tok)
    return prev is not None and prev.lower_ in IDIOM_PREPOSITIONS.get(lang, frozenset())


#: A German adjective's inflected ending ("enges", "neuen"), after an article.
_GERMAN_ADJECTIVE = re.compile(r"^[a-zäöüß]{3,}(?:e|en|em|er|es)$")


def after_article(tok: Token, lang: str) -> bool:
    """Whether an article (or a preposition fused with one: "im", "au") precedes ``tok``.

    In German, adjectives may stand between ("ein enges Rennen", "das neue Stadion"),
    but not a place's adjective ("dem schwedischen Nynäshamn": :data:`_PLACE_ADJECTIVE`).
    """
    prev = previous_word(tok)
    while (
        lang in NOUN_CAPITALS
        and prev is not None
        and prev.is_lower
        and _GERMAN_ADJECTIVE.match(prev.text)
        and not _PLACE_ADJECTIVE[lang].match(prev.text)
        and prev.lower_ not in ARTICLES.get(lang, frozenset())
        and (before := previous_word(prev)) is not None
        and (
            before.lower_ in ARTICLES.get(lang, frozenset()) or _GERMAN_ADJECTIVE.match(before.text)
        )
    ):
        prev = before
    return prev is not None and straight_apostrophe(prev.lower_) in ARTICLES.get(lang, frozenset())


def after_definite(span: Span) -> bool:
    """Whether a German or French definite article precedes the name ("die Neiße", "l'Oder")."""
    prev = previous_word(span[0])
    lang = span.doc.lang_
    return prev is not None and straight_apostrophe(prev.lower_) in DEFINITE.get(lang, frozenset())


def contracted_name(span: Span) -> str | None:
    """The name with the article French fused into the preposition: "au Havre" -> "Le Havre"."""
    prev = previous_word(span[0])
    if span.doc.lang_ != "fr" or prev is None:
        return None
    article = CONTRACTED.get(prev.lower_)
    return f"{article} {span.text}" if article else None


def common_word(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a month or a point of the compass, however it is written."""
    return tok.lower_ in COMMON_WORDS.get(lang, frozenset()) or (
        tok.is_alpha and word_lemma(tok.lower_, lang).lower() in COMMON_WORDS.get(lang, ())
    )


def local_candidates(gazetteer: Any, span: Span, *, fused_only: bool = False) -> list[Candidate]:
    """The gazetteer's candidates for a name in its document's language.

    After a French preposition fused with an article ("au Havre", "du Havre"),
    the places named with the article ("Le Havre") come first, as the name's
    own matches.  ``fused_only``: only those.
    """
    lang = span.doc.lang_
    if len(span) == 1 and not fused_only:  # "на Купянском направлении": the town
        towns = direction_candidates(gazetteer, span[0])
        if towns:
            return towns
    fused = contracted_name(span)
    first: list[Candidate] = []
    if fused is not None:
        first = [
            Candidate(c.place, "name")
            for c in gazetteer.candidates(fused, lang)
            if c.match in ("name", "alias", "exonym") and c.place.feature_type == "city"
        ]
    if fused_only:
        return first
    seen = {c.place.place_id for c in first}
    return first + [
        c for c in gazetteer.candidates(span.text, lang) if c.place.place_id not in seen
    ]
