"""The one result of a run: what happened to every input, and the records when kept."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.metadata import COPY_FIELD
from geomap.records import Article, ArticleResult, Claim, InputStatus, Mention
from geomap.settings import Settings

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geomap.claims.compare import Comparison
    from geomap.gazetteer import Gazetteer


@dataclass(frozen=True)
class Records:
    """The records of a run kept in memory (:func:`geomap.geoparse`, ``geomap claims``)."""

    articles: tuple[Article, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Result:
    """Everything one run did.

    Attributes
    ----------
    statuses
        One per input given or found (and per corpus record), in input order.
    settings
        The settings the run used.
    model
        The spaCy model: package, name, version, spaCy version.
    gazetteer
        Info of the gazetteer the run's pipeline used (version, counts, path).
    timings
        Seconds: ``load_s``, ``parse_s``, ``write_s``, ``total_s``.
    records
        The articles, mentions and claims, or ``None`` for a streamed run
        whose records went straight to the output files.
    totals
        Counts of a streamed run (mentions, resolved, places...).
    outputs
        The files written, by format name (empty when nothing was written).
    reused
        Articles whose records came from the previous run into the same output
        folder, not parsed again (:mod:`geomap.reuse`).
    resumed
        Those of them an interrupted run into the folder had parsed.
    gazetteer_used
        The :class:`~geomap.gazetteer.Gazetteer` object itself (for the map).

    Notes
    -----
    A result can be pickled (``pickle.dump(result, f)``): everything is kept but
    ``gazetteer_used``, an open database, which a result read back has as ``None``
    (its frames, pairs and records are all there; :meth:`explore` then draws no
    basemap, area shapes or dispute notes).
    """

    statuses: tuple[InputStatus, ...]
    settings: Settings
    model: Mapping[str, str] = field(default_factory=dict)
    gazetteer: Mapping[str, Any] = field(default_factory=dict)
    timings: Mapping[str, float] = field(default_factory=dict)
    records: Records | None = None
    totals: Mapping[str, int] = field(default_factory=dict)
    outputs: Mapping[str, Path] = field(default_factory=dict)
    reused: int = 0
    resumed: int = 0
    gazetteer_used: Gazetteer | None = field(default=None, repr=False, compare=False)

    # ------------------------------------------------------------ statuses
    @property
    def failed(self) -> tuple[InputStatus, ...]:
        """The inputs that could not be processed."""
        return tuple(s for s in self.statuses if s.status == "error")

    @property
    def processed(self) -> tuple[InputStatus, ...]:
        """The articles that were geoparsed."""
        return tuple(s for s in self.statuses if s.status == "ok")

    def dominant(self, share: float = 0.5, least: int = 10) -> tuple[InputStatus, float] | None:
        """The article that gives ``share`` or more of the run's resolved mentions, if any.

        Only in a run of ``least`` articles or more: one long text (a report, a
        transcript, a live blog) can outweigh an archive on the map.
        """
        done = self.processed
        total = sum(s.resolved for s in done)
        if len(done) < least or not total:
            return None
        top = max(done, key=lambda s: s.resolved)
        part = top.resolved / total
        return (top, part) if part >= share else None

    # -------------------------------------------------------------- frames
    def _kept(self) -> Records:
        if self.records is None:
            raise ValueError(
                "this run streamed its records to files and kept none: read "
                + ", ".join(str(p) for p in self.outputs.values())
            )
        return self.records

    @cached_property
    def mentions(self) -> gpd.GeoDataFrame:
        """One row per place mention (EPSG:4326; null geometry when unresolved)."""
        from geomap.frames import mentions_frame

        kept = self._kept()
        return mentions_frame(kept.mentions, self.article_info)

    @cached_property
    def places(self) -> gpd.GeoDataFrame:
        """One row per resolved place, with its articles and claims (EPSG:4326)."""
        from geomap.frames import places_frame

        kept = self._kept()
        notes = self._dispute_notes()
        disputed = None if notes is None else notes.place_note
        return places_frame(kept.mentions, kept.claims, self.article_info, disputed)

    def _dispute_notes(self) -> Any:
        """The gazetteer's dispute notes (the places layer's ``disputed``), if it is at hand."""
        if self.gazetteer_used is None:
            return None
        from geomap.mapping.dispute_groups import DisputeNotes

        return DisputeNotes.of(self.gazetteer_used)

    @cached_property
    def article_info(self) -> dict[str, dict[str, str]]:
        """Article id -> its title, outlet, published date, url, author and language."""
        from geomap.metadata import article_fields

        return {a.article_id: article_fields(a.metadata) for a in self._kept().articles}

    @cached_property
    def claims(self) -> gpd.GeoDataFrame:
        """One row per claim (place, article, sentence), as ``claims.csv`` (EPSG:4326).

        Who says it (``speaker``, ``speaker_role``, ``speaker_kind``, ``verb``), the
        sentence, the article's title, outlet and date, the place's point; the records
        themselves are ``result.records.claims``.
        """
        from geomap.frames import claims_frame

        kept = self._kept()
        return claims_frame(kept.mentions, kept.claims, self.article_info)

    @cached_property
    def comparison(self) -> Comparison:
        """The cross-article comparison ``comparison.json`` holds, place by place.

        :class:`~geomap.claims.compare.Comparison`: per place its articles, claims,
        pairs of claims that tell the same event, and unpaired claims; ``only_in``.
        """
        from geomap.claims.collect import places_from_mentions
        from geomap.claims.compare import compare

        kept = self._kept()
        info = self.article_info
        dates = {a: str(f["published"]) for a, f in info.items() if f.get("published")}
        return compare(
            kept.claims,
            articles=[a.article_id for a in kept.articles],
            places=places_from_mentions(kept.mentions),
            dates=dates,
        )

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """One row per pair of claims from two articles that tell the same event.

        ``comparison.json``'s ``pairs`` of every place (:func:`geomap.frames.pairs_frame`):
        ``place_id``, ``name``, the articles ``a`` and ``b``, ``similarity``, ``evidence``,
        the two claims (``claim_a``, ``claim_b``) and their sentences.
        """
        from geomap.frames import pairs_frame

        return pairs_frame(self.comparison, self.article_info)

    # ------------------------------------------------------------- outputs
    def to_files(
        self, folder: str | Path, *, formats: Sequence[str] | None = None, title: str = "geomap"
    ) -> dict[str, Path]:
        """Write the outputs: the default set, or the ``formats`` named.

        Names are those of :data:`geomap.io.WRITERS`: "gpkg", "claims", "map",
        "geoparquet", "flatgeobuf"...
        """
        from geomap.write import write_outputs

        return write_outputs(self, folder, title=title, formats=formats)

    def explore(self, *, title: str = "geomap", **kwargs: Any) -> Any:
        """The folium map of the run (the one ``map.html`` holds); shown inline in notebooks.

        ``kwargs`` go to :func:`geomap.mapping.build_map` (``tiles="osm"``,
        ``min_confidence=0.5``...).
        """
        from geomap.mapping import build_map

        gz = self.gazetteer_used
        info = self.article_info
        options: dict[str, Any] = {
            "basemap": gz.basemap() if gz is not None else None,
            "shape_of": gz.shape if gz is not None else None,
            "aliases": gz.aliases() if gz is not None else None,
            "disputed": gz.disputed_areas() if gz is not None else None,
            "comparison": self.comparison.by_place(),
            "article_info": info,
            "title": title,
            **kwargs,
        }
        return build_map(self.places, self.mentions, **options)

    def _repr_html_(self) -> str:
        """A notebook's view: the counts and the ten most-mentioned places (escaped)."""
        head = html.escape(repr(self))
        if self.records is None:
            return f"<pre>{head}</pre>"
        top = self.places.nlargest(10, "mention_count")
        rows = "".join(
            f"<tr><td>{html.escape(str(r['name']))}</td><td>{html.escape(str(r['feature_type']))}"
            f"</td><td>{int(r['mention_count'])}</td><td>{len(r['articles'])}</td></tr>"
            for r in top.to_dict("records")
        )
        return (
            f"<div><pre>{head}</pre><table><thead><tr><th>place</th><th>type</th>"
            f"<th>mentions</th><th>articles</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def __repr__(self) -> str:
        """Every input counted by what became of it: ``ok``, ``empty``, ``skipped``, ``failed``.

        ``empty`` and ``skipped`` are shown when there are any, so the counts add up to
        ``inputs``.
        """
        kept = "" if self.records is None else f", mentions={len(self.records.mentions)}"
        other = "".join(
            f", {status}={n}"
            for status in ("empty", "skipped")
            if (n := sum(s.status == status for s in self.statuses))
        )
        return (
            f"Result(inputs={len(self.statuses)}, ok={len(self.processed)}{other}, "
            f"failed={len(self.failed)}{kept})"
        )

    def __getstate__(self) -> dict[str, Any]:
        """What pickle keeps: everything but ``gazetteer_used`` (an open database)."""
        return {**self.__dict__, "gazetteer_used": None}


def totals_of(kept: Sequence[ArticleResult]) -> dict[str, int]:
    """The run's totals over the articles it kept: mentions, resolved, places, copies."""
    mentions = [m for r in kept for m in r.mentions]
    resolved = [m for m in mentions if m.place is not None]
    return {
        "mentions": len(mentions),
        "resolved": len(resolved),
        "unresolved": len(mentions) - len(resolved),
        "placed_at_focus": sum(1 for m in resolved if m.located_by == "focus"),
        "places": len({m.place.place_id for m in resolved if m.place is not None}),
        "copies": sum(1 for r in kept if r.metadata.get(COPY_FIELD)),
    }
