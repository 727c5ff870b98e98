"""An adjective read as a place's name: Polish "Polska ambasada", Russian "Лесные пожары".

"Polska ambasada w Dakarze", "Polska wyprawa zimowa", "Polska Marynarka Wojenna": the
country's name "Polska" is also the feminine nominative of the adjective "polski", and at
the start of a sentence it is capitalised like the name.  Before a feminine noun in the
nominative it is the adjective (the README of ``bench/languages`` annotates it so); the
country as a subject is followed by its verb ("Polska wysłała", "Polska zwiększa"), a
conjunction or punctuation.  :func:`outside_adjective_homographs` drops a one-word span
whose lowercase form the lemmatiser reads as an adjective in "-ski"/"-cki" (the name ends
in "-ska"/"-cka") when the next word is a common noun in "-a" that is its own lemma (a
feminine nominative: "ambasada", "wyprawa", "Marynarka"), at least four letters long and
not a past-tense verb in "-ła" ("Polska stała się ...").  Only Polish: Russian and
Ukrainian country names differ from their adjectives ("Польша", "польская").

Russian: "САНТЬЯГО, 20 января — Лесные пожары вокруг Вальпараисо": the plural adjective
"Лесные" opens the sentence, and its lemma "лесной" is the name of towns (Lesnoy), so the
word was taken for one and placed at the article's focus.  A one-word span in the
nominative plural of an adjective ("-ые", "-ие") whose lemma is the masculine singular
("-ой", "-ый", "-ий") names no town called by that singular (:func:`plural_adjective`);
a plural place's name is written with its noun ("Великие Луки"), a span of two words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import word_lemma

#: Languages whose country names may be an adjective's feminine form.
HOMOGRAPH_LANGUAGES = frozenset({"pl"})
#: Endings of such a name, and of its adjective's lemma.
NAME_ENDINGS = ("ska", "cka")
LEMMA_ENDINGS = ("ski", "cki")
#: Shortest noun read as agreeing with the adjective.
MIN_NOUN = 4
#: Russian endings of an adjective's nominative plural, and of its lemma.
PLURAL_ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("ые", "ие")}
SINGULAR_ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("ой", "ый", "ий")}


def _feminine_noun(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a common noun in the feminine nominative ("ambasada", "Marynarka")."""
    low = tok.lower_
    if not tok.is_alpha or len(low) < MIN_NOUN or not low.endswith("a") or low.endswith("ła"):
        return False
    lemma = word_lemma(tok.text, lang)
    return lemma[:1].islower() and lemma.lower() == low


def adjective_before_noun(span: Span, lang: str) -> bool:
    """Whether a one-word ``span`` is an adjective's feminine form before its noun."""
    if lang not in HOMOGRAPH_LANGUAGES or len(span) != 1:
        return False
    tok = span[0]
    if not tok.lower_.endswith(NAME_ENDINGS) or not tok.whitespace_:
        return False
    if not word_lemma(tok.lower_, lang).endswith(LEMMA_ENDINGS):
        return False
    doc = span.doc
    return span.end < len(doc) and _feminine_noun(doc[span.end], lang)


def plural_adjective(span: Span, lang: str) -> bool:
    """Whether a one-word ``span`` is an adjective's plural ("Лесные" of "лесной")."""
    if lang not in PLURAL_ENDINGS or len(span) != 1:
        return False
    low = span[0].lower_
    if not span[0].is_alpha or not low.endswith(PLURAL_ENDINGS[lang]):
        return False
    lemma = word_lemma(low, lang).lower()
    return lemma != low and lemma.endswith(SINGULAR_ENDINGS[lang])


def outside_adjective_homographs(spans: Sequence[Span], lang: str) -> list[Span]:
    """``spans`` without the adjectives read as names (module docstring)."""
    return [
        s for s in spans if not adjective_before_noun(s, lang) and not plural_adjective(s, lang)
    ]
