"""The plain function behind ``geomap evaluate``: read, split, run, write predictions."""

from __future__ import annotations

from pathlib import Path

from geomap.evaluation.corpus import corpus_name, read_gold, select
from geomap.evaluation.predictions import write_predictions
from geomap.evaluation.protocol import GeoparserLike
from geomap.evaluation.results import EvaluationResult
from geomap.evaluation.runner import evaluate


def run_evaluation(
    gold_path: str | Path,
    geoparser: GeoparserLike,
    *,
    gold_spans: bool = False,
    errors: bool = False,
    split: str = "all",
    limit: int | None = None,
    predictions_path: str | Path | None = None,
) -> EvaluationResult:
    """Evaluate ``geoparser`` on a gold corpus file.

    Parameters
    ----------
    gold_path
        Gold corpus in the uniform JSON Lines format (:func:`read_gold`).
    geoparser
        The system under test (:class:`GeoparserLike`).
    gold_spans
        Resolve the gold spans (resolution only) instead of running end to end.
    errors
        Collect the error listing.
    split
        ``"dev"``, ``"test"`` or ``"all"`` (:func:`geomap.evaluation.corpus.split_of`).
    limit
        Evaluate only the first ``limit`` documents of the split.
    predictions_path
        When given, write the predicted mentions there as GeoJSON.

    Returns
    -------
    EvaluationResult

    Raises
    ------
    EvaluationError
        On a malformed gold file, a bad split or limit, a geoparser that
        breaks the protocol, or an unwritable predictions file.

    Examples
    --------
    >>> from geomap.geoparser import Geoparser  # doctest: +SKIP
    >>> run_evaluation("../shared/eval/LGL.jsonl", Geoparser(), split="dev")  # doctest: +SKIP
    """
    name = corpus_name(gold_path)
    docs = select(read_gold(gold_path), split=split, corpus=name, limit=limit)
    result = evaluate(
        docs, geoparser, gold_spans=gold_spans, errors=errors, corpus=name, split=split
    )
    if predictions_path is not None:
        write_predictions(predictions_path, result.predictions)
    return result
