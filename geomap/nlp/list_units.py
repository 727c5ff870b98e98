"""A town picked in another unit than the other towns of its list is less sure.

"Херсон, Антонівка, Білозерка, Садове, Станіслав, Берислав ...": a list of towns
in one article sentence most often names towns of one admin-1 unit. When the
gazetteer has no town of a listed name in the unit the list's other towns share
(no Sadove in Kherson Oblast), the ranker still picks one elsewhere (Sadove in
Mykolaiv Oblast), and nothing in its raw confidence (its softmax mass among its
own candidates, all the calibration reads: :mod:`geomap.nlp.confidence`) says the
list disagrees. :func:`list_outliers` gives such names a factor for that raw
confidence: one over one plus the number of the list's other towns that agree on
the other unit, so the more of them agree, the less the pick is trusted. It is not
fitted: no gold corpus holds such lists.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span

from geomap.records import Place

#: Words that join the names of a list, in the languages geomap reads.
GLUE = frozenset({",", "and", "or", "&", "і", "й", "та", "и", "i", "oraz", "et", "und"})
#: Fewest other towns of a list that must share a unit for a pick elsewhere to count.
MIN_AGREEING = 2


def _lists(spans: list[Span]) -> list[list[Span]]:
    """Runs of spans joined only by :data:`GLUE` words, in document order."""
    runs: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = runs[-1][-1] if runs else None
        between = span.doc[last.end : span.start] if last is not None else None
        joined = (
            last is not None
            and between is not None
            and 0 < len(between) <= 2
            and all(t.lower_ in GLUE for t in between)
        )
        if joined:
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) > 1]


def _unit(place: Place) -> tuple[str | None, str | None] | None:
    if place.feature_type != "city" or not place.admin1_code:
        return None
    return place.country_code, place.admin1_code


def list_outliers(
    picks: Mapping[str, tuple[Place, float]], keys: Mapping[tuple[int, int], str], spans: list[Span]
) -> dict[str, float]:
    """The factor for each picked town's raw confidence that its list says is elsewhere.

    ``keys`` maps each span's ``(start, end)`` to its name's key in ``picks``. A town of
    a list (:func:`_lists`) whose unit differs from the one at least
    :data:`MIN_AGREEING` of the list's other picked towns share gets ``1 / (1 + n)``,
    ``n`` the number of those towns; the smallest factor of its lists.
    """
    return {key: factor for key, (factor, _) in outliers_and_units(picks, keys, spans).items()}


def outliers_and_units(
    picks: Mapping[str, tuple[Place, float]], keys: Mapping[tuple[int, int], str], spans: list[Span]
) -> dict[str, tuple[float, str]]:
    """:func:`list_outliers`' factor of each outlier, with a unit its list's towns share.

    The factor is the smallest of the outlier's lists; the unit (its name) is the last
    such list's.
    """
    out: dict[str, tuple[float, str]] = {}
    for key, agreeing, name in _outliers(picks, keys, spans):
        factor = min(out[key][0], 1.0 / (1 + agreeing)) if key in out else 1.0 / (1 + agreeing)
        out[key] = (factor, name)
    return out


def _outliers(
    picks: Mapping[str, tuple[Place, float]], keys: Mapping[tuple[int, int], str], spans: list[Span]
) -> list[tuple[str, int, str]]:
    """Each outlier's key, how many of its list's towns agree elsewhere, and their unit's name."""
    found: list[tuple[str, int, str]] = []
    for run in _lists(spans):
        units: list[tuple[str, tuple[str | None, str | None] | None, Place]] = []
        for s in run:
            key = keys.get((s.start, s.end))
            pick = picks.get(key) if key is not None else None
            if key is not None and pick is not None:
                units.append((key, _unit(pick[0]), pick[0]))
        for key, unit, _ in units:
            if unit is None:
                continue
            others = [u for k, u, _ in units if k != key and u is not None]
            best = max(set(others), key=others.count, default=None)
            agreeing = others.count(best) if best is not None else 0
            if best != unit and agreeing >= MIN_AGREEING:
                name = next(p.admin1 or "" for k, u, p in units if u == best)
                found.append((key, agreeing, name))
    return found
