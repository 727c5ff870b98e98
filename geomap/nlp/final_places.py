"""Where a name goes once the ranker has picked: its pick, the focus, or its acronym's place.

The resolver (:mod:`geomap.nlp.resolver`) ranks each name's candidates; :func:`final_place`
then applies what the ranking cannot see: a building's name resolved to a namesake town
far from the article's focus goes to the focus
(:func:`~geomap.nlp.focus.facility_namesake`); a name said to lie inside a place
("the Embassy of Armenia in the Holy See", :mod:`geomap.nlp.qualified`); a namesake
town abroad left unplaced (:mod:`geomap.nlp.foreign_towns`) goes to the focus; an
acronym is the place it abbreviates (:mod:`geomap.nlp.acronyms`); a name with no
candidate goes where :func:`~geomap.nlp.focus.placement` says, else (a name the focus
may not hold) to the town listed beside it (:mod:`geomap.nlp.listed_neighbours`), else, when
a town's context found it (:func:`found_as_town`), to the focus; never to a
place whose name the mention's word is made from (:mod:`geomap.nlp.derived_names`:
"реки Казанку" is no Kazan), nor a landform's name to the city named beside it
(:func:`~geomap.nlp.landform_names.landform_at_city`: "between Kerch and the Taman
Peninsula" is not at Kerch). The focus is the
article's (:func:`~geomap.nlp.focus.article_focus`) unless the name's own sentences
name places only in other countries (:func:`~geomap.nlp.abroad.focus_for`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.abroad import focus_for
from geomap.nlp.acronyms import expansion, spelled, unit_acronym
from geomap.nlp.candidates import unit_in_name
from geomap.nlp.country_facts import CountryFacts
from geomap.nlp.derived_names import derived_from
from geomap.nlp.focus import FOCUS_PRECISION, facility_namesake, placement
from geomap.nlp.landform_names import landform_at_city
from geomap.nlp.linked_places import local_focus
from geomap.nlp.listed_neighbours import far_from, listed_neighbour
from geomap.nlp.listed_unknowns import listed_beside_place
from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.qualified import named_inside, qualified_place
from geomap.nlp.unknown_towns import town_action_context
from geomap.records import Candidate, Place

#: Raw confidence of an acronym placed at the place it abbreviates ("SA": South Africa).
ACRONYM_CONFIDENCE = 0.8

#: A name's place, its raw confidence and how it was located ("name", "focus", None).
Final = tuple[Place | None, float, str | None]


def final_place(
    spans: list[Span],
    pick: tuple[Place, float] | None,
    cands: Sequence[Candidate],
    *,
    foreign: bool,
    article: tuple[Place, float] | None,
    located: list[tuple[Span, Place, float]],
    named: list[tuple[str, Place]],
    gazetteer: Any,
    countries: CountryFacts,
    use_focus: bool,
    moved: tuple[Place, float] | None = None,
) -> Final:
    """Where the mentions ``spans`` of one name go; see the module docstring.

    ``pick`` is the ranker's (``None``: no candidate or every one a stray); ``foreign``:
    the pick was a namesake town abroad, dropped; ``article``: the article's focus and
    its share; ``located``: the article's picked mentions; ``named``: every picked
    name's text and place (the recogniser's fixed ones too); ``use_focus``: the
    resolver's ``focus`` setting; ``moved``: the unit (and its confidence) a village the
    gazetteer lacks inside the unit that qualifies it goes to
    (:func:`~geomap.nlp.unit_towns.units_for_towns`: "Croft, Yorkshire").
    """
    place, conf = pick if pick is not None else (None, 0.0)
    located_by = "name" if place is not None else None
    if moved is not None:  # a village the gazetteer lacks in its unit: at the unit
        place, conf, located_by = moved[0], moved[1] * FOCUS_PRECISION, "focus"
    focus = focus_for(spans, article, located)  # not in a country its sentences are not
    if place is not None and focus is not None and facility_namesake(spans, place, focus[0]):
        place, conf, located_by = focus[0], focus[1] * FOCUS_PRECISION, "focus"
    if place is not None and use_focus and named_inside(spans, list(cands), place):
        inside = qualified_place(spans, place, located, countries.capital, focus)
        if inside is not None:  # "the Embassy of Armenia in the Holy See"
            place, conf, located_by = inside[0], inside[1] * FOCUS_PRECISION, "focus"
    if place is None and foreign and focus is not None:  # a namesake's
        place, conf, located_by = focus[0], focus[1] * FOCUS_PRECISION, "focus"
    text = spans[0].text
    if place is None and not cands and is_acronym(text):
        short = expansion(text, named)
        if short is not None:
            place, conf, located_by = short, ACRONYM_CONFIDENCE, "name"
    if is_acronym(text) and not spelled(text, list(cands)):
        others = [(t, p) for t, p in named if t != text]
        unit = unit_acronym(text, others, countries.units)
        if unit is not None and (place is None or place.feature_type == "city"):
            place, conf, located_by = unit, ACRONYM_CONFIDENCE, "name"
    if place is None:  # no candidate, or its every candidate a stray
        unit = unit_in_name(gazetteer, text.split())
        at = focus[0] if focus is not None else None
        qualifier = local_focus(spans, located, at, gazetteer) if use_focus else None
        if qualifier is None and unit is not None and use_focus:  # "Russian Embassy"
            qualifier = qualified_place(spans, unit, located, countries.capital)
        there = placement(spans, focus, unit, qualifier)
        listed = listed_neighbour(spans, located) if there is None and use_focus else None
        if use_focus and there is not None and there[0] is at and qualifier is None:
            joined = listed_neighbour(spans, located, commas=False)  # "Lere and Nara"
            listed = joined if far_from(joined, there[0]) else None  # not a focus near it
        if listed is not None:  # "Macomia and Quissanga": no focus's, its list's town
            there = listed[0], listed[1] * FOCUS_PRECISION, "focus"
        elif there is None and use_focus and focus is not None and found_as_town(spans, gazetteer):
            there = focus[0], focus[1] * FOCUS_PRECISION, "focus"  # "retook Hsipaw"
        if there is not None:
            place, conf, located_by = there
    if located_by == "focus" and place is not None and derived_from(spans, place, list(cands)):
        return None, 0.0, None  # "реки Казанку" in a story on Kazan: no Kazan
    paired = [(s, p) for s, p, _ in located]
    if located_by == "focus" and place is not None and landform_at_city(spans, place, paired):
        return None, 0.0, None  # "the Taman Peninsula" in a story on Kerch: not at Kerch
    return place, conf, located_by


def found_as_town(spans: list[Span], gazetteer: Any) -> bool:
    """Whether a town's context of its own words, or a list with a place, found the name.

    "residents of Aguelhok", "retook Hsipaw", "fled towards Minova"
    (:func:`~geomap.nlp.unknown_towns.town_action_context`), "sent reinforcements to
    Jikawo and Lare" (:func:`~geomap.nlp.listed_unknowns.listed_beside_place`): a town of
    the story, which the article's focus may hold when nothing nearer places it.
    """
    return any(town_action_context(s) or listed_beside_place(s, gazetteer) for s in spans)
