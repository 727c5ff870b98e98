"""Which of a place's claims its popup shows: every outlet's, in date order, bounded.

A place named by many articles keeps a bounded popup (issue 12: the map grows
sub-linearly with the articles): :data:`MAP_CLAIMS` claims, more only when more
outlets named the place, up to :data:`MAP_OUTLETS`.  The claims are taken from the
outlets in turn, each outlet's earliest first, so that every outlet that named the
place has a claim shown (the first :data:`MAP_OUTLETS` of them by date), and the
popup says how many claims of each outlet it leaves out ("+3 more from AP").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.dates import day_of

#: Claims a popup shows when fewer outlets than this named the place.
MAP_CLAIMS = 10
#: Outlets a popup shows one claim of, at most (claims shown: at most this many).
MAP_OUTLETS = 30
#: How the popup names the articles that give no outlet.
NO_OUTLET = "articles with no outlet"


@dataclass(frozen=True)
class Picked:
    """The claims a popup shows and, per outlet, how many it leaves out."""

    claims: tuple[Mapping[str, Any], ...]
    more: tuple[tuple[str, int], ...]  # (outlet, claims not shown), in the outlets' date order


def date_key(published: str | None, position: int) -> tuple[int, str, int]:
    """Sort key of an article: dated first, by date (ISO), then by ``position``.

    >>> sorted([date_key(None, 0), date_key("2026-03-08", 1), date_key("2026-03-06T10:00", 2)])
    [(0, '2026-03-06T10:00', 2), (0, '2026-03-08', 1), (1, '', 0)]
    """
    text = published or ""
    return (0, text, position) if day_of(text) else (1, "", position)


def pick_claims(
    articles: Sequence[tuple[Any, str, str | None]],
    claims_in: Callable[[Any, int], Iterable[Mapping[str, Any]]],
    counts: Mapping[Any, int],
    *,
    budget: int = MAP_CLAIMS,
    max_outlets: int = MAP_OUTLETS,
) -> Picked:
    """Pick the popup's claims of one place, every outlet's in turn, in date order.

    Parameters
    ----------
    articles
        The place's articles as ``(key, outlet, published)``, in run order
        (``outlet`` ``""`` when not given; ``published`` ISO or ``None``).
    claims_in
        ``(key, limit) -> the article's first claims of the place`` (at most ``limit``).
    counts
        ``key -> claims of the place in that article``.
    budget, max_outlets
        Claims shown: ``budget``, or one per outlet when more outlets named the
        place (at most ``max_outlets``).

    Returns
    -------
    Picked
        The claims, ordered by their articles' dates (undated last), and per outlet
        the claims left out.
    """
    order = sorted(range(len(articles)), key=lambda n: date_key(articles[n][2], n))
    by_outlet: dict[str, list[int]] = {}
    for n in order:
        by_outlet.setdefault(articles[n][1] or NO_OUTLET, []).append(n)
    limit = max(budget, min(len(by_outlet), max_outlets))

    def stream(members: list[int]) -> Iterator[tuple[int, int, Mapping[str, Any]]]:
        for n in members:
            for k, claim in enumerate(claims_in(articles[n][0], limit)):
                yield n, k, claim

    streams = {outlet: stream(members) for outlet, members in by_outlet.items()}
    picked: list[tuple[int, int, Mapping[str, Any]]] = []
    shown: dict[str, int] = {}
    while streams and len(picked) < limit:
        for outlet in list(streams):
            if len(picked) >= limit:
                break
            item = next(streams[outlet], None)
            if item is None:
                del streams[outlet]
                continue
            picked.append(item)
            shown[outlet] = shown.get(outlet, 0) + 1
    rank = {n: r for r, n in enumerate(order)}
    picked.sort(key=lambda t: (rank[t[0]], t[1]))
    more = []
    for outlet, members in by_outlet.items():
        left = sum(counts.get(articles[n][0], 0) for n in members) - shown.get(outlet, 0)
        if left > 0:
            more.append((outlet, left))
    return Picked(tuple(c for _, _, c in picked), tuple(more))


def pick_listed(
    claims: Iterable[Any],
    info: Mapping[str, Mapping[str, str]],
    *,
    budget: int = MAP_CLAIMS,
    max_outlets: int = MAP_OUTLETS,
) -> Picked:
    """:func:`pick_claims` of a place whose claims are all at hand (a run held in memory).

    ``info`` is article id -> metadata (``outlet``, ``published``).
    """
    per_article: dict[str, list[Mapping[str, Any]]] = {}
    for claim in claims:
        if isinstance(claim, Mapping):
            per_article.setdefault(str(claim.get("article") or ""), []).append(claim)
    articles = [
        (a, str((info.get(a) or {}).get("outlet") or ""), (info.get(a) or {}).get("published"))
        for a in per_article
    ]
    return pick_claims(
        articles,
        lambda a, limit: per_article[str(a)][:limit],
        {a: len(c) for a, c in per_article.items()},
        budget=budget,
        max_outlets=max_outlets,
    )
