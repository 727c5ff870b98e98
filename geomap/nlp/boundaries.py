"""Where a toponym's span starts and ends: scan limits, names cut or extended.

Rules of toponym recognition (:mod:`geomap.nlp.recognizer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import (
    ARTICLES,
    BLOCKING_LABELS,
    COMPASS_POINTS,
    FEATURE_KIND_WORDS,
    KIND_FIRST,
    NAME_PARTICLES,
    POSSESSIVE,
)


def after_articles(doc: Doc, start: int, stop: int) -> int:
    """The first token from ``start`` that is no article ("the", "a", "an"), at most ``stop``.

    Callers that must keep one word pass ``ent.end - 1``: "the West" keeps "West",
    and an entity of articles only ("the") is left as it is.
    """
    while start < stop and doc[start].lower_ in ARTICLES:
        start += 1
    return start


def inside_longer_name(span: Span) -> bool:
    """Whether a match continues a proper name to its left ("Mocimboa da Praia")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in NAME_PARTICLES:
        i -= 1
    return i >= 0 and i < span.start and doc[i].pos_ == "PROPN" and not doc[i].is_sent_start


def names_with_next(tok: Token) -> bool:
    """Whether a capitalised adjective begins a name with the next word ("French Quarter").

    An adjective written with a capital ("French", "Latin", "Jewish") that modifies
    the capitalised proper noun right after it, which the model tagged as no entity,
    may make one name with it: then neither word is a place by itself (not France,
    not a village called Quarter). The callers decide by the gazetteer ("French
    President" is a title about France). At a sentence's start the capital says nothing.
    """
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.is_sent_start or tok.pos_ != "ADJ" or not tok.is_title:
        return False
    nxt = doc[tok.i + 1]
    return nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ and tok.head.i == nxt.i


def overlaps(span: Span, others: Sequence[Span]) -> bool:
    """Whether ``span`` shares a token with any of ``others``."""
    return any(span.start < o.end and o.start < span.end for o in others)


def blocked_tokens(doc: Doc) -> set[int]:
    """Token indices inside entities the gazetteer scan must not enter (people, dates ...).

    An ordinal written as a capitalised word before another capitalised word starts a
    name ("the Second Thomas Shoal" tagged "Second" ORDINAL) and blocks nothing, nor
    does an entity right after "Lake" or "Mount" written with a capital ("Fishermen on
    Lake Albert", "Albert" tagged PERSON): the lake's or mountain's name goes on into it.
    """
    blocked: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS and not _ordinal_in_name(ent):
            start = ent.start
            if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in KIND_FIRST:
                continue
            blocked.update(range(start, ent.end))
    return blocked


def _ordinal_in_name(ent: Span) -> bool:
    """Whether an ORDINAL entity is one capitalised word before a capitalised word."""
    doc = ent.doc
    return (
        ent.label_ == "ORDINAL"
        and len(ent) == 1
        and ent[0].is_title
        and ent[0].is_alpha
        and ent.start > 0
        and ent.end < len(doc)
        and doc[ent.end].is_title
    )


def can_start(text: str, pos: str) -> bool:
    """Whether a gazetteer-scan match may start at a word (a capitalised one).

    Parameters
    ----------
    text, pos
        The token's text and coarse part of speech (``tok.text``, ``tok.pos_``).
    """
    return text[:1].isupper() and text[:1].isalpha() and pos not in {"PRON", "DET", "VERB"}


def can_continue(text: str, *, space: bool, sent_start: bool, punct: bool) -> bool:
    """Whether a gazetteer-scan match may extend over a word.

    Parameters
    ----------
    text
        The token's text.
    space, sent_start, punct
        Whether it is white space, starts a sentence, is punctuation.
    """
    if space or sent_start:
        return False
    if punct:
        return text in {"-", "'", "’", "&", "."}
    return True


def _hyphened_particle(doc: Doc, i: int, end: int) -> bool:
    """Whether tokens ``i:end`` begin with a short lower-case word hyphened to a capitalised one.

    The Arabic article, as written or as spoken: "al-Shughur", "el-Arish", "ash-Shaddadi".
    """
    return (
        i + 2 < end
        and doc[i].is_lower
        and doc[i].is_alpha
        and len(doc[i]) <= 3
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isupper()
    )


