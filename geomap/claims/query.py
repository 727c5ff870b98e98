"""What ``geomap claims`` answers: the claims that match every filter, and why none do.

:func:`query_claims` is the plain function behind the command: it takes the mentions,
claims and article metadata a run read or parsed, and the filters, and returns the
claims chosen with what the terminal says about them. The command only reads its
inputs and prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from geomap.claims.kinds import KINDS
from geomap.claims.periods import claims_between, claims_in_language
from geomap.claims.render import unspoken_note
from geomap.claims.select import (
    PlaceFound,
    place_found,
    place_labels,
    places_called,
    select_claims,
    unmatched_article,
    unmatched_speaker,
)
from geomap.claims.within import claims_within, not_a_unit, unit_named
from geomap.errors import GeomapError, QueryError
from geomap.gazetteer import Gazetteer
from geomap.records import Claim, Mention
from geomap.sanitize import quoted

T = TypeVar("T")


@dataclass(frozen=True)
class ClaimsQuery:
    """The filters of ``geomap claims`` (each ``None`` when not given).

    ``language`` filters by the articles' language (``saved``: only the claims of
    saved runs are filtered by it, a parsed input was parsed in it already).
    """

    place: str | None = None
    within: str | None = None
    speaker: str | None = None
    article: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    language: str | None = None


@dataclass(frozen=True)
class ClaimsAnswer:
    """The claims a :class:`ClaimsQuery` chose, and what to say about them.

    ``called`` are the ids the gazetteer calls the ``--place`` name when no article's
    form of it matched; ``found`` says whether that name has claims at all;
    ``known_as`` the gazetteer's names for it when it has none; ``undated`` the
    articles ``--since``/``--until`` left out for want of a date; ``notes`` the
    warnings about filters that match nothing; ``filters`` the filters as a user
    typed them, for those messages.
    """

    chosen: list[Claim]
    called: frozenset[str] = frozenset()
    found: PlaceFound | None = None
    known_as: list[str] = field(default_factory=list)
    undated: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()


def query_claims(
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    info: Mapping[str, Mapping[str, str]],
    query: ClaimsQuery,
    *,
    open_gazetteer: Callable[[], Gazetteer],
    filter_language: bool = False,
) -> ClaimsAnswer:
    """The claims among ``claims`` that match every filter of ``query``.

    Parameters
    ----------
    mentions, claims, info
        What the run read or parsed: its mentions, claims and article metadata.
    query
        The filters.
    open_gazetteer
        Opens the run's gazetteer, called only when a filter needs it (``--within``;
        a ``--place`` name no article's form matches).
    filter_language
        Filter by ``query.language`` (the claims of saved runs, which are not parsed
        again in that language).

    Raises
    ------
    QueryError
        ``--within`` names no country or first-order unit, or the gazetteer it needs
        cannot be read.
    """
    place = query.place

    def pick(called: frozenset[str]) -> list[Claim]:
        return select_claims(
            mentions,
            claims,
            place=place,
            speaker=query.speaker,
            article=query.article,
            article_info=info,
            place_ids=called,
        )

    called: frozenset[str] = frozenset()
    chosen = pick(called)
    if place and not chosen:  # "Kiev", "Москва": the gazetteer's other names
        called = _quietly(lambda: places_called(place, open_gazetteer(), _ids(claims))) or called
        chosen = pick(called)
    if query.within:
        chosen = _within(chosen, query.within, open_gazetteer)
    found = place_found(place, mentions, claims, called) if place else None
    known_as: list[str] = []
    if place and found == "no claims":
        known_as = _quietly(lambda: place_labels(place, open_gazetteer(), called)) or []
    dated = claims_between(chosen, info, query.since, query.until)
    chosen = dated.claims
    if query.language and filter_language:
        chosen = claims_in_language(chosen, info, query.language)
    return ClaimsAnswer(
        chosen=chosen,
        called=called,
        found=found,
        known_as=known_as,
        undated=frozenset(dated.undated),
        notes=tuple(_unmatched(mentions, claims, info, query)),
        filters=tuple(
            [
                f"--{name} {quoted(value)}"
                for name, value in (("speaker", query.speaker), ("article", query.article))
                if value
            ]
            + [
                f"--{name} {value}"
                for name, value in (("since", query.since), ("until", query.until))
                if value
            ]
        ),
    )


def _ids(claims: Sequence[Claim]) -> frozenset[str]:
    """The place ids ``claims`` are about."""
    return frozenset(c.place_id for c in claims)


def _quietly(make: Callable[[], T]) -> T | None:
    """``make()``, or ``None`` when the gazetteer it needs cannot be read."""
    try:
        return make()
    except GeomapError:
        return None


def _within(chosen: list[Claim], name: str, open_gazetteer: Callable[[], Gazetteer]) -> list[Claim]:
    """The claims of ``chosen`` inside the unit ``name`` (:func:`claims_within`)."""
    try:
        gaz = open_gazetteer()
    except GeomapError as exc:
        raise QueryError(str(exc)) from exc
    unit = unit_named(name, gaz)
    if unit is None:
        raise QueryError(not_a_unit(name, gaz))
    return claims_within(chosen, unit, gaz.get)


def _unmatched(
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    info: Mapping[str, Mapping[str, str]],
    query: ClaimsQuery,
) -> list[str]:
    """Warnings for an ``--article`` or ``--speaker`` that matches nothing read (a typo)."""
    notes = []
    ids = set(info) | {m.article_id for m in mentions}
    if query.article and unmatched_article(query.article, ids, info):
        notes.append(
            f"no article matches --article {quoted(query.article)} (part of an id, title "
            f"or outlet) among the {len(ids)} read"
        )
    if query.speaker and claims and unmatched_speaker(query.speaker, claims, info):
        notes.append(
            f"no claim's speaker matches --speaker {quoted(query.speaker)} (part of a name or "
            f"role, or a kind: {', '.join(KINDS)}) among the {len(claims)} claims"
            + unspoken_note(info)
        )
    return notes
