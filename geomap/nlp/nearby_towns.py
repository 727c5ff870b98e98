"""Small towns read because they lie near the places the article names.

News of a war names the towns of one area: "traders in Jaramana" beside Damascus and
Daraa, "peacekeepers at Naqoura" beside Tyre, "a bridge near Petit-Goave" beside
Port-au-Prince. The model takes many such towns for people, organisations, works or
even dates, or leaves them untagged, and the gazetteer may know them only by another spelling
(Petit-Goave is GeoNames' Tigwav) or with no population (Jaramana: 0), so the rules
for smaller towns (:mod:`geomap.nlp.town_locatives`, :mod:`geomap.nlp.locatives`) pass
them by. :func:`nearby_towns` reads a name of one or two words as a town when

* a preposition of place heads it ("in", "at", "from", "near", "around", "out of" ...,
  also through a list: "in Presevo, Bujanovac and ..."), or a verb of attack or
  movement, maybe over "the" and adjectives ("attacked Mocimboa da Praia", "hit the
  Nuseirat camp", "in the Gazakh district": :func:`geomap.nlp.context.governs`);
* the gazetteer has a populated place or a district of that name (its own, another
  spelling or its English name; any population) within :data:`NEARBY_KM` of a place the article
  names, or in the same admin-1 unit when no "the" comes before the name
  (:func:`same_unit`: "stop at Dirkou and Bilma" in a story from Agadez, 600 km away in
  the same region of the desert; not "in the Bronco"): the most prominent town or admin
  unit of another toponym found so far;
* the article never uses the name for a person
  (:func:`geomap.nlp.town_locatives.used_for_person`).

A name after a preposition of place (also "on" and "off": "landed on Lampedusa",
"operations off Lethem") that is the own name of a town in the country of a place the
article names, or of a country it names, is that town at any distance ("its border at
Pacaraima" in a story naming Brasilia: :func:`in_named_country`), unless a word of the
name is a common English word ("support in Congress", a town in Arizona).

So is a name right after a place the article names and its possessive ("a school in
Katsina's Kankara": :func:`after_place_possessive`).

A capitalised word the model tagged as nothing right before such a name is read with it
when the two are the own name of a town of the gazetteer ("the Umm Qasr port": "Qasr"
tagged PERSON, "Umm" nothing: :func:`with_untagged_head`).

A name listed right beside a toponym found so far, by "and", "or" or a list's comma
("past Copenhagen and Helsingør", "the resorts of Montego Bay and Negril", "Nuevo Laredo
and the rest of Tamaulipas"), is a town when the gazetteer has a town of that name
within :data:`NEARBY_KM` of that toponym's place or in its admin-1 unit
(:func:`listed_beside`): towns listed together lie together, whatever word heads the
list.

A name a person visits ("President William Ruto visited Lodwar":
:func:`geomap.nlp.town_actions.visited_by_person`) is a town at any distance when the
gazetteer has a town of that very name (its own or its English name) in the country
of a place the article names (:func:`in_country`).

A person's name after "in" or "from" ("a statement from Hamas") is rarely a town
lying beside the article's other places.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.geo import haversine_km
from geomap.nlp.conjoined_towns import all_or_none, conjoined_names
from geomap.nlp.context import governs
from geomap.nlp.headline_case import common_word
from geomap.nlp.home_over_abroad import ANCHOR_TYPES
from geomap.nlp.listed_neighbours import listed
from geomap.nlp.nearby_names import free_names, readable_name, with_untagged_head
from geomap.nlp.town_actions import visited_by_person
from geomap.nlp.town_locatives import after_preposition, used_for_person
from geomap.nlp.unknown_towns import unknown_town
from geomap.nlp.vocab import (
    LOCATIVE_PREPOSITIONS,
    POSSESSIVE,
)
from geomap.records import Place

#: Farthest a town read this way may lie from a place the article names.
NEARBY_KM = 100.0
#: Prepositions that head such a town, whatever the verb.
NEARBY_PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset({"through", "toward", "towards"})
#: Prepositions that head a town of a country the article names, at any distance.
COUNTRY_TOWN_PREPOSITIONS = NEARBY_PREPOSITIONS | frozenset({"on", "off"})
#: Labels of a list's partner that make a name listed beside it a town: the model's places,
#: and the facilities and organisations it took a found town for ("the resorts of Montego
#: Bay and Negril": FAC; "past Copenhagen and Helsingør": ORG); not a person's name.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: Kinds of place read this way: towns, and districts named like their towns ("In Kurram").
TOWN_TYPES = frozenset({"city", "admin2"})


def anchors(gazetteer: Any, found: Iterable[Span]) -> list[Place]:
    """The most prominent town or admin unit of each toponym found so far."""
    out: list[Place] = []
    for text in {s.text for s in found}:
        for c in gazetteer.candidates(text):
            if c.match in {"name", "alias", "exonym"} and c.place.feature_type in ANCHOR_TYPES:
                out.append(c.place)
                break
    return out


def _near(gazetteer: Any, text: str, around: Sequence[Place], *, unit: bool = True) -> bool:
    """Whether a town called ``text`` lies near a place of ``around`` (or in its unit)."""
    for c in gazetteer.candidates(text):
        p = c.place
        if p.feature_type not in TOWN_TYPES:
            continue
        if any(
            q.place_id != p.place_id
            and (
                haversine_km(p.lon, p.lat, q.lon, q.lat) <= NEARBY_KM or (unit and same_unit(p, q))
            )
            for q in around
        ):
            return True
    return False


def in_country(gazetteer: Any, text: str, around: Sequence[Place]) -> bool:
    """Whether a town by the own or English name ``text`` lies in a country of ``around``."""
    countries = {q.country_code for q in around if q.country_code}
    return any(
        c.match in {"name", "alias", "exonym"}
        and c.place.feature_type in TOWN_TYPES
        and c.place.country_code in countries
        for c in gazetteer.candidates(text)
    )


def named_countries(gazetteer: Any, found: Iterable[Span]) -> set[str]:
    """The codes of the countries the toponyms found so far name themselves ("Peru")."""
    out: set[str] = set()
    for text in {s.text for s in found}:
        for c in gazetteer.candidates(text):
            if c.match in {"name", "alias", "exonym"} and c.place.feature_type == "country":
                out.add(c.place.country_code)
                break
    return out


def in_named_country(gazetteer: Any, text: str, countries: set[str]) -> bool:
    """Whether a town whose own name is ``text`` lies in one of ``countries``.

    Not a name made of common words ("support in Congress": a town in Arizona).
    """
    town = any(
        c.match in {"name", "alias"}
        and c.place.feature_type == "city"
        and c.place.country_code in countries
        for c in gazetteer.candidates(text)
    )  # first: a common word's first use loads a dictionary
    return town and not any(common_word(w.lower()) for w in text.replace("-", " ").split())


def country_town_context(span: Span) -> bool:
    """Whether a preposition of place or a verb of attack or movement heads the name.

    Not a name with a possessive after it: "jogging through Macy's", "into Bruno's bar"
    name a shop or a bar, not the town; nor one after "the" ("in the Bilma").
    """
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in POSSESSIVE:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "rode in the Bilma all day": a thing named after the town
    return after_preposition(doc, span.start, COUNTRY_TOWN_PREPOSITIONS) or governs(doc, span.start)


def after_place_possessive(span: Span, found: Sequence[Span]) -> bool:
    """Whether a toponym found so far and its possessive come right before the name.

    "a school in Katsina's Kankara", "Afghanistan's Khost": the place's own town.
    """
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in POSSESSIVE:
        return False
    return any(s.end == span.start - 1 for s in found)


def same_unit(p: Place, q: Place) -> bool:
    """Whether two places lie in one admin-1 unit (an admin-1 unit lies in itself)."""
    return bool(p.admin1) and p.country_code == q.country_code and p.admin1 == q.admin1


def nearby_towns(
    doc: Doc,
    parts: Iterable[Span],
    found: Sequence[Span],
    gazetteer: Any,
    person_words: frozenset[str],
) -> list[Span]:
    """The PERSON or ORG parts and untagged names that are towns near the article's places.

    ``parts`` are the doc's entities (conjoined ones split), ``found`` the toponyms
    found so far; see the module docstring for the rules.
    """
    parts = list(parts)
    names = free_names(doc, parts, found, person_words)
    taken = {i for s in found for i in range(s.start, s.end)}
    groups = [
        g
        for g in conjoined_names(parts)
        if not any(taken.intersection(range(s.start, s.end)) for s in g)
        and all(readable_name(s, person_words) for s in g)
    ]
    if not names and not groups:
        return []
    names = with_untagged_head(names, gazetteer, person_words)
    around = anchors(gazetteer, found)
    countries = named_countries(gazetteer, found) | {
        q.country_code for q in around if q.country_code
    }

    def town_here(n: Span, listed_in: Span | None = None) -> bool:
        visit = visited_by_person(doc, n.start) and in_country(gazetteer, n.text, around)
        return (
            visit
            or listed_beside(gazetteer, n, found)
            or (
                (country_town_context(n) or after_place_possessive(n, found))
                and in_named_country(gazetteer, n.text, countries)
            )
            or (
                (after_preposition(doc, n.start, NEARBY_PREPOSITIONS) or governs(doc, n.start))
                # a town far away in the same unit only without "the" ("in the Bronco": a car)
                and _near(
                    gazetteer, n.text, around, unit=n.start == 0 or doc[n.start - 1].lower_ != "the"
                )
            )
        ) and not used_for_person(doc, [t.text for t in n], listed_in)

    # "from Eyl and Hobyo" tagged ORG: its towns, when every one of them is a town here
    towns = [n for n in names if town_here(n)] + all_or_none(
        groups,
        lambda n: town_here(n, _whole(groups, n)),
        lambda n: unknown_town(n, gazetteer),  # "at Kangerlussuaq and Narsarsuaq"
    )
    return [Span(doc, n.start, n.end, label=n.label_ or "GAZ") for n in towns]


def listed_beside(gazetteer: Any, span: Span, found: Sequence[Span]) -> bool:
    """Whether a town called ``span`` lies near a toponym found so far listed beside it.

    "past Copenhagen and Helsingør": Helsingør (tagged PERSON) is a town 40 km from
    Copenhagen; the list's partner alone is the anchor, not the article's other places,
    and one the model took for a place, a facility or an organisation
    (:data:`PLACE_LABELS`), never for a person ("Kherson, Beryslav and Antonivka were
    injured", all tagged PERSON, lists no town).
    """
    partners = [
        s for s in found if s.label_ in PLACE_LABELS and (listed(s, span) or listed(span, s))
    ]
    return bool(partners) and _near(gazetteer, span.text, anchors(gazetteer, partners))


def _whole(groups: Sequence[Sequence[Span]], span: Span) -> Span:
    """The entity of ``groups`` that ``span`` is a name of (its first to last name)."""
    group = next(g for g in groups if any(s.start == span.start for s in g))
    return Span(span.doc, group[0].start, group[-1].end)
