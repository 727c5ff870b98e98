"""Mutable build-time entry, turned into a :class:`~geomap.records.Place` at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.lemmas import index_keys
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.schema import KIND_CODE, LOCAL_PREFERENCE
from geomap.records import Place


@dataclass
class Entry:
    """A gazetteer entry while the build merges sources."""

    place_id: str
    name: str
    feature_type: str
    country_code: str | None
    lon: float
    lat: float
    source: str
    feature_code: str = ""
    population: int = 0
    admin1_code: str | None = None
    admin1: str | None = None
    #: An admin-2 unit's own GeoNames code ("31" of FR.76.31, Haute-Garonne), else ``None``.
    admin2_code: str | None = None
    members: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)
    #: Names in the languages indexed by lemma: ``(language, key) -> kind``.
    local: dict[tuple[str, str], str] = field(default_factory=dict)
    #: The keys of :attr:`local` that are a name as written (not only a name's lemmas).
    written: set[tuple[str, str]] = field(default_factory=set)
    shape: BaseGeometry | None = None
    #: Ids of the entries merged into this one (one river under two names); the
    #: curated tables may still name them.
    merged_ids: list[str] = field(default_factory=list)
    #: ``(language, river, in the own name)`` of the rivers a town's names say it lies
    #: on ("Marburg an der Lahn": ``("de", "Lahn", True)``; :mod:`.town_rivers`).
    on_rivers: tuple[tuple[str, str, bool], ...] = ()

    def add_name(self, name: str, kind: str) -> None:
        """Index ``name`` for this entry as a ``kind`` match (the best kind wins)."""
        norm = normalize_name(name)
        if not norm:
            return
        old = self.names.get(norm)
        if old is None or KIND_CODE[kind] < KIND_CODE[old]:
            self.names[norm] = kind

    def add_local_name(self, name: str, lang: str, kind: str = "name") -> None:
        """Index ``name`` in ``lang`` ("Харків", "uk") under its key and its lemmas' key."""
        as_written = normalize_name(name)
        if as_written:
            self.written.add((lang, as_written))
        for key in index_keys(name, lang):
            old = self.local.get((lang, key))
            if old is None or LOCAL_PREFERENCE[kind] < LOCAL_PREFERENCE[old]:
                self.local[(lang, key)] = kind

    def to_place(self) -> Place:
        """Return the frozen record."""
        return Place(
            place_id=self.place_id,
            name=self.name,
            feature_type=self.feature_type,
            country_code=self.country_code,
            admin1=self.admin1,
            population=int(self.population),
            lon=float(self.lon),
            lat=float(self.lat),
            source=self.source,
            feature_code=self.feature_code,
            admin1_code=self.admin1_code,
            members=tuple(self.members),
            has_shape=self.shape is not None,
        )
