"""``map.html``: the self-contained folium map (:mod:`geomap.mapping`) of a run.

The page stays usable for big runs: each place carries a bounded pick of its
claims (:mod:`geomap.mapping.claim_pick`: every outlet's, in date order) and
:data:`MAP_PAIRS` compared pairs, with the total count, what each outlet has
beyond, and a pointer to the files that hold them all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from geomap.io.base import Finished, Writer
from geomap.mapping.claim_pick import MAP_CLAIMS, Picked, pick_claims
from geomap.serialize import pair_record

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.runstore import RunStore

#: Compared pairs shown per place.
MAP_PAIRS = 5
#: Articles named per place under "claims without a counterpart".
MAP_ONLY_IN = 10
#: Unpaired claims scanned per place for "only in" article names.
_ONLY_IN_SCAN = 200


class MapHTML(Writer):
    """``map.html``."""

    filename = "map.html"

    def prepare(self, gazetteer: Gazetteer | None) -> None:
        """Import the map's libraries (folium, geopandas); prepare the gazetteer's basemap.

        The gazetteer's aliases (the search box's other names) are read here too: a
        query over the whole names table, kept by the gazetteer for :meth:`finish`.
        """
        import geomap.frames
        import geomap.mapping.build  # noqa: F401

        if gazetteer is not None:
            from geomap.mapping.disputed import base_layers

            base_layers(gazetteer.basemap(), gazetteer.disputed_areas())
            gazetteer.aliases()

    def finish(self, run: Finished) -> None:
        """Build the map from the store's places (bounded per place) and write it."""
        from geomap.frames import store_places_frame
        from geomap.mapping import write_map

        store = run.store
        store.pair()
        comparison: dict[str, Any] = {}
        for pid in store.places:
            pairs = [
                pair_record(a["article"], b["article"], sim, a["sentence"], b["sentence"], ev)
                for a, b, sim, ev in store.pairs_of(pid, limit=MAP_PAIRS)
            ]
            # the popup quotes the first claim without a counterpart of each article listed
            first: dict[str, dict[str, Any]] = {}
            for claim in store.unpaired_of(pid, _ONLY_IN_SCAN):
                first.setdefault(claim["article"], claim)
            only = list(first)[:MAP_ONLY_IN]
            comparison[pid] = {
                "pairs": pairs,
                "other_languages": store.other_languages_of(pid, MAP_PAIRS),
                "only_in": only,
                "only_claims": [first[a] for a in only],
            }
        picks = PopupPicks(store)
        gz = run.gazetteer
        write_map(
            store_places_frame(store, MAP_CLAIMS, picks.claims),
            None,
            self.path,
            basemap=gz.basemap() if gz is not None else None,
            shape_of=gz.shape if gz is not None else None,
            title=self.options.title,
            tiles=self.options.tiles,
            min_confidence=self.options.min_confidence,
            worldview=self.options.worldview,
            aliases=gz.aliases() if gz is not None else None,
            disputed=gz.disputed_areas() if gz is not None else None,
            disputed_countries=gz.disputed_countries() if gz is not None else None,
            comparison=comparison,
            articles=store.articles,
            counts=PlaceCounts(store),
            claims_of=store.claims_of,  # the sources view counts every claim, not the popups'
            article_info=dict(zip(store.articles, store.metadata, strict=True)),
            more_of=picks.more,
        )


class PopupPicks:
    """Each place's popup claims (:func:`~geomap.mapping.claim_pick.pick_claims`), read once.

    :meth:`claims` picks a place's claims and keeps what each outlet has beyond
    them for :attr:`more` (one entry per place: outlets and counts, never claims).
    """

    def __init__(self, store: RunStore) -> None:
        from geomap.outlet_names import one_outlet_form

        self.store = store
        info = one_outlet_form({str(r): meta for r, meta in enumerate(store.metadata)})
        self.outlets = [str((info.get(str(r)) or {}).get("outlet") or "") for r in range(len(info))]
        self.more: dict[str, tuple[tuple[str, int], ...]] = {}

    def claims(self, place_id: str) -> tuple[Any, ...]:
        """The claims the popup of ``place_id`` shows."""
        store = self.store
        ranks = sorted(store.places[place_id].per_article)
        picked: Picked = pick_claims(
            [(r, self.outlets[r], store.metadata[r].get("published")) for r in ranks],
            lambda r, limit: store.claims_in(place_id, int(r), limit),
            store.claim_counts(place_id),
        )
        self.more[place_id] = picked.more
        return picked.claims


class PlaceCounts(Mapping[str, Mapping[str, int]]):
    """``place_id -> {article id: mentions}`` of the store, each place's made when read.

    The map reads one place at a time: the run's (place, article) counts are
    never all held as dicts of article ids at once.
    """

    def __init__(self, store: RunStore) -> None:
        self.store = store

    def __getitem__(self, place_id: str) -> dict[str, int]:
        articles = self.store.articles
        per_article = self.store.places[place_id].per_article
        return {articles[r]: n for r, n in per_article.items()}

    def __iter__(self) -> Iterator[str]:
        return iter(self.store.places)

    def __len__(self) -> int:
        return len(self.store.places)
