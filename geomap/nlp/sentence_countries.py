"""A namesake in the country or state its own sentence names, over one in no named country.

"The Seychelles coast guard sent a vessel from Victoria" in a story about Somali
pirates gave Victoria, the Australian state: the ranker's population prior carries the
state of twelve million over the Seychelles' capital of twenty thousand, although the
sentence names the Seychelles and no other place of the article lies in Australia.
:func:`named_country_namesakes` revises such a pick: a city or admin unit (not a
country's capital: news names those from anywhere) in a country none of the article's
other picks is in, for a name with own-name candidates (its name or an alias: no
other place's alternate name) inside a country or admin-1 unit that is picked in one of
the name's own sentences. The candidates outside every such unit are ruled out, and
the ranker chooses among the rest (:mod:`geomap.nlp.revisions`).

A pick in a country the story names elsewhere is revised only by a state of that
country its sentence names (:func:`state_units`): "wild swans in Michigan near the
Mouillee state game area in Monroe County" is Monroe County, Michigan, though the
article's later Iowa places vote for Iowa's Monroe County. A state written right after
another name qualifies that name, not the sentence ("in Wintersville, Ohio, before the
family moved to Arlington"), and does not count; a state's capital is named from
anywhere in its country and is not revised ("officials in Chiapas said buses would take
the migrants to Villahermosa", Tabasco's capital, not a Chiapas village).

In the other languages a foreign place's name is mostly one of the sources' alternate
names: "на Сейшелах: парламент у Вікторії" reaches the Seychelles' Victoria only by its
Ukrainian alternate name, and the Australian state by its own. There a capital, an
admin seat or a first-level unit (:data:`SEAT_CODES`) found by an alternate name or an
exonym counts as well (:func:`own_here`): the name of a seat or unit is the one a writer
uses beside its country, and a village's stray alternate name is not admitted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: Kinds of pick the rule revises, and of candidate it keeps.
LOCAL_KINDS = frozenset({"city", "admin1", "admin2"})
#: Kinds of place whose mention in a sentence names the unit its namesakes may lie in.
CONTAINER_KINDS = frozenset({"country", "admin1"})
#: Kinds of pick a state named in the sentence revises within one country.
STATE_REVISED = frozenset({"city", "admin2"})
#: GeoNames code of a country's capital (never revised).
CAPITAL = "PPLC"
#: GeoNames code of an admin-1 unit's capital (not revised by a state of its country).
STATE_CAPITAL = "PPLA"
#: Own-name matches (every language), and the GeoNames codes of the capitals, admin seats
#: and first-level units that another language's article reaches by an alternate name.
OWN_MATCHES = frozenset({"name", "alias"})
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "ADM1"})


def own_here(candidate: Candidate, lang: str | None) -> bool:
    """Whether ``candidate`` matched by a name its place goes by in the article's language.

    In English its own name or an alias; in another language (``lang``) also an
    alternate name or exonym of a capital, admin seat or first-level unit.
    """
    if candidate.match in OWN_MATCHES:
        return True
    return lang is not None and candidate.place.feature_code in SEAT_CODES


def _unit(place: Place) -> tuple[str, str | None]:
    """A container's key: its country, and its admin-1 code for an admin-1 unit."""
    return place.country_code or "", place.admin1_code if place.feature_type == "admin1" else None


def _inside(place: Place, units: set[tuple[str, str | None]]) -> bool:
    return (place.country_code or "", None) in units or (
        place.country_code or "",
        place.admin1_code,
    ) in units


def _sentence_units(
    key: str, picks: Mapping[str, _Pick], groups: Mapping[str, Sequence[Span]]
) -> set[tuple[str, str | None]]:
    """The countries and admin-1 units picked for names in the sentences of ``key``'s mentions."""
    sents = {s.sent.start for s in groups[key]}
    return {
        _unit(place)
        for other, (place, _) in picks.items()
        if other != key
        and place.feature_type in CONTAINER_KINDS
        and any(s.sent.start in sents for s in groups[other])
    }


def _qualifies_another(span: Span, spans: Sequence[Span]) -> bool:
    """Whether ``span`` follows another name and a comma ("Wintersville, Ohio")."""
    doc = span.doc
    i = span.start
    if i < 2 or doc[i - 1].text != ",":
        return False
    return any(o.end == i - 1 for o in spans)


def state_units(
    key: str,
    place: Place,
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
) -> set[tuple[str, str | None]]:
    """The admin-1 units of ``place``'s country that the sentences of ``key`` name alone.

    A unit named only right after another name and a comma qualifies that name.
    """
    sents = {s.sent.start for s in groups[key]}
    every = [s for group in groups.values() for s in group]
    return {
        _unit(other_place)
        for other, (other_place, _) in picks.items()
        if other != key
        and other_place.feature_type == "admin1"
        and other_place.country_code == place.country_code
        and any(s.sent.start in sents and not _qualifies_another(s, every) for s in groups[other])
    }


def named_country_namesakes(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
    lang: str | None = None,
) -> dict[str, Revision]:
    """Revisions: a far namesake ruled out for one in a unit its sentence names.

    ``lang`` is the article's language when not English (:func:`own_here`).
    """
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type not in LOCAL_KINDS or place.feature_code == CAPITAL:
            continue
        others = {p.country_code for k, (p, _) in picks.items() if k != key}
        if place.country_code in others and (
            place.feature_type not in STATE_REVISED or place.feature_code == STATE_CAPITAL
        ):
            continue  # "Washington and Oregon": a state is no namesake of a town there
        if place.country_code in others:
            units = state_units(key, place, picks, groups)
        else:
            units = _sentence_units(key, picks, groups)
        if not units or _inside(place, units):
            continue
        options = cands.get(key, ())
        inside = [
            c
            for c in options
            if own_here(c, lang) and c.place.feature_type in LOCAL_KINDS and _inside(c.place, units)
        ]
        if inside:
            kept = {c.place.place_id for c in inside}
            out[key] = Revision(
                ruled_out=frozenset(
                    c.place.place_id for c in options if c.place.place_id not in kept
                )
            )
    return out
