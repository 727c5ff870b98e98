"""A run store's "other languages": articles in two languages that name a place both.

Written place by place while the store pairs (:meth:`geomap.runstore.RunStore.pair`),
read back by :meth:`geomap.runstore.RunStore.other_languages_of`; what they are:
:mod:`geomap.claims.other_languages`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from geomap.claims.other_languages import other_languages
from geomap.claims.sameevent import Rule

if TYPE_CHECKING:
    from geomap.runstore import PlaceTally, RunStore


class OtherLanguagesWriter:
    """Writes each place's articles in two languages while a run store pairs.

    Holds, for the pairing only, the places of each article (as their order in the
    store): as many entries as the (place, article) counts the store already keeps; and
    each article's figures once read (an article is met again for every place it names).
    """

    def __init__(self, store: RunStore) -> None:
        self.store = store
        self.tallies = list(store.places.values())  # by seq
        self.places_of: dict[int, set[int]] = {}
        for tally in self.tallies:
            for rank in tally.per_article:
                self.places_of.setdefault(rank, set()).add(tally.seq)
        self.languages = dict(enumerate(store._languages()))
        self.published = {r: store._published(r) for r in range(len(store.articles))}
        self._figures: dict[int, tuple[float, ...]] = {}

    def figures(self, rank: int) -> tuple[float, ...]:
        """The figures of an article's context (read once)."""
        found = self._figures.get(rank)
        if found is None:
            found = self._figures[rank] = self.store.index.features(rank).figures
        return found

    def write(self, tally: PlaceTally, k: int, rule: Rule) -> None:
        """Store the place's list (most in common first)."""

        def shared(a: int, b: int) -> list[str]:
            both = (self.places_of.get(a, set()) & self.places_of.get(b, set())) - {tally.seq}
            rarest = sorted(both, key=lambda s: (len(self.tallies[s].per_article), s))
            return [self.tallies[s].place.name for s in rarest]

        found = other_languages(
            sorted(tally.per_article),
            self.languages,
            self.published,
            shared,
            self.figures,
            k=k,
            rule=rule,
        )
        self.store._db.executemany(
            "INSERT INTO other_languages (place, seq, record) VALUES (?, ?, ?)",
            [
                (tally.seq, n, json.dumps(o.to_dict(self.store.articles, self.languages)))
                for n, o in enumerate(found)
            ],
        )
