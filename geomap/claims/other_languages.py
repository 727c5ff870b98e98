"""Same place, other language: articles in two languages that both name a place.

Claims told in two languages share no words, so :func:`~geomap.claims.pairing.pair_place`
never pairs them, and matching them by position (an article's second claim with the
other's second claim) would set side by side sentences that need not be about the same
thing.  What ``comparison.json`` lists instead, apart from the pairs, under each place's
``other_languages``: pairs of *articles*.  The candidates: each article with at most
``k`` articles of every other language, nearest in date and never further apart than the
same-event rule allows (:func:`~geomap.claims.pairing.across_articles`); each with what
no translation changes: the days between them, the other places both name (place ids are
the same in every language) and the figures both give.  A pair sharing neither is
dropped (only the place and a date in common); of the rest each article keeps its
:data:`PER_ARTICLE` with most in common, so the list grows with the articles, not with
their square.  Those with most in common come first.  It is not the same-event rule: two
articles naming Izmail the same day may tell two events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.claims.pairing import (
    DEFAULT_CANDIDATES,
    OTHER_PER_ARTICLE,
    across_articles,
    day_number,
)
from geomap.claims.sameevent import DEFAULT_RULE, Rule, shared_figures

#: Shared places written per article pair (the rarest in the run first).
MAX_SHARED_PLACES = 8
#: Articles in other languages kept per article (those with most in common).
PER_ARTICLE = OTHER_PER_ARTICLE


@dataclass(frozen=True)
class OtherLanguage:
    """Two articles in two languages that name one place, and what else they share."""

    a: int  # article ranks, the earlier first
    b: int
    days: int | None  # days between their publication dates, None if either is unknown
    places: tuple[str, ...]  # other places both name (names), rarest in the run first
    figures: tuple[float, ...]  # figures both give (within rounding)

    @property
    def anchors(self) -> int:
        """How many things besides the place the two share."""
        return len(self.places) + len(self.figures)

    def to_dict(
        self, articles: Sequence[str], languages: Mapping[int, str | None]
    ) -> dict[str, Any]:
        """JSON-ready form (an entry of a place's ``other_languages``)."""
        return {
            "a": articles[self.a],
            "b": articles[self.b],
            "language_a": languages.get(self.a),
            "language_b": languages.get(self.b),
            "days_apart": self.days,
            "shared_places": list(self.places),
            "shared_figures": list(self.figures),
        }


def other_languages(
    ranks: Sequence[int],
    languages: Mapping[int, str | None],
    published: Mapping[int, str | None],
    shared_places: Callable[[int, int], Sequence[str]],
    figures: Callable[[int], tuple[float, ...]],
    *,
    k: int = DEFAULT_CANDIDATES,
    per_article: int = PER_ARTICLE,
    rule: Rule = DEFAULT_RULE,
) -> list[OtherLanguage]:
    """The articles in two languages that name a place, most in common first.

    Parameters
    ----------
    ranks
        The articles that name the place (their ranks in the run).
    languages, published
        Each article's language (``None``: unknown, never listed) and publication date.
    shared_places
        ``(a, b) -> names`` of the other places both articles name, rarest first.
    figures
        An article's figures (:func:`geomap.claims.sameevent.figures` of its context).
    k, rule
        Candidates per article and other language; ``rule.max_days`` is the largest gap.
    per_article
        Pairs kept while either of its articles has fewer than this many (best first).

    Returns
    -------
    list of OtherLanguage
        Most shared places and figures first, then nearest in date, then run order.
    """
    langs = {r: languages.get(r) for r in ranks}
    if len({x for x in langs.values() if x}) < 2:
        return []
    days = {r: day_number(published.get(r)) for r in ranks}
    found = []
    for a, b in across_articles(langs, days, k=k, max_days=rule.max_days):
        places = tuple(shared_places(a, b)[:MAX_SHARED_PLACES])
        figs = shared_figures(figures(a), figures(b))
        if places or figs:  # the place and a date alone: not listed
            da, db = days[a], days[b]
            gap = None if da is None or db is None else abs(da - db)
            found.append(OtherLanguage(a, b, gap, places, figs))
    far = 1 << 30
    found.sort(key=lambda o: (-o.anchors, far if o.days is None else o.days, o.a, o.b))
    kept: dict[int, int] = {}  # article -> pairs it chose
    out = []
    for o in found:  # best first: each article keeps its PER_ARTICLE best
        if kept.get(o.a, 0) < per_article or kept.get(o.b, 0) < per_article:
            kept[o.a] = kept.get(o.a, 0) + 1
            kept[o.b] = kept.get(o.b, 0) + 1
            out.append(o)
    return out
