"""Who mentions a place, as colours: outlets when a run has several, else articles.

With two or more outlets every article takes its outlet's colour; with one (or
none known) each article has its own.  The largest groups (most articles) get
the colour-blind-safe palette of :data:`~geomap.mapping.style.GROUP_COLORS`;
the rest share :data:`~geomap.mapping.style.OTHER_COLOR` as "other". Articles whose
outlet is not given (with several outlets) come last, in
:data:`~geomap.mapping.style.UNKNOWN_COLOR`, and take no palette colour.  A colour
means one group and nothing else: a place several groups mention is drawn in
:data:`~geomap.mapping.style.SEVERAL_COLOR`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.mapping.style import GROUP_COLORS, OTHER_COLOR, UNKNOWN_COLOR

#: Name of the group of articles whose outlet is not known.
UNKNOWN_OUTLET = "outlet not given"


@dataclass(frozen=True)
class Groups:
    """The colour groups of a map's articles.

    Attributes
    ----------
    by
        ``"outlet"`` or ``"article"``.
    names, colors, sizes
        Each group's name (an outlet, an article's label, or "other ..."), colour
        and number of articles.
    of_article
        The group index of each article, in article order.
    """

    by: str
    names: tuple[str, ...]
    colors: tuple[str, ...]
    sizes: tuple[int, ...]
    of_article: tuple[int, ...]

    def payload(self) -> dict[str, Any]:
        """The payload's ``groups`` (see docs/map-payload.md)."""
        return {
            "by": self.by,
            "items": [
                {"name": n, "color": c, "articles": k}
                for n, c, k in zip(self.names, self.colors, self.sizes, strict=True)
            ],
        }


def colour_groups(
    articles: Sequence[str], info: Mapping[str, Mapping[str, str]], labels: Sequence[str]
) -> Groups:
    """Group ``articles`` by outlet (two or more outlets) or one group per article."""
    outlets = [str((info.get(a) or {}).get("outlet") or "") for a in articles]
    by_outlet = len({o for o in outlets if o}) >= 2
    keys = [o or UNKNOWN_OUTLET for o in outlets] if by_outlet else list(labels)
    sizes: dict[str, int] = {}
    for key in keys:
        sizes[key] = sizes.get(key, 0) + 1
    # most articles first; ties in order of appearance; articles with no outlet last,
    # in a light grey of their own (no palette colour: they name no outlet)
    unknown = sizes.pop(UNKNOWN_OUTLET, 0) if by_outlet else 0
    order = sorted(sizes, key=lambda k: -sizes[k])
    shown = order if len(order) <= len(GROUP_COLORS) else order[: len(GROUP_COLORS) - 1]
    index = {k: i for i, k in enumerate(shown)}
    names = list(shown)
    colors = list(GROUP_COLORS[: len(shown)])
    counts = [sizes[k] for k in shown]
    rest = [k for k in order if k not in index]
    if rest:
        word = "outlets" if by_outlet else "articles"
        names.append(f"{len(rest)} other {word}")
        colors.append(OTHER_COLOR)
        counts.append(sum(sizes[k] for k in rest))
        for k in rest:
            index[k] = len(names) - 1
    if unknown:
        index[UNKNOWN_OUTLET] = len(names)
        names.append(UNKNOWN_OUTLET)
        colors.append(UNKNOWN_COLOR)
        counts.append(unknown)
    return Groups(
        by="outlet" if by_outlet else "article",
        names=tuple(names),
        colors=tuple(colors),
        sizes=tuple(counts),
        of_article=tuple(index[k] for k in keys),
    )


#: Outlets the map's outlet filter lists one by one; beyond, the smallest share one entry.
OUTLET_LIST_MAX = 1000


@dataclass(frozen=True)
class Outlets:
    """Every outlet of a map's articles, for its outlet filter (colours aside).

    Attributes
    ----------
    names, sizes
        Each outlet's name and number of articles, most articles first (ties in
        order of appearance); "outlet not given" last.  Beyond
        :data:`OUTLET_LIST_MAX` outlets, the smallest share one "N other outlets"
        entry: an outlet with many articles is always listed on its own.
    of_article
        Each article's index into ``names``, in article order.
    """

    names: tuple[str, ...]
    sizes: tuple[int, ...]
    of_article: tuple[int, ...]

    def payload(self) -> list[dict[str, Any]]:
        """The payload's ``outlets`` (see docs/map-payload.md)."""
        return [{"name": n, "articles": k} for n, k in zip(self.names, self.sizes, strict=True)]


def outlet_list(
    articles: Sequence[str], info: Mapping[str, Mapping[str, str]], limit: int = OUTLET_LIST_MAX
) -> Outlets:
    """The outlets of ``articles`` (none when fewer than two are named)."""
    outlets = [str((info.get(a) or {}).get("outlet") or "") for a in articles]
    if len({o for o in outlets if o}) < 2:
        return Outlets((), (), ())
    sizes: dict[str, int] = {}
    for o in outlets:
        sizes[o] = sizes.get(o, 0) + 1
    unknown = sizes.pop("", 0)
    order = sorted(sizes, key=lambda k: -sizes[k])
    shown = order if len(order) <= limit else order[: limit - 1]
    index = {k: i for i, k in enumerate(shown)}
    names, counts = list(shown), [sizes[k] for k in shown]
    rest = order[len(shown) :]
    if rest:
        for k in rest:
            index[k] = len(names)
        names.append(f"{len(rest)} other outlets")
        counts.append(sum(sizes[k] for k in rest))
    if unknown:
        index[""] = len(names)
        names.append(UNKNOWN_OUTLET)
        counts.append(unknown)
    return Outlets(tuple(names), tuple(counts), tuple(index[o] for o in outlets))
