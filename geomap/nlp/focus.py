"""The article's focus: where names the gazetteer lacks are placed.

A street, a building or a neighbourhood with no gazetteer entry is placed at the
city or county that qualifies it where it is named ("the Sloss Furnaces in
Birmingham", :func:`geomap.nlp.linked_places.local_focus`), else at the one the
article's other names point to most often (:func:`article_focus`), when
:func:`placeable` allows it, with a confidence scaled by :data:`FOCUS_PRECISION`; in
an article without a focus, one whose name names a country or an admin-1 unit goes to
that unit (:func:`placement`).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from geomap.nlp.described import described_as_place
from geomap.nlp.kind_named import named_by_kind
from geomap.nlp.known_contexts import labelled_in_place
from geomap.nlp.landform_names import landform_head
from geomap.nlp.landmarks import at_its_town
from geomap.nlp.name_kinds import kind_word
from geomap.nlp.name_shapes import is_facility
from geomap.nlp.settlement_lists import settlement_before
from geomap.nlp.unit_lists import listed_before_plural
from geomap.nlp.vocab import FACILITY_WORDS
from geomap.nlp.water_context import on_water
from geomap.records import Place

#: Plural words that close a list of streets or buildings ("Bourbon and Dauphine streets").
FACILITY_PLURALS = frozenset(
    {"streets", "avenues", "roads", "boulevards", "lanes", "drives", "squares", "bridges"}
)


def street_or_building(span: Span) -> bool:
    """Whether a span names a street or a building, by its own words or its list's.

    "Elm Street" (:func:`geomap.nlp.name_shapes.is_facility`), and each name of a list
    closed by a plural street word: "State and Hubbard streets".
    """
    return is_facility(span) or listed_before_plural(span, FACILITY_PLURALS)


#: Feature types that can be an article's focus for names the gazetteer lacks.
FOCUS_TYPES = frozenset({"city", "admin2"})
#: Share of focus placements within 161 km of the gold point, measured on the dev
#: halves of GeoWebNews (111 of 162) and LGL (40 of 64); scales the focus's confidence.
FOCUS_PRECISION = 0.67


#: Last words of a boundary's name ("the Lebanese border", "the Durand Line" is a line too).
BOUNDARY_TAILS = frozenset({"border", "boundary", "frontier", "borderline"})


def boundary_line(span: Span) -> bool:
    """Whether a span names a boundary between places: "the Line of Control", "X border".

    A line drawn between two sides runs through neither side's towns: put at the
    article's main locality, "the Line of Control" lands in a town on one side of it
    (Muzaffarabad in a Pakistani story, Gulmarg in an Indian one). Its words say so:
    "Line of ..." ("Line of Control", "Line of Actual Control", "line of contact"), a
    last word of :data:`BOUNDARY_TAILS`, or "demarcation".
    """
    words = [t.lower_ for t in span if not t.is_punct]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    line_of = len(words) > 2 and words[0] == "line" and words[1] == "of"
    return line_of or words[-1] in BOUNDARY_TAILS or "demarcation" in words


def placeable(spans: list[Span]) -> bool:
    """Whether unknown names may go to the article's focus.

    A boundary's name never may (:func:`boundary_line`). Given spans (gold toponyms)
    otherwise always may; recognised ones when they name a street or a
    building ("Elm Street", FAC), say their kind ("Neches River", "the Arabat Spit",
    "Mount Hermon": :func:`~geomap.nlp.landform_names.landform_head`), their context says what
    place they are ("the Allenby crossing", "Barsalogho, some 40 km north of Kaya":
    :func:`~geomap.nlp.described.described_as_place`), or the model calls them a place
    after a preposition of place (:func:`~geomap.nlp.known_contexts.labelled_in_place`), or
    the word for their kind names them ("озеро Имандра", "col du Lautaret":
    :func:`~geomap.nlp.kind_named.named_by_kind`), or the words before them name water
    ("na Sanie", "poziom Bobru": :func:`~geomap.nlp.water_context.on_water`), or they
    follow "the town of", "the villages of"
    (:func:`~geomap.nlp.settlement_lists.settlement_before`).
    """
    checks = (
        street_or_building,
        kind_word,
        landform_head,
        described_as_place,
        settlement_before,
        labelled_in_place,
        named_by_kind,
        on_water,
    )
    if any(boundary_line(s) for s in spans):
        return False  # "the Line of Control": no town of either side
    return bool(spans[0].doc._.given_spans) or any(
        s.label_ == "FAC" or any(check(s) for check in checks) for s in spans
    )


def article_focus(
    picks: Mapping[str, tuple[Place, float]], groups: Mapping[str, list[Span]]
) -> tuple[Place, float] | None:
    """The city or county an article names most often, with its share of such mentions.

    Mentions count by the confidence of their resolution, so a doubtful pick does
    not become the focus by repetition, and each city's count is multiplied by one
    plus the number of the article's other cities and counties within
    :data:`CLUSTER_KM` of it, plus one when the article names its admin-1 unit: the
    place a local story is about has its neighbours and its province named around it
    ("Santa Barbara" beside Goleta and Carpinteria, "Cape Town" and the Western Cape),
    a lone sure pick far from all of them (a restaurant's name matching a town in
    Ohio, "Delft" the Dutch city in a story from the Cape) does not win by its
    confidence. A street's or a building's name
    (:func:`street_or_building`) never votes: "the White House" in a story
    from Washington is no vote for White House, Tennessee. Ties go to the more populous
    place, then the one named first. ``None`` when the article names no city or county.
    The share (e.g. 0.6 when 3 of 5 equally sure local mentions are of it) scales the
    confidence of the names placed there.
    """
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    places: dict[str, Place] = {}
    for key, (place, conf) in picks.items():
        if place.feature_type not in FOCUS_TYPES or street_or_building(groups[key][0]):
            continue
        pid = place.place_id
        counts[pid] = counts.get(pid, 0.0) + len(groups[key]) * conf
        first[pid] = min(first.get(pid, 1 << 62), min(s.start_char for s in groups[key]))
        places[pid] = place
    if not counts:
        return None
    units = {
        (p.country_code, p.admin1_code) for p, _ in picks.values() if p.feature_type == "admin1"
    }
    weighted = {pid: n * (1 + _neighbours(places[pid], places, units)) for pid, n in counts.items()}
    best = min(weighted, key=lambda pid: (-weighted[pid], -places[pid].population, first[pid]))
    return places[best], weighted[best] / sum(weighted.values())


#: Other cities or counties this close to a candidate focus count as its neighbours.
CLUSTER_KM = 161.0


def _neighbours(
    place: Place, places: Mapping[str, Place], units: set[tuple[str | None, str | None]]
) -> int:
    """How many other cities or counties lie near ``place``, and whether its unit is named.

    The number of ``places`` other than it within :data:`CLUSTER_KM`, plus one
    when its admin-1 unit is among ``units`` (the article's admin-1 picks).
    """
    from geomap.geo import haversine_km

    unit = (place.country_code, place.admin1_code) in units
    return int(unit) + sum(
        1
        for pid, other in places.items()
        if pid != place.place_id
        and haversine_km(place.lon, place.lat, other.lon, other.lat) <= CLUSTER_KM
    )


#: A building's namesake town farther than this from the article's focus is not meant.
NAMESAKE_KM = 161.0


def facility_namesake(spans: list[Span], place: Place, focus: Place) -> bool:
    """Whether a building's name was resolved to a namesake town far from the focus.

    "the White House" in a story from Washington names no town, though a White
    House lies in Tennessee: a street's or a building's name
    (:func:`street_or_building`) resolved to a city or county more than
    :data:`NAMESAKE_KM` from the article's focus goes to the focus instead
    (:func:`placement`), unless a landmark named after its town ("Copenhagen Airport",
    :mod:`geomap.nlp.landmarks`). "Highland Park" near a Chicago focus stays the town. A
    village under :data:`NAMESAKE_VILLAGE` people, and smaller than the focus, named
    before a building's word ("Heathrow airport", :func:`before_facility_word`) far
    from the focus goes there too (not to a hamlet a misread word made the focus).
    """
    from geomap.geo import haversine_km

    if place.feature_type not in FOCUS_TYPES:
        return False
    village = place.population < min(NAMESAKE_VILLAGE, focus.population) and any(
        before_facility_word(s) for s in spans
    )
    if not ((street_or_building(spans[0]) and not at_its_town(spans[0])) or village):
        return False
    return haversine_km(place.lon, place.lat, focus.lon, focus.lat) > NAMESAKE_KM


#: A village smaller than this, named before a building's word far from the focus, is
#: a namesake: "Heathrow airport" in a story from London is not Heathrow, Florida.
NAMESAKE_VILLAGE = 10_000


def before_facility_word(span: Span) -> bool:
    """Whether a building's word follows the name: "Heathrow airport", "Oakdale hospital".

    Also behind a possessive: "La Motte's church", "Heathrow's centre".
    """
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].lower_ in {"'s", "’s"}:
        i += 1
    return i < len(doc) and doc[i].lower_ in FACILITY_WORDS


#: Words of an institution of a state or country that follow its name ("Arizona State
#: University", "Texas Department of Transportation", "Ohio Supreme Court") or precede
#: "of" and it ("University of Arizona"); a street, a square or a school named after a
#: person ("Washington Square", "Douglas High School") has none of them there.
INSTITUTION_WORDS = frozenset(
    {"state", "university", "college", "polytechnic", "department", "police", "supreme"}
)


def _names_unit(span: Span, unit: Place) -> bool:
    """Whether ``span`` names ``unit``'s institution: "Arizona State University"."""
    words = [t.lower_ for t in span]
    name = unit.name.lower().split()
    n = len(name)
    if words[:n] == name and len(words) > n and words[n] in INSTITUTION_WORDS:
        return True
    return any(
        words[i : i + n] == name and words[i - 1] == "of" and words[i - 2] in INSTITUTION_WORDS
        for i in range(2, len(words) - n + 1)
    )


def _outside(focus: Place, unit: Place, span: Span) -> bool:
    """Whether ``focus`` lies outside ``unit`` and ``span`` names the unit's institution."""
    if not _names_unit(span, unit):
        return False
    if focus.country_code != unit.country_code:
        return True
    return unit.feature_type == "admin1" and focus.admin1_code != unit.admin1_code


#: Raw confidence of a name placed in the unit it names (calibrated like a name's).
UNIT_CONFIDENCE = 0.5


def placement(
    spans: list[Span],
    focus: tuple[Place, float] | None,
    unit: Place | None,
    near: tuple[Place, float] | None = None,
) -> tuple[Place, float, str] | None:
    """Where a name the gazetteer lacks goes: ``(place, raw confidence, located_by)``.

    To the city or county that qualifies it (``near``,
    :func:`~geomap.nlp.linked_places.local_focus`); to
    the unit whose institution it names (:data:`INSTITUTION_WORDS`) when the
    article's focus lies outside it ("Arizona State University" in a story from
    Cambridge goes to Arizona; not "Russian Embassy", named by a demonym, nor
    "Washington Square"); else to the article's focus; in an article without
    one, a street's, building's or organisation's name that names a country or
    admin-1 unit (``unit``: "Bank of Japan", "Colorado State University", "US
    Federal Reserve") goes to that unit.
    ``None`` when :func:`placeable` says no or there is nowhere to go.
    """
    if not placeable(spans):
        return None
    if near is not None:
        return near[0], near[1] * FOCUS_PRECISION, "focus"
    if unit is not None and focus is not None and _outside(focus[0], unit, spans[0]):
        return unit, UNIT_CONFIDENCE, "name"
    if focus is not None:
        return focus[0], focus[1] * FOCUS_PRECISION, "focus"
    if unit is not None:
        return unit, UNIT_CONFIDENCE, "name"
    return None
