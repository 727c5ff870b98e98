"""The ranker's trained weights, read and checked against the features the code computes.

:func:`load_weights` reads ``data/resolver_weights.json`` (written by
``bench/train_resolver.py``) or falls back to the hand-set
:data:`geomap.nlp.scoring.DEFAULT_WEIGHTS`.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.errors import ResolverWeightsError
from geomap.nlp.scoring import DEFAULT_WEIGHTS, FEATURES


def load_weights(path: Path | None) -> dict[str, float]:
    """Read trained weights, or fall back to :data:`DEFAULT_WEIGHTS` when there is no file.

    The file declares the features it was trained on (``"features"``) and
    weighs every one (``"weights"``; ``"untrained"`` lists those the training
    data never showed, which keep their hand-set weight).  Both must be exactly :data:`FEATURES`: a
    feature added to the code without retraining, or a file missing one, is
    an error, never a silent weight of 0.

    Raises
    ------
    geomap.errors.ResolverWeightsError
        If the file's features differ from the code's.
    """
    if path is None or not path.exists():
        return dict(DEFAULT_WEIGHTS)
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    declared = set(data.get("features") or ())
    code = set(FEATURES)
    problems = []
    if declared != code:
        if code - declared:
            problems.append(f"not trained on {sorted(code - declared)} (retrain)")
        if declared - code:
            problems.append(f"trained on features the code no longer has {sorted(declared - code)}")
    if set(weights) != declared:
        problems.append(f"weights missing or extra: {sorted(set(weights) ^ declared)}")
    if problems:
        raise ResolverWeightsError(
            f"{path}: the resolver's weights do not match its features: "
            + "; ".join(problems)
            + " (python bench/train_resolver.py --out data/resolver_weights.json)"
        )
    return weights
