"""The names that may be towns near the article's places (:mod:`geomap.nlp.nearby_towns`).

The model's PERSON, ORG, WORK_OF_ART, PRODUCT and FAC parts, its DATE entities with no
word of a date, and untagged capitalised names, read as names of one or two capitalised
words (:func:`free_names`), each grown over an untagged word before it that it names a
town with ("the Umm Qasr port": :func:`with_untagged_head`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.towns_on_rivers import own_town
from geomap.nlp.untagged_names import untagged_names
from geomap.nlp.vocab import GENERIC_WORDS, MONTHS, NAME_PARTICLES

#: Labels of the entities read here (not numbers, demonyms or places).
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
#: Words of a date: an entity the model tagged DATE with none of them, and no digit,
#: may be a name it did not know ("in Presevo, Bujanovac and Medvedja").
DATE_WORDS = MONTHS | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    week weeks month months year years day days decade century ramadan christmas easter
    """.split()  # noqa: SIM905
)


def dateless(span: Span) -> bool:
    """Whether a DATE entity has no digit and no word of a date (a name it took for one)."""
    return span.label_ == "DATE" and not any(
        t.like_num or any(ch.isdigit() for ch in t.text) or t.lower_ in DATE_WORDS for t in span
    )


def readable_name(span: Span, person_words: frozenset[str]) -> bool:
    """A name of one or two capitalised words, not the first of a longer name.

    A hyphen or a particle between them is no word ("Petit-Goave", "Mocimboa da Praia").
    """
    words = [t for t in span if t.text != "-" and t.lower_ not in NAME_PARTICLES]
    text = span.text
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        0 < len(words) <= 2
        and not (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN")  # "Kandi Jones"
        and all(t.is_title for t in words)
        and text not in person_words
        and not is_acronym(text)
        and text.lower() not in GENERIC_WORDS
        and text.lower() not in MONTHS
    )


def free_names(
    doc: Doc, parts: Iterable[Span], found: Sequence[Span], person_words: frozenset[str]
) -> list[Span]:
    """The PERSON, ORG and dateless parts and untagged names that may be towns.

    Those over no toponym found so far, read as names (:func:`readable_name`).
    """
    taken = {i for s in found for i in range(s.start, s.end)}
    names = [p for p in parts if p.label_ in NAME_LABELS or dateless(p)] + untagged_names(doc)
    return [
        n
        for n in names
        if not taken.intersection(range(n.start, n.end)) and readable_name(n, person_words)
    ]


def with_untagged_head(
    names: Sequence[Span], gazetteer: Any, person_words: frozenset[str]
) -> list[Span]:
    """``names``, each grown over an untagged capitalised word before it that it names with.

    "the Umm Qasr port": the model tags "Qasr" PERSON and "Umm" nothing; together they
    are the own name of a town of the gazetteer, so the name is "Umm Qasr" (and the
    untagged "Umm" is no name of its own). Not over a sentence's first word.
    """
    grown: list[Span] = []
    for n in names:
        doc = n.doc
        i = n.start - 1
        if n.label_ != "GAZ" and i > 0 and not doc[i].is_sent_start:
            head = doc[i]
            longer = Span(doc, i, n.end, label=n.label_)
            if (
                not head.ent_type_
                and head.is_title
                and head.pos_ == "PROPN"
                and readable_name(longer, person_words)
                and own_town(gazetteer, longer.text)
            ):
                n = longer
        grown.append(n)
    heads = {g.start for g in grown if g.label_ != "GAZ" and len(g) > 1}
    # the untagged word now read as the name's head is no name of its own
    return [g for g in grown if not (g.label_ == "GAZ" and g.start in heads)]
