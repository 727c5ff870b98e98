"""The towns of one name-labelled entity the model ran over a list ("Eyl and Hobyo").

The small English model tags some lists of small towns as one organisation or work:
"cut the road to Kadugli and Dilling" (ORG), "the runways at Kangerlussuaq and
Narsarsuaq" (ORG), "robbed two banks in Ruma and Thanchi" (WORK_OF_ART).
:func:`geomap.nlp.entity_parts.entity_parts` splits such an entity only when a part is a
well-known place, or when the model called the whole a place, so the towns stayed
inside a name of three words or more that no rule for towns reads.
:func:`conjoined_names` gives the rules of :mod:`geomap.nlp.nearby_towns` the parts of
such an entity, in groups: the group's parts are towns only when every one of them
is, or may be a town the gazetteer lacks beside one that is (:func:`all_or_none`), so
"at Barnes and Noble" or "shares in Marks and Spencer" stay one name when any part is
a common word or no town of the article's countries.
"&" joins no list here ("Johnson & Johnson").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from spacy.tokens import Span

#: Words that separate the towns of one entity ("Eyl and Hobyo", "Ruma, Thanchi or Ali").
GLUE = frozenset({",", "and", "or"})
#: Labels of the entities split here (names the model gave another kind than place).
SPLIT_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT"})
#: Most names in one such entity.
MAX_NAMES = 4


def conjoined_names(parts: Iterable[Span]) -> list[list[Span]]:
    """The names of each name-labelled entity that lists capitalised names.

    Each group holds two to :data:`MAX_NAMES` spans, each a run of capitalised words
    (a hyphen or an apostrophe inside a word is kept: "Kaga-Bandoro"), in the order of
    the text, with the entity's label. An entity whose glue opens or closes it, or
    with a piece of no capitalised word, is no list.
    """
    groups: list[list[Span]] = []
    for ent in parts:
        if ent.label_ not in SPLIT_LABELS:
            continue
        glue = [t.i for t in ent if t.lower_ in GLUE]
        if not glue or len(glue) >= MAX_NAMES:
            continue
        bounds = [ent.start - 1, *glue, ent.end]
        pieces = [Span(ent.doc, a + 1, b, label=ent.label_) for a, b in pairwise(bounds)]
        if all(len(p) > 0 and _capitalised_run(p) for p in pieces):
            groups.append(pieces)
    return groups


def _capitalised_run(span: Span) -> bool:
    """Whether every word of ``span`` is capitalised (hyphens and particles aside)."""
    words = [t for t in span if t.text not in {"-", "'"}]
    return bool(words) and all(t.text[:1].isupper() and t.is_alpha for t in words)


def all_or_none(
    groups: Sequence[Sequence[Span]],
    is_town: Callable[[Span], bool],
    unknown: Callable[[Span], bool] | None = None,
) -> list[Span]:
    """The spans of the groups whose every span is a town.

    A span is one when ``is_town`` says so, or when ``unknown`` says it may be a town
    the gazetteer lacks and another span of its group ``is_town`` ("at Kangerlussuaq
    and Narsarsuaq", the gazetteer lacking Narsarsuaq); a group of names the gazetteer
    lacks only is left to the rules for them.
    """
    out: list[Span] = []
    for group in groups:
        known = [is_town(s) for s in group]
        if any(known) and all(
            k or (unknown is not None and unknown(s)) for s, k in zip(group, known, strict=True)
        ):
            out.extend(group)
    return out
