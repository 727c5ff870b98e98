"""A unit's adjective coordinated with another's shares its head noun.

"между Брянской и Курской областями", "між Харківською та Сумською областями",
"województwa podkarpackie i lubelskie": each adjective names an admin-1 unit, but only
one of them stands beside the word for the unit (after the last adjective in Russian
and Ukrainian, before the first in Polish), so the other is no name on its own
("Брянской" alone is a village's alternate name). :func:`shared_head` gives such a
conjunct the whole name it stands for ("Брянской областями"); the local recogniser adds
the conjuncts whose whole name is an admin-1 unit's (:func:`shared_head_spans`), and the
resolver looks them up by the whole name
(:func:`geomap.nlp.compass_ellipsis.elliptic_candidates`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.gazetteer.lemmas import word_lemma
from geomap.gazetteer.unit_words import ADMIN_WORDS
from geomap.nlp.local_words import CONJUNCTIONS

#: Languages whose unit adjectives agree with a head noun they may share: Russian,
#: Ukrainian, Polish ("au Mali, la région de Kayes" shares nothing).
LANGUAGES = frozenset({"ru", "uk", "pl"})
#: Most conjuncts between a unit's adjective and the shared head ("Брянской, Курской и
#: Белгородской областями": two).
MAX_CONJUNCTS = 4


def _head(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word for an admin unit ("областями", "województw")."""
    lang = doc.lang_
    words = ADMIN_WORDS.get(lang, frozenset())
    return 0 <= i < len(doc) and doc[i].is_alpha and word_lemma(doc[i].lower_, lang) in words


def _joins(doc: Doc) -> frozenset[str]:
    return CONJUNCTIONS.get(doc.lang_, frozenset())


def shared_head(span: Span) -> str | None:
    """The whole name a one-word conjunct stands for, or ``None``.

    Forward ("Брянской и Курской областями": "Брянской областями") or backward
    ("województwa podkarpackie i lubelskie": "województwa lubelskie") across
    conjunctions and commas, over at most :data:`MAX_CONJUNCTS` other conjuncts; the
    conjunct beside the head must end as this one does (:func:`_agree`).
    """
    doc = span.doc
    if doc.lang_ not in LANGUAGES or len(span) != 1 or not span[0].is_alpha:
        return None
    if _head(doc, span.start):
        return None
    joins = _joins(doc)
    for step in (1, -1):
        i = span.start + step
        for _ in range(MAX_CONJUNCTS):
            if not (0 <= i < len(doc)) or doc[i].lower_ not in joins:
                break
            i += step  # the next conjunct: an adjective, no article nor head
            if not (0 <= i < len(doc)) or not doc[i].is_alpha or doc[i].is_stop or _head(doc, i):
                break
            if _head(doc, i + step):
                if not _agree(span[0].lower_, doc[i].lower_):
                    return None  # "Одесу та Харківську область": a noun, no adjective
                head = doc[i + step].text
                return f"{span.text} {head}" if step == 1 else f"{head} {span.text}"
            i += step
    return None


#: Letters of the endings two adjectives sharing a head agree in.
AGREEING_LETTERS = 2


def _agree(word: str, other: str) -> bool:
    """Whether two conjuncts end alike, as adjectives agreeing with one head do.

    "Брянской и Курской", "podkarpackie i lubelskie" agree; "Одесу та Харківську" does
    not: the city's accusative is no adjective of the shared "область".
    """
    return word[-AGREEING_LETTERS:] == other[-AGREEING_LETTERS:]


def shared_head_spans(gazetteer: Any, doc: Doc, spans: Sequence[Span]) -> Iterable[Span]:
    """One-word conjuncts of the found units that name an admin-1 unit by the shared head.

    A conjunct is the word across a conjunction from a found span ("Брянской" before
    "и Курской областями"), or from a conjunct so found, not inside a found span.
    """
    lang = doc.lang_
    if lang not in LANGUAGES:
        return
    taken = {i for s in spans for i in range(s.start, s.end)}
    joins = _joins(doc)
    queue = list(spans)
    while queue:
        span = queue.pop(0)
        for i, between in ((span.start - 2, span.start - 1), (span.end + 1, span.end)):
            if not (0 <= i < len(doc)) or i in taken or doc[between].lower_ not in joins:
                continue
            word = doc[i : i + 1]
            whole = shared_head(word)
            if whole is None:
                continue
            if any(c.place.feature_type == "admin1" for c in gazetteer.candidates(whole, lang)):
                taken.add(i)
                found = Span(doc, i, i + 1, label="GAZ")
                queue.append(found)
                yield found
