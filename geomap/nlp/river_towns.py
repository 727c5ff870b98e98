"""A river named with the town it flows through: "die Moldau in Prag", "в Оби у Барнаула".

News places a river by the town beside it, one preposition between them. When the
name is also a town or a country far from that town ("Moldau": Moldova; "Обь":
the town of Ob, 190 km from Barnaul) and a river of that name runs by the town,
the name is the river. The resolver (:mod:`geomap.nlp.resolver`) narrows a name's
candidates with :func:`rivers_by_towns` before it scores them, in the languages of
:data:`geomap.gazetteer.lemmas.LOCAL_LANGUAGES`; the recogniser
(:mod:`geomap.nlp.local`) keeps a river's own name the model read as a surname right
before a preposition and a town ("уровень Оби у Барнаула": :func:`river_before_town`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points
from spacy.tokens import Span, Token

from geomap.geo import haversine_km
from geomap.records import Candidate, Place

#: Farthest a river's line may pass from the town it is named with.
RIVER_KM = 25.0
#: Nearest a namesake of the river (a town, a country) may lie to that town and still win.
NAMESAKE_KM = 100.0

Shape = Callable[[str], BaseGeometry | None]


def _km_to(place: Place, shape: BaseGeometry | None, lon: float, lat: float) -> float:
    """Distance from a point to a place: to its shape where it has one, else to its point."""
    if shape is None or shape.is_empty:
        return haversine_km(place.lon, place.lat, lon, lat)
    point = Point(lon, lat)
    if shape.contains(point):
        return 0.0
    near = nearest_points(shape, point)[0]
    return haversine_km(near.x, near.y, lon, lat)


def _town_after(span: Span, toponyms: Sequence[Span]) -> Span | None:
    """The toponym one lowercase word (a preposition) after ``span``, in the same sentence."""
    doc = span.doc
    gap = span.end
    if gap >= len(doc) or not doc[gap].is_alpha or not doc[gap].is_lower:
        return None
    for other in toponyms:
        if other.start == gap + 1:
            return other
    return None


def _town_point(cands: Sequence[Candidate]) -> Place | None:
    """The most populous town among a name's candidates, if any."""
    towns = [c.place for c in cands if c.place.feature_type == "city"]
    return max(towns, key=lambda p: p.population) if towns else None


def river_by_town(
    cands: Sequence[Candidate],
    spans: Sequence[Span],
    toponyms: Sequence[Span],
    candidates_of: Callable[[Span], Sequence[Candidate]],
    shape: Shape,
) -> list[Candidate]:
    """Keep only the rivers that run by the town a mention is named with (module docstring).

    Parameters
    ----------
    cands
        The name's candidates.
    spans
        The name's mentions.
    toponyms
        Every toponym span of the document.
    candidates_of
        The candidates of another toponym span.
    shape
        A place's stored geometry by its id (``None`` without one).
    """
    waters = [c for c in cands if c.place.feature_type == "water"]
    others = [c for c in cands if c.place.feature_type != "water"]
    if not waters or not others:
        return list(cands)
    shapes: Mapping[str, BaseGeometry | None] | None = None
    villages = all(c.place.feature_type == "city" and c.place.population < SMALL_NAMESAKE
                   for c in others)  # fmt: skip
    for span in spans:
        after = _town_after(span, toponyms)
        town = None if after is None else _town_point(candidates_of(after))
        if town is not None:
            towns = [town]
        elif villages and not _after_in(span):
            towns = _towns_nearby(span, toponyms, candidates_of)
        else:
            continue
        if towns and shapes is None:  # read only once a town is named with it: rarely
            # a river's line is stored apart from the areas ``has_shape`` tells of
            shapes = {
                c.place.place_id: shape(c.place.place_id)
                for c in cands
                if c.place.has_shape or c.place.feature_type == "water"
            }
        for town in towns:
            assert shapes is not None
            near = [
                c
                for c in waters
                if shapes.get(c.place.place_id) is not None
                and _km_to(c.place, shapes.get(c.place.place_id), town.lon, town.lat) <= RIVER_KM
            ]
            far = all(
                _km_to(c.place, shapes.get(c.place.place_id), town.lon, town.lat) > NAMESAKE_KM
                for c in others
            )
            if near and far:
                return near
    return list(cands)


