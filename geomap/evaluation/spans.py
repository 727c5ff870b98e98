"""Recognition metrics: predicted spans against gold spans, overall and by type."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from geomap.sanitize import quoted

MatchMode = Literal["exact", "overlap"]
Span = tuple[int, int]

#: The group name of gold toponyms without a ``type``.
NO_TYPE = "(none)"


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts they come from.

    A ratio whose denominator is zero is reported as 0.0; the counts say why.
    """

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TypeRecall:
    """Recall of the gold toponyms of one ``type`` (or one type group)."""

    type: str
    gold: int
    found_exact: int
    found_overlap: int
    recall_exact: float
    recall_overlap: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall and F1 from true positives and the two totals.

    Examples
    --------
    >>> prf(3, 4, 6).f1
    0.6
    """
    if not 0 <= tp <= min(n_pred, n_gold):
        raise ValueError(f"tp={tp} must be within [0, min(n_pred={n_pred}, n_gold={n_gold})]")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(tp, n_pred - tp, n_gold - tp, precision, recall, f1)


def match_spans(
    gold: Sequence[Span], pred: Sequence[Span], mode: MatchMode = "exact"
) -> list[tuple[int, int]]:
    """Match gold spans to predicted spans one-to-one.

    Parameters
    ----------
    gold, pred
        ``(start, end)`` character spans of one document.
    mode
        ``"exact"``: same start and end. ``"overlap"``: the spans share at
        least one character. In overlap mode the candidate pairs are taken
        greedily by largest shared length (ties: smallest start distance, then
        document order), and each gold and each predicted span is used at most
        once, so one long prediction covering two gold toponyms counts once.

    Returns
    -------
    list of (int, int)
        ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    if mode == "exact":
        where = {s: i for i, s in reversed(list(enumerate(pred)))}
        pairs: list[tuple[int, int]] = []
        used: set[int] = set()
        for gi, g in enumerate(gold):
            pi = where.get(g)
            if pi is not None and pi not in used:
                used.add(pi)
                pairs.append((gi, pi))
        return pairs
    if mode != "overlap":
        raise ValueError(f"unknown match mode {quoted(mode)}")
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0:
                candidates.append((-shared, abs(gs - ps), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return sorted(result)


def type_group(type_: str | None) -> str | None:
    """Return the group of a namespaced type: the part before ``':'``.

    ``"literal:Mixed"`` -> ``"literal"``; a type without ``':'`` or ``None``
    has no group.
    """
    if type_ is None or ":" not in type_:
        return None
    return type_.split(":", 1)[0]


def recall_by_type(found: Iterable[tuple[str | None, bool, bool]]) -> list[TypeRecall]:
    """Recall per gold type and per type group.

    Parameters
    ----------
    found
        One ``(type, found_exact, found_overlap)`` triple per gold toponym.

    Returns
    -------
    list of TypeRecall
        The groups first, named ``"<group>:*"`` (``"literal:*"``,
        ``"associative:*"``), then each type; both sorted by name. Gold
        without a type is reported as :data:`NO_TYPE`.
    """
    counts: dict[str, list[int]] = {}
    for type_, exact, overlap in found:
        keys = [type_ or NO_TYPE]
        group = type_group(type_)
        if group is not None:
            keys.append(f"{group}:*")
        for key in keys:
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += 1
            c[1] += int(exact)
            c[2] += int(overlap)
    ordered = sorted(counts, key=lambda k: (not k.endswith(":*"), k))
    return [TypeRecall(k, g, e, o, e / g, o / g) for k in ordered for g, e, o in [counts[k]]]
