"""A name found as a place once in an article is the place where it comes again.

The gazetteer-driven recogniser (:mod:`geomap.nlp.local`) wants evidence for a town
it reads: a preposition of place, a dateline, a list with a found place.  A town the
article has already placed ("EUPEN (dpa)", "durch Eupen") keeps no such evidence
when it comes again as a subject or in a bare list ("Besonders betroffen seien Eupen,
Raeren und Malmedy"); one sense per article: :func:`repeated` finds it again, and
the list rule then takes the names beside it.  Where names are inflected and only
names are capitalised (Polish, Russian, Ukrainian), the town comes again in another case
("w Lesku" ... "Burmistrz Leska"): :func:`inflected_repeats` finds a word one of whose
candidates is a found town.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.local_context import after_article, capitalised, common_word
from geomap.nlp.local_position import in_name_run, opens_sentence, quoted
from geomap.nlp.local_spans import in_club_name, inflected_acronym
from geomap.nlp.local_words import NAME_CAPITALS

#: Shortest word read as a found town in another case.
MIN_REPEAT = 3


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


def _same(run: Span, names: set[tuple[str, ...]], capitals: set[tuple[str, ...]]) -> bool:
    """Whether a run is written as a found name, or is a dateline's name in title case.

    "EUPEN (dpa)" is found again as "Eupen", but "в Газе" not as "ГАЗе" (the carmaker).
    """
    words = tuple(t.text for t in run)
    if words in names:
        return True
    return _key(words) in capitals and all(w.istitle() for w in words if w.isalpha())


def repeated(doc: Doc, spans: Sequence[Span], blocked: set[int]) -> list[Span]:
    """Every other run of the words of a found toponym, capitalised and free.

    A run overlapping a found span or a blocked token (a person's or an
    organisation's entity), after an article ("die Halle"), in a club's name, a
    month or a point of the compass, opening a sentence ("Polski minister", an
    adjective) or beside another capitalised word ("Wisła Kraków", "Nysy Kłodzkiej",
    "Polska Marynarka Wojenna": part of a longer name) is left out.
    """
    lang = doc.lang_
    names = {tuple(t.text for t in s) for s in spans}
    capitals = {_key(n) for n in names if all(w.isupper() for w in n if w.isalpha())}
    if not names:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)} | blocked
    longest = max(len(n) for n in names)
    out: list[Span] = []
    i = 0
    while i < len(doc):
        hit = None
        for size in range(min(longest, len(doc) - i), 0, -1):
            if _same(doc[i : i + size], names, capitals):
                hit = doc[i : i + size]
                break
        if hit is None or any(k in taken for k in range(hit.start, hit.end)):
            i += 1
            continue
        tok = hit[0]
        if (
            capitalised(tok)
            and not opens_sentence(tok)
            and not in_name_run(tok, lang)
            and not in_name_run(hit[-1], lang)
            and not after_article(tok, lang)
            and not in_club_name(tok, lang)
            and not common_word(tok, lang)
        ):
            out.append(Span(doc, hit.start, hit.end, label="GAZ"))
        i = hit.end
    return out


def _first_town(gazetteer: Any, text: str, lang: str) -> str | None:
    """The place id of the first candidate of ``text`` when it is a town."""
    cands = gazetteer.candidates(text, lang)
    if cands and cands[0].place.feature_type == "city":
        return str(cands[0].place.place_id)
    return None


def inflected_repeats(
    gazetteer: Any, doc: Doc, spans: Sequence[Span], blocked: set[int]
) -> list[Span]:
    """Words naming a found town in another case, free and capitalised (module docstring).

    One of the word's candidates must be the town that is a found one-word toponym's
    first candidate ("Leska" is also an alternate name of Lezhë); the guards of
    :func:`repeated` hold (not opening a sentence, beside no other capitalised word, no
    common word, no club's name, no name in quotation marks).
    """
    lang = doc.lang_
    if lang not in NAME_CAPITALS:
        return []
    towns = {t for s in spans if len(s) == 1 if (t := _first_town(gazetteer, s.text, lang))}
    if not towns:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)} | blocked
    out: list[Span] = []
    for tok in doc:
        if (
            tok.i in taken
            or not tok.is_alpha
            or len(tok.text) < MIN_REPEAT
            or not capitalised(tok)
            or opens_sentence(tok)
            or in_name_run(tok, lang)
            or common_word(tok, lang)
            or in_club_name(tok, lang)
            or quoted(doc[tok.i : tok.i + 1])  # the club «Ворохта», after "у Ворохті"
            or inflected_acronym(tok.text)  # "на ГАЗе": the carmaker, after "в Газе"
        ):
            continue
        if any(str(c.place.place_id) in towns for c in gazetteer.candidates(tok.text, lang)):
            out.append(Span(doc, tok.i, tok.i + 1, label="GAZ"))
    return out
