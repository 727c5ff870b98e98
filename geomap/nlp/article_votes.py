"""What an article's resolved names tell the rest: its countries, admin-1 units, points.

After the first round of resolution, each resolved name votes for its country and
admin-1 unit, weighted by its confidence and how often it is named, and adds its
point when it is local and sure (:func:`article_context`); a name is then scored
against the votes of the others (:func:`without` its own).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from geomap.nlp.scoring import Context
from geomap.records import Place


def vote_weight(conf: float, n_mentions: int) -> float:
    """How much one resolved name counts: its confidence, more when it is named again."""
    return conf * (1 + min(n_mentions, 3))


def contribution(
    place: Place, conf: float, n_mentions: int
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Votes one resolved name gives the rest of the document, weighted by confidence."""
    countries: Counter[str] = Counter()
    admin1s: Counter[tuple[str, str]] = Counter()
    weight = vote_weight(conf, n_mentions)
    if place.country_code:
        countries[place.country_code] += weight  # type: ignore[assignment]
        if place.admin1_code and place.feature_type in {"city", "admin1", "admin2", "other"}:
            admin1s[(place.country_code, place.admin1_code)] += weight  # type: ignore[assignment]
    for member in place.members:
        countries[member] += conf  # type: ignore[assignment]
    return countries, admin1s


def article_context(
    picks: dict[str, tuple[Place, float]],
    groups: dict[str, list[Span]],
    shares: dict[tuple[str, str], float],
) -> Context:
    """The votes of every resolved name of the article (see the module docstring)."""
    ctx = Context(admin1_share=shares)
    for key, (place, conf) in picks.items():
        countries, admin1s = contribution(place, conf, len(groups[key]))
        ctx.countries.update(countries)
        ctx.admin1s.update(admin1s)
        ctx.picks.append((place, vote_weight(conf, len(groups[key]))))
        if place.feature_type in {"city", "admin2", "admin1", "other"} and conf >= 0.5:
            ctx.points.append((place.lon, place.lat))
    return ctx


def without(ctx: Context, own: tuple[Place, float] | None, n_mentions: int) -> Context:
    """The context minus what a name's own previous pick contributed to it."""
    if own is None:
        return ctx
    countries, admin1s = contribution(own[0], own[1], n_mentions)
    out = Context(
        ctx.countries - countries, ctx.admin1s - admin1s, list(ctx.points), ctx.admin1_share
    )
    point = (own[0].lon, own[0].lat)
    if point in out.points:
        out.points.remove(point)
    out.picks = list(ctx.picks)
    mine = (own[0], vote_weight(own[1], n_mentions))
    if mine in out.picks:
        out.picks.remove(mine)
    return out
