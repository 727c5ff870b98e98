"""The doc's entities, a conjoined one split into its names ("Kharkiv and Odesa").

The small English model runs one entity over several places ("Kharkiv and Odesa"
tagged WORK_OF_ART, "the Dominican Republic at Jimani", "Donington Park,
Leicestershire"); :func:`entity_parts` gives the recogniser its parts, each then read
by its context (:mod:`geomap.nlp.known`).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.between_towns import between_towns
from geomap.nlp.boundaries import without_possessive
from geomap.nlp.context import PLACE_PLURALS, governs
from geomap.nlp.described import UNIT_KINDS
from geomap.nlp.known import (
    NEVER_PLACES,
    ORG_LABELS,
    SPLITTING_PREPOSITIONS,
    trimmed,
)
from geomap.nlp.name_shapes import is_facility, joined_countries
from geomap.nlp.particle_tails import with_particle_tail
from geomap.nlp.town_names import OTHER_SPELLING_MIN_POPULATION, is_town
from geomap.nlp.vocab import LIST_GLUE
from geomap.nlp.well_known import well_known


def without_space(span: Span) -> Span | None:
    """``span`` without the whitespace tokens at its ends (``None`` if nothing else).

    The model may run an entity over the line breaks after a headline ("Lisbon\n\n"
    tagged ORG): its mention would hold the breaks and end past its sentence.
    """
    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end <= start:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_)


def cut_before_its_name(ent: Span) -> bool:
    """Whether an entity ends in "of" with the rest of its name after it.

    The model tags "the Bay of" (LOC) and "Sevastopol" (NORP) in "hit in the Bay of
    Sevastopol": no name ends in "of", so the entity's words are the start of a
    longer name, never a place of their own ("Bay", a Somali region); the name after
    it is read as it is tagged, and a whole name the gazetteer knows ("the Bay of
    Bengal") is found by its scan.
    """
    doc = ent.doc
    return (
        len(ent) >= 2
        and ent[-1].lower_ == "of"
        and ent[-1].is_lower
        and ent.end < len(doc)
        and doc[ent.end].is_title
    )


def without_leading_noun(ent: Span) -> Span:
    """``ent`` without a sentence's first word, a common noun, and "of" after it.

    "Residents of Izium and Chuhuiv ... reported" has "Residents of Izium" tagged ORG:
    the first word of a sentence is capitalised whatever it is, and a common noun
    (not a proper one) before "of" is no word of the name after it.
    """
    first = ent[0]
    if len(ent) < 3 or not first.is_sent_start or first.pos_ != "NOUN":
        return ent
    if ent[1].lower_ != "of" or not ent[2].is_title:
        return ent
    return Span(ent.doc, ent.start + 2, ent.end, label=ent.label_)


def entity_parts(doc: Doc, gazetteer: Any) -> list[Span]:
    """The doc's entities, a conjoined one split into its names ("Kharkiv and Odesa").

    A conjoined entity is split when two of its parts are well-known places, or when
    one is and every other part is a town ("Cucuta and Tibu", "Chania or Heraklion"
    tagged ORG), or when a place word governs a place entity of towns ("to Paoua and
    Bocaranga" tagged FAC).
    An entity that runs over a preposition of place is split there too when it begins
    with a well-known place and each later part is a place's own name ("the Dominican
    Republic at Jimani" -> "Dominican Republic", "Jimani"; "Chad at Adre" tagged
    WORK_OF_ART), and any entity that lists a building and the places it lies in
    ("Donington Park, Leicestershire"). The parts keep the entity's label, and each is
    then read by its context; in an entity of another label that a place word
    governs, the parts of a list are labelled GPE ("taken to Chania or Heraklion"
    tagged ORG), and so are the parts after a preposition of place ("crossed into Chad
    at Adre"). Whitespace at an entity's ends is left out
    (:func:`without_space`).
    """
    out: list[Span] = []
    for whole in doc.ents:
        ent = without_space(whole)
        if ent is None:
            continue
        ent = with_particle_tail(ent, gazetteer)  # "Mato Grosso do Sul" cut to "Mato Grosso"
        if cut_before_its_name(ent):
            continue  # "the Bay of" + "Sevastopol": not the Somali region Bay
        ent = without_leading_noun(ent)  # "Residents of Izium" tagged ORG
        glue = [t.i for t in ent if t.lower_ in LIST_GLUE or t.lower_ in SPLITTING_PREPOSITIONS]
        if (
            not glue
            or ent.label_ in NEVER_PLACES
            or (gazetteer.has_name(ent.text) and not joined_countries(gazetteer, ent.text))
        ):
            out.append(ent)
            continue
        bounds = [ent.start, *glue, ent.end]
        parts = [trimmed(doc, a + (a != ent.start), b, ent.label_) for a, b in pairwise(bounds)]
        kept = [p for p in parts if p is not None]
        at = any(doc[i].lower_ in SPLITTING_PREPOSITIONS for i in glue)
        rest = kept[1:]
        in_unit = at and _town_in_its_unit(kept, gazetteer)
        if (
            sum(well_known(gazetteer, p.text) for p in kept) >= 2
            or (
                rest
                and well_known(gazetteer, kept[0].text)
                and all(
                    _own_name(gazetteer, p.text) if at else is_town(gazetteer, p.text) for p in rest
                )
            )
            or (not at and _known_among_towns(kept, gazetteer))
            or (not at and len(kept) > 1 and after_place_plural(ent))
            or (not at and _governed_towns(kept, ent, gazetteer))
            or (not at and _governed_towns_of_one_country(kept, ent, gazetteer))
            or (not at and between_towns(kept, ent, gazetteer))  # "between X and Dunkirk"
            or _building_then_place(kept, gazetteer)
            or (at and _town_in_known_place(kept, gazetteer))
            or in_unit
        ):
            if in_unit:  # "Dinsoor in the Bay region" (ORG): a town and its unit
                kept = [Span(doc, p.start, p.end, label="GPE") for p in _unit_parts(kept)]
            elif ent.label_ not in {"GPE", "LOC"} and governs(doc, ent.start):
                # "crossed into Chad at Adre", "taken to Chania or Heraklion" (ORG): the
                # places a place word governs are read as the model reads places
                first = kept[0] if at else Span(doc, kept[0].start, kept[0].end, label="GPE")
                kept = [first, *(Span(doc, p.start, p.end, label="GPE") for p in rest)]
            out.extend(kept)
        else:
            out.append(ent)
    return out


def _known_among_towns(parts: list[Span], gazetteer: Any) -> bool:
    """Whether a conjoined entity lists a well-known place and towns, in any order.

    "Chania or Heraklion" tagged ORG: one part is a well-known place (Heraklion, a
    city of 137,000 by its English name), every other part a town's own name
    (:func:`is_town`); the parts are then each read by their context.
    """
    known = [well_known(gazetteer, p.text) for p in parts]
    return (
        len(parts) > 1
        and any(known)
        and all(
            k or is_town(gazetteer, p.text) or _town_other_spelling(gazetteer, p.text)
            for p, k in zip(parts, known, strict=True)
        )
    )


def _town_other_spelling(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is another spelling of a town of 10,000 or more ("Nioro du Sahel").

    GeoNames' alternate names of a town (:data:`OTHER_SPELLING_MIN_POPULATION`); the
    part is then read by its context as any other (the rules for towns spelled
    otherwise: :mod:`geomap.nlp.town_names`).
    """
    return text[:1].isupper() and any(
        c.match == "alternate"
        and c.place.feature_type == "city"
        and c.place.population >= OTHER_SPELLING_MIN_POPULATION
        for c in gazetteer.candidates(text)
    )


def after_place_plural(ent: Span) -> bool:
    """Whether a plural noun of places and "of" come right before ``ent``.

    "the lakeside towns of Yeji and Buipe" (tagged ORG): what such words govern is a
    list of places, each part then read by its context.
    """
    doc, i = ent.doc, ent.start
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_PLURALS


#: Labels of the model's places, whose conjoined entities may list towns only.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _governed_towns(parts: list[Span], ent: Span, gazetteer: Any) -> bool:
    """Whether a conjoined place entity a place word governs lists towns only.

    "to Paoua and Bocaranga" tagged FAC: the model calls the whole a place, a
    preposition of place governs it, and every part is a town's own name
    (:func:`is_town`); not an organisation's name ("at Barnes and Noble" tagged ORG).
    """
    return (
        len(parts) > 1
        and ent.label_ in _PLACE_LABELS
        and governs(ent.doc, ent.start)
        and all(is_town(gazetteer, p.text) for p in parts)
    )


def _governed_towns_of_one_country(parts: list[Span], ent: Span, gazetteer: Any) -> bool:
    """Whether a conjoined entity a place word governs lists towns of one country.

    "seen off Ochamchire and Gudauta" tagged WORK_OF_ART: whatever the model's label
    but an organisation's ("spread to Paoua and Bocaranga" tagged ORG stays whole), a
    preposition of place or a verb of movement governs the entity, every part is a
    town's own name (:func:`is_town`), and one country holds a town of each part's
    name (not "at Barnes and Noble", which no country has both of).
    """
    if len(parts) < 2 or ent.label_ in ORG_LABELS or not governs(ent.doc, ent.start):
        return False
    if not all(is_town(gazetteer, p.text) for p in parts):
        return False
    shared: set[str] | None = None
    for p in parts:
        codes = {
            c.place.country_code
            for c in gazetteer.candidates(p.text)
            if c.match in {"name", "alias"} and c.place.feature_type in {"city", "admin2"}
        }
        shared = codes if shared is None else shared & codes
    return bool(shared)


def _building_then_place(parts: list[Span], gazetteer: Any) -> bool:
    """Whether an entity is a building's name, a comma and the places it lies in.

    "Donington Park, Leicestershire" tagged as one facility is the circuit and the
    county: the first part names a street or a building (:func:`is_facility`), each
    later part is a place's own name.
    """
    return (
        len(parts) > 1
        and is_facility(parts[0])
        and all(_own_name(gazetteer, p.text) for p in parts[1:])
    )


def _town_in_known_place(parts: list[Span], gazetteer: Any) -> bool:
    """Whether an entity run over "in" or "at" is a town, then well-known places.

    "Zemio in the Central African Republic's" tagged ORG: the first part is a town's
    own name, every later part (without its possessive) a well-known place.
    """
    return (
        len(parts) > 1
        and is_town(gazetteer, parts[0].text)
        and all(well_known(gazetteer, without_possessive(p).text) for p in parts[1:])
    )


def _unit_parts(parts: list[Span]) -> list[Span]:
    """The town and its unit without the unit noun ("Bay region" -> "Bay")."""
    return [parts[0], *(_without_unit_noun(p) for p in parts[1:])]


def _without_unit_noun(span: Span) -> Span:
    """``span`` without a lower-case unit noun at its end ("Bay region" -> "Bay")."""
    if len(span) > 1 and span[-1].is_lower and span[-1].lower_ in UNIT_KINDS:
        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    return span


def _town_in_its_unit(parts: list[Span], gazetteer: Any) -> bool:
    """Whether an entity run over "in" is a town, then the unit it lies in, by its noun.

    "Dinsoor in the Bay region" tagged ORG: the last part ends in a lower-case unit
    noun ("region", "state", "province" ...), the words before it name an admin-1 or
    admin-2 unit, and the first part names a town (by any of its names) in that
    unit's country.
    """
    if len(parts) != 2:
        return False
    unit = _without_unit_noun(parts[1])
    if unit is parts[1] or not all(t.is_title for t in unit):
        return False
    countries = {
        c.place.country_code
        for c in gazetteer.candidates(unit.text)
        if c.place.feature_type in {"admin1", "admin2"}
    }
    return any(
        c.place.feature_type == "city" and c.place.country_code in countries
        for c in gazetteer.candidates(parts[0].text)
    )


def _own_name(gazetteer: Any, text: str) -> bool:
    return text[:1].isupper() and any(
        c.match in {"name", "alias"} for c in gazetteer.candidates(text)
    )
