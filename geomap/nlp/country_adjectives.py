"""A namesake in the country whose adjective its own sentence writes, over one elsewhere.

"Der belarussische Machthaber Alexander Lukaschenko bestritt in Minsk jede Beteiligung"
in a German story about drones over Poland gave Mińsk Mazowiecki, a Polish town near
Warsaw: the article's Polish places voted for it, though the sentence says whose Minsk
it is. News names the country of a place by its adjective as often as by its name
(:mod:`geomap.nlp.sentence_countries` reads the names).

:func:`adjective_countries` revises a name picked as a town or admin unit when another
of its candidates of those kinds, by its own name and with at least the pick's people,
lies in a country whose adjective is a word of one of the name's sentences, and no word
of those sentences is an adjective of the pick's own country (an actor's adjective names
no place: "Russian forces shelled Pokrovsk" is the Ukrainian town, bigger than its
Russian namesake): every other candidate is ruled out, and the ranker chooses among
those namesakes (:mod:`geomap.nlp.revisions`). Only the countries of the name's own
candidates are tried, so a word is read as an adjective of one of a handful of countries.

An adjective is recognised by its shape, not from a list, by the language's rule of
:mod:`geomap.nlp.country_of_adjective` (:func:`adjective_of`). Other adjectives
("polnisch", "polonais") are not recognised: the rule then leaves the pick alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.country_of_adjective import adjective_countries_of
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: Kinds of pick the rule revises, and of candidate whose country it weighs.
LOCAL_KINDS = frozenset({"city", "admin1", "admin2"})
#: How a namesake must match to be weighed: its own name, a curated alias or an exonym
#: (not an old name: "Pokrovsk" is also Engels' former name).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def adjective_of(token: Token, cc: str, gazetteer: Any, lang: str | None) -> bool:
    """Whether ``token`` is an adjective of the country ``cc`` in ``lang``.

    :func:`~geomap.nlp.country_of_adjective.adjective_countries_of` reads it.
    """
    return cc in adjective_countries_of(gazetteer, token, lang)


def _namesake(cand: Candidate, pick: Place) -> bool:
    """Whether ``cand`` is a town or unit by its own name with at least ``pick``'s people."""
    return (
        cand.match in OWN_MATCHES
        and cand.place.feature_type in LOCAL_KINDS
        and bool(cand.place.country_code)
        and cand.place.population >= pick.population
    )


def _sentence_tokens(group: Sequence[Span]) -> list[Token]:
    seen: set[int] = set()
    out: list[Token] = []
    for span in group:
        sent = span.sent
        if sent.start in seen:
            continue
        seen.add(sent.start)
        out.extend(t for t in sent if not (span.start <= t.i < span.end))
    return out


def adjective_countries(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
    gazetteer: Any,
    lang: str | None,
) -> dict[str, Revision]:
    """Revisions: a namesake outside the country its sentences' adjective names ruled out."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type not in LOCAL_KINDS or not place.country_code:
            continue
        options = cands.get(key, ())
        bigger = [c for c in options if _namesake(c, place)]
        others = {c.place.country_code or "" for c in bigger} - {place.country_code, ""}
        if not others or not groups.get(key):
            continue
        tokens = _sentence_tokens(groups[key])
        named = {
            cc
            for cc in sorted(others | {place.country_code or ""})
            if any(adjective_of(t, cc, gazetteer, lang) for t in tokens)
        }
        if len(named) != 1 or place.country_code in named:
            continue
        (country,) = named
        kept = {c.place.place_id for c in bigger if c.place.country_code == country}
        out[key] = Revision(
            ruled_out=frozenset(c.place.place_id for c in options if c.place.place_id not in kept)
        )
    return out
