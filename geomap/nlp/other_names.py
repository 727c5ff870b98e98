"""A place's other name given beside it: "the Falklands, which Argentina calls the Malvinas".

News names a disputed or renamed place by both its names: "the Senkaku islands, which
Beijing calls the Diaoyu", "Derry, also known as Londonderry", "the Gulf, called the
Arabian Gulf in Riyadh". The other name is a toponym whatever label the model gives it
(:func:`other_names`, for :mod:`geomap.nlp.recognizer`), and it names the same place:
:func:`same_places` gives it the pick of the name it renames (for
:mod:`geomap.nlp.resolver`), not a namesake of its own (a Chinese village called
Diaoyumiao); when that name has no pick, neither has the other, and both go where
names the gazetteer lacks go. A second other name may follow the first after ", or"
("which it calls Zangnan, or South Tibet,"), and the other name may come first, with
the name it renames after "as" ("a map of Xizang, as Beijing now calls Tibet":
:func:`renaming_before`); that one takes the renamed name's pick only when it has none
of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

#: Lower-case words of a kind between a name and the comma ("the Senkaku islands, which").
MAX_KIND_WORDS = 2
#: Words between "which" and "call" (its subject: "Beijing", "the Chinese government").
MAX_SUBJECT_WORDS = 4
#: Words of the other name.
MAX_NAME_WORDS = 4
#: Words that may come before "known as" or "called" ("also known as", "locally called").
ADVERBS = frozenset({"also", "locally", "now", "formerly", "once", "officially"})
#: The forms of "call" that give a name ("which Beijing calls", "that locals called").
CALL_FORMS = frozenset({"call", "calls", "called"})

Pick = TypeVar("Pick")


def other_name_after(doc: Doc, end: int) -> Span | None:
    """The other name given after a name that ends at token ``end``, or ``None``.

    ", which X calls (the) Y", ", that X call Y", ", (also) known (to X) as (the) Y",
    ", (also) called (the) Y"; a few lower-case words of a kind may come before the
    comma ("the Senkaku islands, which ...") and, after "the", after it: ", the city
    unionists call Y", ", the port city formerly called Y". Y is a run of capitalised
    words.
    """
    i = end
    while i < len(doc) and i - end < MAX_KIND_WORDS and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in {"which", "that"}:
        j = i + 1
        while j < len(doc) and j - i <= MAX_SUBJECT_WORDS and not _calls(doc[j]):
            if doc[j].is_punct:
                return None
            j += 1
        if j >= len(doc) or not _calls(doc[j]) or j == i + 1:
            return None
        return _name_run(doc, j + 1)
    if i < len(doc) and doc[i].lower_ == "the":
        naming = _past_apposition(doc, i)
        if naming is None:
            return None
        i = naming
        if _calls(doc[i]) and doc[i - 1].lower_ not in ADVERBS and doc[i - 2].lower_ != "the":
            return _name_run(doc, i + 1)  # "the city unionists call Londonderry"
    if i < len(doc) and doc[i].lower_ in ADVERBS:
        i += 1
    if i < len(doc) and doc[i].lower_ == "known":
        at = _as_after_known(doc, i)
        return None if at is None else _name_run(doc, at + 1)
    if i < len(doc) and doc[i].lower_ == "called":
        return _name_run(doc, i + 1)
    return None


def other_names_after(doc: Doc, end: int) -> list[Span]:
    """The other names given after a name that ends at token ``end`` (none, one or two).

    The other name of :func:`other_name_after`, and a second one after ", or" that
    ends a clause ("which it calls Zangnan, or South Tibet, and").
    """
    first = other_name_after(doc, end)
    if first is None:
        return []
    k = first.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "or":
        second = _name_run(doc, k + 2)
        if second is not None and _clause_ends(doc, second.end):
            return [first, second]
    return [first]


#: Words after a renamed name that end the clause naming it ("as Beijing calls Tibet in
#: English"), besides punctuation.
CLAUSE_END_WORDS = frozenset({"in", "since", "today", "now"})


def _clause_ends(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends a naming clause (the end, punctuation or a few words)."""
    return k >= len(doc) or doc[k].is_punct or doc[k].lower_ in CLAUSE_END_WORDS


def renamed_after(doc: Doc, end: int) -> Span | None:
    """The name that a name ending at token ``end`` gives another form of, or ``None``.

    ", as X (now) calls (the) Y": "Xizang, as Beijing now calls Tibet in English",
    "the Abay, as Ethiopians call the Blue Nile,". X is one to four words without
    punctuation; Y is a run of capitalised words that ends the clause (not "as
    Washington calls Iran a threat").
    """
    i = end
    while i < len(doc) and i - end < MAX_KIND_WORDS and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "as":
        return None
    j = i + 2
    while j < len(doc) and j - (i + 2) < MAX_SUBJECT_WORDS and not _calls(doc[j]):
        if doc[j].is_punct:
            return None
        j += 1
    if j >= len(doc) or not _calls(doc[j]) or j == i + 2:
        return None
    named = _name_run(doc, j + 1)
    return named if named is not None and _clause_ends(doc, named.end) else None


