"""Toponym resolution: pick one gazetteer entry per mention using the whole article.

``geomap_resolver`` reads ``doc.spans["toponyms"]`` and sets ``span._.place``,
``span._.candidates`` and ``span._.confidence``. Mentions with the same name
in one article get the same place (one sense per discourse,
:mod:`geomap.nlp.name_groups`). Scoring runs in
rounds: first on each name's own evidence (feature type, population, name
match, "Paris, Texas", "the Kaliningrad region"), then again with the
countries, admin-1 units and points the other names of the article resolved
to. A name known only as other places' alternate names or small towns, picked far from all the
article's other places and outside their countries, is left unresolved
(:func:`geomap.nlp.coherence.stray_picks`), unless its next-best candidate is no
stray ("Gulf" in a story from Dubai: the Persian Gulf, not Gulf County, Florida).
A name with no candidate (a street, a building, a neighbourhood the gazetteer
lacks), or whose every candidate is a stray ("University of St. Thomas in Houston",
known only by a far parish's name inside it), is placed at the article's focus,
the city or county its other names point to most often, with
``span._.located_by == "focus"``, and so is a street's or a building's name resolved to a
namesake town far from that focus ("the White House" is no town in Tennessee,
:func:`geomap.nlp.focus.facility_namesake`); with ``focus=False``, in an article with no
such place, or when its sentences name places only in other countries
(:func:`geomap.nlp.abroad.focus_for`), it keeps ``place = None``.
An acronym with no candidate that abbreviates a place the article names in full
("SA" after "South Africa", :mod:`geomap.nlp.acronyms`) is that place.
It never affects the other names. The confidence set on a span is calibrated
(:mod:`geomap.nlp.confidence`): about that share of such mentions lie within
161 km of the place meant; a town picked in another unit than the other towns of its
list has its raw confidence lowered first (:mod:`geomap.nlp.list_units`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.containment import by_name, guarded
from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.nlp import registry  # noqa: F401  (registry functions used in the config)
from geomap.nlp.abroad import FAR_FOCUS_CONFIDENCE, far_from
from geomap.nlp.article_votes import article_context, without
from geomap.nlp.candidates import name_candidates
from geomap.nlp.capital_phrases import capitals_of
from geomap.nlp.coherence import replace_strays, support
from geomap.nlp.compass_ellipsis import elliptic_candidates
from geomap.nlp.compass_quarters import compass_quarters
from geomap.nlp.confidence import Calibration
from geomap.nlp.country_facts import CountryFacts
from geomap.nlp.dateline_towns import dateline_towns
from geomap.nlp.demonym_modifiers import demonym_countries
from geomap.nlp.extended_units import ExtendedUnits
from geomap.nlp.far_towns import far_towns
from geomap.nlp.final_places import final_place
from geomap.nlp.focus import FOCUS_PRECISION, FOCUS_TYPES, article_focus
from geomap.nlp.foreign_towns import big_town_elsewhere, foreign_towns
from geomap.nlp.list_units import outliers_and_units
from geomap.nlp.mention_evidence import mention_evidence
from geomap.nlp.name_groups import Group, group_mentions, lemma_grouping
from geomap.nlp.name_kinds import feature_with_the, unit_by_full_name, water_by_name
from geomap.nlp.named_countries import towns_in_named_countries
from geomap.nlp.own_senses import contrary_mentions
from geomap.nlp.partial_matches import partial_names, partial_strays
from geomap.nlp.place_nouns import kinds_named
from geomap.nlp.reasons import alternate_ids, placement_reason
from geomap.nlp.revision_chain import revision_chain
from geomap.nlp.revisions import Scorer
from geomap.nlp.river_towns import rivers_by_towns
from geomap.nlp.scoring import Context, MentionEvidence, features, score, softmax_top
from geomap.nlp.split_senses import SPLIT_FACTOR, sense_targets, split_senses
from geomap.nlp.ties import best_index, ranked_places
from geomap.nlp.water_context import waters_by_context
from geomap.nlp.water_respellings import respelled_waters
from geomap.records import Candidate, Place

__all__ = ["FOCUS_PRECISION", "FOCUS_TYPES", "ToponymResolver", "Trace", "article_focus"]


@dataclass(frozen=True)
class Trace:
    """One resolved name: where it occurs, its candidates and their features."""

    article_id: str
    offsets: tuple[tuple[int, int], ...]
    candidates: tuple[Place, ...]
    features: tuple[dict[str, float], ...]


class ToponymResolver:
    """Resolve recognised toponyms against the gazetteer; see the module docstring."""

    def __init__(
        self,
        gazetteer: Any,
        weights: Mapping[str, float],
        rounds: int,
        focus: bool = True,
        calibration: Calibration | None = None,
    ) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.weights = weights
        #: Maps the raw confidence of each span to a calibrated one; ``None``: raw.
        self.calibration = calibration
        self.rounds = rounds
        #: Place names the gazetteer lacks at the article's focus (see the module docstring).
        self.focus = focus
        #: When a list, every resolved name's candidates and final-round features are
        #: appended to it (used to train the ranker: ``bench/train_resolver.py``).
        self.trace: list[Trace] | None = None
        self._countries = CountryFacts(gazetteer)
        self._extended = ExtendedUnits(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``place``, ``candidates`` and ``confidence`` on every toponym span.

        A failing rule is contained: the names are then resolved one by one
        (:func:`geomap.containment.by_name`).
        """
        return guarded(doc, "resolution", self._resolve, self._by_name)

    def _by_name(self, doc: Doc) -> None:
        by_name(doc, self._resolve, "resolution")

    def _resolve(
        self, doc: Doc, alone: frozenset[int] | None = None, own: Mapping[int, str] | None = None
    ) -> Doc:
        """Resolve the doc's toponyms; ``alone``, ``own``: mentions grouped apart (second pass)."""
        from geomap.gazetteer import normalize_name

        traced = len(self.trace) if self.trace is not None else 0

        spans: list[Span] = []
        for span in doc.spans.get(TOPONYMS, []):
            if isinstance(span._.hint, Place):  # fixed by the recogniser (a demonym ...)
                span._.place, span._.candidates, span._.confidence = span._.hint, [], 1.0
                span._.located_by = "name"
                if self.calibration is not None:
                    span._.confidence = round(self.calibration(1.0, "name"), 4)
            else:
                spans.append(span)
        lang = doc.lang_ if doc.lang_ in LOCAL_LANGUAGES else None
        norm = normalize_name if lang is None else lemma_grouping(lang)
        groups = group_mentions(spans, norm, alone or frozenset(), own)

        cands = {
            key: unit_by_full_name(
                water_by_name(feature_with_the(self._candidates(spans), spans), spans),
                spans,
                self.gazetteer,
            )
            for key, spans in groups.items()
        }
        cands = {key: kinds_named(self.gazetteer, cands[key], groups[key]) for key in cands}
        if lang is None:  # "Somali Information Minister": Somalia's, not the Somali region
            cands = demonym_countries(self.gazetteer, cands, groups)
            cands = compass_quarters(cands, groups)  # "a South Side man": no Eltingville
        placed_apart = sense_targets(groups, own or {})
        cands = {k: [c for c in v if c.place.place_id == placed_apart.get(k, c.place.place_id)]
                 for k, v in cands.items()}  # fmt: skip
        cands = {key: elliptic_candidates(self.gazetteer, cands[key], groups[key]) for key in cands}
        if lang:
            cands = rivers_by_towns(self.gazetteer, cands, groups, spans)
            cands = respelled_waters(self.gazetteer, cands, groups)  # "der Fluss Juba": Jubba
            cands = waters_by_context(cands, groups)  # "на Дніпрі", "le fleuve Niger"
            cands = capitals_of(cands, groups)  # "в столице Бразилии": Brazil
            cands = towns_in_named_countries(self.gazetteer, cands, groups)
        shares = self._countries.admin1_shares(
            c.place for options in cands.values() for c in options
        )
        near = support(cands)
        evidence = {key: self._evidence(key, group, cands, near) for key, group in groups.items()}
        picks: dict[str, tuple[Place, float]] = {}
        ranked: dict[str, list[tuple[Place, float]]] = {}
        contexts: dict[str, Context | None] = {}
        for round_ in range(self.rounds + 1):
            totals = article_context(picks, groups, shares) if round_ else None
            new: dict[str, tuple[Place, float]] = {}
            for key, options in cands.items():
                if not options:
                    continue
                ctx = without(totals, picks.get(key), len(groups[key])) if totals else None
                contexts[key] = ctx
                feats = self._features(options, evidence[key], ctx)
                scored = [score(f, self.weights) for f in feats]
                best = best_index(options, scored, ctx)  # a tie: nearest the article
                new[key] = (options[best].place, softmax_top(scored))
                if round_ == self.rounds:
                    ranked[key] = ranked_places(options, scored, best)
                if self.trace is not None and round_ == self.rounds:
                    offsets = tuple((s.start_char, s.end_char) for s in groups[key])
                    places = tuple(c.place for c in options)
                    self.trace.append(Trace(doc._.article_id, offsets, places, tuple(feats)))
            picks = new
        picks = replace_strays(picks, ranked, cands)
        if lang is None:  # "Skellig Michael" is no sheading of the Isle of Man
            picks = partial_strays(picks, ranked, partial_names(self.gazetteer, groups, cands))
        kept = far_towns(foreign_towns(picks, ranked), ranked)  # "Karo" near Medan: no India
        foreign, picks = set(picks) - set(kept), kept

        def scorer(key: str) -> Scorer:
            return self._scorer(evidence[key], contexts.get(key))

        picks, moved = revision_chain(
            picks, groups, cands, evidence, scorer, self._extended, self.gazetteer, lang
        )
        contrary = contrary_mentions(picks, groups, cands) if alone is None else None
        senses = split_senses(picks, groups, cands)  # "In Georgia, ... in Tbilisi"
        apart = dict(senses.apart)
        if lang and alone is None:  # "MEKSYK (PAP)" beside "Rząd Meksyku": Mexico City
            apart |= dateline_towns(picks, groups, cands)
        if contrary or (alone is None and apart):  # "Georgia" beside Tbilisi: apart
            del (self.trace or [])[traced:]
            return self._resolve(doc, contrary or frozenset(), apart)
        article = article_focus(picks, groups) if self.focus else None
        located = [(s, *picks[key]) for key, group in groups.items() if key in picks for s in group]
        named = [(s.text, p) for s, p, _ in located] + [
            (s.text, s._.hint) for s in doc.spans.get(TOPONYMS, []) if isinstance(s._.hint, Place)
        ]
        keyed = {(s.start, s.end): key for key, group in groups.items() for s in group}
        outliers = outliers_and_units(picks, keyed, [s for g in groups.values() for s in g])
        for key, spans in groups.items():
            place, conf, located_by = final_place(
                spans, picks.get(key), cands[key], foreign=key in foreign, article=article,
                moved=moved.get(key), located=located, named=named, gazetteer=self.gazetteer,
                countries=self._countries, use_focus=self.focus,
            )  # fmt: skip
            if key in outliers and located_by == "name" and place == picks[key][0]:
                conf *= outliers[key][0]  # "Садове" among towns of another unit: less sure
            if located_by == "name" and (key in senses.doubtful or key in placed_apart):
                conf *= SPLIT_FACTOR  # the name's mentions point to different places
            if self.calibration is not None and place is not None:
                conf = self.calibration(conf, located_by)
            far = located_by == "focus" and place is not None and far_from(spans, place, located)
            top = ranked[key][0][0] if ranked.get(key) else None  # what the gazetteer has
            codes = [c.place.country_code for c in cands[key]]
            if located_by == "focus" and place and big_town_elsewhere(place, top, codes):
                conf = min(conf, FAR_FOCUS_CONFIDENCE)  # "Hodeidah" at Tyre: a guess
            if far:  # "Krymie" at Pristina beside the Donbas: below the low-confidence line
                conf = min(conf, FAR_FOCUS_CONFIDENCE)
            others = (p for p, _ in ranked.get(key, ()) if place and p.place_id != place.place_id)
            nxt = next(others, None)
            why = placement_reason(
                spans[0].text, place, [c.place for c in cands[key]], located_by, nxt,
                outliers[key][1] if key in outliers else None, key in placed_apart,
                alternates=alternate_ids(cands[key]), dropped=top,
            )  # fmt: skip
            if far:
                why += "; its sentence names only places far from there"
            for span in spans:
                span._.place = place
                span._.confidence = round(conf, 4)
                span._.candidates = [c.place for c in cands[key]]
                span._.located_by = located_by
                span._.reason = why
        return doc

    def _features(
        self, options: Sequence[Candidate], ev: MentionEvidence, ctx: Context | None
    ) -> list[dict[str, float]]:
        """The features of a name's candidates (``ctx``: the article's other picks)."""
        max_pop = max(c.place.population for c in options)
        return [features(c, ev, ctx, max_pop) for c in options]

    def _scorer(self, ev: MentionEvidence, ctx: Context | None) -> Scorer:
        """Scores a name's (revised) candidates as the last round did."""
        return lambda options: [score(f, self.weights) for f in self._features(options, ev, ctx)]

    def _lookup(self, text: str, lang: str) -> list[Candidate]:
        if lang in LOCAL_LANGUAGES:
            return list(self.gazetteer.candidates(text, lang))
        return list(self.gazetteer.candidates(text))

    def _candidates(self, spans: Group) -> list[Candidate]:
        """A name's candidates (:func:`geomap.nlp.candidates.name_candidates`)."""
        return name_candidates(self.gazetteer, spans)

    def _evidence(
        self,
        key: str,
        spans: Group,
        cands: dict[str, list[Candidate]],
        near: dict[tuple[str, str], int],
    ) -> MentionEvidence:
        return mention_evidence(key, spans, cands, near, self._lookup)


@Language.factory(
    "geomap_resolver",
    default_config={
        "gazetteer": {"@misc": "geomap.gazetteer.v1", "path": None},
        "weights": {"@misc": "geomap.resolver_weights.v1", "path": None},
        "rounds": 2,
        "focus": True,
        "calibration": {"@misc": "geomap.confidence_calibration.v1", "path": None},
    },
)
def make_toponym_resolver(
    nlp: Language,
    name: str,
    gazetteer: Any,
    weights: dict[str, float],
    rounds: int,
    focus: bool,
    calibration: Calibration,
) -> ToponymResolver:
    """Create the ``geomap_resolver`` component."""
    return ToponymResolver(gazetteer, weights, rounds, focus, calibration)
