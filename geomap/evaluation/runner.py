"""Run a geoparser over gold documents and score it.

Two protocols:

* end to end (default): the geoparser recognises and resolves; recognition is
  scored with exact and overlapping span matching, resolution on the gold
  toponyms with coordinates that an overlapping prediction found ("Acc@161 on
  found spans", the protocol of Gritta et al. 2018, Table 1);
* gold spans (``gold_spans=True``): the geoparser resolves the gold spans
  themselves, so only resolution is scored (the Mordecai3 protocol).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from geomap.errors import EvaluationError, GeomapError
from geomap.evaluation.areas import area_accuracy, area_test
from geomap.evaluation.calibration import reliability
from geomap.evaluation.corpus import GoldDocument, GoldToponym
from geomap.evaluation.errors_list import (
    ErrorListing,
    FalsePositive,
    Miss,
    WrongResolution,
)
from geomap.evaluation.metrics import ACC_KM, geonames_match, resolution_metrics
from geomap.evaluation.protocol import GeoparserLike
from geomap.evaluation.results import EvaluationResult, RecognitionMetrics
from geomap.evaluation.spans import match_spans, prf, recall_by_type
from geomap.geo import haversine_km
from geomap.records import Mention, Place
from geomap.sanitize import quoted


@dataclass
class _Tally:
    """Mutable accumulator used while walking the documents."""

    exact_tp: int = 0
    overlap_tp: int = 0
    gold: int = 0
    with_coords: int = 0
    predicted: int = 0
    not_found: int = 0
    type_found: list[tuple[str | None, bool, bool]] = field(default_factory=list)
    errors_km: list[float | None] = field(default_factory=list)
    id_pairs: list[tuple[str | None, str | None]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    wrong: list[WrongResolution] = field(default_factory=list)
    predictions: list[Mention] = field(default_factory=list)
    #: ``(error_km, gold point inside the predicted area)`` per scored toponym
    area: list[tuple[float | None, bool]] = field(default_factory=list)
    #: ``(confidence, located_by, within 161 km)`` per scored toponym with a predicted place
    scored: list[tuple[float, str | None, bool]] = field(default_factory=list)
    inside: Callable[[Place, float, float], bool] | None = None


def evaluate(
    gold_docs: Sequence[GoldDocument],
    geoparser: GeoparserLike,
    *,
    gold_spans: bool = False,
    errors: bool = False,
    corpus: str = "",
    split: str = "all",
) -> EvaluationResult:
    """Run ``geoparser`` over ``gold_docs`` and score it.

    Parameters
    ----------
    gold_docs
        The documents to evaluate (already split and limited).
    geoparser
        Anything with ``parse_many`` and ``resolve_spans`` (:class:`GeoparserLike`).
    gold_spans
        Resolve the gold spans instead of recognising (resolution only).
    errors
        Also collect the error listing (misses, false positives, wrong resolutions).
    corpus, split
        Names carried into the result.

    Raises
    ------
    EvaluationError
        When the geoparser returns a different number of documents, or (gold
        spans) a different number of mentions than spans it was given.
    """
    tally = _Tally(inside=area_test(geoparser))
    for doc, predicted in zip(gold_docs, _predict(gold_docs, geoparser, gold_spans), strict=True):
        # the predictions' ``article`` is the gold document id, whatever the geoparser set
        mentions = [
            m if m.article_id == doc.id else replace(m, article_id=doc.id) for m in predicted
        ]
        tally.gold += len(doc.toponyms)
        tally.predicted += len(mentions)
        tally.predictions.extend(mentions)
        if gold_spans:
            _score_gold_spans(doc, mentions, tally)
        else:
            _score_end_to_end(doc, mentions, tally)
    recognition = None
    if not gold_spans:
        recognition = RecognitionMetrics(
            exact=prf(tally.exact_tp, tally.predicted, tally.gold),
            overlap=prf(tally.overlap_tp, tally.predicted, tally.gold),
            by_type=tuple(recall_by_type(tally.type_found)),
        )
    listing = None
    if errors:
        listing = ErrorListing(
            tuple(tally.misses), tuple(tally.false_positives), tuple(tally.wrong)
        )
    return EvaluationResult(
        corpus=corpus,
        split=split,
        mode="gold-spans" if gold_spans else "end-to-end",
        documents=len(gold_docs),
        gold_toponyms=tally.gold,
        gold_with_coords=tally.with_coords,
        predicted=tally.predicted,
        recognition=recognition,
        resolution=resolution_metrics(tally.errors_km),
        not_found=tally.not_found,
        geonames=geonames_match(tally.id_pairs),
        area=area_accuracy(tally.area) if tally.inside is not None else None,
        confidence=reliability((c, ok) for c, _, ok in tally.scored),
        errors=listing,
        predictions=tuple(tally.predictions),
        scored=tuple(tally.scored),
    )


def _predict(
    docs: Sequence[GoldDocument], geoparser: GeoparserLike, gold_spans: bool
) -> Iterator[list[Mention]]:
    """Yield the geoparser's mentions per document, checking the counts.

    Any other exception than a :class:`GeomapError` inside the geoparser is
    re-raised as :class:`EvaluationError` naming the document (chained, so the
    original traceback is kept).
    """
    if gold_spans:
        for doc in docs:
            spans = [t.span for t in doc.toponyms]
            try:
                mentions = list(geoparser.resolve_spans(doc.id, doc.text, spans))
            except GeomapError:  # already says what is wrong (missing model, gazetteer...)
                raise
            except Exception as exc:
                raise EvaluationError(
                    f"document {quoted(doc.id)}: resolve_spans failed: "
                    f"{type(exc).__name__}({quoted(exc)})"
                ) from exc
            if len(mentions) != len(spans):
                raise EvaluationError(
                    f"document {quoted(doc.id)}: resolve_spans returned {len(mentions)} mentions "
                    f"for {len(spans)} spans"
                )
            yield mentions
        return
    fed: list[str] = []

    def items() -> Iterator[tuple[str, str]]:
        for d in docs:
            fed.append(d.id)
            yield (d.id, d.text)

    produced = 0
    results = iter(geoparser.parse_many(items()))
    while True:
        try:
            mentions = next(results)
        except StopIteration:
            break
        except GeomapError:
            raise
        except Exception as exc:
            last = quoted(fed[-1]) if fed else "none"
            raise EvaluationError(
                f"parse_many failed after {produced} documents (last document fed: {last}): "
                f"{type(exc).__name__}({quoted(exc)})"
            ) from exc
        produced += 1
        if produced > len(docs):
            break
        yield list(mentions)
    if produced != len(docs):
        raise EvaluationError(f"parse_many yielded {produced} documents for {len(docs)} inputs")


def _score_gold_spans(doc: GoldDocument, mentions: Sequence[Mention], tally: _Tally) -> None:
    for gold, mention in zip(doc.toponyms, mentions, strict=True):
        _score_resolution(doc.id, gold, mention, tally)


def _score_end_to_end(doc: GoldDocument, mentions: Sequence[Mention], tally: _Tally) -> None:
    gold_spans = [t.span for t in doc.toponyms]
    pred_spans = [(m.start, m.end) for m in mentions]
    exact = dict(match_spans(gold_spans, pred_spans, "exact"))
    overlap = dict(match_spans(gold_spans, pred_spans, "overlap"))
    tally.exact_tp += len(exact)
    tally.overlap_tp += len(overlap)
    for gi, gold in enumerate(doc.toponyms):
        tally.type_found.append((gold.type, gi in exact, gi in overlap))
        if gi not in overlap:
            tally.misses.append(Miss(doc.id, gold.start, gold.end, gold.text, gold.type))
            if gold.has_coords:
                tally.with_coords += 1
                tally.not_found += 1
            continue
        _score_resolution(doc.id, gold, mentions[overlap[gi]], tally)
    matched = set(overlap.values())
    for pi, m in enumerate(mentions):
        if pi not in matched:
            place = m.place
            tally.false_positives.append(
                FalsePositive(
                    doc.id,
                    m.start,
                    m.end,
                    m.text,
                    None if place is None else place.place_id,
                    None if place is None else place.name,
                    m.located_by,
                )
            )


def _score_resolution(article: str, gold: GoldToponym, mention: Mention, tally: _Tally) -> None:
    """Score one gold toponym against the mention matched to it."""
    if gold.lat is None or gold.lon is None:
        return
    tally.with_coords += 1
    place = mention.place
    error = None if place is None else haversine_km(place.lon, place.lat, gold.lon, gold.lat)
    tally.errors_km.append(error)
    inside = (
        place is not None and tally.inside is not None and tally.inside(place, gold.lon, gold.lat)
    )
    tally.area.append((error, inside))
    if error is not None:
        tally.scored.append((mention.confidence, mention.located_by, error <= ACC_KM))
    tally.id_pairs.append((gold.geonameid, None if place is None else place.place_id))
    if error is None or error > ACC_KM:
        tally.wrong.append(WrongResolution.of(article, gold, mention, error))
