"""The polygon or line the GIS layers hold for a place: its own, its members', its disputed area.

:class:`AreaShapes` makes each place's shape once and keeps it, so that a writer
can ask for it while the articles are still being parsed (the parse runs in
another process; this one is mostly waiting) rather than all at the end.
What it keeps grows with the number of places, not of articles.

:meth:`AreaShapes.make_soon` makes a shape in a thread of its own (GEOS, which
does the unions and differences, lets the other threads run meanwhile): the
writer goes on with the run's other records, and :meth:`AreaShapes.of` waits
for the shape only when it needs it.  The thread is a daemon: a run stopped by
Ctrl-C or a signal leaves the shape being made (:meth:`AreaShapes.close` with
``wait=False``) and exits at once, instead of waiting for a union that may take
seconds.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from geomap.gazetteer.geometry import as_multiline, is_lineal, is_polygonal
from geomap.records import Place

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from geomap.gazetteer import Gazetteer

_T = TypeVar("_T")

#: Feature types drawn as an area (or, a river, as a line).
AREA_TYPES = frozenset({"country", "admin1", "admin2", "region", "water", "landform"})


@dataclass(frozen=True)
class AreaShape:
    """A place's shape for the GIS layers.

    Attributes
    ----------
    geometry
        A MultiPolygon (an area) or a MultiLineString (a river's line).
    drawn_as
        ``"disputed"`` (the disputed area it names), ``"members"`` (a region as the
        union of its member countries) or the place's feature type.
    disputed
        The place's disputed note (:class:`geomap.mapping.dispute_groups.DisputeNotes`:
        "Crimea — administered by …", a disputed country's, a unit within a dispute's),
        else ``None``.
    """

    geometry: BaseGeometry
    drawn_as: str
    disputed: str | None = None


class AreaShapes:
    """Every place's :class:`AreaShape`, made on first request and kept.

    Parameters
    ----------
    gazetteer
        Where the shapes come from (``None``: no place has one).
    """

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        from geomap.mapping.dispute_groups import DisputeNotes

        self.gazetteer = gazetteer
        self.notes = DisputeNotes.of(gazetteer)
        self._areas = self.notes.areas
        self._made: dict[str, AreaShape | None] = {}
        self._pending: dict[str, Future[AreaShape | None]] = {}
        self._maker: _Maker | None = None

    def serves(self, gazetteer: Gazetteer | None) -> bool:
        """Whether these shapes are the ones ``gazetteer`` gives (the same store or file)."""
        if gazetteer is None or self.gazetteer is None:
            return gazetteer is self.gazetteer
        if gazetteer is self.gazetteer:
            return True
        mine, theirs = self.gazetteer.path, gazetteer.path
        return mine is not None and theirs is not None and Path(mine) == Path(theirs)

    def of(self, place: Place) -> AreaShape | None:
        """The place's shape, or ``None`` (not an area, or none stored)."""
        if place.feature_type not in AREA_TYPES or self.gazetteer is None:
            return None
        pid = place.place_id
        if pid not in self._made:
            pending = self._pending.pop(pid, None)
            made = pending.result() if pending is not None else self._make(place, self.gazetteer)
            self._made[pid] = made
        return self._made[pid]

    def make_soon(self, place: Place) -> None:
        """Start making the place's shape in this object's thread, if it has none yet.

        :meth:`of` returns it (or raises what making it raised); :meth:`close`
        ends the thread.
        """
        if place.feature_type not in AREA_TYPES or self.gazetteer is None:
            return
        pid = place.place_id
        if pid in self._made or pid in self._pending:
            return
        if self._maker is None:
            self._maker = _Maker("geomap-shapes")
        self._pending[pid] = self._maker.submit(self._make, place, self.gazetteer)

    def close(self, wait: bool = True) -> None:
        """End the thread that makes shapes (the shapes made are kept).

        The shapes not begun are cancelled; with ``wait``, the one being made is
        waited for, else it is left to the daemon thread (the run is stopping).
        """
        for pending in self._pending.values():
            pending.cancel()
        self._pending.clear()
        if self._maker is not None:
            self._maker.shutdown(wait)
            self._maker = None

    def _make(self, place: Place, gazetteer: Gazetteer) -> AreaShape | None:
        from shapely.geometry import MultiPolygon
        from shapely.ops import unary_union

        from geomap.mapping.dispute_groups import areas_of, group_geometry

        geom: BaseGeometry | None
        label = self.notes.note(
            place.name, place.feature_type, place.country_code, (place.lon, place.lat)
        )
        found = areas_of(place.name, place.feature_type, (place.lon, place.lat), self._areas)
        if found:
            geom, kind = group_geometry(self._areas, found), "disputed"
        elif place.feature_type == "region" and place.members:
            parts = [_country_shape(gazetteer, cc) for cc in place.members]
            geom, kind = unary_union([p for p in parts if p is not None]), "members"
        else:
            geom, kind = gazetteer.shape(place.place_id), place.feature_type
        if geom is not None and kind == "country":
            from geomap.mapping.disputed import polygonal

            # as on the map: a disputed area is not part of the country that holds it
            # (the difference's slivers of line dropped, as the map's basemap drops them)
            for other in self._areas:
                if geom.intersects(other.geometry):
                    geom = polygonal(geom.difference(other.geometry))
        if geom is None or geom.is_empty:
            return None
        if is_lineal(geom):
            geom = as_multiline(geom)
        elif not is_polygonal(geom):
            return None
        elif geom.geom_type == "Polygon":
            geom = MultiPolygon([geom])
        return AreaShape(geom, kind, label)


def _country_shape(gazetteer: Gazetteer, cc: str) -> BaseGeometry | None:
    country = gazetteer.country(cc)
    return gazetteer.shape(country.place_id) if country is not None else None


#: A call for :class:`_Maker`: its future, the function, its arguments.
_Call = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


class _Maker:
    """One daemon thread running the calls submitted to it, in order, each with its future.

    :class:`concurrent.futures.ThreadPoolExecutor` threads are joined when the
    interpreter exits, so a run stopped mid-shape would wait for it.
    """

    def __init__(self, name: str) -> None:
        self._calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., _T], *args: Any) -> Future[_T]:
        """Run ``fn(*args)`` after the calls before it; its future."""
        future: Future[_T] = Future()
        self._calls.put((future, fn, args))
        return future

    def shutdown(self, wait: bool = True) -> None:
        """End the thread after the calls submitted (not cancelled); wait for it if asked."""
        self._calls.put(None)
        if wait:
            self._thread.join()

    def _run(self) -> None:
        while (call := self._calls.get()) is not None:
            future, fn, args = call
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the thread that waits for it
                future.set_exception(exc)
