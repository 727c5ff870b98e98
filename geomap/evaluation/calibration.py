"""How well confidence predicts accuracy: reliability, expected calibration error, isotonic fit.

A mention's confidence is *calibrated* when, among mentions of confidence about
c, a fraction about c lie within 161 km of the gold point. :func:`reliability`
measures it (equal-width bins; the expected calibration error, ECE, is the
mention-weighted mean gap between each bin's accuracy and its mean confidence);
:func:`isotonic` fits the monotone map that :mod:`geomap.nlp.confidence` applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.nlp.confidence import Curve

#: Equal-width confidence bins of the reliability diagram and the ECE.
BINS = 10


@dataclass(frozen=True)
class Bin:
    """Mentions whose confidence falls in ``[lo, hi)`` (the last bin includes 1)."""

    lo: float
    hi: float
    n: int
    confidence: float | None
    accuracy: float | None


@dataclass(frozen=True)
class Reliability:
    """Reliability bins and expected calibration error of ``n`` scored mentions."""

    n: int
    ece: float | None
    bins: tuple[Bin, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "n": self.n,
            "ece": None if self.ece is None else round(self.ece, 4),
            "bins": [
                {
                    "lo": b.lo,
                    "hi": b.hi,
                    "n": b.n,
                    "confidence": None if b.confidence is None else round(b.confidence, 4),
                    "accuracy": None if b.accuracy is None else round(b.accuracy, 4),
                }
                for b in self.bins
            ],
        }


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = BINS) -> Reliability:
    """Reliability of ``(confidence, within 161 km)`` pairs.

    >>> r = reliability([(0.95, True), (0.95, True), (0.25, False), (0.25, True)])
    >>> round(r.ece, 3)
    0.15
    """
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for conf, ok in pairs:
        groups[min(int(conf * bins), bins - 1)].append((conf, ok))
    n = sum(len(g) for g in groups)
    out: list[Bin] = []
    gap = 0.0
    for i, g in enumerate(groups):
        if g:
            conf = sum(c for c, _ in g) / len(g)
            acc = sum(ok for _, ok in g) / len(g)
            gap += len(g) * abs(acc - conf)
            out.append(Bin(i / bins, (i + 1) / bins, len(g), conf, acc))
        else:
            out.append(Bin(i / bins, (i + 1) / bins, 0, None, None))
    return Reliability(n, gap / n if n else None, tuple(out))


def isotonic(pairs: Sequence[tuple[float, bool]], min_block: int = 1) -> Curve:
    """The non-decreasing step fit of accuracy on confidence (pool adjacent violators).

    Each pooled block becomes two knots, at its lowest and highest confidence,
    so the curve is flat within a block and linear between blocks. A block of
    fewer than ``min_block`` mentions is pooled with its neighbour (the one
    nearer in accuracy), so no step rests on a handful of mentions (five wrong
    ones would say 0); pooling neighbours keeps the fit non-decreasing.

    >>> isotonic([(0.2, False), (0.4, True), (0.6, False), (0.9, True)]).y
    (0.0, 0.5, 0.5, 1.0)
    """
    if not pairs:
        raise ValueError("no data to calibrate on")
    # equal confidences form one block from the start
    points: dict[float, list[float]] = {}
    for conf, ok in pairs:
        points.setdefault(float(conf), []).append(float(ok))
    blocks: list[list[float]] = []  # [x_lo, x_hi, total, weight]
    for x in sorted(points):
        ys = points[x]
        blocks.append([x, x, sum(ys), float(len(ys))])
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][3] > blocks[-1][2] / blocks[-1][3]:
            lo, _, total, weight = blocks.pop(-2)
            blocks[-1] = [lo, blocks[-1][1], blocks[-1][2] + total, blocks[-1][3] + weight]
    while len(blocks) > 1 and min(b[3] for b in blocks) < min_block:
        i = min(range(len(blocks)), key=lambda k: blocks[k][3])
        if i == 0 or (
            i < len(blocks) - 1
            and blocks[i + 1][2] / blocks[i + 1][3] - blocks[i][2] / blocks[i][3]
            < blocks[i][2] / blocks[i][3] - blocks[i - 1][2] / blocks[i - 1][3]
        ):
            i += 1  # pool with the next block, else with the previous one
        a, b = blocks[i - 1], blocks[i]
        blocks[i - 1 : i + 1] = [[a[0], b[1], a[2] + b[2], a[3] + b[3]]]
    xs: list[float] = []
    ys_out: list[float] = []
    for lo, hi, total, weight in blocks:
        value = total / weight
        xs.extend([lo, hi] if hi > lo else [lo])
        ys_out.extend([value, value] if hi > lo else [value])
    return Curve(tuple(xs), tuple(ys_out))