def drops_a_name(ent: Span, sub: Span) -> bool:
    """Whether cutting ``ent`` to ``sub`` leaves out a word of the name itself.

    A capitalised word right before or after ``sub``, other than an administrative
    one, is part of the name ("French" in "French Quarter", "Washington" in
    "Washington Square", "West" in "West Wing"); "the", "'s", "region" and names
    after a comma ("Thruxton, Hampshire") are not. A name of the form "X of Y" is
    one name too: "Line" in "the Line of Actual Control" leaves out "of Actual
    Control" (a town of China is called Line), and so is "X del Y" ("Laguna" in "the
    Laguna del Tigre" leaves out "del Tigre": :data:`~geomap.nlp.vocab.NAME_PARTICLES`),
    and so is "X al-Y" ("Jisr" in "Jisr al-Shughur" leaves out "al-Shughur", a town of
    Israel is called Jisr: :func:`_hyphened_particle`).
    """
    doc = ent.doc
    after = sub.end + 1
    if (
        after < ent.end
        and (
            doc[sub.end].lower_ == "of"
            or (doc[sub.end].lower_ in NAME_PARTICLES and doc[sub.end].is_lower)
        )
        and doc[after].text[:1].isupper()
    ):
        return True
    if _hyphened_particle(doc, sub.end, ent.end):
        return True
    for i in (sub.start - 1, sub.end):
        if not ent.start <= i < ent.end:
            continue
        tok = doc[i]
        if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_stop:
            continue
        if tok.lower_ in ADMIN_WORDS:
            continue
        return True
    return False


def name_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name without the lower-case admin words after it ("Semnan province").

    News writes the kind of unit in lower case after its name ("in Semnan province",
    "northern Shan state"); the name is the toponym (the corpora annotate it so), and
    the resolver still reads the word after the span as a hint of an admin unit. A
    capitalised word is part of the name ("Shan State", "Kurdistan Region").
    A lower-case function word never ends a name either: the model sometimes takes
    the conjunction of a list into the entity ("at Grand and State" tagged "Grand and"),
    unless a hyphen joins it to the name ("Hpa-an").
    """
    while (
        end - start > 1
        and doc[end - 1].is_lower
        and (doc[end - 1].lower_ in ADMIN_WORDS or doc[end - 1].is_stop)
        and not (doc[end - 2].text == "-" and not doc[end - 2].whitespace_)  # "Hpa-an"
    ):
        end -= 1
    return end


def natural_feature(ent: Span) -> Span:
    """A "the ..." entity that names a natural feature, without "the"; else the entity.

    An entity the gazetteer does not know that begins with "the" ("the Great Crash",
    "the Heimlich Maneuver") is seldom a place, unless its first or last word says
    which kind of feature it is: "the Matsu Islands", "the Messalo river", "the Kanawha
    Valley", "the Durand Line", "the Tishrin Dam" are judged by their names.
    """
    doc = ent.doc
    start = after_articles(doc, ent.start, ent.end - 1)
    kinds = {doc[start].lower_, doc[ent.end - 1].lower_}
    if start > ent.start and ent.end - start > 1 and kinds & FEATURE_KIND_WORDS:
        return doc[start : ent.end]
    return ent


def abbreviation_period(doc: Doc, start: int, end: int, gazetteer: Any) -> bool:
    """Whether the span's last token is the period of an abbreviated name ("W.Va.", "Vt.").

    The tokenizer splits the period off "W.Va." or "Vt." where the model keeps it in
    the entity; it is part of the name when it is written onto a word with a period
    inside ("W.Va") or onto a short word that is only a gazetteer alias, no entry's
    own name ("Vt", "Calif"), not onto a full name ("Paris.", nor "Bahir Dar." at a
    paragraph's end, whose last word alone is an alias: the words before the period
    are an entry's own name).
    """
    if end - start < 2 or doc[end - 1].text != "." or doc[end - 2].whitespace_:
        return False
    word = doc[end - 2].text
    if not word[:1].isupper():
        return False
    if "." in word.strip("."):
        return True
    if end - start > 2:
        whole = doc[start : end - 1].text
        if any(c.match == "name" for c in gazetteer.candidates(whole)):
            return False
    cands = gazetteer.candidates(word)
    return len(word) <= 5 and bool(cands) and all(c.match != "name" for c in cands)


def without_possessive(span: Span) -> Span:
    """``span`` without the possessive ending the model took into it ("Sri Lanka's").

    The small model tags "Sri Lanka's navy" with "Sri Lanka's" as one PERSON entity;
    the name is "Sri Lanka". A span of the possessive alone is left as it is.
    """
    if len(span) > 1 and span[-1].text in POSSESSIVE:
        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    return span


#: Compass words that begin a region's or a town's name ("North Caucasus", "North
#: Mitrovica"): the resolver reads the rest of the name and the direction.
COMPASS_WORDS = COMPASS_POINTS


def with_compass_word(ent: Span, sub: Span) -> Span | None:
    """The entity's name with the capitalised compass word the gazetteer match left out.

    The model tags "North Mitrovica" as one place and the gazetteer knows only
    "Mitrovica": the name is still "North Mitrovica" (the part of the town north of
    the river, as "North Caucasus" is a part of the Caucasus), and the mention keeps
    it. ``None`` when ``sub`` is not the entity less such a first word (after "the";
    a possessive may end the entity).
    """
    doc = ent.doc
    start = after_articles(doc, ent.start, ent.end - 1)
    first = doc[start]
    if sub.start != start + 1 or not first.is_title or first.lower_ not in COMPASS_WORDS:
        return None
    if any(doc[i].text not in POSSESSIVE for i in range(sub.end, ent.end)):
        return None
    return Span(doc, start, sub.end, label=ent.label_)
