"""``comparison.json``: per place, the articles that mention it and their claims paired.

Written place by place from the store (:meth:`geomap.runstore.RunStore.pair`):
``{"articles", "article_info", "method", "places": [{"place_id", "name", "articles", "shared",
"claims", "pairs": [{"a", "b", "similarity", "evidence", "claim_a", "claim_b"}], "unpaired",
"other_languages": [{"a", "b", "language_a", "language_b", "days_apart", "shared_places",
"shared_figures"}]}], "only_in"}``.  ``pairs`` are claims that tell the same event (never two
languages); ``other_languages`` are *articles* in two languages that name the place both
(:mod:`geomap.claims.other_languages`), bounded per article and not a pairing of claims.
A place's ``claims`` are :func:`geomap.serialize.claim_record` dicts, each once; a pair's
``claim_a`` and ``claim_b`` and the ``unpaired`` list are positions in them (from 0), so a
claim in several pairs is not written again for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.claims.compare import method
from geomap.io.base import Finished, JsonArrayStream, Writer, dump
from geomap.metadata import metadata_fields
from geomap.serialize import pair_record

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer

METHOD = method()


class ComparisonJSON(Writer):
    """``comparison.json``."""

    filename = "comparison.json"

    def prepare(self, gazetteer: Gazetteer | None) -> None:
        """Import the pairing's sparse vectors (scipy), a tenth of a second of a short run."""
        import scipy.sparse  # noqa: F401

    def finish(self, run: Finished) -> None:
        """Write every place's comparison, then which places only one article names."""
        store = run.store
        store.pair()
        with self.path.open("w", encoding="utf-8") as fh:
            info = {
                aid: metadata_fields(meta)
                for aid, meta in zip(store.articles, store.metadata, strict=True)
            }
            head = dump({"articles": store.articles, "article_info": info, "method": METHOD})[:-1]
            places = JsonArrayStream(fh, head + ',\n"places":[\n')
            for pid, tally in store.places.items():
                articles = store.articles_of(pid)
                head = dump(
                    {
                        "place_id": pid,
                        "name": tally.place.name,
                        "articles": articles,
                        "shared": len(articles) > 1,
                    }
                )[:-1]
                places.write(head + ',"claims":[')
                for n, claim in enumerate(store.claims_of(pid)):
                    fh.write(("," if n else "") + dump(claim))
                fh.write('],"pairs":[')
                for n, (a, b, ia, ib, sim, ev) in enumerate(store.pair_indices_of(pid)):
                    fh.write(("," if n else "") + dump(pair_record(a, b, sim, ia, ib, ev)))
                fh.write('],"unpaired":' + dump(list(store.unpaired_indices_of(pid))))
                fh.write(',"other_languages":' + dump(store.other_languages_of(pid)) + "}")
            places.end('\n],\n"only_in":' + dump(store.only_in()) + "}\n")
