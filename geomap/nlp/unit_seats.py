"""A unit the gazetteer lacks, named as the one a town lies in: "Zhanaozen in the Mangystau region".

Wire copy places a town in its region ("near Nekemte in East Wollega", "in Zhanaozen in
the western Mangystau region") or calls it the region's seat ("Néma, the capital of the
Hodh Ech Chargui region"); when the gazetteer lacks the region's name, the town the
text puts in it is a better guess of where it lies than the article's focus (the
dateline's capital, hundreds of kilometres away). :func:`seat_town` gives that town.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from geomap.records import Place

#: Lower-case words naming a unit's seat in an apposition ("the capital of", "the main
#: town of").
SEAT_NOUNS = frozenset({"capital", "town", "city", "seat"})
#: Most lower-case words between "in" (or the apposition's "of") and the unit's name
#: ("in the western Mangystau region").
MAX_MODIFIERS = 2
#: Most words of an apposition before its seat noun ("the main town").
MAX_APPOSITION = 3


def seat_town(
    spans: Sequence[Span], located: Sequence[tuple[Span, Place, float]]
) -> tuple[Place, float] | None:
    """The town a name the gazetteer lacks is named as the unit of, and its confidence.

    The town is a located mention of a city right before the name: "Town in [the]
    [one or two lower-case words] Name" or "Town, [the] [main] capital/town/seat of
    [the] Name". ``None`` when there is none.
    """
    for span in spans:
        for other, place, conf in located:
            if place is None or place.feature_type != "city" or other.end > span.start:
                continue
            if _in_unit(span.doc, other.end, span.start) or _seat_of(
                span.doc, other.end, span.start
            ):
                return place, conf
    return None


def _in_unit(doc: Doc, end: int, start: int) -> bool:
    """Whether tokens ``end:start`` are "in", maybe "the", then lower-case modifiers."""
    if end >= start or doc[end].lower_ != "in":
        return False
    i = end + 1
    if i < start and doc[i].lower_ == "the":
        i += 1
    return start - i <= MAX_MODIFIERS and all(t.is_lower and t.is_alpha for t in doc[i:start])


def _seat_of(doc: Doc, end: int, start: int) -> bool:
    """Whether tokens ``end:start`` are ", the capital of the" and the like."""
    words = [t.lower_ for t in doc[end:start]]
    if not words or words[0] != ",":
        return False
    words = words[1:]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if len(words) < 2 or words[-1] != "of" or words[-2] not in SEAT_NOUNS:
        return False
    head = words[:-2]
    if head[:1] == ["the"]:
        head = head[1:]
    return len(head) <= MAX_APPOSITION - 1 and all(w.isalpha() for w in head)


def where_town(
    spans: Sequence[Span], located: Sequence[tuple[Span, Place, float]]
) -> tuple[Place, float] | None:
    """The town whose "where" clause names a name the gazetteer lacks, and its confidence.

    "Fighting spread to Bria, where thousands sheltered at the PK3 camp", "near
    Colchane, where migrants cross on foot from Pisiga": what the clause names lies at
    the town. The town is a located city right before ", where" in the name's sentence,
    with no other located city between the clause's start and the name.
    """
    for span in spans:
        doc = span.doc
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        towns = [
            (other, place, conf)
            for other, place, conf in located
            if place is not None
            and place.feature_type == "city"
            and sent.start <= other.start
            and other.end <= span.start
        ]
        if not towns:
            continue
        other, place, conf = max(towns, key=lambda item: item[0].end)
        i = other.end
        if i + 1 < span.start and doc[i].text == "," and doc[i + 1].lower_ == "where":
            return place, conf
    return None
