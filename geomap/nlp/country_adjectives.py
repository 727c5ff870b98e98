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

An adjective is recognised by its shape, not from a list (:func:`adjective_of`): in
English the curated demonyms (``data/demonyms.csv``, "Belarusian"); in the local
languages a lowercase word with the language's adjective ending (:data:`ADJECTIVE_ENDINGS`:
German "-isch", French "-ien", "-ais", "-ois", "-ain", "-e", Polish, Russian and
Ukrainian "-sk-") whose stem (:data:`MIN_STEM` letters or more) begins one of the
country's names in that language, or begins with one ("belarussisch": "Belarus",
"biélorusse": "Biélorussie", "białoruski": "Białoruś", "белорусский": "Белоруссия",
"білоруський": "Білорусь"), or whose stem is that of an adjective of the country's long
name that no other country's long name has ("französisch": "Französische Republik",
"polski": "Rzeczpospolita Polska"; not "fédérale", which six countries' names have).
Other adjectives ("polnisch", "polonais") are not recognised: the rule then leaves the
pick alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from spacy.tokens import Span, Token

from geomap.gazetteer.names import normalize_name
from geomap.instance_cache import per_first_argument
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: Kinds of pick the rule revises, and of candidate whose country it weighs.
LOCAL_KINDS = frozenset({"city", "admin1", "admin2"})
#: How a namesake must match to be weighed: its own name, a curated alias or an exonym
#: (not an old name: "Pokrovsk" is also Engels' former name).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})
#: Fewest letters of an adjective's stem (shorter ones begin too many names).
MIN_STEM = 4
#: Fewest letters of the stem of an adjective of a long name, matched whole ("pol" of
#: "Rzeczpospolita Polska").
MIN_LONG_STEM = 3
#: An adjective's ending in each local language, on the normalised (romanised) word.
ADJECTIVE_ENDINGS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"isch(?:e|en|er|es|em)?$"),
    "fr": re.compile(r"(?:iennes?|iens?|aises?|ais|oises?|ois|aines?|ains?|es?)$"),
    "pl": re.compile(r"[sc]k[a-z]{1,4}$"),
    "ru": re.compile(r"sk[a-z]{1,4}$"),
    "uk": re.compile(r"sk[a-z]{1,4}$"),
}


def stem_names(stem: str, names: Iterable[str]) -> bool:
    """Whether an adjective's ``stem`` begins one of ``names`` or begins with one.

    >>> stem_names("belaruss", ["belarus", "weissrussland"])
    True
    >>> stem_names("poln", ["polen"])
    False
    """
    return len(stem) >= MIN_STEM and any(
        len(name) >= MIN_STEM and (name.startswith(stem) or stem.startswith(name)) for name in names
    )


def _stem(word: str, lang: str) -> str | None:
    """``word`` (normalised) without its adjective ending in ``lang``; ``None`` without one."""
    pattern = ADJECTIVE_ENDINGS.get(lang)
    found = pattern.search(word) if pattern is not None else None
    return word[: found.start()] if found is not None else None


@per_first_argument(maxsize=1024)
def long_form_stems(gazetteer: Any, cc: str, lang: str) -> frozenset[str]:
    """The stems of the adjectives in country ``cc``'s long names that it alone owns.

    "Französische Republik": "franzos"; "Republika Litewska": "litew"
    (:meth:`~geomap.gazetteer.entries.Entries.country_words`). Kept per gazetteer: it is
    asked for every word of a name's sentences.
    """
    stems = (_stem(w, lang) for w, owner in gazetteer.country_words(lang) if owner == cc)
    return frozenset(s for s in stems if s and len(s) >= MIN_LONG_STEM)


def adjective_of(token: Token, cc: str, gazetteer: Any, lang: str | None) -> bool:
    """Whether ``token`` is an adjective of the country ``cc`` in ``lang`` (module docstring)."""
    text = token.text
    if lang is None or lang == "en":
        if not text[:1].isupper() or not hasattr(gazetteer, "demonym"):
            return False
        place = gazetteer.demonym(text)
        return place is not None and place.feature_type == "country" and place.country_code == cc
    if lang not in ADJECTIVE_ENDINGS or not text.isalpha() or not text.islower():
        return False
    stem = _stem(normalize_name(text), lang)
    if stem is None:
        return False
    return stem_names(stem, gazetteer.country_keys(cc, lang)) or stem in long_form_stems(
        gazetteer, cc, lang
    )


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
