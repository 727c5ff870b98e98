"""Calibrated confidence: the share of mentions like this one that lie within 161 km.

The resolver's raw confidence is the softmax mass of its pick among the name's
candidates (or, for a name placed at the article's focus, the focus's share of
the article's places); it ranks mentions but is not a probability (a name with
one candidate always scores 1). :class:`Calibration` maps it, per way of
locating (``located_by``: ``"name"`` or ``"focus"``), through a monotone table
fitted by isotonic regression on the development halves of the gold corpora
(``bench/calibrate_confidence.py``; ``data/confidence_calibration.json`` says
what it was fitted on). The resolver applies it once, to the confidence it sets
on each span; its own reasoning (context votes, the article's focus) keeps the
raw scores.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import ResolverWeightsError

CALIBRATION_FILE = "confidence_calibration.json"


@dataclass(frozen=True)
class Curve:
    """A non-decreasing piecewise-linear map on [0, 1], given by its knots."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.x) != len(self.y) or not self.x:
            raise ValueError("a calibration curve needs as many x as y knots, at least one")
        if any(b < a for a, b in zip(self.x, self.x[1:], strict=False)):
            raise ValueError("calibration knots must be sorted by x")
        if any(b < a for a, b in zip(self.y, self.y[1:], strict=False)):
            raise ValueError("a calibration curve must not decrease")

    def __call__(self, raw: float) -> float:
        """The calibrated value of ``raw``: linear between knots, constant beyond them."""
        x, y = self.x, self.y
        if raw <= x[0]:
            return y[0]
        if raw >= x[-1]:
            return y[-1]
        i = bisect.bisect_right(x, raw)
        x0, x1, y0, y1 = x[i - 1], x[i], y[i - 1], y[i]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (raw - x0) / (x1 - x0)


@dataclass(frozen=True)
class Calibration:
    """One :class:`Curve` per way of locating a mention; other kinds keep their raw value."""

    curves: Mapping[str, Curve] = field(default_factory=dict)

    def __call__(self, raw: float, located_by: str | None) -> float:
        """The calibrated confidence of a mention located by ``located_by``."""
        curve = self.curves.get(located_by or "")
        return raw if curve is None else curve(raw)

    def to_json(self) -> dict[str, dict[str, list[float]]]:
        """The curves as JSON-ready lists."""
        return {k: {"x": list(c.x), "y": list(c.y)} for k, c in self.curves.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, Mapping[str, Sequence[float]]]) -> Calibration:
        """Curves from :meth:`to_json` output."""
        return cls(
            {
                k: Curve(tuple(float(v) for v in c["x"]), tuple(float(v) for v in c["y"]))
                for k, c in data.items()
            }
        )


def load_calibration(path: Path | None) -> Calibration:
    """Read ``data/confidence_calibration.json``; no file: the identity (raw confidence).

    Raises
    ------
    geomap.errors.ResolverWeightsError
        If the file's curves are malformed or decrease.
    """
    if path is None or not path.exists():
        return Calibration()
    data = json.loads(path.read_text(encoding="utf-8"))
    try:
        return Calibration.from_json(data["curves"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResolverWeightsError(f"{path}: not a confidence calibration ({exc})") from exc