#: A river's namesakes that are all towns under this many people give way to the river
#: where it passes a town named in the same or the previous sentence ("wyciek oleju do
#: Wisły" after "w Płocku": the Vistula, not the town Wisła 330 km away).
SMALL_NAMESAKE = 20_000
#: Prepositions of "in": a name after one is read as the town ("w Wiśle", "в Каме").
_IN_WORDS = frozenset({"w", "we", "в", "во", "у", "in", "im", "à"})


def _after_in(span: Span) -> bool:
    """Whether a preposition of "in" comes right before ``span``."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _IN_WORDS


def _towns_nearby(
    span: Span, toponyms: Sequence[Span], candidates_of: Callable[[Span], Sequence[Candidate]]
) -> list[Place]:
    """The towns named in ``span``'s sentence or the one before it."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return []
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    towns = []
    for other in toponyms:
        if other.start != span.start and start <= other.start < sent.end:
            town = _town_point(candidates_of(other))
            if town is not None:
                towns.append(town)
    return towns


def rivers_by_towns(
    gazetteer: Any,
    cands: dict[str, list[Candidate]],
    groups: Mapping[str, Sequence[Span]],
    spans: Sequence[Span],
) -> dict[str, list[Candidate]]:
    """Each name's candidates (by its group key) narrowed by :func:`river_by_town`.

    ``groups`` holds each name's mentions, ``spans`` every toponym of the document;
    a gazetteer with no shapes leaves the candidates as they are.
    """
    shape = getattr(gazetteer, "shape", None)
    if shape is None:
        return cands
    toponyms = sorted(spans, key=lambda s: s.start)
    key_of = {s.start: key for key, group in groups.items() for s in group}

    def candidates_of(span: Span) -> list[Candidate]:
        return cands.get(key_of.get(span.start, ""), [])

    return {
        key: river_by_town(options, groups[key], toponyms, candidates_of, shape)
        for key, options in cands.items()
    }


#: Entity labels of places (the model's).
_PLACE_LABELS = frozenset({"LOC", "GPE"})


def river_before_town(ent: Span, cands: Sequence[Candidate], gazetteer: Any = None) -> bool:
    """Whether a one-word entity is a river's own name placed by the town after it.

    "уровень Оби у Барнаула": natasha reads the genitive "Оби" as a surname; a river
    named by its own name, one preposition before a location entity, is the river
    (:func:`river_by_town` then keeps the river that runs by the town).  The
    town may be read as a surname too ("Прута у Кагула"): a one-word person entity
    the ``gazetteer`` knows as a town of :data:`_TOWN_AFTER` people.
    """
    doc = ent.doc
    gap = ent.end
    if gap + 1 >= len(doc) or not (doc[gap].is_alpha and doc[gap].is_lower):
        return False
    after = doc[gap + 1]
    if after.ent_iob_ != "B":
        return False
    if after.ent_type_ not in _PLACE_LABELS and not _town_as_person(after, gazetteer):
        return False
    return any(
        c.place.feature_type == "water" and c.match in ("name", "alias", "exonym") for c in cands
    )


#: Smallest town a person entity after a river may be (:func:`river_before_town`).
_TOWN_AFTER = 20_000


def _town_as_person(tok: Token, gazetteer: Any) -> bool:
    """Whether a one-word person entity is a town's name ("у Кагула")."""
    doc = tok.doc
    if gazetteer is None or tok.ent_type_ not in ("PER", "PERSON"):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return False  # a person's full name
    return any(
        c.place.feature_type == "city" and c.place.population >= _TOWN_AFTER
        for c in gazetteer.candidates(tok.text, doc.lang_)
    )