def renaming_before(doc: Doc, start: int) -> Span | None:
    """The other name given before the name starting at token ``start`` (``None`` if none).

    The inverse of :func:`renamed_after`: in "a map of Xizang, as Beijing now calls
    Tibet", "Xizang" for "Tibet". The other name is the capitalised words before the
    comma (a few lower-case words of a kind may stand between).
    """
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or not _calls(doc[k]):
        return None
    while k >= 0 and doc[k].lower_ != "as":
        k -= 1
        if start - k > MAX_SUBJECT_WORDS + 3 or (k >= 0 and doc[k].is_punct):
            return None
    if k < 2 or doc[k - 1].text != ",":
        return None
    e = k - 1
    while e > 0 and e - (k - 1) > -MAX_KIND_WORDS and doc[e - 1].is_lower and doc[e - 1].is_alpha:
        e -= 1
    b = e
    while b > 0 and e - b < MAX_NAME_WORDS and doc[b - 1].is_title and doc[b - 1].is_alpha:
        b -= 1
    if b == e or doc[b].is_stop:
        return None
    named = renamed_after(doc, e)
    if named is None or named.start != start:
        return None
    return Span(doc, b, e, label="GPE")


def _as_after_known(doc: Doc, known: int) -> int | None:
    """The index of the "as" of "known as" or "known to Serbs as" (``None`` if none).

    Between "known to" and "as" stand the few words of those who use the name ("known
    to Serbs as Uroševac", "known to the Chinese as"), none of them punctuation.
    """
    j = known + 1
    if j < len(doc) and doc[j].lower_ == "to":
        j += 1
        start = j
        while j < len(doc) and j - start < MAX_SUBJECT_WORDS and doc[j].lower_ != "as":
            if doc[j].is_punct:
                return None
            j += 1
        if j == start:
            return None
    return j if j < len(doc) and doc[j].lower_ == "as" else None


def _past_apposition(doc: Doc, the: int) -> int | None:
    """The index of the naming word after an apposition's "the" and lower-case words.

    ", the city unionists call Londonderry", ", the port city formerly called
    Chittagong": the words of a kind after "the" are lower-case, and so are those of a
    subject, unless capitalised words of a subject come right after the kind and right
    before "call" (", the city Armenians (once) called Stepanakert"); the index returned is
    that of "call", an adverb of :data:`ADVERBS` or "known", or ``None`` when none follows
    within a few words (", the army said", ", the city Kyiv controls").
    """
    j = the + 1
    subject = False  # capitalised words of a subject read after the kind
    while j < len(doc) and j - the <= MAX_KIND_WORDS + MAX_SUBJECT_WORDS:
        tok = doc[j]
        if _calls(tok) or (not subject and (tok.lower_ in ADVERBS or tok.lower_ == "known")):
            return j if j > the + 1 else None
        if tok.is_title and tok.is_alpha and j > the + 1 and doc[j - 1].is_lower:
            subject = True  # "the city Armenians": the kind, then who calls it
        elif subject and not (tok.is_title and tok.is_alpha) and tok.lower_ not in ADVERBS:
            return None  # only "call" may follow a capitalised subject ("once called")
        elif not subject and not (tok.is_lower and tok.is_alpha):
            return None
        j += 1
    return None


def _calls(tok: Token) -> bool:
    """Whether a word is a form of "call" (by its lemma, or its form without a tagger)."""
    return tok.lemma_.lower() == "call" or tok.lower_ in CALL_FORMS


def _name_run(doc: Doc, start: int) -> Span | None:
    """The capitalised words from ``start`` (after "the"), or ``None``."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    k = start
    while k < len(doc) and k - start < MAX_NAME_WORDS and doc[k].is_title and doc[k].is_alpha:
        k += 1
        if _hyphen_joins(doc, k):  # "Pag-asa"
            k += 2
    if k == start or doc[start].is_stop:
        return None
    return Span(doc, start, k, label="GPE")


def _hyphen_joins(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen joining the word before it to a word after it."""
    return (
        k + 1 < len(doc)
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
    )


def other_names(doc: Doc, found: Sequence[Span]) -> list[Span]:
    """The other names given beside the toponyms ``found`` (module docstring)."""
    out = []
    for span in found:
        out.extend(other_names_after(doc, span.end))
        before = renaming_before(doc, span.start)
        if before is not None:
            out.append(before)
    return out


def same_places(picks: Mapping[str, Pick], groups: Mapping[str, Sequence[Span]]) -> dict[str, Pick]:
    """``picks`` with each other name given the pick of the name it renames.

    Groups are the resolver's (key -> the spans of one name). An other name whose
    renamed name has no pick loses its own, so that both are placed alike.
    """
    key_at = {(s.start, s.end): key for key, group in groups.items() for s in group}
    out = dict(picks)
    for key, group in groups.items():
        for named in group:
            for other in other_names_after(named.doc, named.end):
                other_key = key_at.get((other.start, other.end))
                if other_key is None or other_key == key:
                    continue
                if key in picks:
                    out[other_key] = picks[key]
                else:
                    out.pop(other_key, None)
            before = renaming_before(named.doc, named.start)
            before_key = None if before is None else key_at.get((before.start, before.end))
            if before_key not in (None, key) and before_key not in picks and key in picks:
                out[before_key] = picks[key]
    return out
