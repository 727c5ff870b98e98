"""What ``claims --place NAME`` says besides the claims: the run's other places of that name.

:func:`also_in_run`: the places the run holds that are called ``NAME``, or that an
article's "NAME" was placed at, other than those shown ("also in this run:
Birmingham (city, US, 1 mention)", user73a B7).  :func:`phrase_places`: a phrase of the
articles whose place was resolved under another name ("'Lachin corridor' is in 2
articles, placed at Laçın (city, AZ)", user73b C1), instead of saying the articles
never name it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from geomap.claims.place_names import place_label
from geomap.records import Mention, Place
from geomap.sanitize import quoted, terminal_text


def _mentions(n: int) -> str:
    return f"{n:,} mention" + ("s" if n != 1 else "")


def _label(place: Place, *extra: str) -> str:
    return terminal_text(
        place_label(place.name, place.feature_type, place.country_code or "", *extra),
        keep_newlines=False,
    )


def also_in_run(place: str, mentions: Iterable[Mention], shown: Collection[str]) -> str:
    """The run's other places called ``place`` or placed for it, labelled; "" for none.

    A place named so counts all its mentions; a place another name was placed at
    counts the mentions that wrote ``place`` ("Cartersville (city, US, 5 mentions of
    'Birmingham')").
    """
    query = place.strip().casefold()
    counts: dict[str, list[int]] = {}  # id: [mentions, of which written as the query]
    places: dict[str, Place] = {}
    for m in mentions:
        p = m.place
        if p is None or p.place_id in shown:
            continue
        named = p.name.casefold() == query
        written = m.text.casefold() == query and m.located_by != "focus"
        if named or written:
            count = counts.setdefault(p.place_id, [0, 0])
            count[0] += 1
            count[1] += written
            places[p.place_id] = p
    labels = []
    for pid, (total, as_query) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        p = places[pid]
        if p.name.casefold() == query:
            labels.append(_label(p, _mentions(total)))
        elif as_query:
            labels.append(_label(p, f"{_mentions(as_query)} of {quoted(place.strip())}"))
    if not labels:
        return ""
    return "also in this run: " + ", ".join(labels[:5]) + ", ..." * (len(labels) > 5)


def phrase_places(place: str, mentions: Sequence[Mention]) -> str:
    """Where the articles' phrase ``place`` was placed, when a mention inside it was; else "".

    "Lachin corridor" whose "Lachin" was placed at Laçın: "'Lachin corridor' is in 2
    articles, placed at Laçın (city, AZ): --place 'Laçın' shows its claims".
    """
    words = place.split()
    if len(words) < 2:
        return ""
    phrase = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    articles: set[str] = set()
    where: dict[str, Place] = {}
    for m in mentions:
        if m.place is None or m.located_by == "focus":
            continue
        at = m.start - m.sentence_start
        for found in phrase.finditer(m.sentence):
            if found.start() <= at and at + len(m.text) <= found.end():
                articles.add(m.article_id)
                where.setdefault(m.place.place_id, m.place)
    if not where:
        return ""
    many = f"{len(articles)} article" + ("s" if len(articles) != 1 else "")
    labels = ", ".join(_label(p) for p in list(where.values())[:3])
    first = next(iter(where.values())).name
    return (
        f"{quoted(place.strip())} is in {many}, placed at {labels}: "
        f"--place {quoted(terminal_text(first, keep_newlines=False))} shows its claims"
    )
