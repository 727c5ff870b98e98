"""The place named beside a name that says where it lies: "the Sloss Furnaces in Birmingham".

A street, a building or a neighbourhood the gazetteer lacks goes to the city or county
that qualifies it where it is named (:func:`local_focus`), before the article's focus
(:mod:`geomap.nlp.focus`); :func:`linked` also tells :mod:`geomap.nlp.qualified` which
names qualify a building's.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.demonym_places import (
    DEMONYM_KIND_CONFIDENCE,
    demonym_kind_country,
    sentence_unit_in,
)
from geomap.nlp.described import SETTLEMENT_NOUNS, distance_anchor, kind_end
from geomap.nlp.focus import FOCUS_TYPES, street_or_building
from geomap.nlp.kind_named import kind_neighbour
from geomap.nlp.sentence_units import sentence_unit
from geomap.nlp.street_towns import street_town
from geomap.nlp.unit_seats import seat_town, where_town
from geomap.nlp.vocab import BIG_CITY
from geomap.records import Place

#: Words between a name and the city or county right after it that say the name lies
#: there: "the Sloss Furnaces in Birmingham", "Trump Tower, New York", "a mall near Tulsa",
#: "the embassy in the Holy See".
LINKING_WORDS = frozenset({",", "in", "at", "near", "outside", "of", "on", "the"})
#: Feature types of a qualifier that say where a name lies ("Palais des Nations in
#: Geneva", the canton taken for the city): a city or county, or an admin-1 unit.
LINKED_TYPES = FOCUS_TYPES | {"admin1"}
#: Most words between them.
MAX_LINK = 2


def linked(span: Span, other: Span) -> bool:
    """Whether ``other`` qualifies ``span``: "X in Other", "X, Other", "Other's X".

    The words of its kind may come between: "the Incirlik air base near Adana"; a
    "the" after another linking word is not counted ("Bulo Hawo, in the Gedo region").

    A distance from it says so too: "Barsalogho, some 40 km north of Kaya"; and an
    apposition saying what it is may come between: "Duisi, a village in Kakheti"
    (:func:`past_apposition`).
    """
    doc = span.doc
    if other.start == distance_anchor(span):
        return True
    if other.start >= span.end:
        # "the Incirlik air base near Adana": the kind words are the name's;
        # "Gate 35, 0162 Oslo": numbers do not part a street from its town
        start = max(span.end, min(kind_end(span), other.start))
        start = past_apposition(doc, start, other.start)  # "Duisi, a village in Kakheti"
        words = 0  # at most MAX_LINK, each a linking word: stop at the first that is not
        for i in range(start, other.start):
            token = doc[i]
            if token.like_num or (token.lower_ == "the" and i > start):
                continue  # "Bulo Hawo, in the Gedo region": "the" after another word is free
            words += 1
            if words > MAX_LINK or token.lower_ not in LINKING_WORDS:
                return False
        return True
    if other.end <= span.start:
        if span.start - other.end > MAX_LINK:
            return False
        between = list(doc[other.end : span.start])
        return [t.lower_ for t in between][:1] in (["'s"], ["’s"])
    return False


#: Articles that open an apposition saying what a name is ("Duisi, a village in ...").
APPOSITION_ARTICLES = frozenset({"a", "an", "the"})


def past_apposition(doc: Doc, start: int, limit: int) -> int:
    """The index after ", a village" in "Duisi, a village in Kakheti" (``start`` if none).

    A comma, an article and up to two lower-case words ending with a settlement's
    noun (:data:`~geomap.nlp.described.SETTLEMENT_NOUNS`: "a small town", "a border
    village"), before ``limit``, say what the name is; the linking word after them
    says where it lies.
    """
    i = start
    if i + 2 >= limit or doc[i].text != "," or doc[i + 1].lower_ not in APPOSITION_ARTICLES:
        return start
    j = i + 2
    while j < limit and j - i <= 4 and doc[j].is_lower and doc[j].is_alpha:
        if doc[j].lower_ in SETTLEMENT_NOUNS:
            return _past_noun_phrase(doc, j + 1, limit)
        j += 1
    return start


#: Most words of an "of" phrase after an apposition's noun ("a hamlet of a few dozen houses").
MAX_OF_PHRASE = 6


def _past_noun_phrase(doc: Doc, start: int, limit: int) -> int:
    """The index of the linking word after "of a few dozen houses" at ``start``, if any.

    "Plauru, a hamlet of a few dozen houses in Tulcea County": an "of" phrase of at
    most :data:`MAX_OF_PHRASE` lower-case words or numbers may follow the noun; the
    linking word after it ("in") says where the name lies. ``start`` when there is none.
    """
    if start >= limit or doc[start].lower_ != "of":
        return start
    for k in range(start + 1, min(limit, start + 1 + MAX_OF_PHRASE)):
        word = doc[k]
        if word.lower_ in LINKING_WORDS and word.is_alpha and word.lower_ != "of":
            return k
        if not (word.is_lower or word.like_num) or word.is_punct:
            return start
    return start


def local_focus(
    spans: list[Span],
    located: list[tuple[Span, Place, float]],
    focus: Place | None = None,
    gazetteer: Any = None,
) -> tuple[Place, float] | None:
    """The city or county that qualifies a name the gazetteer lacks where it is named.

    ``located`` holds the article's resolved mentions with their place and
    confidence. A city or a county (:data:`FOCUS_TYPES`) named right after one of
    ``spans`` behind a linking word or comma, or right before it with "'s" ("the
    Sloss Furnaces in Birmingham", "Trump Tower, New York", "Dallas's Fair Park"),
    says where the name lies, even in an article about another city. So does an
    admin-1 unit (:data:`LINKED_TYPES`: "the Palais des Nations in Geneva", the
    canton taken for the city) when the article's ``focus`` lies outside it (inside
    it, the focus city is the closer guess), so does a country the focus lies outside
    of for a name that is no street's or building's (:func:`_country_abroad`; "the
    Russian Embassy in the United States capital" is the capital's), and a country or
    admin-1 unit the name is a part of ("the Tierra Caliente region of western
    Michoacan"). The first such mention wins,
    with its confidence. A street or building lies in the city its sentence names
    before it, else the dateline's (:func:`~geomap.nlp.street_towns.street_town`). A
    lake, river or pass named with its kind's word lies by the
    place its sentence names nearest ("на озере Имандра под Мончегорском":
    :func:`~geomap.nlp.kind_named.kind_neighbour`). Else a name that ends "of" a city,
    county or admin-1 unit lies there (:func:`_of_place`: "the Bay of Sevastopol",
    not the focus Kyiv; "the University of Fernwick in Houston" is Houston's). Else a
    name after an admin-1 unit its sentence names last before it, the focus lying
    outside the unit, lies in the unit (:func:`~geomap.nlp.sentence_units.sentence_unit`:
    "In the Kursk region, ... houses in Tetkino"), unless a town named right before it
    says the name is its unit (:func:`~geomap.nlp.unit_seats.seat_town`: "Zhanaozen in
    the Mangystau region", "Néma, the capital of the Hodh Ech Chargui region": at the
    town). ``None`` when there is none.
    """
    building = any(s.label_ == "FAC" or street_or_building(s) for s in spans)
    for span in spans:
        for other, place, conf in located:
            # an admin-1 unit the focus lies in: the focus city is the closer guess
            held = place.feature_type == "admin1" and focus is not None and _within(focus, place)
            if not held and linked(span, other):  # the link first: a border's distance is dear
                abroad = not building and _country_abroad(place, focus, gazetteer)
                if place.feature_type in LINKED_TYPES or abroad:
                    return place, conf
            if place.feature_type in UNIT_TYPES and _part_of(span, other):
                return place, conf
    for span in spans:  # "the Romanian village of Plauru" in a story from Izmail
        country = demonym_kind_country(span, gazetteer)
        if country is None or (focus is not None and focus.country_code == country.country_code):
            continue
        unit = sentence_unit_in(span, located, country.country_code)
        if unit is not None:  # "..., across the river in Tulcea county"
            return unit
        if _country_abroad(country, focus, gazetteer):
            return country, DEMONYM_KIND_CONFIDENCE
    named = _of_place(spans, located, gazetteer)  # after "in Houston" and the like
    if named is not None:  # "the Bay of Sevastopol": at Sevastopol
        return named
    town = street_town(spans, located)  # "in Tbilisi ... on Rustaveli Avenue"
    if town is not None:
        return town
    near = kind_neighbour(spans, located, focus)
    if near is not None:
        return near
    seat = seat_town(spans, located) or where_town(spans, located)  # "Bria, where ... PK3"
    if seat is not None:
        return seat
    return sentence_unit(spans, located, focus)  # "In the Kursk region ... in Tetkino"


def _of_place(
    spans: list[Span], located: list[tuple[Span, Place, float]], gazetteer: Any
) -> tuple[Place, float] | None:
    """The city, county or admin-1 unit a name the gazetteer lacks ends "of".

    "the Bay of Sevastopol", "the Port of Mariupol": the words after the name's last
    "of" are a place's own name; the article's mention of that name gives the place
    and its confidence, else the most populous such entry of the gazetteer, at
    :data:`OF_PLACE_CONFIDENCE`, if it is an admin-1 unit or a city of
    :data:`~geomap.nlp.vocab.BIG_CITY` people (a saint's name of small towns, "the
    University of St. Thomas" in Houston, is left to the focus).
    """
    span = spans[0]
    ofs = [t.i for t in span[1:-1] if t.lower_ == "of" and t.is_lower]
    if not ofs or not all(t.is_title for t in span.doc[ofs[-1] + 1 : span.end]):
        return None
    tail = span.doc[ofs[-1] + 1 : span.end].text
    for other, place, conf in located:
        if other.text == tail and place.feature_type in LINKED_TYPES:
            return place, conf
    if gazetteer is None or not hasattr(gazetteer, "candidates"):
        return None
    own = [
        c.place
        for c in gazetteer.candidates(tail)
        if c.match in ("name", "alias") and c.place.feature_type in LINKED_TYPES
    ]
    best = max(own, key=lambda p: p.population, default=None)
    if best is None or (best.feature_type != "admin1" and best.population < BIG_CITY):
        return None  # "the University of St. Thomas": a town's namesake says little
    return best, OF_PLACE_CONFIDENCE


#: Confidence of a name placed at the gazetteer's place its "of" names, unnamed elsewhere.
OF_PLACE_CONFIDENCE = 0.5


#: A focus this close to a country's border is a closer guess for a town said to lie in it
#: than the country's point.
BORDER_KM = 161.0


def _country_abroad(place: Place, focus: Place | None, gazetteer: Any = None) -> bool:
    """Whether ``place`` is a country the article's ``focus`` lies outside of, and far from.

    A town the gazetteer lacks, "a town in Jordan" in a story from Baghdad, lies in
    Jordan, not at Baghdad; a country the focus lies in says less than the focus city
    (a village "in Lebanon" in a story from Tyre stays at the focus), and so does one
    whose border lies within :data:`BORDER_KM` of the focus (the gazetteer's shape of
    the country, when it has one): a town across the border from a story's city.
    """
    if place.feature_type != "country":
        return False
    if focus is None:
        return True
    if focus.country_code == place.country_code:
        return False
    shape = gazetteer.shape(place.place_id) if hasattr(gazetteer, "shape") else None
    if shape is None:
        return True
    from shapely import Point
    from shapely.ops import nearest_points

    from geomap.geo import haversine_km

    near = nearest_points(shape, Point(focus.lon, focus.lat))[0]
    return haversine_km(focus.lon, focus.lat, near.x, near.y) > BORDER_KM


def _within(place: Place, unit: Place) -> bool:
    """Whether ``place`` lies in the admin-1 unit ``unit`` (by its codes)."""
    return (place.country_code, place.admin1_code) == (unit.country_code, unit.admin1_code)


#: Kinds of the units a region of theirs is placed in ("the X region of Michoacan").
UNIT_TYPES = frozenset({"country", "admin1"})
#: Words that name a part of a unit before "of" ("the Tierra Caliente region of ...").
PART_WORDS = frozenset({"region", "area", "zone", "valley", "plain", "plateau", "highlands"})
#: Directions written before the unit ("of western Michoacan").
DIRECTION_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
     "southeastern", "southwestern", "north", "south", "east", "west"}
)  # fmt: skip


def _part_of(span: Span, other: Span) -> bool:
    """Whether ``span`` names a part of ``other``: "the Tierra Caliente region of western X"."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in PART_WORDS or doc[i + 1].lower_ != "of":
        return False
    i += 2
    if i < len(doc) and doc[i].lower_ in DIRECTION_ADJECTIVES:
        i += 1
    return other.start == i
