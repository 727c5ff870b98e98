"""The resolver's revisions of its picks, in order: each rule looks at the article's picks.

After the ranker's rounds (:class:`geomap.nlp.resolver.ToponymResolver`), rules that
read the whole article revise single names: a unit named beside a town ("Croft,
Yorkshire"), a city a list or an event implies, a namesake in the country the sentence
names or writes the adjective of, a capital over a small town found by another name,
and in other languages towns paired or qualified by a river.  Each revision is scored
again by the ranker (:func:`geomap.nlp.revisions.revise`).  Rivers and ranges then get
the point of them nearest the article, and a place's other name its place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from geomap.nlp.capital_namesakes import capital_namesakes
from geomap.nlp.country_adjectives import adjective_countries
from geomap.nlp.event_cities import event_cities
from geomap.nlp.extended_units import ExtendedUnits
from geomap.nlp.home_over_abroad import home_over_abroad
from geomap.nlp.listed_cities import listed_cities
from geomap.nlp.member_regions import member_regions
from geomap.nlp.municipal_towns import municipal_towns
from geomap.nlp.name_groups import Group
from geomap.nlp.near_namesakes import near_namesakes
from geomap.nlp.other_names import same_places
from geomap.nlp.paired_towns import paired_towns
from geomap.nlp.paragraph_namesakes import paragraph_namesakes
from geomap.nlp.qualifiers import qualifier_units
from geomap.nlp.range_points import range_points
from geomap.nlp.revisions import Scorer, revise
from geomap.nlp.river_points import river_points
from geomap.nlp.river_qualified import river_qualified_towns
from geomap.nlp.scoring import MentionEvidence
from geomap.nlp.seat_cities import seat_cities
from geomap.nlp.sentence_countries import named_country_namesakes
from geomap.nlp.sentence_namesakes import sentence_namesakes
from geomap.nlp.unit_towns import units_for_towns
from geomap.nlp.water_context import waterless_strays
from geomap.records import Candidate, Place

Picks = dict[str, tuple[Place, float]]


def revision_chain(
    picks: Picks,
    groups: Mapping[str, Group],
    cands: dict[str, list[Candidate]],
    evidence: Mapping[str, MentionEvidence],
    scorer: Callable[[str], Scorer],
    extended: ExtendedUnits,
    gazetteer: Any,
    lang: str | None,
) -> tuple[Picks, dict[str, tuple[Place, float]]]:
    """The picks revised by every rule in turn, and the names a unit beside them moved.

    Parameters
    ----------
    picks
        Name key -> (place, raw confidence) after the ranker's last round.
    groups, cands, evidence
        Each name's mentions, candidates and evidence (``cands`` may gain revised ones).
    scorer
        Name key -> the ranker's scorer of its candidates, as in its last round.
    extended
        The units a town's name extends to (:class:`geomap.nlp.extended_units.ExtendedUnits`).
    gazetteer
        The gazetteer (its ``shape`` gives rivers' and ranges' lines and outlines).
    lang
        The article's language when not English, else ``None``.
    """
    names = {key: group[0].text for key, group in groups.items()}
    sizes = {key: len(group) for key, group in groups.items()}
    picks = revise(picks, extended(picks, names, sizes, cands), cands, scorer)
    picks = revise(picks, listed_cities(picks, groups, cands), cands, scorer)
    picks = revise(picks, event_cities(picks, groups, cands), cands, scorer)  # "reporters in"
    picks = revise(picks, municipal_towns(picks, groups, cands), cands, scorer)  # "X Mayor"
    picks = revise(picks, qualifier_units(picks, groups, cands), cands, scorer)
    picks = revise(picks, seat_cities(picks, cands, evidence), cands, scorer)  # "Jenin"
    picks = revise(picks, member_regions(picks, cands, evidence), cands, scorer)  # the Sahel
    picks = revise(picks, named_country_namesakes(picks, groups, cands, lang), cands, scorer)
    adjectives = adjective_countries(picks, groups, cands, gazetteer, lang)  # "belarussische"
    picks = revise(picks, adjectives, cands, scorer)
    picks = revise(picks, capital_namesakes(picks, cands, lang), cands, scorer)  # Minsk
    revised, moved = units_for_towns(picks, groups, cands)  # "Croft, Yorkshire"
    picks = {k: v for k, v in revise(picks, revised, cands, scorer).items() if k not in moved}
    picks = revise(picks, home_over_abroad(picks, cands, lang), cands, scorer)
    picks = revise(picks, sentence_namesakes(picks, groups, cands), cands, scorer)  # London
    picks = revise(picks, paragraph_namesakes(picks, groups, cands), cands, scorer)  # Vienna
    shape = getattr(gazetteer, "shape", None)
    if lang:  # "entre Calais et Douvres": Dover
        picks = revise(picks, paired_towns(picks, groups, cands), cands, scorer)
        picks = revise(picks, near_namesakes(picks, groups, cands), cands, scorer)  # Yampil
        qualified = river_qualified_towns(picks, cands, gazetteer, lang)
        picks = revise(picks, qualified, cands, scorer)  # "Kostrzyn nad Odrą"
        strays = waterless_strays(picks, groups, cands, shape)  # "na Sanie": no Sanaa
        picks = {k: v for k, v in picks.items() if k not in strays}
    picks = river_points(picks, groups, shape)
    picks = range_points(picks, groups, shape)  # "в Андах"
    picks = same_places(picks, groups)  # "the Falklands, which Argentina calls the Malvinas"
    return picks, moved
