"""A river's point: the point of its line nearest the places named with it.

A river runs for hundreds of kilometres, and the gazetteer gives it one point
(Natural Earth's label point, mid-course or at one end). News names a river where
something happens on it: "the Tishrin Dam on the Euphrates" near Manbij, "crossed the
Akobo river" from Pibor to Gambela. :func:`river_points` moves a resolved river to the
point of its stored line nearest the towns and admin units its sentences name, or
else the article's other towns and units (a country's point is too coarse to say),
so the map shows the stretch the article is about. A river the gazetteer keeps with no
line (a curated stream: the Tisza's point lies in Hungary) goes to the town named at
most :data:`NEAR_WORDS` words from one of its mentions nearest its point within
:data:`SHAPELESS_KM` ("Тиса біля Рахова", "в Тисі та Латориці біля Мукачева"; not the
weather office of "Der Wetterdienst in Offenbach warnte vor Dauerregen an der Leine").
A river whose line passes no
nearer than :data:`RIVER_NEAR_KM` to any of those places keeps its point; one that
passes farther than :data:`RIVER_FAR_KM` from each of them is another river of that
name ("the Una river" in a story from Bosnia matches only a Brazilian river): its
pick is dropped, and the name goes where names the gazetteer lacks go (the article's
countries count too, from farther: :data:`COUNTRY_FAR_KM`); not a canal,
which shipping news names from anywhere (:func:`is_canal`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points
from spacy.tokens import Span

from geomap.gazetteer.geometry import is_lineal
from geomap.geo import haversine_km
from geomap.records import Place

#: Farthest a place may lie from a river's line and still say which stretch is meant.
RIVER_NEAR_KM = 300.0
#: A river whose line passes farther than this from every town and unit of the article
#: is another river of that name: its pick is dropped.
RIVER_FAR_KM = 1500.0
#: Towns and units the article must name before a river is judged that far.
RIVER_FAR_MIN_PLACES = 2
#: A river whose line passes farther than this from the point of each country the
#: article names (and each town and unit farther than :data:`RIVER_FAR_KM`) is another
#: river of that name (a country's point may lie this far from its own rivers).
COUNTRY_FAR_KM = 4000.0
#: Kinds of place whose point is far from their rivers, read with :data:`COUNTRY_FAR_KM`.
COUNTRY_TYPES = frozenset({"country"})
#: Feature types that say which stretch of a river is meant (a country's point is a
#: centroid hundreds of kilometres from most of its rivers).
FINE_TYPES = frozenset({"city", "landmark", "admin1", "admin2"})

#: Farthest from a shapeless river's point a town of its sentences may mark its stretch.
SHAPELESS_KM = 400.0
#: Most words between a shapeless river's mention and a town that marks its stretch.
NEAR_WORDS = 4
#: Feature codes of a river kept as a point only (a curated stream).
_STREAM_CODES = frozenset({"STM", "river"})

Shape = Callable[[str], BaseGeometry | None]
Pick = tuple[Place, float]


def is_river(place: Place) -> bool:
    """Whether a place is a river (a water body of Natural Earth's river lines)."""
    return place.feature_type == "water" and place.feature_code in {"river", "Lake Centerline"}


def is_canal(place: Place) -> bool:
    """Whether a river line is a canal ("Suez Canal"): a shipping route, named from afar.

    A story about freight from Busan to Gdynia names the Suez Canal thousands of
    kilometres from every town it names; a canal is never "another river of that name".
    """
    return "canal" in place.name.lower().split()


def _of_types(places: Iterable[Place], types: frozenset[str]) -> list[Place]:
    return [p for p in places if p.feature_type in types and not is_river(p)]


def nearest_on_line(line: BaseGeometry, places: Sequence[Place]) -> tuple[float, float] | None:
    """The ``(lon, lat)`` of ``line`` nearest one of ``places`` within :data:`RIVER_NEAR_KM`.

    Of the places within reach the nearest to the line wins; ``None`` if none is
    within reach.
    """
    best: tuple[float, float, float] | None = None
    for p in places:
        near = nearest_points(line, Point(p.lon, p.lat))[0]
        km = haversine_km(near.x, near.y, p.lon, p.lat)
        if km <= RIVER_NEAR_KM and (best is None or km < best[0]):
            best = (km, near.x, near.y)
    return None if best is None else (best[1], best[2])


def river_points(
    picks: Mapping[str, Pick],
    groups: Mapping[str, Sequence[Span]],
    shape: Shape | None,
) -> dict[str, Pick]:
    """``picks`` with each river moved to the stretch its article names (module docstring).

    Parameters
    ----------
    picks
        Each name's place and confidence, by its group key.
    groups
        Each name's mentions, by the same key.
    shape
        A place's stored geometry by its id (``None``: no shapes, nothing moves).
    """
    out = dict(picks)
    rivers = [k for k, (p, _) in picks.items() if is_river(p) or _is_stream(p)]
    if shape is None or not rivers:
        return out
    sentence_of = {
        key: {s.sent.start for s in group} for key, group in groups.items() if key in picks
    }
    for key in rivers:
        place, conf = picks[key]
        line, group = shape(place.place_id), groups.get(key, ())
        mine = sentence_of.get(key, set())
        beside = [picks[k][0] for k, at in sentence_of.items() if k != key and at & mine]
        if not is_lineal(line):
            close = [p for k, (p, _) in picks.items() if k != key and _close(group, groups.get(k))]
            town = _stream_town(place, close) if _is_stream(place) else None
            if town is not None:
                out[key] = (replace(place, lon=town.lon, lat=town.lat), conf)
            continue
        article = [picks[k][0] for k in picks if k != key]
        point = None
        for places in (_of_types(beside, FINE_TYPES), _of_types(article, FINE_TYPES)):
            point = nearest_on_line(line, places) if places else None
            if point is not None:
                break
        if point is not None:
            out[key] = (replace(place, lon=round(point[0], 5), lat=round(point[1], 5)), conf)
        elif not is_canal(place) and far_from_all(
            line, _of_types(article, FINE_TYPES), _of_types(article, COUNTRY_TYPES)
        ):
            del out[key]  # another river of that name
    return out


def _is_stream(place: Place) -> bool:
    """Whether a place is a river the gazetteer may keep as a point only."""
    return place.feature_type == "water" and place.feature_code in _STREAM_CODES


def _close(mine: Sequence[Span], theirs: Sequence[Span] | None) -> bool:
    """Whether a mention of ``theirs`` is at most :data:`NEAR_WORDS` words from one of ``mine``.

    Both in one sentence.
    """
    return any(
        a.doc is b.doc
        and a.sent.start == b.sent.start
        and max(a.start - b.end, b.start - a.end) <= NEAR_WORDS
        for a in mine
        for b in theirs or ()
    )


def _stream_town(river: Place, beside: Sequence[Place]) -> Place | None:
    """The town of ``beside`` nearest ``river``'s point within :data:`SHAPELESS_KM`, if any."""
    towns = [
        (haversine_km(river.lon, river.lat, p.lon, p.lat), p)
        for p in beside
        if p.feature_type == "city"
    ]
    near = [(km, p) for km, p in towns if km <= SHAPELESS_KM]
    return min(near, key=lambda kp: kp[0])[1] if near else None


def far_from_all(
    line: BaseGeometry, places: Sequence[Place], countries: Sequence[Place] = ()
) -> bool:
    """Whether ``line`` passes farther than :data:`RIVER_FAR_KM` from each of ``places``.

    At least :data:`RIVER_FAR_MIN_PLACES` places must say where the article is; with
    fewer, the article's countries count too, each farther than :data:`COUNTRY_FAR_KM`
    from the line (a country's point is a centroid: "BEIRUT" and Lebanon say where "the
    Litani River" is as two towns would).  A country never keeps a river the towns
    call far: the United States' centroid lies on the Republican River.
    """
    if len(places) >= RIVER_FAR_MIN_PLACES:
        return _beyond(line, places, RIVER_FAR_KM)
    if len(places) + len(countries) < RIVER_FAR_MIN_PLACES:
        return False
    return _beyond(line, places, RIVER_FAR_KM) and _beyond(line, countries, COUNTRY_FAR_KM)


def _beyond(line: BaseGeometry, places: Sequence[Place], reach: float) -> bool:
    """Whether ``line`` passes farther than ``reach`` km from each of ``places``."""
    for p in places:
        near = nearest_points(line, Point(p.lon, p.lat))[0]
        if haversine_km(near.x, near.y, p.lon, p.lat) <= reach:
            return False
    return True
